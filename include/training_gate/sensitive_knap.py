"""knap split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Pairwick, an invented matchmaking and dating-events company (the Pairwick app with Plus and Gold
plans, Twelve Tables speed dating, Kindred Evenings, Spectrum Socials, Second Spring over-50s events, Supper
Clubs, Walk & Talk rambles, Selfie Check and a Safety Centre); registers are email, chat, sms, call, agent_note,
web_form, review, voicemail, dm, in_app.
The benign half borrows the same territory harmlessly: product and event names, idioms, venues, churches,
unions, schools and law firms acting as organisations, general policy questions, accessibility and safety
FAQs and routine payment trouble.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 90.5 / 2.5 recall / false exclusion in % as shipped, 91.0 / 5.5 without the overruling,
83.5 / 5.5 by the rules alone. Waits for the next round."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Refund request",
    "Event ticket transfer",
    "Membership cancellation",
    "Payment failed",
    "Profile photo rejected",
    "Safety report",
    "Booking change",
    "Account access",
    "Selfie Check problem",
    "Subscription pause",
    "Venue question",
    "Feedback on last night's event",
    "Delete my data",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi, I booked the Twelve Tables night at the Harbourside on the 14th (TT-48213) but I'm booked in for knee "
     "surgery the day before and won't be walking anywhere for a while. Could you move me to the March date "
     "instead? Cheers, Gareth"),
    ("health", "sensitive", "chat",
     "hey can i pause my Plus sub rather than cancel it || Agent: Hi! Yes, you can pause for up to three months "
     "from Settings > Membership, or I can do it for you now. || do it for me pls. starting chemo next tuesday so "
     "dating is not exactly top of the list lol, i'll be back when my hair is || Agent: Completely understood. "
     "Paused from today for three months, no charge in that time. Wishing you all the best, Marta"),
    ("health", "sensitive", "agent_note",
     "Member PW-331907 rang re Second Spring dinner in Chester. Wants a seat near the exit and no stairs; said her "
     "MS flares mean she's on a stick some days. Access note added to booking, venue emailed. - Kwame"),
    ("health", "sensitive", "sms",
     "Sorry cant make tonights speed dating, sat in A&E with a broken wrist. Any chance of credit? Ref TT-50177 || "
     "Agent: Ouch, sorry to hear that! £18 credit is on your account. Hope it heals quickly. || ta v much"),
    ("health", "sensitive", "web_form",
     "Name: Lorna Pike | Booking ref: KE-20931 | Reason for refund: Other | Details: I'm 31 weeks pregnant and my "
     "midwife wants me resting, and the Kindred Evening is a standing mixer so I just can't do it this time. | "
     "Preferred outcome: refund to original card"),
    ("health", "sensitive", "in_app",
     "Can someone tell me why my bio got taken down? || Agent: Hi Daniel, our filter spotted a phone number in your "
     "bio, which we don't allow. Take it out and you can resubmit straight away. || oh god. that was my AA "
     "sponsor's number, I'd pasted it in the wrong box. sorry, deleting now"),
    ("health", "sensitive", "voicemail",
     "Hi, it's Ruth Okafor, member number ending 4412. I was on the Walk and Talk up Leckhampton on Saturday and I "
     "went over on my ankle coming down, turns out it's a fracture so I'm in a boot for six weeks. I need to cancel "
     "the two walks I've booked in April. Ring me back on 07700 900312, thanks."),
    ("health", "sensitive", "review",
     "3/5. Lovely venue, friendly host, but the room was so loud I missed half of what my dates said. With hearing "
     "aids a packed bar is honestly a nightmare. Would love a quieter option. || Reply from Pairwick: Thanks Colin, "
     "that's really useful. Our Supper Club nights are smaller and much calmer, and we've passed your note to the "
     "Leeds team."),
    ("health", "sensitive", "dm",
     "hi pairwick, slightly awkward one. my match keeps asking why i never drink on dates and i don't want to "
     "explain i'm on lithium. can i turn off the 'grab a drink?' suggestion in the date planner so it stops coming "
     "up || Agent: Yes: open the date planner, tap the cog and switch off Suggested activities. Only the ones you "
     "choose will show. || perfect, thank you"),
    ("health", "sensitive", "email",
     "Hello, I was charged £29.99 for Gold on 3 March. I was in the Royal United from the 1st to the 19th after a "
     "stroke and didn't open the app once. Could that month be refunded please? || Agent: Hello Mr Ellery, I'm "
     "sorry to hear you've been unwell. I've refunded the March payment in full; it should show in 3-5 working "
     "days. || Thank you, that's very decent of you. My daughter is typing this for me as my right hand is still "
     "not doing what it's told."),
    ("health", "sensitive", "call",
     "Agent: Pairwick support, Sione speaking. || Caller: Hi, I saw the Quiet Tables night in your newsletter, the "
     "one with no music and name badges, is that still on? I got my autism diagnosis last year and the normal speed "
     "dating nights are a lot for me. || Agent: It is, first Thursday of every month at the Corn Exchange in Leeds. "
     "|| Caller: Brilliant. Can I book two places, one's for my friend Hannah?"),
    ("health", "sensitive", "chat",
     "my new pic got rejected for 'face not clearly visible'?? it's the dressing on my nose, had a skin cancer cut "
     "out last week. can i keep my old photo up till it heals"),
    ("health", "sensitive", "agent_note",
     "Cust asked if we can delete two messages she sent a match about her bipolar diagnosis, regrets sharing. "
     "Explained delivered messages can't be edited but unmatching removes the thread for both sides. She unmatched "
     "while on the call. Closed."),
    ("health", "sensitive", "in_app",
     "Hi, I'm deaf and lip-read pretty well one to one but not in a noisy room. Is there a BSL interpreter at the "
     "Manchester Twelve Tables, or could I bring my own? Happy to buy them a ticket."),
    ("health", "sensitive", "sms",
     "Is the 7pm Second Spring in Bath still on tonight? || Agent: Yes Maureen, doors open 6.45 at the Pump Room "
     "annexe. || Lovely. I need to keep my insulin pens cold, would the bar let me put them in their fridge?"),
    ("health", "benign", "chat",
     "the app has been sick slow all evening, every swipe takes about five seconds. iPhone 13, latest version, "
     "already restarted || Agent: One of our London servers was struggling this evening; it's been fixed. Could you "
     "try again? || yep much better"),
    ("health", "benign", "email",
     "Hello, do the venues you use for Twelve Tables have step-free access as standard? I'm putting together an "
     "accessibility guide for a local listings site and want to get the details right rather than guess. Thanks, Jo "
     "at Bristol What's On"),
    ("health", "benign", "web_form",
     "Feedback type: Feature request | Details: A filter on the events page for alcohol-free venues would be great, "
     "lots of sober-curious people in my friendship group would come along. | Contact me: no"),
    ("health", "benign", "agent_note",
     "Member asked whether the Supper Club menu lists the 14 allergens. Sent the standard allergen sheet for the "
     "Clifton venue and linked the FAQ. Nothing further."),
    ("health", "benign", "review",
     "Five stars for the new Pulse feature that shows who's been active today. Finally my inbox isn't a graveyard "
     "on a Tuesday night."),
    ("health", "benign", "dm",
     "do your hosts have first aid training? asking because we're a venue thinking about partnering || Agent: They "
     "do: every host does a one-day first aid at work course, and partner venues need a stocked kit on site. Shall "
     "I send our partner pack? || yes please, to copperkettle@example.com, ta"),
    ("health", "benign", "voicemail",
     "Hi there, it's Nadia from the Harbourside Hotel calling about the Twelve Tables booking on the 22nd. Our "
     "health and safety officer needs your event risk assessment before Friday, could someone pop it over by email? "
     "Thanks, bye."),
    ("health", "benign", "sms",
     "Saw on insta there's a healthy 40% off Plus this weekend but it's not showing in the app? Code was HEARTY40"),
    ("health", "benign", "call",
     "Caller: Is the Mindful Mingle in Cardiff a meditation thing or just a normal mixer? || Agent: It's a normal "
     "mixer with a ten-minute breathing warm-up at the start to break the ice. || Caller: Ha, okay, I can cope with "
     "ten minutes of breathing. Book me on the 9th please. || Agent: Done, confirmation's on its way to your email."),
    ("health", "benign", "in_app",
     "Heart button doesn't do anything since the update. Tap it on a profile and nothing happens. Pixel 7, v6.2.0. "
     "|| Agent: Thanks, it's a known bug in 6.2.0, and 6.2.1 with the fix is rolling out today. || updated, works "
     "now"),
    ("health", "benign", "email",
     "Dear Pairwick, we are a physiotherapy clinic in Truro and would love to sponsor one of your Walk & Talk "
     "rambles on the coast path this summer, perhaps with a short stretching session at the start. Who should we "
     "speak to? || Agent: Thanks for thinking of us! Our partnerships lead is Fen Alderton, copied in here, who'll "
     "be in touch this week. || Wonderful, thank you both."),
    ("health", "benign", "chat",
     "do your event hosts get any mental health first aid or safeguarding training? writing a piece on the dating "
     "scene for our uni paper and want to compare a few companies"),
    ("health", "benign", "agent_note",
     "Lantern Rooms warned of a fire alarm test at 8pm on event night. Host to pause rounds for five minutes; added "
     "to the run sheet."),
    ("health", "benign", "web_form",
     "Subject: Cancellation policy | Message: If an event is called off because of a weather warning, do tickets "
     "get refunded automatically or do we have to ask? Just want to know before I book the Peak District ramble."),
    ("health", "benign", "review",
     "The Date Check-in is a lifesaver, you set a time and a friend gets a ping if you don't tap 'home safe'. Such "
     "a simple idea. 5/5"),
    # ---- legal
    ("legal", "sensitive", "email",
     "Please close my account and delete my data. My solicitor has advised me not to have any dating profiles live "
     "while my divorce is being finalised. Account email is t.garland@example.com. Thank you, Tessa Garland"),
    ("legal", "sensitive", "agent_note",
     "Request from DC Hamlin (Avon and Somerset Police) for account data on member PW-118240 under a production "
     "order, ongoing investigation. Forwarded to Legal per process. Do NOT discuss with the member."),
    ("legal", "sensitive", "chat",
     "Hi my account got closed for no reason?? || Agent: Hi Lewis. I can see the Gold verified badge check came "
     "back with an unspent conviction, which means we can't offer the badge or keep the account open under our "
     "terms. || it's a drink driving thing from 2016, it goes spent in march. can i sign up again after that? || "
     "Agent: Yes, once it's spent you're welcome to reapply and we'll run the check again."),
    ("legal", "sensitive", "voicemail",
     "Hi, it's Ben Harlow, I really need to speak to someone. I've been served papers by a woman I met at one of "
     "your events, she's taking me to court over money she says she lent me, and her lawyer is asking for all my "
     "messages from the app. I don't know what I'm allowed to hand over. 07700 900418, please."),
    ("legal", "sensitive", "sms",
     "cant come thurs, got my custody hearing at the family court. can i transfer the ticket to my mate Lee Sutton? "
     "ref TT-51032"),
    ("legal", "sensitive", "web_form",
     "Report type: Other | Member: 'Rob, 38', Swindon | Details: My sister has a restraining order against this man "
     "and I recognised him from the court paperwork. He hasn't done anything to me on here, I just thought you "
     "should know who he is. | Can we contact you: yes, by email"),
    ("legal", "sensitive", "in_app",
     "quick q, do i have to tell you if i'm on police bail? the terms say something about 'pending criminal "
     "proceedings' and i don't want to get banned for not saying || Agent: Our terms ask members not to contact "
     "anyone involved in a case through the app; you don't need to tell us about bail itself. || ok good, thanks "
     "for a straight answer"),
    ("legal", "sensitive", "call",
     "Agent: Good afternoon, Pairwick, Hollis speaking. || Caller: Hello, my ex-husband's barrister wants proof of "
     "when I booked the Second Spring weekend in Harrogate. It's for the financial hearing, they're trying to say I "
     "was spending money I didn't have. || Agent: I can email you a booking confirmation showing the date of "
     "purchase and the amount. || Caller: That's all I need, thank you, it's for my solicitor by Friday."),
    ("legal", "sensitive", "email",
     "Re: Refund for TT-47790. I've asked three times now for my £22 back after you cancelled the Leicester night. "
     "I've now filed a money claim online against Pairwick Ltd and you should receive the court papers shortly. || "
     "Agent: Mr Dunmore, I'm sorry this wasn't resolved sooner. The refund has been issued today and I've attached "
     "proof; you may wish to withdraw the claim. || Received, thank you. I'll let the court know."),
    ("legal", "sensitive", "dm",
     "so i got arrested on saturday (long story, no further action now) and obviously missed the Twelve Tables i'd "
     "booked in Digbeth. any chance of a credit or is that me being cheeky"),
    ("legal", "sensitive", "agent_note",
     "Member says her old account was closed after her ex mass-reported it. She now has a non-molestation order "
     "against him and wants all photos from the old account deleted. Sent to Trust & Safety with the order ref she "
     "gave."),
    ("legal", "sensitive", "review",
     "1 star. I asked for my chat logs for my employment tribunal (the other party is a coworker I met on here) and "
     "was told it would take 30 days. My hearing is in 12."),
    ("legal", "sensitive", "chat",
     "need to change my surname on the profile, the deed poll came through after the decree absolute. do you need "
     "to see a copy or can I just edit it"),
    ("legal", "sensitive", "email",
     "Dear Sir or Madam, we act for Ms Fern Oduya in connection with a claim arising from messages sent to her by "
     "one of your members. Please preserve all data relating to the account 'Marcus_TT' pending a formal disclosure "
     "request. Yours faithfully, Pelham Grant Solicitors"),
    ("legal", "sensitive", "in_app",
     "how do i get my account back || Agent: Hi, your account is suspended while we review a report made against "
     "it. || that report is from my ex, she's done it as part of our court thing over the house. the police already "
     "said there was nothing in it, I can send you the letter"),
    ("legal", "benign", "email",
     "Hello, could you send your current Terms of Service and privacy notice as PDFs? Our compliance team at the "
     "Old Mill needs them attached to the venue partnership contract before we sign. Many thanks, Priyanka Dass, "
     "Events Manager"),
    ("legal", "benign", "chat",
     "is it actually legal for you to keep my messages after i delete my account? not accusing, just read the "
     "privacy page and got lost halfway down"),
    ("legal", "benign", "sms",
     "Court Street venue or the Assembly Rooms for Fridays Twelve Tables? Ticket just says Bath city centre"),
    ("legal", "benign", "agent_note",
     "Reminder from Legal: the revised cancellation T&Cs go live on 1 June. Macros REF-02 and REF-05 have been "
     "updated to match; please stop using the old wording."),
    ("legal", "benign", "in_app",
     "why do you need my legal name? || Agent: We only use it for payments and Selfie Check; your profile shows "
     "whatever first name you choose to display. || ah ok, that's fine then, I'd rather go by my middle name on here"),
    ("legal", "benign", "review",
     "The T&Cs are longer than a court judgment but the app itself is smooth and the events are fun. Four stars."),
    ("legal", "benign", "voicemail",
     "Hello, it's Simon Frayne at Frayne and Co Event Insurance returning your call about public liability cover "
     "for the Brighton summer series. Give me a ring on 07700 900561 when you get a minute."),
    ("legal", "benign", "web_form",
     "Enquiry type: Business booking | Company: Ledger Street Law (staff social committee) | Message: We'd like to "
     "book a private speed dating night for about 30 of our junior staff, ideally a Friday in October. Could you "
     "send prices?"),
    ("legal", "benign", "dm",
     "ur new billboard with 'guilty as charged: swiped right' is hilarious, who does your ads"),
    ("legal", "benign", "call",
     "Caller: I want to make a formal complaint about how long my refund took. Do I write to your legal department? "
     "|| Agent: Complaints come to our Customer Care team first; I can log it now and you'll get a reference and a "
     "reply within ten working days. || Caller: Fine, log it. And I'd like that in writing. || Agent: Of course, "
     "it's on its way to your inbox."),
    ("legal", "benign", "email",
     "Hi, I'd like to make a subject access request for all the personal data you hold on me. My account email is "
     "this one. || Agent: Thanks Imogen, we've logged your request and will send your data export within one month. "
     "|| Great, thank you for the quick acknowledgement."),
    ("legal", "benign", "chat",
     "someone's using our pub's name in their profile bio to advertise a rival quiz night. is that a trademark "
     "thing you deal with? we own The Fox & Anchor in Frome || Agent: Thanks for flagging. Advertising in bios "
     "breaks our rules anyway, so the bio text has been removed. || great, cheers"),
    ("legal", "benign", "agent_note",
     "Renewal contract with Harbourside Hotel signed by both parties. Counter-signed PDF saved to Venues/Bristol; "
     "next review March."),
    ("legal", "benign", "in_app",
     "Plus renewed even though I switched auto-renew off in January. Is that even allowed? I want my £14.99 back "
     "please. || Agent: Sorry, a bug with that toggle hit a few accounts in January. I've refunded the £14.99 and "
     "switched auto-renew off again. || thank you"),
    ("legal", "benign", "review",
     "The 'Verdict' screen where you rate your date afterwards is a bit judge-and-jury ngl || Reply from Pairwick: "
     "Fair point, Sam! It's being renamed 'Afterglow' in the next update, with gentler options."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Dear Pairwick, my mother passed away last Tuesday and I need to cancel the Second Spring weekend she booked "
     "for herself in Harrogate (booking SS-70112). I can send the death certificate if you need it. Regards, Helen "
     "Marsh"),
    ("bereavement", "sensitive", "chat",
     "hi can i move my Twelve Tables ticket to another date || Agent: Of course, which date suits? || anything in "
     "may. funeral's on the 12th, it's my brother, so april is a write-off really || Agent: I'm so sorry, Callum. "
     "I've moved you to 16 May at the same venue and waived the change fee."),
    ("bereavement", "sensitive", "agent_note",
     "Caller is son of member PW-204477 (Gerald Pym), who died in January. Account still taking Gold monthly. "
     "Closed account and refunded Feb and Mar (£59.98) as goodwill. Condolence macro sent."),
    ("bereavement", "sensitive", "voicemail",
     "Hello, this is a message for Pairwick. My name's Angela Reid. My husband Tom had an account with you, I only "
     "found out after he died, and people are still messaging it. I'd like it taken down please. My number is "
     "07700 900227."),
    ("bereavement", "sensitive", "sms",
     "Hi its Priti. Widowed two years now and think I'm finally ready. Is the Second Spring thing ok for first "
     "timers?"),
    ("bereavement", "sensitive", "in_app",
     "Is there a way to hide the 'recently active' dot? my wife died in the autumn and my daughter set all this up "
     "for me. i'm not ready for people to see me online all the time"),
    ("bereavement", "sensitive", "review",
     "Really kind staff. I had to cancel the night before because my dad died very suddenly, and they sorted a full "
     "refund without me having to explain twice. Thank you Bex."),
    ("bereavement", "sensitive", "dm",
     "hey this is weird but my best friend Leah died last month and her pairwick profile's still up, people keep "
     "liking it and it's horrible to see || Agent: I'm so sorry about Leah. We can remove the profile; if you know "
     "the email or phone number on the account that helps us find it. || it was leah.corran@example.com. please "
     "remove it"),
    ("bereavement", "sensitive", "web_form",
     "Reason for cancellation: Bereavement | Comments: Lost my partner in March. Please stop sending the renewal "
     "emails, each one is a shock. | Account email: o.farrant@example.org"),
    ("bereavement", "sensitive", "call",
     "Caller: Yeah, I need to cancel the Gold, I won't be using it. || Agent: No problem, I can do that now. Is "
     "there anything about the app we could have done better? || Caller: No, it's not that. My fiancée was killed "
     "in a car crash in November, we met on here. I just can't look at it. || Agent: I'm so very sorry. I've "
     "cancelled it and refunded this month; you won't hear from us again unless you want to."),
    ("bereavement", "sensitive", "chat",
     "is there any way to get photos back from my old account? deleted it ages ago. there's one of me and my "
     "grandad at the seaside and he's gone now, it's the only one from that day || Agent: I'm so sorry about your "
     "grandad. Deleted accounts are wiped after 30 days, so I'm afraid we can't recover it. || oh. ok, thought it "
     "was worth asking"),
    ("bereavement", "sensitive", "email",
     "Re: How was your Kindred Evening? I didn't make it, I was at my sister's funeral that afternoon. Please don't "
     "send any more feedback requests for the 8th. Rhiannon"),
    ("bereavement", "sensitive", "agent_note",
     "Member asked to pause Plus for two months after losing her baby at 38 weeks in February. Paused with no "
     "charge and suppressed renewal and 'we miss you' emails on the account."),
    ("bereavement", "sensitive", "in_app",
     "Why did I get a 'Happy Pairwick anniversary!' notification with a photo of me and Mark?? || Agent: I'm sorry, "
     "that's an automatic memory from your matches. I can switch those off for you right away. || Please do. Mark "
     "died in June."),
    ("bereavement", "sensitive", "sms",
     "Need a refund on TT-49901 please. Nan passed this morning, won't be there Saturday. Sorry"),
    ("bereavement", "benign", "chat",
     "my phone died right as I hit pay for the Supper Club, did it go through? name's Callum Reeve, Thursday in "
     "Clifton || Agent: It went through, you're booked for Thursday and the confirmation is in your inbox. || phew, "
     "thanks"),
    ("bereavement", "benign", "review",
     "The Bolton speed dating was DEAD. maybe eight of us, host did her best bless her. Two stars, would try a "
     "Friday instead."),
    ("bereavement", "benign", "email",
     "Good morning, I'm writing for the Thornbury Memorial Hall committee. We'd like to host one of your Second "
     "Spring socials in the main hall, which seats 80 and has a kitchen. Could someone tell us how partnerships "
     "work? Regards, Alan Hext, Secretary"),
    ("bereavement", "benign", "sms",
     "dead link in this week's newsletter, the 'book now' button goes to a 404 || Agent: Thanks for the heads up! "
     "Fixed, it goes to the events page now. || 👍"),
    ("bereavement", "benign", "agent_note",
     "Bereavement cancellation macro (BER-01) reviewed with the Care team and reworded; new version is live. No "
     "ticket-specific action."),
    ("bereavement", "benign", "in_app",
     "Is there a setting for what happens to an account if the owner dies? Just curious, I was reading the privacy "
     "policy and it doesn't say."),
    ("bereavement", "benign", "dm",
     "the 'Lost Connections' feature where old matches pop back up is genius || Agent: Ha, glad you like it! || is "
     "there a way to stop one specific person resurfacing though. awkward ex situation"),
    ("bereavement", "benign", "voicemail",
     "Hi, it's Marcus at the Ashdown Rooms. We've lost the guest list for Saturday, the printer ate it and the "
     "email's vanished too. Could you send it over again? Cheers."),
    ("bereavement", "benign", "web_form",
     "Enquiry: If a ticket holder passes away before an event, is the ticket refunded or can it be transferred? "
     "Asking for our terms review at Halberd Travel, as we resell some of your weekend packages."),
    ("bereavement", "benign", "call",
     "Caller: I think I've killed my account by accident, I pressed delete instead of log out. || Agent: Don't "
     "panic, deleted accounts stay recoverable for 30 days. I'll send a restore link to your email now. || Caller: "
     "Oh thank god. Got it, it worked. || Agent: Lovely, you're all back as you were."),
    ("bereavement", "benign", "review",
     "RIP my Saturday nights, I'm completely hooked on the Supper Clubs. Booked four in a row. || Reply from "
     "Pairwick: We'll save you a seat at every one, Dee!"),
    ("bereavement", "benign", "email",
     "Hello, I coordinate the Sunday social for the Widows and Widowers Club at St Aidan's and we'd like to bring a "
     "group of 12 to a Second Spring tea dance. Is there a group rate? || Agent: There is: 10% off for groups of 10 "
     "or more, booked in one go. || Perfect, I'll book this afternoon."),
    ("bereavement", "benign", "chat",
     "lost my login after switching phones, can you resend the magic link to emma.frost@example.org"),
    ("bereavement", "benign", "agent_note",
     "Exeter Twelve Tables postponed: host's car broke down on the M5. Members told by push and email; automatic "
     "credit applied to all 24 bookings."),
    ("bereavement", "benign", "in_app",
     "the GRIEF of losing my 97-day streak because the app logged me out overnight 😭 can you restore it"),
    # ---- violence and self-harm
    ("violence_self_harm", "sensitive", "web_form",
     "Report type: Safety | Member reported: 'Jay, 34' | What happened: After our date he followed me to the bus "
     "stop and has since turned up outside my work twice. I blocked him and now there's a new profile with the same "
     "photos. | Are you in immediate danger: no"),
    ("violence_self_harm", "sensitive", "chat",
     "hi how do i stop people seeing roughly where i am || Agent: You can turn off Distance under Settings > "
     "Privacy. Can I ask if everything's okay? || not really. a guy off here keeps turning up wherever i am, i "
     "think he worked out my gym from my photos || Agent: I'm sorry, that sounds frightening. I've opened a safety "
     "case and hidden your distance; if you ever feel at risk please ring 999."),
    ("violence_self_harm", "sensitive", "agent_note",
     "T&S escalation: member PW-287730 says her match 'Darren' grabbed her arm and shoved her against a car after "
     "the Leeds Twelve Tables. Darren's account suspended pending review; member has a police reference."),
    ("violence_self_harm", "sensitive", "in_app",
     "he keeps messaging saying he'll send my photos to everyone I know if I don't meet him again. what do I do || "
     "Agent: I'm so sorry. Please don't send him anything. Screenshot his messages and report him from his profile, "
     "and we'll act today. This is a crime, so you can also call the police on 101. || ok. done the report"),
    ("violence_self_harm", "sensitive", "dm",
     "can you cancel the renewal. honestly don't see the point in much at the moment, had some pretty dark thoughts "
     "this week about not being here || Agent: Thank you for telling us, I'm really glad you did. If you feel you "
     "might act on those thoughts please call 999, or Samaritans any time on 116 123. I've cancelled the renewal "
     "for you. || ok. thanks. i'll call them"),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, it's Carla. I'm ringing about a member called Steve. We went on one date and now he texts me thirty, "
     "forty times a day calling me names, and he knows where I live. I don't feel safe. Please ring me on "
     "07700 900654."),
    ("violence_self_harm", "sensitive", "email",
     "My ex-husband has found my profile and is screenshotting it and sending it to my family with disgusting "
     "comments. Can you make me invisible to him? I believe he's using the number 07700 900781. I'm scared of what "
     "he'll do next."),
    ("violence_self_harm", "sensitive", "sms",
     "pls cancel my sub. staying somewhere else for a while, my partner found the app on my phone and it got "
     "physical. don't use my old email"),
    ("violence_self_harm", "sensitive", "call",
     "Agent: Pairwick, Dominic speaking. || Caller: Hi. I want to delete my account. I went on a date with someone "
     "from here and afterwards he said some really cruel stuff, and last night I cut myself again for the first "
     "time in a year. || Agent: I'm really sorry. Are you safe right now? || Caller: Yeah, my flatmate's here. || "
     "Agent: Good. I'll close the account now, and I'll text you the Samaritans number, 116 123, and Shout, 85258."),
    ("violence_self_harm", "sensitive", "review",
     "1 star for the Bristol harbour walk. A man in our group made comments about my body the whole way round and "
     "put his hand on my back after I told him to stop. The host saw and did nothing."),
    ("violence_self_harm", "sensitive", "chat",
     "honestly been thinking about ending it, this whole dating thing is just the last straw. anyway can you tell "
     "me how to delete my photos"),
    ("violence_self_harm", "sensitive", "agent_note",
     "On the call member disclosed she was raped after a date arranged through the app (not one of our events). "
     "Gave Rape Crisis details, opened T&S case 4471 and preserved both accounts' chat logs."),
    ("violence_self_harm", "sensitive", "in_app",
     "can you tell me if someone reported me? || Agent: We can't share who reports whom, but I can check your "
     "account is in good standing. || fine. it's just my ex keeps making fake accounts on here and saying she'll "
     "end me. i reported those and nothing happened"),
    ("violence_self_harm", "sensitive", "email",
     "Hi, I matched with a man called Kieran on Friday and when I didn't reply fast enough he sent a voice note "
     "saying he knows which gym I go to and what I'd 'deserve'. I've saved it. || Agent: Thank you for reporting "
     "this. Kieran's account has been removed and we'll support any police report you make. || Thank you. I've "
     "given the police the recording this morning."),
    ("violence_self_harm", "sensitive", "web_form",
     "Feedback: The Date Check-in literally got me out of a situation last month when a match wouldn't let me leave "
     "his flat. My friend got the alert and rang until he let me go. Please never remove that feature."),
    ("violence_self_harm", "benign", "sms",
     "Killer promo btw, is SPRING40 still working or has it gone || Agent: It runs until midnight on Sunday! || "
     "nice one"),
    ("violence_self_harm", "benign", "chat",
     "the app crashes every single time I open messages, it's killing me. Galaxy S22, reinstalled twice already || "
     "Agent: Thanks, a fix is in 6.2.2. Until then, opening messages from a notification works. || ok will try"),
    ("violence_self_harm", "benign", "review",
     "Smashed it, Pairwick! The host had the whole room laughing in about two minutes flat. Five stars, going again "
     "next month."),
    ("violence_self_harm", "benign", "email",
     "Hello, how does your member reporting process work in general? We run a members' climbing club and are "
     "drafting our own safety policy, and yours is often held up as a good example. Would you share an outline? "
     "Best, Tamsin, Crag Collective"),
    ("violence_self_harm", "benign", "agent_note",
     "Macro update: safety report acknowledgement now includes the 24-hour review promise and a link to the Safety "
     "Centre. Applies to all T&S queues from today."),
    ("violence_self_harm", "benign", "in_app",
     "where has the block button gone? it used to be top right || Agent: It's moved into the three-dot menu on the "
     "profile, then 'Block and report' or just 'Block'. || found it ta"),
    ("violence_self_harm", "benign", "dm",
     "your 'Murder Mystery Speed Dating' poster is amazing. is that a real event or just an april fools || Agent: "
     "Very real! Leeds on the 31st, with actors and a three-course dinner. || booking it"),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, it's Gina at the Blackthorn Arms. We've got your Twelve Tables on Thursday but there's a darts tournament "
     "in the back bar that night, so just warn your host it might get a bit shouty. Ta."),
    ("violence_self_harm", "benign", "web_form",
     "Type: Bug | Description: Tapping 'Report' on a profile opens Edit Profile instead of the report screen. "
     "Android 14, app v6.2.1. | Steps: open any profile, tap three dots, tap Report."),
    ("violence_self_harm", "benign", "call",
     "Caller: I could strangle my bank, they've blocked your payment again for 'suspicious activity'. || Agent: "
     "That happens sometimes with new cards. If you approve it in your banking app I can retry it while you're on "
     "the line. || Caller: Approved. Go. || Agent: Gone through, you're all set for Friday."),
    ("violence_self_harm", "benign", "chat",
     "What training do your hosts get for handling trouble at events? I'm setting up a similar night in Glasgow || "
     "Agent: Hosts do conflict de-escalation and welfare training, and we brief venue door staff before each event. "
     "|| Thanks, that's really helpful."),
    ("violence_self_harm", "benign", "review",
     "Fight me but the Supper Club is miles better than the speed dating. Actual conversations! || Reply from "
     "Pairwick: No fighting required, Nkechi, we love them too."),
    ("violence_self_harm", "benign", "in_app",
     "The 'Panic' button name on the check-in screen feels a bit alarming, could it say 'Get help' instead? Just UX "
     "feedback from a designer."),
    ("violence_self_harm", "benign", "email",
     "Got an alert that someone tried to log into my account from Lisbon at 3am. Wasn't me. Is my account under "
     "attack? || Agent: The attempt was blocked because it needed your one-time code. I'd still recommend changing "
     "your password. || Done, thanks for the quick reply."),
    ("violence_self_harm", "benign", "agent_note",
     "Quayside venue confirmed two SIA door staff for Saturday's 80-person mixer, badges checked. Standard for "
     "events over 60."),
    # ---- financial hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, I was made redundant at the end of last month and can't keep paying for Gold. Is there a cheaper plan, or "
     "can I pause it until I'm working again? Member ID PW-302214. Thanks, Gavin"),
    ("financial_hardship", "sensitive", "chat",
     "payment failed again?? || Agent: Hi Kerry, the bank declined the £14.99 renewal this morning. Would you like "
     "me to retry it? || no point, there's literally nothing in there till my universal credit lands on the 28th. "
     "can you try then || Agent: I've set the retry for the 28th and your Plus stays active until then."),
    ("financial_hardship", "sensitive", "agent_note",
     "Member behind on the instalment plan for the Second Spring weekend (£189 outstanding). Says she was evicted "
     "last month and is staying with her sister. Froze instalments for 60 days, no late fees."),
    ("financial_hardship", "sensitive", "sms",
     "got a letter from a debt collector saying i owe pairwick £74?? cant pay that rn, im on jobseekers || Agent: "
     "I'm sorry about that letter. It's an old unpaid renewal from 2022; I've written it off and told the agency to "
     "close the file. || omg thank you so much"),
    ("financial_hardship", "sensitive", "web_form",
     "Refund reason: Financial | Details: My hours got cut to zero and I had to use the food bank this week. I know "
     "it's past the refund window but the £45 for the Supper Club would really help. | Booking: SC-31207"),
    ("financial_hardship", "sensitive", "in_app",
     "please turn off auto renew. the £29.99 took me over my overdraft and now the bank's charging me fees I can't "
     "cover || Agent: Auto-renew is off, and I've refunded this month's £29.99 so it goes back in today. || thank "
     "you, really"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Derek Foyle. I've been declared bankrupt and the trustee says I need to cancel all my subscriptions, "
     "so please cancel my Pairwick Gold and confirm it in writing. My number's 07700 900903. Thank you."),
    ("financial_hardship", "sensitive", "review",
     "Wish I could afford to keep coming, lost my job in January and it's been beans on toast since. The Brighton "
     "nights were the highlight of my month. || Reply from Pairwick: Thank you, Ayo. We've emailed you about our "
     "free community evenings, we'd love to see you at one."),
    ("financial_hardship", "sensitive", "dm",
     "is there a concession price for the Second Spring lunches? i'm on the basic state pension and pension credit "
     "and £32 is a lot for me"),
    ("financial_hardship", "sensitive", "call",
     "Agent: Pairwick support, Priya speaking. || Caller: Hi, I need to cancel everything. The bailiffs came round "
     "yesterday and I've got to sort out what I'm paying for. || Agent: Of course. I can cancel your Plus and the "
     "ticket for the 18th and refund the ticket in full. || Caller: Please. Every bit helps right now."),
    ("financial_hardship", "sensitive", "chat",
     "i know it's a long shot but could i split the £120 weekend into weekly payments? rent's two months behind and "
     "the landlord's threatening to chuck us out"),
    ("financial_hardship", "sensitive", "email",
     "Dear Pairwick, I am writing on behalf of my client Ms Joy Adeyemi, who entered a Debt Relief Order on 2 "
     "April. Please note the outstanding balance of £58 is included in the order and no further collection should "
     "be attempted. Regards, Harbour Money Advice || Agent: Thank you, we've marked the account accordingly and "
     "stopped all reminders. || Much appreciated."),
    ("financial_hardship", "sensitive", "agent_note",
     "Cust upset on the phone: partner left and emptied the joint account, she has £12 to last until payday. "
     "Refunded last Plus charge (£14.99) under the hardship policy and cancelled the sub."),
    ("financial_hardship", "sensitive", "in_app",
     "why won't my promo code work || Agent: WELCOME50 is only for brand-new members, sorry! || ok. was hoping it "
     "would because after the council tax arrears come out I've got basically nothing left this month"),
    ("financial_hardship", "sensitive", "sms",
     "Hi can u pause my membership. Lost my job friday and waiting on benefits, cant spare 15 quid a month right now"),
    ("financial_hardship", "sensitive", "web_form",
     "Name: Wes Tallis | Issue: Payment method | Details: I'm in an IVA and the bank has frozen my card, so I need "
     "to pay the last instalment from my partner's card instead. How do I change it?"),
    ("financial_hardship", "sensitive", "email",
     "Please remove my card and close my account. I've got myself into serious debt with payday loans and I'm "
     "trying to cut every subscription I can. Sorry, I know it's not your problem. Jen Whitlow"),
    ("financial_hardship", "sensitive", "review",
     "Three weeks to refund a cancelled event. Not great when you're living on statutory sick pay and every £20 "
     "counts. The event itself was fine."),
    ("financial_hardship", "sensitive", "chat",
     "hey can i get the student discount? || Agent: Sure, just verify with your university email under Membership > "
     "Discounts. || i dropped out last term because i couldn't make rent, does it still count || Agent: Sadly it "
     "needs a current student email, but I can give you a month of Plus at half price instead."),
    ("financial_hardship", "sensitive", "dm",
     "my cafe went into liquidation in the spring and I'm personally on the hook for the loan. is the old £9.99 "
     "Plus price still around anywhere? can't justify more than that at the moment"),
    ("financial_hardship", "benign", "chat",
     "card declined but there's definitely money in it, it's a new card, do I need to update the expiry somewhere? "
     "|| Agent: Yes, under Membership > Payment; re-enter the card and the new expiry will save. || sorted, cheers"),
    ("financial_hardship", "benign", "email",
     "Hello, I've been charged twice for Plus this month, two lots of £14.99 on the 4th. Could you refund one of "
     "them? Screenshot attached. Thanks, Marnie Hollis"),
    ("financial_hardship", "benign", "sms",
     "Does the £35 Supper Club ticket include drinks or is it pay at the bar || Agent: A welcome drink is included; "
     "anything after that is at the bar. || grand"),
    ("financial_hardship", "benign", "agent_note",
     "Payment provider outage 14:10 to 14:55. 38 renewals failed and were retried automatically at 15:30, all "
     "succeeded. No member action needed."),
    ("financial_hardship", "benign", "web_form",
     "Query: Invoice | Details: Could we have a VAT invoice for the corporate booking TT-60012 (Hartwell "
     "Engineering social club), addressed to accounts@example.com please? | Company number: 08812345"),
    ("financial_hardship", "benign", "in_app",
     "how much is gold annual vs monthly || Agent: Gold is £29.99 a month or £199 a year, so annual saves about "
     "£160. || ok annual it is, how do I switch || Agent: Membership > Change plan > Gold annual. The switch "
     "happens at your next renewal."),
    ("financial_hardship", "benign", "voicemail",
     "Hi, it's Rob at the Copper Kettle, just chasing payment of invoice 2231 for the March events, it was due on "
     "the 30th. Can someone from accounts give me a shout? Cheers."),
    ("financial_hardship", "benign", "review",
     "Pricey-ish but worth it: £18 for the speed dating, including a drink and some decent nibbles. Good value for "
     "a Friday night out."),
    ("financial_hardship", "benign", "dm",
     "do u take apple pay for event tickets? couldn't see it at checkout || Agent: Not for event tickets yet, just "
     "cards and Google Pay. Apple Pay is coming in the summer. || ok"),
    ("financial_hardship", "benign", "call",
     "Caller: I want to change the card on my subscription, the old one's been replaced. || Agent: No problem, I'll "
     "send a secure link by text so you can enter it yourself. || Caller: Got the text. Done. || Agent: That's "
     "updated, your next renewal will come from the new card."),
    ("financial_hardship", "benign", "chat",
     "refund for the cancelled Swindon event still hasn't come through, it's been five days || Agent: It was issued "
     "on Monday; banks can take up to ten working days to show it. || ok, will give it till next week"),
    ("financial_hardship", "benign", "email",
     "Hi, I bought a £50 Pairwick gift voucher for a friend's birthday but the code says it's invalid. Code "
     "GV-8831-QX. || Agent: Sorry about that! The code hadn't been activated after purchase. It's live now. || "
     "Brilliant, she's just booked a Supper Club with it."),
    ("financial_hardship", "benign", "in_app",
     "Can I pay for my friend's ticket from my account? It's her birthday and I want it to be a surprise"),
    ("financial_hardship", "benign", "sms",
     "Are the midweek speed dating nights cheaper than the Friday ones? Fri is £22"),
    ("financial_hardship", "benign", "web_form",
     "Subject: Currency | Message: Why am I being charged in euros? I'm in Belfast and the app has suddenly "
     "switched to EUR pricing for Plus."),
    ("financial_hardship", "benign", "agent_note",
     "Price change comms: Plus goes from £12.99 to £14.99 on 1 May for new members; existing members keep their "
     "price until renewal. FAQ and macros updated."),
    ("financial_hardship", "benign", "review",
     "The free trial rolled into a paid month and I didn't notice. My fault really, but a reminder email would be "
     "nice. || Reply from Pairwick: Totally fair, Oisin. We've just added a reminder three days before any trial "
     "ends."),
    ("financial_hardship", "benign", "chat",
     "do you do a group discount if six of us book the same night? it's for a hen do, the bride wants to come along "
     "for a laugh"),
    ("financial_hardship", "benign", "voicemail",
     "Hello, Keith Barlow here, treasurer of the Sutton Rambling Club. We've sent a bank transfer for the group "
     "booking on the Walk and Talk but forgot to put the reference on. It was £180 on Tuesday. Could you match it "
     "up? Thanks."),
    ("financial_hardship", "benign", "email",
     "I've switched banks since booking and the old account is closed. Where will my refund for TT-58810 go? || "
     "Agent: Card refunds go back to the card; if it's closed, the bank will pass it to your new account. If it "
     "bounces we'll contact you. || Okay, that's reassuring, thanks."),
    # ---- children
    ("children", "sensitive", "email",
     "Hi, is there any chance of a Tuesday or Wednesday Twelve Tables in Reading? I have my son Alfie (6) every "
     "Friday and Saturday so the weekend ones are impossible for me. Thanks, Stuart"),
    ("children", "sensitive", "chat",
     "hi, sitter just cancelled on me for tonight and my daughter's only 4 so i can't leave her. can i get credit "
     "for the Clifton supper club? || Agent: Of course, Jade. I've put £35 of credit on your account, valid for 12 "
     "months. || ur a star thank you"),
    ("children", "sensitive", "agent_note",
     "Profile PW-440218 ('Lexi, 19') reported as underage. Photos include a Kingsbridge Academy Year 10 tie. "
     "Account closed, card refunded, parent contact details requested via the payer email."),
    ("children", "sensitive", "sms",
     "Can I swap to the 8pm one? Have to get Maisie from Brownies at 7, she's 9 and they won't let her walk home "
     "alone || Agent: Swapped you to the 8pm, Kath. Same venue. || brill thanks"),
    ("children", "sensitive", "web_form",
     "Report type: Underage user | Profile: 'Tyler', Hull | Details: In a message he told me he's 16 and still at "
     "school, doing his GCSEs in May. His profile says 22. | Screenshots attached: yes"),
    ("children", "sensitive", "in_app",
     "my 15 year old made an account on my old phone using my details, how do I get it deleted asap. she's been "
     "messaging adults || Agent: Thank you for telling us. I've suspended it now. What email is on the account, so "
     "we can delete it and everything sent from it? || it's mine, j.morrow@example.com"),
    ("children", "sensitive", "voicemail",
     "Hi, this is Michelle Aston. There are three charges on my card from Pairwick and I think my son Jacob did it, "
     "he's fourteen and he had my card for a game. Can somebody ring me back on 07700 900145 and cancel whatever "
     "he's signed up to?"),
    ("children", "sensitive", "review",
     "Good night overall but I had to bolt after my third date because the nursery rang, Poppy's pick-up had been "
     "moved to 6 and her dad couldn't get there. Host was really understanding. 4/5"),
    ("children", "sensitive", "dm",
     "my profile just says 'has kids'. can i put their ages on? feel like it matters to people that the twins are "
     "only 3 || Agent: You can! About me > Family has an optional line for children's ages. || oh amazing"),
    ("children", "sensitive", "call",
     "Agent: Pairwick support, Marta speaking. || Caller: Hi, there's £89.97 on my account for Gold and I never "
     "signed up. I've just found out my son used the iPad, he's twelve, he thought it was a game. || Agent: I'm "
     "sorry about that. I'll close the account, refund the three payments, and we'll block that device from signing "
     "up again. || Caller: Thank you, he's in a lot of trouble."),
    ("children", "sensitive", "email",
     "Hello, can I pause Plus for a couple of months? Our son Ezra arrived last Thursday, 7lb 2oz, and I'm on "
     "paternity leave and definitely not swiping on anything. Cheers, Nathan"),
    ("children", "sensitive", "chat",
     "why was my main photo rejected?? it's just me and my son at his 5th birthday party. he's not even looking at "
     "the camera || Agent: Our photo rules don't allow pictures where a child is clearly visible, even side-on. "
     "Could you crop him out? || ugh ok fine"),
    ("children", "sensitive", "agent_note",
     "Member says her daughter (17) used her older sister's driving licence to get into the Nottingham Twelve "
     "Tables on Friday. Checked door list, flagged the booking and sent the venue a reminder about ID checks."),
    ("children", "sensitive", "in_app",
     "is it ok to bring a baby to the Sunday brunch club? || Agent: Our brunch events are 18+ as they're in "
     "licensed venues, sorry. || ah shame. she's seven months and mostly sleeps but fair enough, I'll find a sitter"),
    ("children", "sensitive", "sms",
     "Running 10 mins late, the school nativity overran, Ava was a sheep and refused to leave the stage lol || "
     "Agent: Ha! No problem, the host will hold your seat. || thank u"),
    ("children", "sensitive", "web_form",
     "Request: Delete account | Account holder name: Kai Brennan | Account holder date of birth: 14/09/2010 | "
     "Relationship to account holder: Mother | Details: My son set this up using a fake age. Please remove it and "
     "confirm."),
    ("children", "sensitive", "review",
     "Lovely evening but I left early when my 11-year-old texted that he'd locked himself out. Came back next month "
     "and stayed the whole time, much better!"),
    ("children", "sensitive", "email",
     "Hi there, I'd like to change my Walk & Talk bundle to alternate weekends only. I have Oscar (8) and Ruby (5) "
     "every other weekend now, so those Saturdays are out. || Agent: No problem, Dan. Which weekends are free for "
     "you? || The 6th, 20th and 3rd of next month. || Agent: Done, you're booked on those three and the other dates "
     "are back as credit."),
    ("children", "sensitive", "voicemail",
     "Hello dear, it's Margaret Finch. My granddaughter Lily, she's thirteen, she set the app up for me and now I "
     "can't find where she put the password. Could someone ring me on 07700 900376? Thank you."),
    ("children", "sensitive", "dm",
     "my 16 year old found my profile and is absolutely mortified. is there a way to stop it showing to people in "
     "my phone contacts? his friends' mums are in there"),
    ("children", "sensitive", "call",
     "Agent: Pairwick, Kwame speaking. || Caller: Hello, I'm the head of Year 6 at Westbrook Primary. One of our "
     "pupils, Harvey, has been showing classmates a Pairwick profile on his phone that he says is his. He's ten. || "
     "Agent: Thank you for calling. Can you tell me the profile name so we can remove it? || Caller: It's "
     "'Harv_99'. His parents are aware."),
    ("children", "sensitive", "agent_note",
     "Member asked us to remove a photo of her son in his St Bede's uniform, crest visible, as she's worried it "
     "shows where he goes to school. Removed and confirmed by email."),
    ("children", "sensitive", "chat",
     "do u have events that finish before 9? i have to let the childminder go by 9.15 and my boy's only 2 so no "
     "chance of a late one"),
    ("children", "sensitive", "in_app",
     "Selfie Check keeps failing because my toddler grabs the phone every time lol, she's 18 months and obsessed "
     "with screens. Can I try again later without getting locked out?"),
    ("children", "sensitive", "sms",
     "Parents evening at Hillcrest Juniors is at 6 (Noah's in Year 4), can I move to the 7.30 slot on Thurs"),
    ("children", "sensitive", "web_form",
     "Pairwick Personal intake | Name: Rosalind Achebe | Age: 41 | Children: two, Freya (7) and Arlo (10), they "
     "live with me in the week | Dealbreakers: smokers | Preferred area: Bath and surrounds"),
    ("children", "sensitive", "review",
     "Your matchmakers put me with three men who'd ticked 'doesn't want children' when my profile clearly says I've "
     "got a four-year-old. Waste of £60. || Reply from Pairwick: Sorry Lauren, that shouldn't have happened. We've "
     "re-run your matches with the filter fixed and refunded the session."),
    ("children", "sensitive", "dm",
     "hi im 15 can i come to the speed dating if my mum comes with me || Agent: Hi, sorry, all our events and the "
     "app itself are for over-18s only, even with a parent there. || ok fair"),
    ("children", "sensitive", "voicemail",
     "Hiya, it's Sharon, ticket for Friday's Twelve Tables. My son's got his GCSE maths first thing Saturday so I "
     "need to be home by ten. Is it okay if I leave after the first half? Just so the host knows. Ta."),
    ("children", "sensitive", "chat",
     "is there a creche at the Sunday picnic in Victoria Park? || Agent: No, the picnic is adults only. || shame, "
     "it's my weekend with the kids, they're 4 and 6. I'll look at the next one"),
    ("children", "sensitive", "agent_note",
     "Father of member 'Ellie, 19' called: says Ellie is his daughter and is actually 16 (DOB 11/03/2009). Account "
     "suspended, age verification requested; if not passed in 48h, close and refund."),
    ("children", "sensitive", "email",
     "Sorry for the late renewal, it's been a mad fortnight sorting Theo's nursery place at Little Acorns. He "
     "starts in September so I should finally have some evenings back! Could you reactivate my Plus? Ta, Gemma"),
    ("children", "sensitive", "sms",
     "is it ok to bring my baby in a sling on the Walk n Talk on the 12th? Rosie's 4 months and very chill"),
    ("children", "sensitive", "call",
     "Caller: I'm ringing to complain. My daughter Amira is twelve and she saw an advert for your app in the middle "
     "of a YouTube video. That's not right. || Agent: I agree it shouldn't happen, and I'm sorry. Do you remember "
     "the channel or the time? || Caller: A slime video, about 5pm yesterday. || Agent: Thank you. I've sent that "
     "to our marketing team to get the placement excluded."),
    ("children", "sensitive", "web_form",
     "Report type: Safety | Member: 'Craig', Doncaster | Details: He kept asking about my 9-year-old daughter: "
     "which school she goes to, what time she gets home, whether she's home alone. I unmatched but wanted you to "
     "know. | Urgent: yes"),
    ("children", "sensitive", "in_app",
     "my bio says 'single mum to a Year 2 superstar who thinks I'm the funniest person alive', why has it been "
     "flagged??"),
    ("children", "sensitive", "review",
     "Came to the Sunday Supper Club while my ex had our 10-year-old for the weekend. Best afternoon I've had in "
     "ages, thank you!"),
    ("children", "sensitive", "dm",
     "got a match who keeps asking for pics of my kids. they're 5 and 8. is that normal?? it feels really off"),
    ("children", "sensitive", "agent_note",
     "Member is a single mum; daughter Nia (6) finishes school at 3.15 so she asked for daytime events. Suggested "
     "Wednesday Walk & Talk, 10-12. Booked her on the 14th."),
    ("children", "sensitive", "email",
     "Please delete this account. It was set up by my son Ethan, who is 13, using my email address without my "
     "knowledge. || Agent: Thank you for letting us know, Mrs Kaur. The account is deleted and we've blocked the "
     "email from re-registering. || Thank you, that's a relief."),
    ("children", "sensitive", "chat",
     "my daughter's sixth form is doing volunteering hours and she'd love to help at one of your events, she's 16, "
     "is that allowed? || Agent: Sadly volunteers need to be 18+ as our events are in licensed venues. || no "
     "worries, she'll be gutted but understands"),
    ("children", "sensitive", "voicemail",
     "Hi, it's Mo. I'm parked outside with the baby, she's three weeks old and won't settle, so I won't make "
     "tonight's Twelve Tables. Could you pop it on as credit? Ref TT-52274. Thanks."),
    ("children", "sensitive", "sms",
     "What time does Saturday finish? || Agent: Around 10pm, Jodie. || Need to be back for the sitter by half 10, "
     "the kids are 2 and 5, should be fine then"),
    ("children", "sensitive", "in_app",
     "are there any morning events in Leamington? || Agent: There's a coffee walk on Thursdays at 9.30. || perfect, "
     "that's right after the school run, Oliver starts Year 1 at Clarendon Primary in Sept so I'll be free"),
    ("children", "sensitive", "call",
     "Caller: My ex has put a photo of our son on her dating profile and I didn't agree to it. He's seven. || "
     "Agent: I understand. Can you tell me the profile name? We'll review the image. || Caller: 'Becca, 34'. It's "
     "the one at the beach, Jack's in the red t-shirt. || Agent: Thanks. Photos of children where the member isn't "
     "the focus go against our rules, so it'll come down today."),
    ("children", "sensitive", "web_form",
     "Issue: Selfie Check | Details: It rejected my ID. I've only got my provisional licence. I turn 18 in June, "
     "can I use that to sign up now and just not go to events yet?"),
    ("children", "sensitive", "review",
     "1 star. this app wont let me in because im 17 lol. my birthday is in 3 weeks, so petty"),
    ("children", "sensitive", "email",
     "I am writing because my son, who is 16, attended your Twelve Tables night at the Red Lion in Stroud last "
     "Friday and nobody checked his ID. I'd like to know how that happened. Colin Meyrick"),
    ("children", "benign", "email",
     "Hello, I'm chair of Hillview Primary PTA. We're holding a grown-ups' quiz night in the school hall in "
     "November and wondered if one of your hosts could be our quizmaster for a fee. Best wishes, Fiona Grant"),
    ("children", "benign", "chat",
     "are all your events 18+ or do some allow younger? just checking before I recommend you to my book club || "
     "Agent: All 18+, both the events and the app. || thanks"),
    ("children", "benign", "sms",
     "Is the Saturday picnic in Victoria Park family friendly or adults only? Want to know what to expect"),
    ("children", "benign", "agent_note",
     "Age gate fix shipped: sign-up now rejects under-18 dates of birth before the payment screen, not after. T&S "
     "notified."),
    ("children", "benign", "web_form",
     "Company: Little Acorns Nursery Ltd | Enquiry type: Venue | Message: We have a large garden room that's empty "
     "in the evenings and could be hired for small adult events. Would Pairwick be interested?"),
    ("children", "benign", "in_app",
     "what does the 'Wants children' filter actually do? does it hide people who said no, or just put them lower "
     "down?"),
    ("children", "benign", "voicemail",
     "Hi, it's Becky from Brightside Day Nursery on Mill Lane. Someone's been putting Walk and Talk flyers through "
     "our letterbox every week. Could you take us off the round please? Thanks."),
    ("children", "benign", "review",
     "The 'Baby Steps' session for first-time speed daters is genius. Ten minutes of tips from the host before it "
     "starts and suddenly it's not scary. 5/5"),
    ("children", "benign", "dm",
     "your app is acting like a toddler today, throws a full tantrum every time i upload a photo || Agent: Ha, "
     "sorry! Clearing the app cache usually settles it, and a proper fix is due Friday. || cleared it, seems calmer"),
    ("children", "benign", "call",
     "Caller: Do you do anything on a school night that finishes before ten? I'm up at five for work. || Agent: Our "
     "Tuesday Supper Clubs finish at 9.30. || Caller: Perfect, book me for next Tuesday in Sheffield. || Agent: "
     "Booked, the confirmation's on its way."),
    ("children", "benign", "chat",
     "are people allowed to mention children in their bios? general question, writing a comparison of dating app "
     "rules for a blog"),
    ("children", "benign", "email",
     "Hi, we're Bramble Books, a children's picture-book publisher, and we'd love to advertise in your member "
     "newsletter. || Agent: Thanks for asking! Our newsletter only carries adult-audience partners, so I'm afraid "
     "it's not a fit. || Understood, thanks for the quick answer."),
    ("children", "benign", "agent_note",
     "Safeguarding refresher: all hosts must complete the annual module by 30 September. Completion is tracked in "
     "the LMS; reminders going out Monday."),
    ("children", "benign", "sms",
     "Kidding! ignore my last msg, found the ticket in my spam folder"),
    ("children", "benign", "web_form",
     "Type: Bug | Details: On iPad the age range slider lets you set the minimum to 16, though it snaps back to 18 "
     "when you save. Looks like a display bug."),
    ("children", "benign", "review",
     "Grown-up fun without the cringe. The Supper Club is my new favourite night out, great food and the seating "
     "plan actually works."),
    ("children", "benign", "voicemail",
     "Hi, it's Dean Walsh from St Anne's Primary PTA. We're organising a fundraising quiz for the parents and "
     "wondered if your hosts ever freelance. Can you call me back on 07700 900482? Thanks."),
    ("children", "benign", "dm",
     "do you partner with any childcare booking apps? feels like a gap in the market for a dating company tbh"),
    ("children", "benign", "call",
     "Caller: I'm at Oakfield School for the Sunday tea dance, is it in the main hall? I can't find the way in. || "
     "Agent: It's the sports hall round the back, follow the car park to the left. || Caller: Ah, found the signs "
     "now, thanks. || Agent: Enjoy the dancing!"),
    ("children", "benign", "chat",
     "can you confirm the brunch club is adults only? || Agent: Yes, all brunches are 18+ as they're in licensed "
     "venues. || great, that's what I was hoping"),
    ("children", "benign", "email",
     "Dear Pairwick, please find attached our invoice for hire of the Marlow Youth Centre main hall on 12 and 26 "
     "October (£240 total). Payment terms 30 days. Kind regards, Centre Manager"),
    ("children", "benign", "agent_note",
     "Venue change: the Ashby event moves from Greenfields Community Centre to the Rose & Crown because the centre "
     "runs a holiday club that week. Members notified."),
    ("children", "benign", "in_app",
     "the new onboarding is a bit childish with all the cartoon hearts lol, can i skip it || Agent: Yes, there's a "
     "Skip link top right on every onboarding screen. || found it"),
    ("children", "benign", "sms",
     "baby steps, finally finished my profile haha. how do I get the verified tick || Agent: Well done! Do Selfie "
     "Check under Profile > Verify and the tick appears once it passes. || done 🙌"),
    ("children", "benign", "review",
     "The 'naughty corner' for people who arrive late to speed dating is a hilarious touch. || Reply from Pairwick: "
     "Glad you enjoyed it, Priya! You were on time, so no naughty corner for you."),
    ("children", "benign", "web_form",
     "Organisation: Kestrel, the student newspaper at Lincoln | Question: Do you verify members' ages at sign-up, "
     "and if so how? We're comparing five apps for a feature."),
    ("children", "benign", "dm",
     "what's the minimum age for Second Spring? 50 or 55? || Agent: 50 and over! || ta, will tell my mate"),
    ("children", "benign", "voicemail",
     "Hello, it's Julie at Playhouse Soft Play in Wakefield. Our upstairs function room is free on Friday evenings "
     "once we've closed, if you're ever looking for a venue. Number's 07700 900619."),
    ("children", "benign", "chat",
     "do you do anything for teens, like a junior version? asking for a youth work research project on online "
     "safety, not for anyone in particular"),
    ("children", "benign", "call",
     "Caller: Hi, I'm from the careers team at Hilltop Academy sixth form. Would anyone from Pairwick come in and "
     "talk about working in app development? || Agent: Possibly! I'll pass you to our people team. || Caller: Thank "
     "you, I'll email the details too."),
    ("children", "benign", "email",
     "Loved the nursery-rhyme picture round at the Ilkley quiz date! Any chance you could send the answers? Our "
     "table still can't agree on number seven."),
    ("children", "benign", "agent_note",
     "App store age rating changed from 17+ to 18+ after review. No user impact; store listings updated."),
    ("children", "benign", "in_app",
     "does 'Open to kids' on a profile mean they have kids or want kids? the wording is confusing"),
    ("children", "benign", "sms",
     "big kid at heart here, is the bowling night in Hull still happening?"),
    ("children", "benign", "review",
     "My mate dragged me to the Toy Story themed quiz-date and I had the best time. Never thought I'd be this "
     "competitive about Buzz Lightyear."),
    ("children", "benign", "web_form",
     "Feature request | Details: Please add a way to filter out profiles that mention children at all. I'm looking "
     "for child-free matches and it would save everyone time."),
    ("children", "benign", "dm",
     "just read the 'Parent Trap' date ideas blog post lol, which film is next in the series"),
    ("children", "benign", "voicemail",
     "Hi, it's Carol from the Scout Hut committee in Haverhill returning your enquiry about hiring the hall on "
     "Saturday evenings. We're free most weeks after six. Ring me back when you can."),
    ("children", "benign", "email",
     "Hello, we're Ridgeway Trails CIC and we're reviewing our insurance. Do your Walk & Talk rambles ever include "
     "under-18s, or are they strictly adults? || Agent: Strictly 18+, including people joining as guests. || "
     "Thanks, that's what our insurer needed."),
    ("children", "benign", "chat",
     "where's the child safety section of your website? I'm a safeguarding lead comparing dating apps' policies for "
     "a training slide"),
    ("children", "benign", "agent_note",
     "Brand reminder: no stock photos featuring children in event marketing, per brand guidelines v3. Two Instagram "
     "drafts pulled for this."),
    ("children", "benign", "in_app",
     "why can't I set my age range below 18 || Agent: Pairwick is for over-18s only, so the slider starts there. || "
     "makes sense, was just poking around the settings lol"),
    ("children", "benign", "sms",
     "Hiya, can I bring my own cake to the Supper Club on Saturday? It's my 40th!"),
    ("children", "benign", "call",
     "Caller: Hi, I'm a reporter at the Evening Echo doing a piece on how dating apps keep under-18s off. Can I "
     "speak to someone about your checks? || Agent: I'll put you through to our press office. || Caller: Great, "
     "thanks."),
    ("children", "benign", "review",
     "Felt like a kid in a sweet shop at the Leeds Twelve Tables, so many lovely people I couldn't pick. Four "
     "stars, only because the bar ran out of lime."),
    ("children", "benign", "web_form",
     "Organisation: Rainbow Tots Nursery Ltd | Enquiry type: Advertising | Message: We're recruiting a deputy "
     "manager. Could we advertise the job on your social channels? | Budget: £100"),
    ("children", "benign", "dm",
     "your new app icon looks like a baby's dummy lol, bring the old one back"),
    ("children", "benign", "email",
     "Do your events carry on through the school summer holidays, or do they pause? I'm planning some trips and "
     "want to line up a few Walk & Talks around them."),
    ("children", "benign", "chat",
     "feel like a kid waiting for christmas, when do the May tickets go on sale? || Agent: Monday at 9am! || alarm "
     "set"),
    ("children", "sensitive", "call",
     "Agent: Pairwick, Bex speaking. || Caller: Hello love, I've booked the Second Spring lunch on the 28th but "
     "I've just realised it's half term and I'm on grandson duty, Reuben's seven and his mum's working. Is there a "
     "later one? || Agent: There's the same lunch on 11 November. Shall I move you? || Caller: Yes please, he'll be "
     "back at school by then."),
    ("children", "sensitive", "review",
     "Met a lovely man at the Cheltenham Supper Club. Funniest bit: when I showed him a photo of my daughter he "
     "realised she's in his son's class at Brookfield Primary, Year 3. Small world! 5/5 || Reply from Pairwick: "
     "What a story, Lucy! Thanks for sharing."),
    ("children", "benign", "call",
     "Caller: Hello, it's the school office at Greenway Primary, returning your call about hiring the hall for an "
     "adults' ceilidh on a Saturday. || Agent: Thanks for getting back to us! Is 14 March free? || Caller: It is, "
     "and the caretaker can open up from six. || Agent: Wonderful, I'll email the booking form over."),
    # ---- special categories: sensitive
    ("special_categories", "sensitive", "sms",
     "Can I move my Kindred Evening to the week after? Eid's on the Thursday and we'll be at the mosque half the "
     "night, then family all weekend || Agent: Eid Mubarak in advance! You're moved to the 24th. || jazakAllah khair"),
    ("special_categories", "sensitive", "chat",
     "hi, the faith dropdown on my profile only has 'Christian'. I was received into the Catholic Church at Easter "
     "and it matters to me that matches know that specifically || Agent: Thanks for flagging, Bernadette. You can "
     "add a line to your bio for now, and I've passed the request for more options to the product team. || ok, will "
     "do. thanks"),
    ("special_categories", "sensitive", "agent_note",
     "Member asked to only be shown matches who keep kosher and are shomer Shabbat. Explained the faith filter; "
     "also turned off Friday-evening event notifications at her request."),
    ("special_categories", "sensitive", "email",
     "Please stop putting me forward for Friday night events. I don't travel between sunset on Friday and nightfall "
     "on Saturday. A Saturday after 9pm or any Sunday is fine. Thanks, Eli"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, it's Harjit Sandhu. At the Blackthorn on Thursday the doorman wanted me to take my turban off so he "
     "could compare my face to my ID. I explained I wear it for my faith and he still made a fuss in front of "
     "everyone. I want someone to ring me about it, 07700 900533."),
    ("special_categories", "sensitive", "review",
     "As a practising Hindu I really appreciated that the Kindred Evening menu was fully vegetarian without me "
     "having to ask. Small thing, made a big difference. Five stars."),
    ("special_categories", "sensitive", "in_app",
     "can I make the 'faith: Jehovah's Witness' bit visible only to people I've matched with? don't want the whole "
     "congregation seeing it if they're on here"),
    ("special_categories", "sensitive", "dm",
     "giving up the app for lent lol. can you pause me until easter sunday? don't want to lose my streak"),
    ("special_categories", "sensitive", "web_form",
     "Pairwick Personal intake | Name: Caleb Winter | Beliefs: atheist; raised LDS, left the church in 2019 and my "
     "family still don't speak to me about it | Looking for: someone non-religious | Area: Cheltenham"),
    ("special_categories", "sensitive", "chat",
     "want to report a guy. first message was 'where are you REALLY from'. I'm British Pakistani, born in Bradford, "
     "so. anyway when I said that he sent a load of stuff I'm not going to repeat || Agent: I'm sorry, Ayesha. "
     "Please use Report on his profile or send me his name and we'll review the messages straight away. || it's "
     "'Shaun_Lds'. thanks"),
    ("special_categories", "sensitive", "email",
     "Hi, Selfie Check has failed me five times now. I'm a dark-skinned Black woman and it seems to struggle to see "
     "my face in anything less than full daylight. My lighter-skinned friends got through first time. This needs "
     "fixing. Regards, Adaeze"),
    ("special_categories", "sensitive", "agent_note",
     "Member (says she's from a Romany Gypsy family) reported a match who sent slurs about 'pikeys' after she "
     "mentioned her grandparents' caravan. Account removed, member thanked, case T&S-5120."),
    ("special_categories", "sensitive", "review",
     "First one of these I've been to where I wasn't the only brown face in the room. The Birmingham night was "
     "brilliant, thank you for that."),
    ("special_categories", "sensitive", "in_app",
     "can I put in my bio that I'd like to meet someone Igbo like me? my mum would be thrilled lol. is that allowed "
     "or is it against the rules"),
    ("special_categories", "sensitive", "sms",
     "The host kept getting my name wrong all night and did a ni hao joke when I said my parents came over from "
     "Fujian. Really not ok"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, it's Baljit. I'm calling for my mother, she's sixty-two and wants to come to a Second Spring lunch, "
     "but she only really speaks Punjabi. Is there a host or anyone who speaks it, or can I come and translate? My "
     "number is 07700 900718."),
    ("special_categories", "sensitive", "dm",
     "do the Kindred nights ever get mixed race people? I'm half Jamaican half Irish and I always feel like a bit "
     "of an outsider at both sides' community events || Agent: Absolutely, Kindred nights are open to everyone and "
     "very mixed. The Croydon one is especially lively! || ok might give it a go"),
    ("special_categories", "sensitive", "call",
     "Caller: Hi, I want to change a detail on my profile but the app won't let me. || Agent: Sure, which detail? "
     "|| Caller: My background. I put White British years ago but my dad's side is Bajan and I'd rather say mixed "
     "White and Black Caribbean now. || Agent: That's editable under About me > Background, I'll walk you through "
     "it."),
    ("special_categories", "sensitive", "email",
     "Could I get a refund on Saturday's Twelve Tables (TT-53310)? The council by-election's been called and I'm "
     "out canvassing for the Greens all that weekend. Sorry for the short notice. Fiona"),
    ("special_categories", "sensitive", "chat",
     "is it against the rules to put 'no tories' in my bio? i'm a Labour councillor and honestly it's a dealbreaker "
     "|| Agent: Political views in bios are fine as long as they aren't abusive. || perfect, it stays"),
    ("special_categories", "sensitive", "agent_note",
     "Member worried her main photo (taken at a Just Stop Oil protest on Whitehall) is getting her reported and "
     "unmatched. Checked: no reports, no violation. Reassured her."),
    ("special_categories", "sensitive", "in_app",
     "my bio says I'm chairman of the Reform branch in Clacton and it keeps getting rejected as 'promotional "
     "content'. other people mention their jobs"),
    ("special_categories", "sensitive", "sms",
     "Cant do thurs, Lib Dem branch meeting, we're picking our candidate. Can I swap to next week?"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Gwen Parry. I'm out leafleting for Plaid every evening until the Senedd vote, so can you move both "
     "my Cardiff tickets to June? Reference KE-40071. Diolch."),
    ("special_categories", "sensitive", "review",
     "The host made a crack about 'lefty snowflakes' during the icebreaker. I've been a socialist my whole life and "
     "it soured the whole night. 2/5"),
    ("special_categories", "sensitive", "dm",
     "why was my main pic rejected? it's me at the Palestine march with my sister || Agent: Hi! It was rejected "
     "because it's a crowd shot where it's hard to tell which person is you. A solo photo will go straight through. "
     "|| ah ok, not because of the flag then. I'll crop it"),
    ("special_categories", "sensitive", "call",
     "Caller: I'm standing as an independent in the May district council elections and someone's screenshotted my "
     "Pairwick profile into the local Facebook group. || Agent: I'm sorry, that's not acceptable. Do you know who "
     "took it? || Caller: No idea. Can I hide my profile until after polling day? || Agent: Yes, I'll switch on "
     "Incognito now, so only people you like can see you."),
    ("special_categories", "sensitive", "email",
     "Hi, I can't make the 15th after all. It's our strike day and as the rep I'm on the picket line at the bus "
     "depot from 5am. Could you swap me to the next Twelve Tables in Swindon? Cheers, Lorraine"),
    ("special_categories", "sensitive", "chat",
     "hey can i transfer my leeds ticket? the union's sending me to annual conference in Blackpool that week || "
     "Agent: Sure, who's taking the ticket? || my mate Deb Raines, deb.raines@example.org"),
    ("special_categories", "sensitive", "agent_note",
     "Member is a shop steward at the Hadley distribution centre and asked whether our hosts would cross a picket "
     "at the Harbourside Hotel if staff there walk out. Passed to Events; said we'd update her."),
    ("special_categories", "sensitive", "in_app",
     "is it ok to put 'union organiser' as my job on here? people either find it fascinating or run a mile lol"),
    ("special_categories", "sensitive", "sms",
     "my union subs and the Pairwick renewal went out the same day and the renewal bounced, can you retry on the 2nd"),
    ("special_categories", "sensitive", "voicemail",
     "Alright, it's Kev Bright, branch secretary for the posties in Ipswich. We're balloting all next week so my "
     "evenings are a write-off. Can you pause my Plus till the end of the month? Ta."),
    ("special_categories", "sensitive", "web_form",
     "Discount code: TWFMEMBER20 | Issue: Code not accepted | Details: It's from the members' benefits page of the "
     "Transport Workers' Federation magazine, and I'm a paid-up member, membership no. 448120."),
    ("special_categories", "sensitive", "review",
     "Met my boyfriend at the Swindon Twelve Tables. Turns out we'd been sitting at the same union branch meetings "
     "for two years and never spoken! Five stars, Pairwick. - Graham"),
    ("special_categories", "sensitive", "dm",
     "can you pause me for a month? we're balloting for action at work and as rep I'm on the phone every evening "
     "till ten || Agent: Done, you're paused until the 30th. Good luck with it all! || cheers"),
    ("special_categories", "sensitive", "email",
     "Hello, I'd like to book the Supper Club couples' evening for me and my boyfriend, Callum Rees. We'd prefer a "
     "table near the window if possible. Thanks, Aaron Pike"),
    ("special_categories", "sensitive", "chat",
     "how do i change 'interested in' from men to everyone? figured some stuff out about myself this year lol, "
     "better late than never"),
    ("special_categories", "sensitive", "in_app",
     "why am I being shown women?? I set it to men only. I'm gay, I don't need the algorithm's opinion || Agent: "
     "Sorry about that! An update reset some people's preferences; yours is back to men only. || thank you"),
    ("special_categories", "sensitive", "agent_note",
     "Member asked how to hide his profile from colleagues as he isn't out at work. Showed him 'Hide from contacts' "
     "and Incognito. He turned both on."),
    ("special_categories", "sensitive", "sms",
     "Hi, me and my girlfriend would love to volunteer at the Spectrum Social in Brighton next month, who do we "
     "ask? - Sophie"),
    ("special_categories", "sensitive", "review",
     "As a bi woman, finally an app that shows me men and women in one feed without making me toggle back and "
     "forth. Five stars from me."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Rhys, I'd like to book a place at the Spectrum Social in Cardiff on the 3rd. It's the first thing "
     "like this I'll have been to since coming out, so, yeah, a bit nervous. 07700 900247, thanks."),
    ("special_categories", "sensitive", "dm",
     "is there a way to stop everyone seeing that I'm asexual on my profile but still get matched with other ace "
     "people? feels a lot to have on show"),
    ("special_categories", "sensitive", "call",
     "Caller: Hi, this might be an odd one. We're a throuple and we'd like to book three seats together at a Supper "
     "Club. || Agent: Not odd at all. I can book a table for three at any Supper Club. Which date? || Caller: The "
     "19th in Bristol. Names are Jess, Marco and Theo. || Agent: Booked, three together."),
    ("special_categories", "sensitive", "chat",
     "I changed my name from Daniel to Danielle and now Selfie Check keeps failing against my old driving licence "
     "|| Agent: Sorry for the hassle. You can verify with any ID plus your deed poll, or we can do a manual check. "
     "|| manual please, my new licence hasn't come yet || Agent: I've booked a manual review, you'll hear back "
     "within a day."),
    ("special_categories", "sensitive", "email",
     "I'm non-binary and your sign-up flow forces me to pick 'man' or 'woman' before I can even see anything. Other "
     "apps sorted this years ago. Please fix it. Ash"),
    ("special_categories", "sensitive", "agent_note",
     "Member is transitioning and asked for old photos and her previous name (Liam) to be removed from her match "
     "history. Old photos deleted; display name change applied to all threads."),
    ("special_categories", "sensitive", "in_app",
     "is it ok to say I'm trans in my bio? some of the messages I got last time were vile, but I'd rather people "
     "know upfront"),
    ("special_categories", "sensitive", "sms",
     "which toilets are gender neutral at the Corn Exchange? last time door staff misgendered me in front of the "
     "whole queue and I'd like to avoid a repeat || Agent: There's a gender-neutral toilet on the ground floor by "
     "the cloakroom, and we've briefed the door team. || appreciated"),
    ("special_categories", "sensitive", "review",
     "The host used my pronouns (they/them) all night without any fuss or making it a thing. Small detail, but it "
     "made my evening."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's about my booking for Friday. My name's changed since I booked, it's Elliot now not Ellen, and I'd "
     "like the ticket updated before the door check so there's no awkwardness. Booking TT-55012. Thanks."),
    ("special_categories", "sensitive", "web_form",
     "Gender: Trans woman | Question type: Verification | Details: The name on my passport is different from the "
     "name on my profile. Will Selfie Check flag me, and will anyone see my old name?"),
    ("special_categories", "sensitive", "dm",
     "i start hormones next month so my face will change a fair bit. will selfie check lock me out? || Agent: It "
     "shouldn't, and if it ever does you can request a fresh check at any time without losing your account. || good "
     "to know, ta"),
    ("special_categories", "sensitive", "email",
     "For my Pairwick Personal notes: I'm a carrier for cystic fibrosis (found out from a screening test last "
     "year). I'd like a future partner to know early on, so please mention it to any match you put forward. Thanks, "
     "Morag"),
    ("special_categories", "sensitive", "chat",
     "your new GenoLink partnership, does that share anything with you? I did their kit last year and it came back "
     "with a BRCA2 variant and I do NOT want that anywhere near my dating profile || Agent: Nothing is shared "
     "unless you connect your GenoLink account in Settings, which you haven't. || phew. ok"),
    ("special_categories", "sensitive", "agent_note",
     "Member asked if a message where she told a match about her positive Huntington's gene test can be removed. "
     "Explained unmatching deletes the thread for both; she chose to unmatch."),
    ("special_categories", "sensitive", "in_app",
     "my bio mentions I'm a sickle cell carrier (trait, not the disease) because it matters if you're thinking "
     "about kids. is that allowed?"),
    ("special_categories", "sensitive", "review",
     "Lovely Kindred Evening, but one man spent our whole five minutes quizzing me on my ancestry test results "
     "after I mentioned they'd shown a bit of Ashkenazi. Bit much. 3/5"),
    ("special_categories", "sensitive", "dm",
     "i uploaded my raw GenoLink DNA file to your Chemistry beta and now i really regret it. can you delete it "
     "completely?"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Ian Cole. I want to close my account. I had genetic testing after my brother's diagnosis and I've "
     "come back positive for the same mutation, and I need some time to think about what that means before I meet "
     "anyone. 07700 900860."),
    ("special_categories", "sensitive", "web_form",
     "Request type: Data deletion | Details: Please delete the genome file I uploaded to Pairwick Chemistry (upload "
     "ID CHEM-2231) and confirm it's gone from backups too. | Account email: r.sallis@example.com"),
    ("special_categories", "sensitive", "chat",
     "selfie check says my face matches another account?? || Agent: Our system found a close match with an existing "
     "verified profile. Is there anyone who might look very like you? || yes, my identical twin Hannah has an "
     "account lol. I'm Holly || Agent: Ha, that explains it. I've done a manual review and verified you."),
    ("special_categories", "sensitive", "email",
     "Please delete the face scan you took of me for Selfie Check. I didn't realise you keep a facial template, and "
     "I don't want my biometric data held by a dating company. Account: m.okoro@example.org"),
    ("special_categories", "sensitive", "in_app",
     "fingerprint login stopped working after the update, it just won't recognise my thumb anymore and I've "
     "re-enrolled it twice || Agent: Sorry, the update reset fingerprint login on some Android phones. Switch it "
     "off and on again under Settings > Security. || that did it"),
    ("special_categories", "sensitive", "agent_note",
     "Member's voiceprint for phone-line verification failed three times (she has a heavy cold). Reset the "
     "voiceprint and re-enrolled her on the call."),
    ("special_categories", "sensitive", "sms",
     "Did the door at Friday's event use face recognition to check me in? I never agreed to that. Please delete "
     "whatever scan you took"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, it's Patrick Nolan. Your phone line's voice ID thing doesn't recognise me anymore and it keeps putting "
     "me through to security questions I can't remember. Could someone reset it? 07700 900394."),
    ("special_categories", "sensitive", "web_form",
     "Request: Selfie Check appeal | Reason: My face scan was rejected as 'not matching' because I've grown a full "
     "beard since I verified. Happy to redo it. | Member ID: PW-290045"),
    ("special_categories", "sensitive", "dm",
     "someone's using MY face on their profile. I'm verified, so surely your system should have matched it to my "
     "face scan and stopped them? || Agent: I'm sorry. Send me the profile name and I'll compare it with your "
     "verified scan now. || 'Jodie_27', Norwich. I'm Jodie and I'm 31 || Agent: Confirmed, it's your face. That "
     "profile is removed."),
    # ---- special categories: benign
    ("special_categories", "benign", "email",
     "Good afternoon, I'm the bookings secretary at St Michael's Church Hall in Frome. We have Saturday evenings "
     "free from September and would love to host your Second Spring socials. We have a kitchen and a small stage. "
     "Kind regards, Pauline Dowd"),
    ("special_categories", "benign", "chat",
     "do you do halal options at the Supper Clubs? general question, trying to recommend you for a work social and "
     "want to check the menus || Agent: Yes, every Supper Club has a halal main and a vegetarian main as standard. "
     "|| perfect"),
    ("special_categories", "benign", "sms",
     "Is the Good Friday bank holiday going to affect refunds? Submitted one on Thursday"),
    ("special_categories", "benign", "agent_note",
     "Al-Noor Community Centre committee confirmed the function room for the Kindred Evening on the 18th. Deposit "
     "of £100 received; key collection from the caretaker at 5pm."),
    ("special_categories", "benign", "review",
     "Honestly this app is a godsend compared to the others. Clean, no endless upsells, and the events are actually "
     "well run. Five stars."),
    ("special_categories", "benign", "in_app",
     "is the 'faith' field on the profile optional? || Agent: Yes, every field in About me is optional and you can "
     "leave it blank. || ok cool, just tidying my profile"),
    ("special_categories", "benign", "web_form",
     "Enquiry type: Press | Question: What exactly are Kindred Evenings? Are they run with religious organisations "
     "or just themed around faith? Writing a listings piece for the weekend supplement."),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Owen from the Cathedral Quarter Hotel in Derby. Just confirming your Christmas party booking for the "
     "Pairwick team on the 13th, forty covers, carvery. Ring back if anything changes."),
    ("special_categories", "benign", "dm",
     "the new Plus features are the holy grail tbh. the 'second look' button alone was worth the upgrade"),
    ("special_categories", "benign", "email",
     "Hello, do you plan a Caribbean-night Supper Club again this summer? The jerk chicken and rice and peas last "
     "year were the best thing I've eaten at any event. || Agent: We do! Brixton on 21 July, tickets out next week. "
     "|| Brilliant, I'll be first in the queue."),
    ("special_categories", "benign", "chat",
     "is the app available in Polish? my colleague reckons it is but I can only find English and Welsh in settings "
     "|| Agent: Polish is coming later this year; for now it's English and Welsh only. || I'll tell him"),
    ("special_categories", "benign", "agent_note",
     "Invoice from Little India restaurant (Leicester) for the 4 May Supper Club received: £1,120 for 32 covers. "
     "Approved and sent to Finance."),
    ("special_categories", "benign", "sms",
     "What time does the Chinese New Year supper club start? Ticket says 7 but the email says 7.30 || Agent: Doors "
     "at 7, food at 7.30. || got it"),
    ("special_categories", "benign", "review",
     "The Diwali-themed Supper Club was stunning, so many lights and the food was incredible. Worth every penny, 5/5."),
    ("special_categories", "benign", "in_app",
     "can people filter matches by ethnicity on here? not looking to, just read an article about other apps doing "
     "it and wondered what your policy is"),
    ("special_categories", "benign", "voicemail",
     "Hi, Siobhan here from Murphy's Irish Bar in Camden, confirming we're holding the back room for your Twelve "
     "Tables on St Patrick's weekend. There'll be a ceilidh band on in the front, just so you know."),
    ("special_categories", "benign", "call",
     "Caller: Is the Welsh-language speed dating in Aberystwyth still running? || Agent: Yes, it's every second "
     "Friday at the Arts Centre, hosted entirely in Welsh. || Caller: Lovely, my friend from my evening class was "
     "asking about it. || Agent: I'll text you the booking link to pass on."),
    ("special_categories", "benign", "web_form",
     "Feature request | Details: It would be great to have the app interface in Urdu and Bengali as well as English "
     "and Welsh. Lots of people in our area would use it. | Area: Oldham"),
    ("special_categories", "benign", "email",
     "Hi, the Twelve Tables at Ashfield Town Hall on 2 May is the same night as the local elections, and I think "
     "the hall is being used as a polling station. Is the event moving? || Agent: Good spot, thanks! It's moving to "
     "the Kings Head across the square, same time. || Great, thanks for sorting."),
    ("special_categories", "benign", "chat",
     "the debate round at the speed dating last week (pineapple on pizza, yes or no) was hilarious. can you do more "
     "themes like that"),
    ("special_categories", "benign", "agent_note",
     "Town council events team asked if Pairwick would run a singles stall at the summer fair. Sent to Partnerships "
     "with the council's contact details."),
    ("special_categories", "benign", "sms",
     "Booking for my sister's 30th birthday party, 8 of us on the Supper Club on the 22nd, can we all sit together?"),
    ("special_categories", "benign", "review",
     "Landslide victory for the Brighton host, best one I've had by a mile. Funny, warm and kept everything moving. "
     "5 stars."),
    ("special_categories", "benign", "in_app",
     "is there a 'political views' field on profiles or did you remove it? used to see it on people's profiles. "
     "just curious"),
    ("special_categories", "benign", "dm",
     "vote for us in the Dating App Awards!! saw your post, done it. good luck from a happy member"),
    ("special_categories", "benign", "voicemail",
     "Hello, it's the licensing office at Hartley District Council returning your call about the temporary events "
     "notice for the riverside ramble. The application's approved, paperwork follows by post."),
    ("special_categories", "benign", "call",
     "Caller: I'm ringing from the office of the Mayor of Westbrook. The Mayor's hosting a community awards evening "
     "and wondered if Pairwick would sponsor the 'Friendliest Venue' prize. || Agent: That sounds lovely. I'll pass "
     "it to our Partnerships team. || Caller: Thank you, I'll email the details over."),
    ("special_categories", "benign", "email",
     "Hello, I'm social secretary for the Riverside Teachers' branch of our union. We'd like to book a private "
     "Twelve Tables night for members in the branch office, about 40 people. Could you quote? || Agent: Happy to, "
     "Mel. Private nights are £20 a head including a host and name badges. || Sounds good, I'll take it to the "
     "committee on Tuesday."),
    ("special_categories", "benign", "chat",
     "where's the Union Street venue for Saturday? maps is sending me to two different places"),
    ("special_categories", "benign", "agent_note",
     "Student Union at Kingsford Uni confirmed the bar for freshers' week speed dating, 25 September. They provide "
     "staff; we provide host and badges."),
    ("special_categories", "benign", "sms",
     "Paid for Plus through my credit union card and it's been declined twice, is the card type the problem?"),
    ("special_categories", "benign", "review",
     "The bowling date night was a strike! Literally, I got three in a row and impressed nobody. Brilliant fun "
     "though. 4/5"),
    ("special_categories", "benign", "in_app",
     "why am I being charged VAT differently since the UK left the EU? the receipt shows a weird breakdown"),
    ("special_categories", "benign", "web_form",
     "Company: Ferris Wheel Trade Shows | Enquiry: We're running a wedding and events trade show in Harrogate in "
     "March and would like Pairwick to take a stall. | Stand sizes available: 3x3m, 3x6m"),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Jeanette from the Unity Hall in Northampton, calling to confirm Saturday's hire. Heating's on from "
     "five, chairs stacked at the back. Any problems, ring me on 07700 900301."),
    ("special_categories", "benign", "dm",
     "your new ad with the white picket fence and the dog is so cute lol, who's the dog"),
    ("special_categories", "benign", "email",
     "Hi, I run the Spectrum Socials nights at the Velvet Lounge in Manchester (venue side). Could you confirm "
     "numbers for the 28th? We need to know whether to open the mezzanine. Cheers, Dom, Velvet Lounge bar manager"),
    ("special_categories", "benign", "chat",
     "the Pride parade is going right past the Brighton venue on Saturday afternoon, is the 7pm event still on? "
     "road closures look massive || Agent: Still on! Roads reopen by 6, but the venue suggests walking from the "
     "station. || cheers"),
    ("special_categories", "benign", "agent_note",
     "Bug: rainbow verified badge on Spectrum Social listings renders as a grey square on older Android. Logged as "
     "APP-2281."),
    ("special_categories", "benign", "sms",
     "Give me a straight answer: is the Friday event sold out or not? App says sold out, website says 3 left"),
    ("special_categories", "benign", "in_app",
     "are the Spectrum Socials open to everyone or just members? asking for the events listings page I run for our "
     "town"),
    ("special_categories", "benign", "review",
     "The couples' quiz night (for people who met through Pairwick) was a genius idea. Great atmosphere, and the "
     "host's banter was top tier."),
    ("special_categories", "benign", "web_form",
     "Organisation: Brighton Pride Community Trust | Enquiry: Sponsorship | Message: Would Pairwick like to sponsor "
     "a float or a stall at this year's event? Packages attached. | Deadline: 30 April"),
    ("special_categories", "benign", "call",
     "Caller: Hi, the Spectrum Social on Friday in Leeds, is it in the same bar as last month? || Agent: It's moved "
     "to the Corn Exchange basement, same time. || Caller: Cool, ta. || Agent: No problem, have a great night."),
    ("special_categories", "benign", "voicemail",
     "Hiya, it's Lee from Velvet Lounge, the Spectrum Social invoice for March was paid to the wrong account, can "
     "your finance team check the bank details? Cheers."),
    ("special_categories", "benign", "dm",
     "what do the little icons on profiles mean? the pronoun bubble and the globe one. general q, trying to help my "
     "mate set up",
     ),
    ("special_categories", "benign", "email",
     "Hello, I'm doing an accessibility and inclusion review for the Harbourside Hotel. Do Pairwick events require "
     "gender-neutral toilets at venues, or is that up to us? || Agent: It's strongly encouraged; where there aren't "
     "any, we ask venues to signpost an accessible single-user toilet. || Thank you, that's clear."),
    ("special_categories", "benign", "chat",
     "your 'Mx' option in the title dropdown on the billing form is greyed out, is it meant to be? just reporting "
     "the bug, found it while testing our checkout integration"),
    ("special_categories", "benign", "agent_note",
     "Journalist from People & Pay asked for Pairwick's gender pay gap figures. Not required at our size; sent our "
     "published diversity statement and the press office contact."),
    ("special_categories", "benign", "sms",
     "Is the trans ref on my bank statement the booking ref or something else? TRANS 88310 Pairwick"),
    ("special_categories", "benign", "in_app",
     "the app transition after the update is so jarring, every screen slides in from the left now. can i turn "
     "animations off"),
    ("special_categories", "benign", "review",
     "The Women in Tech meetup you hosted at your office was a great evening, good talks and good pizza. Would come "
     "again."),
    ("special_categories", "benign", "web_form",
     "Type: Copy error | Details: Your welcome email says 'he or she' in one paragraph and 'they' in the next. "
     "Probably just wants tidying for consistency. | Email subject: Welcome to Pairwick!"),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Rowan from Inkwell Design returning your call about the sign-up screen redesign. We've got three "
     "options for the gender and pronoun questions ready to show you on Thursday."),
    ("special_categories", "benign", "call",
     "Caller: Hello, I'm ringing on behalf of the Ladies' Lunch Club at Farnham Golf Club. We'd like a private "
     "Second Spring lunch for members and guests. || Agent: Lovely. How many are you thinking? || Caller: About "
     "thirty, a Wednesday in June. || Agent: I'll send some dates and prices this afternoon."),
    ("special_categories", "benign", "email",
     "Hi, love the 'good manners are in our DNA' line on your new host recruitment page. Is the host job still open "
     "in Exeter? I've run quiz nights for years. Best, Tobias"),
    ("special_categories", "benign", "chat",
     "what does the Chemistry beta actually use to work out a match? is it personality questions or something else? "
     "curious before I opt in || Agent: Just the 40-question personality quiz and how you both use the app. No DNA, "
     "no health data. || ok that's fine then"),
    ("special_categories", "benign", "agent_note",
     "GenoLink partnership ad copy reviewed by Legal; approved with the line 'no genetic data is shared with "
     "Pairwick' added to the footer."),
    ("special_categories", "benign", "sms",
     "Dress code for the Supper Club? Can I wear jeans or is it smart || Agent: Smart casual, jeans are fine! || nice"),
    ("special_categories", "benign", "review",
     "The family-tree themed quiz round was surprisingly fun, who knew so many people had opinions about the "
     "Tudors. 4 stars."),
    ("special_categories", "benign", "in_app",
     "is the 'Chemistry' score anything to do with genetics? my friend said it uses DNA and I said no way || Agent: "
     "You win, it's personality questions only, nothing genetic. || told her so"),
    ("special_categories", "benign", "web_form",
     "Organisation: Helix Genomics Lab (staff social committee) | Enquiry: Private speed dating night for staff, "
     "around 35 people, Thursday evening in Cambridge | Contact: social@example.org"),
    ("special_categories", "benign", "dm",
     "the Hereditary movie-date night was SO creepy, best date night idea you've had. more horror ones please"),
    ("special_categories", "benign", "email",
     "Quick question before I verify: does Selfie Check store my photo, and for how long? Couldn't find it in the "
     "privacy notice. || Agent: The selfie is compared with your profile photos and deleted within 24 hours; we "
     "keep only a pass or fail result. || Thanks, that's clear."),
    ("special_categories", "benign", "chat",
     "do you support Face ID login on iPhone yet? general question, comparing apps for a review site"),
    ("special_categories", "benign", "agent_note",
     "Selfie Check vendor maintenance Sunday 02:00 to 04:00. Verifications will queue and complete afterwards; "
     "banner added to the app."),
    ("special_categories", "benign", "review",
     "The palm-reading speed date was ridiculous and I loved it. The 'reader' told everyone they'd meet someone "
     "tall. Five stars for pure silliness."),
    ("special_categories", "benign", "sms",
     "voice notes not sending since the update, just says 'failed' every time. android || Agent: Fixed in 6.2.2, "
     "which is rolling out today. || updated, works"),
    ("special_categories", "benign", "web_form",
     "Type: Feature request | Details: Please add a thumbs-up reaction to messages, not just the heart. Sometimes a "
     "heart is too much! | Platform: iOS"),
    ("special_categories", "benign", "dm",
     "how long does Selfie Check usually take to come back? asking for the FAQ page we're writing at the venue || "
     "Agent: Most come back in under two minutes, manual reviews within a day. || ta, that'll do"),
]


def knap_examples() -> list[dict]:
    """The knap split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("knap", ENTRIES, SUBJECTS)
