"""hause split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Northgate Press, a newspaper and magazine subscriptions service (print delivery and digital access, gift
subscriptions, puzzle apps, newsletters, letters and comment moderation, delivery rounds, holiday stops, concessions);
registers are email, chat, sms, call, note, form, review, voicemail and dm.
The benign half borrows the same words harmlessly: puzzle titles and idioms, news topics discussed in general,
schools, churches, unions, funeral directors and food banks acting as organisations, and routine billing trouble.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.7, after it was final; `sensitive_eval.evaluate`, as `make eval-sensitive`):
93.0 / 1.5 recall / false exclusion in % as shipped, 95.5 / 3.5 without the overruling,
89.0 / 2.5 by the rules alone. Waits for the next round (tuned and trained on after this reading)."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Holiday stop request",
    "Paper not delivered this morning",
    "Gift subscription question",
    "Puzzle app login problem",
    "Newsletter sign-up or unsubscribe",
    "Letter to the editor",
    "Comment removed by moderators",
    "Change to my delivery round",
    "Student or concession rate",
    "Direct debit and billing",
    "Digital edition access",
    "Cancel my subscription",
    "Carrier enquiry",
    "Large-print and audio editions",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hello, please put a holiday stop on the Chronicle from Monday 3rd to Sunday 16th. It isn't a holiday sadly, "
     "I'm going into St Aldric's for the new hip and the neighbours won't want a fortnight of papers piling up on "
     "my step. Account NP-204417, Margaret Ellery. || Agent: All set, Margaret. Papers stop on the 3rd and restart "
     "on Monday the 17th. Hope it all goes smoothly."),
    ("health", "sensitive", "chat",
     "Hi, is there any way to make the digital edition text bigger than the max setting? || Agent: Hi there! You "
     "can pinch to zoom on the replica pages, or switch to text view under Settings > Reading. || tried that, still "
     "swimming a bit. the eye clinic says the macular degeneration is moving faster in my left eye now so I need it "
     "properly huge || Agent: I'm sorry to hear that. The audio edition might help too, I can add it at no extra "
     "cost if you'd like."),
    ("health", "sensitive", "note",
     "Round 14, 22 Kestrel Way: cust asked carrier to push the paper fully through the letterbox rather than leave "
     "it on the step. She's been using a wheelchair since her stroke in the spring and can't bend to reach it. "
     "Flagged on the round sheet."),
    ("health", "sensitive", "sms",
     "hi its Bev at 9 Thornley Cl, can u stop the paper till further notice. chemo starts monday and honestly cant "
     "face the news right now. will text when im ready x || Agent: Of course Bev, stopped from tomorrow. Just text "
     "this number whenever you want it back on. Take care."),
    ("health", "sensitive", "call",
     "Agent: Northgate Press, you're speaking to Imran, how can I help? || Caller: Hiya, I want to move my Sunday "
     "paper over to the digital one. || Agent: No problem, can I ask if there's a reason, just for our notes? || "
     "Caller: Oh, I'm 32 weeks gone and the walk down the lane to the box is getting a bit much, to be honest. Due "
     "in March so it'll be a while. || Agent: Totally understand, I'll switch you over from this weekend."),
    ("health", "sensitive", "voicemail",
     "Voicemail 08:14: Hello, it's Derek Pollard, account ending 3391. My wife came off her bike on Saturday and "
     "her right wrist is in a cast for six weeks, so she can't do the paper crossword with a pen. Could we add the "
     "puzzle app so she can do it on the tablet with her left hand? Ring me on 07700 900412. Ta. || Agent: Hi "
     "Derek, returning your call: the puzzle app is now on NP-203391, free for the first two months."),
    ("health", "sensitive", "form",
     "Concession application | Name: Arthur Quayle | Account: NP-118203 | Concession type: Sight impairment | "
     "Details: Registered severely sight impaired since 2019, I use the audio edition only | Evidence attached: CVI "
     "certificate"),
    ("health", "sensitive", "dm",
     "@NorthgatePuzzles the new confetti flash when you finish a grid, any way to switch it off? I have "
     "photosensitive epilepsy and it set off a seizure last night. Not having a go, just genuinely need it gone || "
     "Agent: Thanks for telling us. Settings > Display > Reduce motion now turns off all flashes, and we've made it "
     "the default from today."),
    ("health", "sensitive", "email",
     "Subject: Unsubscribe from Morning Briefing and breaking news alerts || Hi, please take me off both. My "
     "counsellor has suggested cutting back on news while I get my anxiety under control, and the 6am alerts are "
     "the first thing I see every day. I'll keep the Saturday magazine. || Agent: Done, Rhian. Both are switched "
     "off and the Saturday magazine is untouched. Look after yourself."),
    ("health", "sensitive", "chat",
     "sorry if my replies are slow, typing one handed from ward 6, they've got me on an insulin drip till my sugars "
     "settle. can you just hold the papers til next friday? acct NP-330951"),
    ("health", "sensitive", "note",
     "Mr Okafor (NP-560218) rang re delivery time. He has dialysis Mon/Wed/Fri and leaves home at 6.40, asked for "
     "the paper before then on those days so it isn't nicked from the porch. Passed to round 3 supervisor. || "
     "Agent: Update from the supervisor: round 3 re-ordered, Mr Okafor's house is now the second drop, around 6.15."),
    ("health", "sensitive", "review",
     "Review, 2 stars: The redesign of the digital edition is a disaster for anyone with dyslexia like me. The new "
     "narrow font and justified text make every line swim, and I've read this paper for thirty years. || Reply from "
     "Northgate Press: Thank you for telling us. A dyslexia-friendly font is now under Settings > Text; we'd love "
     "to hear if it helps."),
    ("health", "sensitive", "call",
     "Caller: It's Gary from round 11, I can't do my round for a bit. || Agent: Okay Gary, how long are we talking? "
     "|| Caller: Six weeks minimum. They operated on the slipped disc on Tuesday and I'm not allowed to lift "
     "anything heavier than a kettle. || Agent: Right, I'll get cover sorted. Rest up."),
    ("health", "sensitive", "email",
     "Dear sir, my mother she has the Alzheimer now, the doctor confirm it in June. She keep ordering the same gift "
     "subscription for everybody she know, last week three new ones on her card. Please can you cancel the new "
     "three and maybe put a note so she cannot order more. I am her daughter Ewa, I have the power of attorney. "
     "Account of mother NP-772014. || Agent: Dear Ewa, the three new gifts are cancelled and refunded. Please send "
     "a copy of the power of attorney and we'll add a block on new orders."),
    ("health", "sensitive", "form",
     "Delivery instructions (max 200 chars): Please knock LOUDLY or press the flashing doorbell on the left. I'm "
     "profoundly deaf and won't hear a normal knock if a gift parcel needs signing for."),
    ("health", "benign", "email",
     "Hi, the Health & Wellbeing pull-out has been missing from my Saturday paper two weeks running. The rest of "
     "the paper arrives fine. Could you check with the depot? Account NP-411870, thanks. || Agent: Sorry about "
     "that. The depot was short of pull-outs; I've flagged it and posted you both missing copies."),
    ("health", "benign", "chat",
     "hi the puzzle app crashes every time I open the cryptic, its driving me mad || Agent: Sorry about that! Which "
     "version are you on? || 4.12 on an android tablet || Agent: There's a fix in 4.13 out today, if you update "
     "from the store it should stop."),
    ("health", "benign", "sms",
     "Paper soaked through AGAIN this morning. Sick to death of fishing it out of a puddle. Can the carrier put it "
     "in the porch box pls. 14 Alder Rise"),
    ("health", "benign", "form",
     "Gift subscription | Title: Fit Living (monthly) | Recipient: Joel Arkwright, 3 Quarry Lane, Fellbridge | "
     "Start: next issue | Message: Happy birthday, enjoy the marathon training plans! | Paid by: Nadia Farr"),
    ("health", "benign", "call",
     "Caller: Do you do the Chronicle in large print at all? Asking for the reading group I run at the library. || "
     "Agent: We don't print a large-print paper, but the digital edition lets you set the text as big as you like, "
     "and there's an audio edition too. || Caller: Lovely, I'll pass that on to the group."),
    ("health", "benign", "note",
     "Round 9 cover: usual carrier on annual leave 12th-19th, Priya Dhanda covering. Reminder that no. 41 wants the "
     "paper in the side gate, not the letterbox."),
    ("health", "benign", "review",
     "5 stars. Friday's prize crossword gave me a proper headache, 19 across took me till teatime, but that's "
     "exactly why I pay for it. Best setter in the country."),
    ("health", "benign", "email",
     "Letter for publication: Sir, your report on the new parking charges at Fellbridge General (Tues) missed that "
     "the trust has already held two consultations. Visitors and staff deserve better than a fee rise by stealth. "
     "Yours, Colin Mabry, Otterdean."),
    ("health", "benign", "dm",
     "Does the Northgate app work with screen readers like TalkBack? I help moderate an accessibility tech forum "
     "and want to give people the right info before recommending it."),
    ("health", "benign", "chat",
     "Hello, I manage the Dunmore Road pharmacy and we'd like to start stocking the Chronicle and the Sunday on the "
     "counter. Who handles retail accounts? || Agent: That'd be our trade team. I'll pass your details over and "
     "they'll call you within two working days."),
    ("health", "benign", "voicemail",
     "Hi, this is Lorraine from reception at Ashcombe Medical Centre. We'd like to renew the waiting-room bundle, "
     "that's the Chronicle, Weekend Magazine and Country Homes, for another year, same invoice address please. Call "
     "back on 07700 900581."),
    ("health", "benign", "email",
     "Wednesday's quick crossword: the answer printed for 14 across ('Sick bay, 9') was INFIRMARY but the grid has "
     "ten squares. Either the clue or the grid is wrong. Otherwise a great puzzle as always."),
    ("health", "benign", "form",
     "Holiday stop | Account: NP-903355 | From: 21 July | To: 4 August | Reason (optional): Walking holiday in the "
     "Lakes | Redirect to neighbour? No"),
    ("health", "benign", "call",
     "Caller: Is 'Ask the GP' still going? It wasn't in Tuesday's paper. || Agent: It's moved to Thursdays from "
     "this month, next to the money pages. || Caller: Ah, that's why. My mistake then, thanks."),
    ("health", "benign", "sms",
     "Hi can the paper go to the back door from now on, the front path is being dug up for new drains for about a "
     "month. Thx, 7 Mill Row || Agent: No problem, noted for the round from tomorrow. Thanks for letting us know."),
    # ---- legal
    ("legal", "sensitive", "email",
     "Hi, I'd like to update the delivery address for my subscription to 14 Bramley Court, Wexley Green, from "
     "Monday. Please do NOT send anything to the old address or mention the new one in any letters there. I've got "
     "a non-molestation order against my ex and he still lives at the old house. Thanks, Jo. || Agent: Hi Jo, the "
     "address is changed and the old one is removed completely. Nothing will go to or mention either address in "
     "future post."),
    ("legal", "sensitive", "email",
     "Re your piece on the family courts: I'd like my letter published but please withhold my name. My divorce has "
     "been in front of a judge four times in two years and the hearings keep getting adjourned. Name: Simon Teale, "
     "address on file. || Agent: Thanks, Simon. I've passed it to the letters editor marked 'name withheld'."),
    ("legal", "sensitive", "note",
     "Carrier applicant (round 7) disclosed on the form a conviction for theft from 2016, now spent. Passed to HR "
     "for the DBS check, not to be discussed with depot staff."),
    ("legal", "sensitive", "chat",
     "someone nicked my papers off the porch every day last week || Agent: I'm really sorry, I'll get replacements "
     "sent. Have you noticed anything else? || yeah got the neighbours doorbell cam footage, I've reported it to "
     "the police, crime ref is 44/19022/24. do you need that for the refund? || Agent: Not for the refund, but "
     "thank you, I'll note it on the account."),
    ("legal", "sensitive", "email",
     "Dear Sirs, We act for Mr Howard Brennick in his claim against Kelderby Borough Council. Our client asks that "
     "all correspondence about his subscription be sent care of this office while proceedings are ongoing. Regards, "
     "Patel & Orme Solicitors, enquiries@example.org"),
    ("legal", "sensitive", "form",
     "Moderation appeal | Username: tidewater_88 | Comment removed: reply under 'Man held after Quayside fight' | "
     "Why it should be restored: The man they arrested is my brother Liam. He hasn't been charged with anything yet "
     "and I was only correcting the facts in your story."),
    ("legal", "sensitive", "sms",
     "pls pause my paper from the 10th, ive been called as a witness in my cousins trial at the Crown Court & will "
     "be in a hotel in Maddersfield all week"),
    ("legal", "sensitive", "voicemail",
     "Hello, Nadine Sharrock here. I need to take my husband's name off the joint account. We separated in January "
     "and my solicitor's told me not to keep any shared direct debits while the divorce goes through. Could someone "
     "call me on 07700 900233?"),
    ("legal", "sensitive", "call",
     "Agent: Can I speak to the account holder? || Caller: It's in my dad's name but he can't deal with it at the "
     "moment. || Agent: Is he able to come to the phone to give permission? || Caller: Not really, he's on remand "
     "at HMP Ranswick till his hearing in May. I just want to keep the paper going for my mum."),
    ("legal", "sensitive", "note",
     "Cust Mr Vickery threatening to sue over the published letter that named him. Says he has instructed a "
     "solicitor (Hartwell LLP) and expects a retraction by Friday. Escalated to legal desk, no admissions made on "
     "the call."),
    ("legal", "sensitive", "dm",
     "hey can you remove my old comments from 2019 on the Fellbridge stabbing article? I was on the jury for that "
     "case and really shouldn't have been commenting at the time. my lawyer said to get them taken down asap || "
     "Agent: Understood. I've sent the comment IDs to the moderation team for removal today."),
    ("legal", "sensitive", "form",
     "Delivery preferences | Account: NP-388104 | Preferred slot: Evening (after 7pm) | Notes: I'm on an electronic "
     "tag with a 7pm-7am curfew until March, so evenings I'm guaranteed in."),
    ("legal", "sensitive", "email",
     "Hello, I write about my subscription NP-650172. I am taking my old employer to the employment tribunal and "
     "the hearing is 14 November, so I need the paper to stop 13 to 16 November because I stay near the tribunal. "
     "Please confirm. Thank you, Adebayo. || Agent: Confirmed, no delivery 13 to 16 November, restarting on the "
     "17th. Good luck."),
    ("legal", "sensitive", "review",
     "1 star, cancelled after 12 years. Your paper printed my name in the court listings for a speeding charge I'm "
     "contesting, before the case was even heard. || Reply from Northgate Press: We're sorry you're unhappy. Court "
     "lists are published as supplied by the court, but please email our readers' editor so we can look at it."),
    ("legal", "sensitive", "form",
     "Change of account holder | Current holder: Peter Lisle | New holder: Dawn Lisle | Reason: Decree absolute "
     "granted 2 March, account transferring to me under the financial order."),
    ("legal", "benign", "email",
     "Hi, we're a law firm (Greaves & Pike) in Stannick and would like the Chronicle and the business weekly "
     "delivered to reception each morning. Can you invoice monthly to accounts@example.org?"),
    ("legal", "benign", "chat",
     "Is the court reports page only in the print edition? I can't find it in the app. || Agent: It's in the app "
     "under Local > Courts and updates at 9am. || found it, cheers"),
    ("legal", "benign", "form",
     "Public notice booking | Organisation: Kelderby Borough Council | Notice type: Road closure (Traffic "
     "Regulation Order) | Run dates: 5 and 12 June | Contact: legalservices@example.org"),
    ("legal", "benign", "review",
     "Love the Verdict crossword on Sundays. The setter is merciless. Guilty pleasure, 5 stars."),
    ("legal", "benign", "sms",
     "Got charged twice for the Sat paper this month, can u refund one? not taking anyone to court over £3.20 but "
     "still. acct NP-271109 || Agent: Sorry about that, one refund of £3.20 is on its way back to your card."),
    ("legal", "benign", "note",
     "Cust asked how our terms handle cancelling a digital gift within the 14-day cooling-off period. Explained "
     "full refund if unused. No complaint raised."),
    ("legal", "benign", "voicemail",
     "Hi, it's about the Law Matters podcast in the Chronicle app. Episode 12 won't play past the first ten minutes "
     "on my phone. Just letting you know. Bye. || Agent: Thanks for the heads-up. We've reproduced it on Android "
     "and raised it with the app team."),
    ("legal", "benign", "email",
     "Letter: Sir, your editorial on jury trials (Mon) made a strong case but ignored the backlog figures from your "
     "own front page a month ago. Consistency, please. Eileen Gorst, Marrowfield."),
    ("legal", "benign", "call",
     "Caller: I want to complain about a carrier who keeps riding his bike across my lawn. || Agent: I'm sorry "
     "about that, I'll speak to the round supervisor today. || Caller: Thank you. I don't want anybody in trouble, "
     "just for him to keep off the grass."),
    ("legal", "benign", "dm",
     "Who do I talk to about using one of your photos in our community newsletter? Want to do it properly, don't "
     "fancy a copyright lawyer knocking on the door lol"),
    ("legal", "benign", "chat",
     "Hi, what's your policy on printing letters that name people? I'm writing one about the parish council meeting "
     "and want to get it right. || Agent: We'll publish the names of office holders acting in their public role, "
     "but we may edit out private individuals. The letters editor has the final say."),
    ("legal", "benign", "form",
     "Subject access request | Name: Tariq Bellamy | Account: NP-484002 | Request: A copy of the personal data you "
     "hold on my subscription account | ID provided: Yes"),
    ("legal", "benign", "email",
     "Your 'Crime & Courts' newsletter arrives at 2am and lights up my phone. Can it be scheduled for the morning, "
     "or can I pick the time myself? Otherwise great."),
    ("legal", "benign", "note",
     "Trade account Harker Conveyancing: switched invoicing from quarterly to monthly at their request. PO number "
     "to appear on invoices from May."),
    ("legal", "benign", "call",
     "Caller: Your terms say I can share gift articles, how many a month is that? || Agent: Ten gift links a month "
     "on the standard digital plan, twenty on Premium. || Caller: Fine, that's plenty for me."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Please cancel the subscription for Ronald Pryce, NP-115093. Ron passed away on the 2nd and I don't want the "
     "papers building up on the mat. He'd taken the Chronicle every day since 1971 so it feels very strange doing "
     "this. Sheila (his wife). || Agent: Dear Sheila, I'm so sorry. Ron's subscription is stopped from tomorrow and "
     "any balance will be refunded to you."),
    ("bereavement", "sensitive", "chat",
     "hi my dad did the cryptic on your app every day and had a 400 day streak || Agent: That's an impressive "
     "streak! How can I help? || he died last month and I've got his tablet. is there any way I can keep his "
     "account and carry the streak on? feels like a bit of him || Agent: I'm so sorry. Yes, we can transfer the "
     "account to your name and keep his history intact."),
    ("bereavement", "sensitive", "form",
     "Announcements booking | Section: Deaths | Text: ASHBY, Irene Margaret. Peacefully at home on 11 October, aged "
     "88. Beloved mum of Keith and Carol. Funeral at St Wilfrid's, 28 October. | Booked by: Carol Denton, 07700 "
     "900654"),
    ("bereavement", "sensitive", "sms",
     "Hi its Lee on round 5, wont be in tmrw or thurs, my nan died last night. Sorted cover with Sam. Sorry for the "
     "short notice || Agent: So sorry Lee, don't worry about it at all. Take the time you need."),
    ("bereavement", "sensitive", "voicemail",
     "Good morning, it's Patricia Owusu. I've been sending my brother a gift subscription to the Weekend Magazine "
     "for years and I've just learned he died in Spain in August. Please stop it and don't renew it. I'm not sure "
     "who I should speak to. My number is 07700 900318."),
    ("bereavement", "sensitive", "note",
     "Gift sub recipient (Mrs H. Tandy) deceased per call from her son. Sub stopped, remaining 5 months refunded to "
     "purchaser. Son asked that we don't send the 'your gift has ended' email, as the purchaser is Mrs Tandy's "
     "sister and doesn't know yet."),
    ("bereavement", "sensitive", "email",
     "Hello, my husband Giorgos he was the subscriber, he died in the hospital three weeks ago. I don't read "
     "English so good but I want to keep the Sunday paper, he always read it to me. Please put the account in my "
     "name, Eleni Papadakis. Thank you."),
    ("bereavement", "sensitive", "call",
     "Agent: Can I take the account number? || Caller: NP-338840. It's my mum's. Was my mum's. || Agent: Take your "
     "time. || Caller: She passed on Saturday. I just need the paper stopping and whatever's owed refunding to the "
     "estate. I'm the executor. || Agent: I'm very sorry. I'll stop it from tomorrow and email you the refund form."),
    ("bereavement", "sensitive", "dm",
     "You keep sending renewal emails to my wife's address. Gwen died in March. Every one of them knocks me flat. "
     "Please, just stop them. Alan || Agent: Alan, I'm so sorry. I've closed Gwen's account and removed the address "
     "from every mailing list. You won't get any more."),
    ("bereavement", "sensitive", "review",
     "5 stars for the team who handled cancelling my late partner's subscriptions. After losing Dom I was dreading "
     "the call and Anita couldn't have been kinder. || Reply from Northgate Press: Thank you for letting us know, "
     "we've passed this on to Anita. We're so sorry for your loss."),
    ("bereavement", "sensitive", "chat",
     "can you change the holiday stop to start today instead of friday? we've had to fly out early, my father in "
     "law died overnight and the funeral's in Cork on monday || Agent: I'm so sorry. Done, the stop starts today "
     "and runs to next Friday as before."),
    ("bereavement", "sensitive", "email",
     "Letter: Your obituary of Councillor Frank Delaney last week was generous. As his daughter I'd only add that "
     "he never missed a Saturday crossword, even in his last week at the hospice. Thank you. Marie Delaney, Upper "
     "Bramwell. || Agent: Thank you, Marie. We're very sorry for your loss, and we've passed your letter to the "
     "editor."),
    ("bereavement", "sensitive", "form",
     "Cancellation form | Account: NP-447761 | Reason for cancelling: Other | Details: subscriber (my grandfather) "
     "passed away on 19 Feb | Refund to: Estate of W. Halloran"),
    ("bereavement", "sensitive", "email",
     "Subject: Round 22 || Hi Mandy, could you let the carrier know not to deliver to no. 6 any more? Old Mr "
     "Bamford passed away last week and his family are clearing the house. I said I'd let you know. Ruth at no. 8"),
    ("bereavement", "sensitive", "call",
     "Caller: Hiya, it's about a gift subscription, the one for my sister Aoife. || Agent: Yes, I can see it, it "
     "renews next month. || Caller: Can you cancel it? We lost her in the summer. I meant to ring sooner. || Agent: "
     "Of course, I'm so sorry. It's cancelled and nothing more will be taken."),
    ("bereavement", "benign", "email",
     "Hi, how much is it to place a notice in the Deaths and Funerals column, and what's the deadline for "
     "Saturday's paper? I'm asking on behalf of Linden & Sons Funeral Directors, we're updating the price guide we "
     "give families."),
    ("bereavement", "benign", "chat",
     "the app is dead again, won't load past the splash screen || Agent: Sorry! We had an outage between 7 and "
     "7.20, it should be back now. Can you force close and reopen? || yep back, ta"),
    ("bereavement", "benign", "sms",
     "Paper was dead on arrival today, front 8 pages missing lol. 12 Fern Bank. can i get a replacement?"),
    ("bereavement", "benign", "review",
     "4 stars. The obituaries page is the best-written part of the paper, I read it for the writing alone. Wish it "
     "went online a day earlier."),
    ("bereavement", "benign", "form",
     "Letter to the editor | Name: Hollis Crane | Town: Stannick | Letter: Your feature 'The Slow Death of the High "
     "Street' was spot on. Three shops on Market Row shut this year alone. | Publish name: Yes"),
    ("bereavement", "benign", "note",
     "Cust asked whether we still run the 'In Memoriam' section online as well as in print. Confirmed it's in both "
     "and sent the booking link. No booking made."),
    ("bereavement", "benign", "voicemail",
     "Hi, it's Derrin from the office at Kelderby Crematorium. We'd like a weekly copy of the Chronicle for our "
     "waiting room. Can someone ring me about opening an account? 07700 900771."),
    ("bereavement", "benign", "email",
     "Subject: Crossword 8,412 || 22 down, 'Grave matter (7)': you printed SOLEMN as the solution but that's six "
     "letters. Someone's been asleep at the wheel. Love the puzzles otherwise."),
    ("bereavement", "benign", "chat",
     "How does the 'Life Stories' section work? Is it only for people who have passed or can you write about "
     "someone still alive? || Agent: It's mainly tributes, but the Saturday 'Local Legends' slot profiles readers' "
     "nominations for people still very much with us."),
    ("bereavement", "benign", "call",
     "Caller: My renewal notice says 'lapsed'. Does that mean it's died completely or can I pick it back up? || "
     "Agent: It just means the payment didn't go through. I can restart it today with the same account number. || "
     "Caller: Lovely, let's do that."),
    ("bereavement", "benign", "dm",
     "The 'Grief Club' column is the most honest writing you publish. Please never move it off the Sunday back "
     "page. Just a fan note, no reply needed."),
    ("bereavement", "benign", "note",
     "Cust complained the obituaries page was misprinted Thursday, with the crossword overlapping the last column. "
     "Apologised and logged with the print centre."),
    ("bereavement", "benign", "form",
     "Newsletter preferences | Morning Briefing: on | Obituaries weekly digest: on | Puzzles: off | Email: "
     "r.keane@example.com"),
    ("bereavement", "benign", "sms",
     "my phone died halfway through paying the renewal, did it go through? dont want to pay twice. acct NP-551904"),
    ("bereavement", "benign", "email",
     "I'm writing a local history book and would like to quote from three obituaries you published in the 1960s. "
     "Who do I ask for permission to reproduce them?"),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "chat",
     "I want to know who 'northern_truth' is on your comments. || Agent: We can't share user details, but can I ask "
     "what's happened? || he's replied to every comment I've made for 3 months, he knows where I work and last week "
     "he posted what car I drive. I'm scared to leave the office || Agent: That's serious. I'm suspending the "
     "account now and escalating to our safety team. If you're in danger please call 999."),
    ("violence_self_harm", "sensitive", "email",
     "After you published my letter with my street name, someone put a note through my door saying I'd 'regret it' "
     "and two nights later a brick went through the car window. Please remove my address from the online version "
     "immediately. Neil Garrow. || Agent: Neil, the street name has been removed online. I've also passed your "
     "message to our safety team and would urge you to report the threat to the police."),
    ("violence_self_harm", "sensitive", "note",
     "Carrier Jess W. (round 18) reports being pushed off her bike on Caddick St by a man shouting about late "
     "papers. Grazed hands, very shaken. Police informed; she's been offered a different round."),
    ("violence_self_harm", "sensitive", "sms",
     "pls dont deliver to 4 Larch Way any more and dont tell anyone ive moved. hes been turning up outside and i "
     "cant have him finding me through the paper. will ring with the new address. Kay || Agent: Done, Kay. "
     "Deliveries to Larch Way stopped and we won't share anything about your address with anyone."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, it's about the gift subscription in my name. My ex-husband set it up and he's using the account to see my "
     "address every time I move. I left him because of what he did to me. Please take my address off that account. "
     "Call me on 07700 900149, and please don't leave a message."),
    ("violence_self_harm", "sensitive", "note",
     "During a cancellation call cust said she 'won't be here next month anyway' and that she'd 'made plans'. "
     "Followed the welfare script, gave crisis line details and stayed on the line until her neighbour arrived. "
     "Welfare flag added to account."),
    ("violence_self_harm", "sensitive", "email",
     "Your moderators approved a comment under my letter saying someone should 'finish the job' on me. I was "
     "attacked in the underpass on Hale Road in June and everyone round here knows it was me. How is that allowed "
     "to stay up?"),
    ("violence_self_harm", "sensitive", "note",
     "Caller Mr D. Rook became abusive when told the sub couldn't be backdated. Said he 'knows where the depot is' "
     "and would 'sort the carrier out' himself. Call ended. Logged as a threat, depot manager informed."),
    ("violence_self_harm", "sensitive", "dm",
     "some of your readers have been messaging me for months since I was quoted in that wind farm piece. saying "
     "they hope I get hit by a bus, and one of them turned up at my work. I'm not coping with it || Agent: I'm so "
     "sorry this is happening. Please send us the usernames and we'll act on them today. If you feel unsafe please "
     "contact the police."),
    ("violence_self_harm", "sensitive", "form",
     "Moderation report | Reported comment ID: 558102 | Reason: Threat of violence | Details: This user has posted "
     "my home address and says he'll 'come round and explain it properly'. It's my ex. I have screenshots of all of "
     "it."),
    ("violence_self_harm", "sensitive", "call",
     "Agent: Thanks for holding, how can I help? || Caller: sorry, I've been on hold ages and... I can't log into "
     "the puzzle thing. sorry. my arms are a mess again tonight and I just wanted to hear someone. || Agent: Please "
     "don't apologise. Are you hurt right now, and is anyone there with you? We can sort the login later."),
    ("violence_self_harm", "sensitive", "email",
     "Hello, I am the delivery person on round 31. Last Tuesday a man on Ploughman Close hit me with his walking "
     "stick because the paper was wet. My arm is bruised. I don't want to go to this house again, please remove it "
     "from my route. Thank you, Bogdan. || Agent: Bogdan, I'm sorry this happened. The house is off your route from "
     "tomorrow and the depot manager will call you about reporting it."),
    ("violence_self_harm", "sensitive", "review",
     "1 star. Reported a commenter three times for sending me creepy private messages about what I wear and where I "
     "run. Nothing happened until he turned up on my route. || Reply from Northgate Press: We're very sorry. The "
     "account has been permanently removed and we'd like to call you; please email safety@example.com."),
    ("violence_self_harm", "sensitive", "sms",
     "hi its carly. can u stop the paper going to mums. her boyfriend's been knocking her about again and she's "
     "staying with me for a bit, dont want him knowing. thx || Agent: Understood Carly, the paper to your mum's "
     "address is paused and nothing will say why."),
    ("violence_self_harm", "sensitive", "chat",
     "forget the refund, i don't even care. been thinking about ending it all week tbh, the paper's the least of it "
     "|| Agent: Thank you for telling me, that matters far more than any refund. Are you safe right now? If you're "
     "in immediate danger please call 999, and Samaritans are there day and night. Can I stay here with you for a "
     "bit?"),
    ("violence_self_harm", "benign", "review",
     "Killer sudoku in the Saturday mag is brutal this month. Loving the torture. 5 stars."),
    ("violence_self_harm", "benign", "chat",
     "I could murder a coffee and the app won't load the morning edition. Any known issues? || Agent: Yes, a slow "
     "server first thing; it's fixed now, please pull down to refresh. || there it is, thanks"),
    ("violence_self_harm", "benign", "email",
     "Hi, what's your moderation policy on threats in comments? I'm writing a piece on online civility for our "
     "residents' association newsletter and want to quote your approach correctly."),
    ("violence_self_harm", "benign", "call",
     "Caller: I missed the last part of 'Murder at Hollins Hall'. Which issue was it? || Agent: That was the 14 May "
     "Weekend Magazine. I can post you a back copy for £2.50. || Caller: Yes please, I need to know who did it."),
    ("violence_self_harm", "benign", "sms",
     "Carrier chucked the paper straight into the hedge again, rose bush took a beating. Can they aim for the step? "
     "31 Birch Dr"),
    ("violence_self_harm", "benign", "note",
     "Cust reported the true-crime podcast 'Cold Case Kelderby' ep. 4 has a loud audio spike at 12:30. Logged with "
     "the audio team."),
    ("violence_self_harm", "benign", "form",
     "Letter to the editor | Name: Shona Petrie | Town: Otterdean | Letter: Your report on knife crime figures "
     "would have been stronger with the council's own numbers on youth services funding. | Publish name: Yes"),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, it's Ray from Wexley Green Boxing Club. We'd like to put an ad in the sports pages for our open night on "
     "the 20th. Can someone call me on 07700 900802 about rates?"),
    ("violence_self_harm", "benign", "dm",
     "That derby headline, 'Rovers Slaughtered at Home', absolutely savage, loved it. Any chance of buying a print "
     "of that back page?"),
    ("violence_self_harm", "benign", "chat",
     "the crossword setter is trying to kill me, 12 across?! no hints please, just tell me if the answer is in the "
     "back of the paper or tomorrow's || Agent: The solution is printed in tomorrow's edition, page 46. No spoilers "
     "from me!"),
    ("violence_self_harm", "benign", "email",
     "The self-defence class listing in What's On had the wrong venue for Thursday. It's now at St Anne's church "
     "hall, not the leisure centre. Could you correct it online?"),
    ("violence_self_harm", "benign", "note",
     "Round 6 carrier says the dog at 19 Heron Way barks at the gate every morning. Owner asked politely to keep it "
     "in until 7. No incident, just noting for cover carriers."),
    ("violence_self_harm", "benign", "form",
     "Complaint | Account: NP-620318 | Issue: Paper thrown onto the porch roof twice this week | Outcome wanted: "
     "Carrier to put it through the letterbox"),
    ("violence_self_harm", "benign", "call",
     "Caller: Your article on street harassment, the helpline box at the bottom was cut off in print. || Agent: "
     "Thanks for spotting it, I'll tell the production desk so it's fixed online today. || Caller: Good, it's the "
     "bit that matters most."),
    ("violence_self_harm", "benign", "review",
     "3 stars. Great paper but the comments section is a bloodbath after every football story. Some moderation on "
     "Saturday evenings wouldn't hurt."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, I need to cancel my paper. I was made redundant from the bottling plant in Marrowfield on Friday and I'm "
     "cutting everything that isn't food or bills until I find something. Sorry, I've really enjoyed it. NP-213880. "
     "|| Agent: Sorry to hear that. Cancelled from Monday, and if you'd like it back later just get in touch."),
    ("financial_hardship", "sensitive", "chat",
     "hi, is there a cheaper rate than the one I'm on? || Agent: We have a few options, what do you mainly read? || "
     "just the Sunday really. I'm on Universal Credit now since my hours went, so I can't do £18 a month any more "
     "|| Agent: Understood. Our concession rate for people on Universal Credit is £6 a month for the Sunday plus "
     "digital; I can switch you today."),
    ("financial_hardship", "sensitive", "note",
     "Cust (NP-390027) in arrears of £74.60. Says she's behind on rent and council tax too and has a debt adviser "
     "from the Fellbridge advice centre helping her. Agreed £5/month plan and suspended the collections letters."),
    ("financial_hardship", "sensitive", "sms",
     "got a letter from your debt collectors Carter Wray about £41. I cant pay it all at once, lost my job in june. "
     "can i do £5 a week? || Agent: Yes, £5 a week is fine. I've asked Carter Wray to pause collection and set up "
     "the plan."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hello, it's Mr Hussain, account 672109. I was declared bankrupt last month and the trustee says I have to "
     "tell all my creditors, and there's a balance owing on the paper. I don't know if that includes you. Please "
     "ring me back. || Agent: Mr Hussain, returning your call: the £18.20 balance is written off and the account is "
     "closed."),
    ("financial_hardship", "sensitive", "form",
     "Concession rate application | Name: Tilly Morgan | Account: NP-801337 | Eligibility: Pension Credit | Notes: "
     "I only have the state pension and pension credit now and the full price is more than I spend on gas in a "
     "week. Please help if you can."),
    ("financial_hardship", "sensitive", "call",
     "Agent: Can I ask why you'd like to cancel? || Caller: We're being evicted. Bailiffs are coming on the 30th "
     "and I don't know where we're going yet. || Agent: I'm so sorry. I'll stop delivery from the 29th and refund "
     "anything taken after that. || Caller: Thanks. One less thing to think about."),
    ("financial_hardship", "sensitive", "email",
     "Hello, I cannot pay the direct debit this month, my account is empty. I am waiting for my first benefits "
     "payment since I lost work at the warehouse. Please do not charge a penalty, I will pay when I can. Regards, "
     "Dariusz. || Agent: Dariusz, no penalty will be charged. I've paused the debit for this month."),
    ("financial_hardship", "sensitive", "chat",
     "can you stop the DD going out on the 1st? my wages all went on paying off the payday loan and if it bounces "
     "the bank charges me £25 I haven't got || Agent: I've moved the payment to the 15th so it won't go out on the "
     "1st."),
    ("financial_hardship", "sensitive", "note",
     "Mrs Lyle asked to stop the two gift subscriptions she pays for. Says her husband's business went under in the "
     "spring and the mortgage lender is chasing them. Cancelled both, no fee charged."),
    ("financial_hardship", "sensitive", "dm",
     "Any chance of pausing my sub for 3 months without losing the old rate? Been out of work since the factory "
     "shut and I'm using the food bank at the minute, but I'll be back."),
    ("financial_hardship", "sensitive", "review",
     "5 stars for how they handled me falling behind. I'd got into a real mess with credit cards and they set up a "
     "plan instead of sending it to collections. || Reply from Northgate Press: Thanks for sharing, we're glad the "
     "payment plan helped."),
    ("financial_hardship", "sensitive", "email",
     "Please remove my card from the account. I've entered a Debt Relief Order and I'm not allowed new credit, and "
     "I don't want the renewal going through automatically. I'll pay cash at the newsagent instead. Gillian Royce"),
    ("financial_hardship", "sensitive", "call",
     "Caller: I'm a carrier, round 12, can I get paid weekly instead of monthly? || Agent: It's usually monthly, "
     "but I can ask. Is something up? || Caller: Landlord's given me notice over arrears and weekly money would "
     "help me keep up. My main job's cut me to zero hours."),
    ("financial_hardship", "sensitive", "sms",
     "Sorry the payment failed again. Money went on the electric meter, been choosing between that and food this "
     "week. Will pay as soon as my Jobseeker's comes through"),
    ("financial_hardship", "sensitive", "form",
     "Holiday stop | Account: NP-150996 | From: today | To: indefinite | Reason: Can't afford it since losing my "
     "job, please pause rather than cancel so I keep my rate"),
    ("financial_hardship", "sensitive", "chat",
     "my partner lost his job and we're on one wage now. is there any hardship discount? i don't want to lose the "
     "puzzles, they're my one treat || Agent: I'm sorry to hear that. Yes, we have a reduced rate; I can move you "
     "onto it today."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, this is Sandra at 44 Wren Street. The paper's still coming but I haven't paid in two months. The house is "
     "being repossessed and we move out next week. Please stop it before you send any more bills. Thank you."),
    ("financial_hardship", "sensitive", "note",
     "Cust disputing collection fee. He's in temporary accommodation after being evicted, no fixed income. Waived "
     "fee and balance of £22.40 under hardship policy, account closed."),
    ("financial_hardship", "sensitive", "email",
     "Can I switch the Chronicle to Saturdays only? We've been putting the weekly shop on credit cards since my "
     "husband's pay was stopped and I need to cut back where I can. Thanks, Aileen"),
    ("financial_hardship", "benign", "chat",
     "my card got declined for the renewal? || Agent: The card on file expired in March. You can update it under "
     "Account > Payment. || ah the new card came last month, forgot. done now"),
    ("financial_hardship", "benign", "email",
     "Why has the price gone up from £16.99 to £18.49 a month? I didn't get a letter. Not cancelling, I'd just like "
     "to understand it."),
    ("financial_hardship", "benign", "sms",
     "can u move my DD date from the 1st to the 28th, payday changed at work. acct NP-458320"),
    ("financial_hardship", "benign", "form",
     "Student rate application | Name: Kofi Addo | University: Fellbridge University | Course end: June 2026 | "
     "Student email: k.addo@example.org | Edition: Digital"),
    ("financial_hardship", "benign", "note",
     "Cust queried a £2.40 charge on the statement: bank holiday special edition surcharge. Explained, cust happy."),
    ("financial_hardship", "benign", "review",
     "4 stars. The Money section's guide to switching energy tariffs saved me a fiver a month. Wish the business "
     "pages were as good."),
    ("financial_hardship", "benign", "voicemail",
     "Hello, this is Brenda at Otterdean Credit Union. We'd like to place an ad in the community pages for our "
     "savings week. Please call me on 07700 900266."),
    ("financial_hardship", "benign", "call",
     "Caller: I've been charged for a paper on Christmas Day and there wasn't one printed. || Agent: You're right, "
     "that's our mistake. I'll refund the £2.80 today. || Caller: Thanks, just keeping things tidy."),
    ("financial_hardship", "benign", "dm",
     "hey can I pay for a gift sub with PayPal or is it card only? want to get one sorted before the weekend"),
    ("financial_hardship", "benign", "chat",
     "is the annual plan cheaper than monthly overall? || Agent: Yes, it works out about 15% less: £189 a year "
     "against £221.88 paying monthly. || ok switching to annual then"),
    ("financial_hardship", "benign", "email",
     "Letter for publication: Sir, your 'Bankruptcy Boom' feature on high street chains ignored that many of those "
     "firms were loaded with debt by their owners. Regards, Terence Holm, Kelderby."),
    ("financial_hardship", "benign", "note",
     "Refunded 3 missed deliveries (round 2 van breakdown, 4-6 June) as credit against next month's bill. No "
     "further action."),
    ("financial_hardship", "benign", "form",
     "Change of billing | Account: NP-337140 | New billing address: Unit 4, Harbour Yard, Stannick | Reason: The "
     "business is paying for the office copy from now on"),
    ("financial_hardship", "benign", "sms",
     "Hi, Wexley Green Food Bank here. Can we set up a trade account for 10 copies of the weekly for our drop-in "
     "cafe? Invoice to office@example.org"),
    ("financial_hardship", "benign", "chat",
     "my puzzle app says 'outstanding balance: 3', do I owe money?? || Agent: No, that's the number of hint tokens "
     "you've used beyond the free ones this week; they reset on Monday. Nothing to pay."),
    ("financial_hardship", "benign", "email",
     "Can I get a VAT receipt for my digital subscription? I'm claiming it through work as a business expense and "
     "finance need a proper invoice."),
    ("financial_hardship", "benign", "call",
     "Caller: I paid for the Sunday in cash at the newsagent and then got billed by direct debit as well. || Agent: "
     "I can see the duplicate, I'm refunding the direct debit now. || Caller: Perfect, thank you."),
    ("financial_hardship", "benign", "review",
     "3 stars. The 'Skint to Sorted' column is fun, but it's the same budgeting tips every month. Mix it up!"),
    ("financial_hardship", "benign", "note",
     "Cust asked how the concession rate works and who qualifies. Sent the eligibility page link. No application "
     "made."),
    ("financial_hardship", "benign", "voicemail",
     "Hi, it's Mo at Corner Stores on Penn Road. Last week's invoice had the Weekend Magazine on it twice. Can "
     "someone sort it out please? Thanks."),
    # ---- children
    ("children", "sensitive", "email",
     "Hi, I'd like to buy a gift subscription to Little Explorers for my granddaughter Poppy, who turns 6 on 14 "
     "March. Can the first issue arrive on her birthday? Address: 8 Copse Lane, Ashcombe. Thanks, Maureen."),
    ("children", "sensitive", "chat",
     "can my son have his own login for the puzzle app? he's 11 and keeps nicking my phone to do the junior word "
     "search lol || Agent: Yes! Junior profiles are free on family plans; you just set it up from the parent "
     "account."),
    ("children", "sensitive", "note",
     "Carrier applicant Ethan Moss, DOB 02/09/2010, round 4. Parental consent form received from his mum. Hours "
     "cap: max 2 hrs on school days."),
    ("children", "sensitive", "sms",
     "Hi its Jayden from round 8, can I finish 10 mins later on tuesdays? got football before school now. mum says "
     "its ok"),
    ("children", "sensitive", "form",
     "Junior Crossword Club sign-up | Child's name: Amara Okeke | Age: 9 | School: Fellbridge Primary, Year 4 | "
     "Parent email: okeke.family@example.com"),
    ("children", "sensitive", "voicemail",
     "Hi, it's Helen Brightwell. My daughter Isla is in Year 10 at Stannick High and needs the Chronicle for her "
     "GCSE media project. Is there a student rate for under-18s, or does it have to go on my account? 07700 900534."),
    ("children", "sensitive", "review",
     "5 stars. My twins (7) fight over who gets the Saturday kids' puzzle page first, so now we buy two papers. || "
     "Reply from Northgate Press: Love this! The kids' page is in the app too, so they can have one each."),
    ("children", "sensitive", "email",
     "Dear Editor, I am 12 years old and I go to Otterdean Junior School. I think you should have more news about "
     "animals and less about boring things. From Ruby Tan, Class 7B."),
    ("children", "sensitive", "note",
     "Moderation: user 'sk8rboi_2012' (linked to parent acct NP-540199) posted 14 comments on the skate park story. "
     "Profile says he is 13, below our 16+ commenting age. Commenting disabled, email sent to parent."),
    ("children", "sensitive", "chat",
     "hi i want to cancel the baby magazine || Agent: Of course, is that First Months? Could I ask why? || yeah "
     "she's 14 months now, we've outgrown it. is there a toddler one? || Agent: There is, Little Steps, for 1 to 3 "
     "year olds. I can switch you over."),
    ("children", "sensitive", "call",
     "Caller: I want to enter my grandson for the young writers' competition. || Agent: Lovely, how old is he? || "
     "Caller: He'll be 10 in June, he's at St Bede's. His name's Harvey Collins. || Agent: He'll go in the "
     "under-11s then."),
    ("children", "sensitive", "dm",
     "my kid's class (Year 3, Mrs Patel's at Brook Lane) is doing a newspaper week. can we get a back copy from the "
     "day she was born, 12/05/2017?"),
    ("children", "sensitive", "form",
     "Holiday stop | Account: NP-612204 | From: 22 July | To: 30 July | Reason: Taking our son Leo (4) on his first "
     "ever holiday, Cornwall! | Redirect: No"),
    ("children", "sensitive", "email",
     "Please change the delivery time on round 15. The 7:45 drop is too late. Our carrier is Charlie Benson from "
     "no. 30 and he's only 14, so his mum won't let him out before 7 on school days, which I get, but can someone "
     "older take our street?"),
    ("children", "sensitive", "sms",
     "hi the gift sub for Oscar, can u change the address to his dads? he's there in term time now. he's 8. thx"),
    ("children", "sensitive", "note",
     "Cust rang re junior app account for her daughter Mia, 10. Forgotten password; reset link sent to the parent "
     "email. Advised we can't send it to a child's own email under 13."),
    ("children", "sensitive", "chat",
     "hey its for my nephew ok, hes in year 9 and needs the digital edition for his history coursework. can i pay "
     "and have it on his ipad under his own login?"),
    ("children", "sensitive", "voicemail",
     "Hello, this is about the competition winners in Saturday's paper. You printed our daughter Sofia's full name, "
     "age and school. She's seven. We never agreed to the school being printed. Please take it off the website. Tom "
     "Reyes, 07700 900389."),
    ("children", "sensitive", "review",
     "Our little one is 3 and the 'Tiny Tales' audio stories in the app are on repeat every bedtime. Please add "
     "more! 5 stars."),
    ("children", "sensitive", "form",
     "Young Reporter application | Name: Zainab Hussein | Date of birth: 17/11/2011 | School year: Year 8 | Story "
     "pitch: Why our town needs a new skate park"),
    ("children", "sensitive", "call",
     "Agent: I just need to confirm who I'm speaking to. || Caller: Um, I'm Noah, it's my dad's account, he's at "
     "work. || Agent: Okay Noah, how old are you? || Caller: Twelve. The paper didn't come and Dad told me to ring. "
     "|| Agent: Thanks for calling, Noah. I'll send a replacement and leave a note for your dad."),
    ("children", "sensitive", "note",
     "Letter received from Arlo Penrose, aged 9 (per letter), about litter on Fellbridge beach. Editor keen to "
     "print but needs parent permission first; return address is Quarry Cottage. Do not print surname without "
     "consent."),
    ("children", "sensitive", "email",
     "Good morning, my son Mateo he is 15, he want to do a paper round for pocket money. Is it possible at his age? "
     "He is in year 11 at Kelderby Academy and we live on Swan Street. Thank you, Lucia Ferreira. || Agent: Dear "
     "Lucia, at 15 Mateo can do a round with your written consent. I've attached the form."),
    ("children", "sensitive", "dm",
     "hi!! i won the junior sudoku thing last month (im 11) but the prize book never came?? my mum said to message "
     "you. its 3 Ivy Row || Agent: Congratulations! So sorry it hasn't arrived, we'll post another today."),
    ("children", "sensitive", "chat",
     "Need to update the baby's name on the gift sub, we registered her as Elodie in the end, not Eloise. She was "
     "born two weeks ago. Can the card inside say congratulations Elodie? || Agent: Congratulations! Updated, the "
     "card will say Elodie."),
    ("children", "sensitive", "form",
     "Moderation appeal | Username: maths_whizz09 | Comment removed: reply on the exam results article | My reason: "
     "I'm in Year 11 and was just saying the article got the grade boundaries wrong. I'm 15, is that why it was "
     "taken down?"),
    ("children", "sensitive", "note",
     "Cust asked for our 'School Days' back issue with her son's class photo (Reception, Willow Class, Ashcombe "
     "Infants, 2023). Found it on page 18, posted a copy."),
    ("children", "sensitive", "sms",
     "pls dont deliver before 8 on sat, the baby (9 wks) is finally sleeping till 7 and the letterbox clang wakes "
     "her. thanks, 21 Harbour Rd || Agent: No problem, the carrier will leave it after 8 on Saturdays from now on."),
    ("children", "sensitive", "email",
     "Dear Northgate Press, I'm writing about my daughter Grace, 13, who delivers on round 2. She's been asked to "
     "cover a second round on Sundays, which would mean three hours. I don't think that's allowed at her age and "
     "I'd like it stopped. Regards, Mr K. Lowe. || Agent: Thank you. Grace will stay on round 2 only, and the "
     "supervisor has been reminded of the hours rules."),
    ("children", "sensitive", "call",
     "Caller: The junior puzzle magazine for my nephew, he's nine. Can the name on the label say 'Captain Finn'? "
     "He's convinced he's a pirate this year. || Agent: Ha, yes, I can put that on the label for him."),
    ("children", "sensitive", "voicemail",
     "Hi, I'm the mum of Callum who does round 20. He's 13 and he came home saying a customer on Mercer Row kept "
     "him talking on the doorstep for ages. Nothing happened, but can you take that house off his round? Ring me on "
     "07700 900615."),
    ("children", "sensitive", "review",
     "2 stars. The app let my 8-year-old sign up for the premium puzzles trial with my saved card, no check at all. "
     "|| Reply from Northgate Press: Sorry for the surprise charge, we've refunded it, and you can now set a "
     "purchase PIN under Family settings."),
    ("children", "sensitive", "chat",
     "hiya, just checking the Little Explorers sub arrives before the 3rd? its for my godson Reuben's 5th birthday "
     "party"),
    ("children", "sensitive", "form",
     "Gift subscription | Title: Junior Science Monthly | Recipient: Esme Hart | Recipient's date of birth: "
     "04/06/2014 | Delivery: 12 Lime Walk, Wexley Green | Message: Happy 11th birthday Esme!"),
    ("children", "sensitive", "note",
     "Mum of carrier Ollie B. (14, round 3) called: he has exams all next fortnight and won't be doing Saturdays. "
     "Cover arranged."),
    ("children", "sensitive", "email",
     "Subject: Student rate for my son || Hello, our son Ryan is 17 and in Year 13 at sixth form. Your site says "
     "the student rate is for university students only. Can he qualify with his college ID? Thanks, Denise."),
    ("children", "sensitive", "dm",
     "is there a kids version of the news app? my daughter is 6 and keeps asking what's happening in the world "
     "since she saw the floods on telly || Agent: Not yet, but the Junior News page in the Saturday paper is "
     "written for 6 to 10 year olds."),
    ("children", "sensitive", "chat",
     "Agent: How can I help today? || hi um my nan pays for the magazine and she said i can have the puzzle app bit "
     "on my phone || Agent: Great! Can you tell me your name and your nan's account number? || im Lily im 12 and i "
     "dont know the number sorry || Agent: No problem, Lily. Could you ask your nan to message us so we can add you "
     "to her family plan?"),
    ("children", "sensitive", "voicemail",
     "Morning, it's Mrs Abara. The nursery's asked each child to bring in a newspaper from the week they were born, "
     "and our Chidi was born on 3 August 2021. Could I buy a copy of the Chronicle from that week? Call back on "
     "07700 900927."),
    ("children", "sensitive", "form",
     "Carrier application | Name: Freya Lennox | Date of birth: 30/01/2011 | Age: 14 | Parent/guardian: Moira "
     "Lennox | Preferred rounds: 5 or 6 | Available: Sat & Sun mornings"),
    ("children", "sensitive", "note",
     "Junior club account JC-20881 (child: Theo Grant, 8) still on the newsletter list after parent asked for "
     "deletion. Removed manually, confirmation sent to parent."),
    ("children", "sensitive", "email",
     "Hi team, my daughter is in the photo on page 12 of Thursday's paper with her Brownies pack at the litter "
     "pick. She's 8. Could you drop her first name from the online caption? Kind regards, Fiona Marsh"),
    ("children", "sensitive", "sms",
     "My lad's in Year 6 and needs a copy of last Weds paper for homework, the one with the flood story. Do u post "
     "back copies? 11 Linnet Close || Agent: We do, £2.50 including postage. I'll send it today."),
    ("children", "sensitive", "call",
     "Caller: I'd like to add a second delivery, the kids' magazine. || Agent: Of course, is it for someone at your "
     "address? || Caller: Yes, my stepdaughter, she's ten next week and reads everything going. || Agent: Lovely, "
     "I'll start it from next week's issue."),
    ("children", "sensitive", "review",
     "The births page printed our son Alfie's weight wrong, 7lb 2oz, not 2lb 7oz! Gave his nan a fright. Still 4 "
     "stars for the rest of the paper."),
    ("children", "sensitive", "chat",
     "can i give my junior crossword club membership to my brother? im 13 so im moving up to the adult club and "
     "he's 7, he wants my badge and streak || Agent: That's kind of you! A parent will need to confirm it from the "
     "family account."),
    ("children", "sensitive", "note",
     "Complaint: carrier on round 10 (Aiden, 15) reported for skipping houses. Spoke with Aiden's dad; Aiden said "
     "he'd been running late for school. Round split in two."),
    ("children", "sensitive", "dm",
     "the school bus times changed so my son (year 7) can't do the thursday free-weekly drop till after 4. is that "
     "ok or do you need it done earlier?"),
    ("children", "sensitive", "email",
     "Baby boy born at 04:12 on Tuesday 9 April, 7lb 11oz, named Rafael Gomez Whitby. We'd like this in the Births "
     "column on Saturday please. Parents Ana and Jon. || Agent: Congratulations! Booked for Saturday, £18. I'll "
     "email the proof."),
    ("children", "sensitive", "form",
     "Family plan: add member | Member name: Kit Anderson | Relationship: Son | Age: 14 | School email (for login): "
     "k.anderson@example.org | Content filter: Teen"),
    ("children", "benign", "email",
     "Hello, I'm the office manager at Brook Lane Primary. We'd like 30 copies of the Chronicle every Friday for "
     "the upper school's current affairs sessions. Can you invoice the school directly? Thanks, Anne Whitcombe."),
    ("children", "benign", "chat",
     "What's the minimum age for a paper round with you? Asking for a piece I'm writing on local jobs. || Agent: "
     "Carriers must be 13 or over, and under-16s need parental consent and work limited hours set by the council."),
    ("children", "benign", "form",
     "Trade order | Organisation: Sunflower Day Nursery | Items: Little Explorers magazine x4, monthly | Delivery: "
     "Reception, 2 Orchard Way, Stannick | PO: SDN-0412"),
    ("children", "benign", "review",
     "4 stars for Little Explorers. The dinosaur issue was gorgeous and the paper quality is great. Wish the "
     "stickers were less fiddly."),
    ("children", "benign", "sms",
     "Is the kids puzzle page still in the sat paper or has it moved to the magazine? cant find it anywhere"),
    ("children", "benign", "note",
     "Cust asked whether Junior Science Monthly works as a gift and what age range it targets. Told 8-12 per the "
     "publisher. No order placed."),
    ("children", "benign", "voicemail",
     "Hi, it's Jan from the Kelderby Academy library. Our digital site licence ran out on Friday. Can someone renew "
     "it for the next academic year? 07700 900448."),
    ("children", "benign", "chat",
     "the app update has gone completely childish, giant cartoon buttons everywhere || Agent: Ha, that's the new "
     "'easy mode' layout. You can switch back under Settings > Layout > Classic. || back to normal, thank god"),
    ("children", "benign", "email",
     "Subject: Births, marriages and deaths pricing || Could you send me the current rate card for the "
     "announcements pages? We're the Stannick register office and families often ask us."),
    ("children", "benign", "dm",
     "Your 'Kid Gloves' headline on the council budget was brilliant. Whoever writes the subs deserves a raise."),
    ("children", "benign", "call",
     "Caller: I'm the careers adviser at Kelderby Academy. Do you still run the Young Reporter scheme? || Agent: We "
     "do, applications open in September and the details go on our website. || Caller: Great, I'll put it in the "
     "schools' newsletter."),
    ("children", "benign", "form",
     "Newsletter sign-up | Name: Robyn Doyle | Newsletters: Days Out (weekly), Food & Drink | Email: "
     "robyn.doyle@example.com"),
    ("children", "benign", "note",
     "Round 4 rota updated for the summer holidays: carriers' hours unchanged, new start point at the Mill Lane "
     "depot from 22 July."),
    ("children", "benign", "review",
     "3 stars. The 'Back to School' supplement was basically adverts for uniform shops. || Reply from Northgate "
     "Press: Thanks for the feedback, we've passed it to the supplements team for next year."),
    ("children", "benign", "sms",
     "Hi, Otterdean Scouts here. We'd like 50 old newspapers for a papier-mache session, do you have any returns we "
     "could collect?"),
    ("children", "benign", "chat",
     "Does the family plan keep separate puzzle progress for each person? || Agent: Yes, each profile keeps its own "
     "streaks and stats, up to five profiles."),
    ("children", "benign", "email",
     "Hi, the junior crossword in Saturday's paper had the same grid as the week before. Not sure if that's "
     "deliberate? Page 38."),
    ("children", "benign", "voicemail",
     "Hello, St Edmund's Primary PTA here. We're running a quiz night and wondered if Northgate Press would donate "
     "a year's subscription as a raffle prize. Call me, Carole, on 07700 900172."),
    ("children", "benign", "note",
     "Cust asked if the Little Explorers back catalogue can be bought as a bundle. Sent the link to the shop's "
     "12-issue pack."),
    ("children", "benign", "dm",
     "quick one, is Teen Scene magazine monthly or bi-monthly now? the shop's stopped stocking it"),
    ("children", "benign", "call",
     "Caller: I've been a subscriber since I was a kid, practically grew up with this paper. || Agent: That's "
     "lovely to hear! What can I do for you today? || Caller: Just want the Sunday added back on, I stopped it last "
     "year."),
    ("children", "benign", "form",
     "Competition entry | Competition: Summer Photo Prize (adult category) | Name: Dylan Ashby | Photo title: 'Low "
     "tide at Stannick' | Email: d.ashby@example.com"),
    ("children", "benign", "email",
     "Letter for publication: Sir, Kelderby council's plan to close two children's centres deserves more than a "
     "paragraph on page 19. Yours, Harold Pim, Marrowfield."),
    ("children", "benign", "chat",
     "hi is there an education discount for schools using the digital edition in class? || Agent: Yes, our Schools "
     "licence is £99 a year for unlimited pupil logins on the school network."),
    ("children", "benign", "note",
     "School trade account (Willowmead High): term-time delivery only, pause from 19 July, resume 2 Sept."),
    ("children", "benign", "review",
     "Bought the Junior Puzzle Annual as a stocking filler. Good value, nice thick pages. Delivery took 9 days "
     "though."),
    ("children", "benign", "sms",
     "my paper came with a Little Steps magazine tucked inside, think it's meant for another house. 5 Elm Terrace"),
    ("children", "benign", "voicemail",
     "Hi there, it's Lewis, I edit the Fellbridge youth football league's newsletter. Could we reprint your match "
     "report on the league final? Who do I ask? 07700 900345."),
    ("children", "benign", "email",
     "What does the 'Young Minds' puzzle level mean in the app? Is it easier than 'Standard'? I find Standard a bit "
     "slow going."),
    ("children", "benign", "chat",
     "do you accept baby food advertising? I'm with a small organic brand and want to book space || Agent: Yes, we "
     "take food and drink advertising under the ASA code. I'll connect you with the ad sales team. || great, thanks"),
    ("children", "benign", "note",
     "Cust asked about comment moderation and child-safety settings in general, for a guide she's writing for the "
     "library. Sent the moderation policy link."),
    ("children", "benign", "form",
     "Announcement booking | Section: Business congratulations | Text: Congratulations to Stannick Bakery on 50 "
     "years of trading! | Booked by: Stannick Chamber of Trade"),
    ("children", "benign", "dm", "do you ever do the 'Schools Out' quiz online as well? it was good fun in print"),
    ("children", "benign", "call",
     "Caller: Your nursery-rhyme crossword special, is that for kids or the cryptic with a theme? || Agent: It's "
     "the cryptic with a nursery-rhyme theme, definitely a grown-up puzzle! || Caller: Ha, good, I'll get it."),
    ("children", "benign", "email",
     "Hi, we're Little Acorns toy shop in Fellbridge. We'd like to stock Little Explorers and Junior Science "
     "Monthly on the counter. Trade terms please?"),
    ("children", "benign", "sms",
     "Birth announcement rates pls? The midwife practice on Orchard Way wants the price list for their leaflet"),
    ("children", "benign", "review",
     "5 stars. The new 'Explain It Like I'm Five' science column is the best thing in the weekend magazine."),
    ("children", "benign", "chat",
     "the app says 'Kids mode enabled' and i can't get out of it?? || Agent: Sorry, that's a bug in 5.2. Tap the "
     "padlock in the top right and enter your account PIN to exit. We're fixing it."),
    ("children", "benign", "note",
     "Round 12 re-route: Bell Lane is closed at the school crossing 8:15-9:00, carriers to come via Tanner St."),
    ("children", "benign", "voicemail",
     "Hello, it's Mrs Okoye from the sixth-form office at Fellbridge Grammar. We want to order the Chronicle for "
     "the common room daily from September. Please ring 07700 900503."),
    ("children", "benign", "form",
     "Feedback | Section: Kids' page | Comment: The spot-the-difference only had 9 differences, not 10. | Email: "
     "m.lock@example.com"),
    ("children", "benign", "email",
     "I've just read your series on childcare costs. Will it be collected into a PDF? It would be useful for our HR "
     "policy review at work."),
    ("children", "benign", "dm",
     "what's the age rating on the puzzle app in the store? our library is putting tablets out for public use and "
     "needs to list it"),
    ("children", "benign", "call",
     "Caller: The Little Explorers I ordered as a gift arrived damaged. || Agent: Sorry about that, I'll send a "
     "replacement copy today. Same address? || Caller: Yes, same one, thanks."),
    ("children", "benign", "chat",
     "is there a discount on the Junior Puzzle Annual for a school fair? we want 40 || Agent: For 20 or more copies "
     "it's 30% off. I'll email you a quote."),
    ("children", "benign", "note",
     "Cust asked if we still run the 'Baby of the Year' photo contest. Told it ended in 2022. No further action."),
    ("children", "benign", "review",
     "Child's play? Not this sudoku. The 'easy' level took me 25 minutes. 5 stars for humbling me."),
    ("children", "benign", "sms",
     "Hi, Harbour Rd Playgroup committee here. Can we put a small ad in What's On for our fundraising jumble sale "
     "on 12 Oct?"),
    ("children", "benign", "email",
     "Subject: Paper boy or paper girl? || A pedantic one: your recruitment ad says 'paperboys wanted'. Shouldn't "
     "that be 'carriers'? Just a thought from a retired sub-editor."),
    ("children", "benign", "voicemail",
     "Hi, calling from Stannick Library. The children's section would like the Saturday kids' supplement set aside "
     "each week. Can that be a separate delivery? 07700 900690."),
    # ---- special_categories: religion or belief
    ("special_categories", "sensitive", "chat",
     "hi can i put the paper on hold from thursday || Agent: Sure, how long for? || 3 days, Eid starts thursday so "
     "we'll be at my sister's in Kelderby. fasting's been hard this year lol, glad it's nearly over || Agent: Eid "
     "Mubarak! Hold set from Thursday to Saturday, back on Sunday."),
    ("special_categories", "sensitive", "note",
     "Cust (Mr Leibowitz, 7 Cedar Mews) asks that the carrier not ring the bell or knock from Friday sunset to "
     "Saturday night, as the family keep Shabbat. Saturday paper through the letterbox only."),
    ("special_categories", "sensitive", "email",
     "Sir, as a practising Catholic who goes to Mass at Our Lady's every week, I found Tuesday's cartoon of the "
     "bishop needlessly cruel. Satire is fine; mocking people's faith isn't. Bernadette Quigley, Fellbridge. || "
     "Agent: Thank you, Bernadette. Your letter has gone to the letters editor for Friday."),
    ("special_categories", "sensitive", "sms",
     "can u pause the puzzle app emails for lent pls, giving up screens except for work. back at easter ta. Ciaran "
     "|| Agent: Done Ciaran, emails paused until Easter Monday."),
    ("special_categories", "sensitive", "call",
     "Caller: It's my mum's gift subscription. We don't celebrate birthdays, we're Jehovah's Witnesses, so please "
     "don't send the birthday card thing with it. || Agent: Understood, I'll remove the birthday message and send "
     "it plainly."),
    ("special_categories", "sensitive", "dm",
     "could you deliver to the gurdwara on Fenwick Rd on Sundays instead of my house? I'm the granthi there and I'm "
     "in from 5am so it's easier. Harjit Singh Bains, NP-733019 || Agent: Sure, Sundays will go to the gurdwara "
     "from this week."),
    ("special_categories", "sensitive", "form",
     "Newsletter preferences | Thought for the Week: OFF | Reason (optional): I've been an atheist for 40 years and "
     "don't want religious content in my inbox, thanks | Email: ghaskins@example.com"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, it's Mrs Raghavan on Willow Drive. We'll be at the temple most of Diwali evening and then staying at "
     "my brother's for the puja, so please hold the paper from the 31st for two days. Thank you."),
    ("special_categories", "sensitive", "review",
     "4 stars. I really appreciate the app's Ramadan timings box. As a revert of two years it helps me a lot at "
     "suhoor. Would love times for Kelderby, not just the city. || Reply from Northgate Press: Thank you, local "
     "times for Kelderby arrive in next month's update."),
    # ---- special_categories: ethnic origin or race
    ("special_categories", "sensitive", "email",
     "I reported a comment under the Stannick market story that called people like me 'go-home types'. As a Black "
     "British woman born in this town, I'd like to know why your moderators left it up for two days. Abena Mensah "
     "|| Agent: I'm sorry, Abena. The comment has been removed and the account suspended. We've reviewed why it "
     "wasn't actioned sooner."),
    ("special_categories", "sensitive", "note",
     "Cust is a Romany Gypsy; the family move between the Ashcombe and Marrowfield sites over the summer. Asked for "
     "papers to be held at the Ashcombe newsagent instead of delivered. Set to collect-in-store."),
    ("special_categories", "sensitive", "form",
     "Readers' survey | Age band: 45-54 | Ethnicity: Bangladeshi | Sections read most: Business, Puzzles | Would "
     "you pay more for digital?: No | Name for prize draw: Rashida Ahmed"),
    ("special_categories", "sensitive", "chat",
     "its about the heritage feature for Windrush day. my grandad came over from Trinidad in '58 and I've still got "
     "all his photos, would the paper want them? im Marcus, his grandson || Agent: We'd love to see them, Marcus. "
     "I'll pass your details to the features desk."),
    ("special_categories", "sensitive", "call",
     "Caller: The carrier on our street shouted something at my dad this morning. || Agent: I'm sorry, what "
     "happened? || Caller: Told him to 'learn English' and used a word for Polish people I won't repeat. Dad's "
     "lived here twenty years. || Agent: That's completely unacceptable. I'm reporting it to the depot manager now."),
    ("special_categories", "sensitive", "dm",
     "your recipe pages never have anything from where my family's from (we're Somali). any chance of a feature? my "
     "hooyo's sambusa would blow your food editor away"),
    ("special_categories", "sensitive", "email",
     "Dear editor, I am Kurdish from Iraq, living in Stannick six years. Your article about the asylum hotel says "
     "all the men are the same. It is not true. Please publish my letter. Rebwar Aziz."),
    ("special_categories", "sensitive", "review",
     "2 stars. As a British Chinese reader I'm tired of every Lunar New Year piece being illustrated with the same "
     "dragon stock photo. We're not a theme park. Otherwise a decent paper."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, this is Siobhan Ward. I'm an Irish Traveller and we've just pulled onto the council site at Fell Road. "
     "Could I get the Sunday delivered there for the next month? I've done it with you before. 07700 900260."),
    # ---- special_categories: political opinions or activity
    ("special_categories", "sensitive", "email",
     "Hi, I'm standing as the Green Party candidate in the Wexley Green by-election on the 14th. Can you tell me "
     "who handles candidate statements, and switch my letters-page alerts off for the campaign? Fern Halliday || "
     "Agent: Hi Fern, candidate statements go to the news desk. Alerts switched off until after the 14th."),
    ("special_categories", "sensitive", "note",
     "Cust cancelling all subs in protest at Saturday's editorial backing the Conservatives. Says she has voted Lib "
     "Dem for forty years and 'won't fund this'. Offered the feedback route to the editor. Cancelled."),
    ("special_categories", "sensitive", "sms",
     "cancel my sunday paper. not paying for a tory rag when im out leafleting for labour every weekend. NP-206113 "
     "|| Agent: Cancelled from this Sunday."),
    ("special_categories", "sensitive", "chat",
     "my letter got published but you put my name AND my job || Agent: I'm sorry, what would you like us to do? || "
     "I'm a Reform UK member and I work for the council, I could get in trouble. please take my job off the online "
     "version || Agent: I'll ask the letters desk to remove it right away."),
    ("special_categories", "sensitive", "form",
     "Moderation appeal | Username: alba_rising | Comment removed: on the independence poll story | My reason: I "
     "said I'll be voting Yes and I'm proud of it. That isn't abuse. Every SNP voter I know is fed up of being "
     "censored on here."),
    ("special_categories", "sensitive", "voicemail",
     "It's Tom Huxley, account 508812. Can my Saturday paper come before seven? I'm selling Socialist Worker "
     "outside the market every Saturday morning and I like to read yours first to see what we're up against."),
    ("special_categories", "sensitive", "dm",
     "hey, I was one of the people sat in the road at the Marrowfield bypass protest on Tuesday (I'm in XR) and "
     "your photo caption got my name wrong. I'm Leah Brannigan, not Leah Branagh. can you fix it online?"),
    ("special_categories", "sensitive", "call",
     "Caller: I'd like the Morning Briefing but not the politics newsletter. || Agent: Of course. Any reason, just "
     "for feedback? || Caller: I sit for the Independent group on Stannick Town Council and I'd rather not have a "
     "party-political digest in my inbox every morning. || Agent: No problem, updated."),
    ("special_categories", "sensitive", "chat",
     "ngl i only subscribed for the ukip leadership coverage, i'm a member and the local branch is a total mess. "
     "can I get just the politics section cheaper?"),
    # ---- special_categories: trade-union membership
    ("special_categories", "sensitive", "sms",
     "picket line at the bus depot tue & wed from 6am (im unite), can u leave my paper with no. 14 those days? ta "
     "Graham"),
    ("special_categories", "sensitive", "note",
     "Cust (NP-390845) asked if the union member discount applies; she's in the RMT. Checked: partner discount is "
     "for NEU and Unison only. Offered standard concession options instead."),
    ("special_categories", "sensitive", "email",
     "Can you move my direct debit to the 15th? My union subs come out on the 1st along with the mortgage and it's "
     "a squeeze. Thanks, Paul Ridley (NP-118776) || Agent: Hi Paul, the direct debit will now go out on the 15th."),
    ("special_categories", "sensitive", "chat",
     "hi, can I pause the paper for the strike days? || Agent: Of course, which dates? || 5th to 9th. NEU walkout, "
     "I'll be on the picket outside school, not at home to take it in || Agent: Paused 5th to 9th, restarting on "
     "the 10th."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Lorna Bexley, I'm the Unison rep at Fellbridge General. Nothing official, it's my own subscription. "
     "I'm in early meetings most days this month, so can my paper go to the hospital lodge instead? 07700 900458."),
    ("special_categories", "sensitive", "form",
     "Carrier feedback | Round: 16 | Name: Dev Parmar | Comment: Me and four other carriers joined the GMB last "
     "month. Since then all five of us have had our rounds cut. I'd like to know if that's a coincidence."),
    ("special_categories", "sensitive", "dm",
     "freelance journalist here, NUJ member. can I get the press rate on the digital sub? happy to send a photo of "
     "my card"),
    ("special_categories", "sensitive", "call",
     "Caller: I'm a nurse, and the RCN strike ballot came the same week as your renewal letter, so I'm watching "
     "every penny. Is the renewal price fixed for a year? || Agent: Yes, the price is locked for twelve months once "
     "you renew. || Caller: Good, I'll renew then."),
    ("special_categories", "sensitive", "review",
     "5 stars for the coverage of the bus drivers' dispute. As one of the Unite drivers out on strike, yours was "
     "the only paper that actually spoke to us. || Reply from Northgate Press: Thanks for reading, we'll pass this "
     "on to our transport correspondent."),
    # ---- special_categories: sexual orientation or sex life
    ("special_categories", "sensitive", "email",
     "Hi, please add my husband, James, as a second user on the digital account so he can have his own puzzle "
     "streak. We keep fighting over the tablet. Cheers, Tom Ledger || Agent: Hi Tom, James is now added as a second "
     "user with his own profile."),
    ("special_categories", "sensitive", "chat",
     "hi, can I change the delivery address on my sub? || Agent: Of course, what's the new one? || 17 Gull Street "
     "from the 1st, me and my girlfriend are finally moving in together! || Agent: Congratulations! Updated from "
     "the 1st. || thank you!! Sarah x"),
    ("special_categories", "sensitive", "note",
     "Mr Ibrahim felt the editor's note under his letter on Pride funding was homophobic and said that, as a gay "
     "man, he wants to speak to the editor directly. Passed to the readers' editor."),
    ("special_categories", "sensitive", "form",
     "Gift subscription | Recipient: Daniel Frost | Relationship to you: Boyfriend | Message: Happy 2 years, love "
     "you x | Your name: Mark Elwood"),
    ("special_categories", "sensitive", "review",
     "Good paper, awful dating column. As a bi woman I'd like one week where the advice doesn't assume every reader "
     "is straight. 3 stars."),
    ("special_categories", "sensitive", "dm",
     "please update the account holder to my wife, Priya Nair, same address. I'm Hannah Nair btw, it's currently in "
     "my name"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Liam Carver. My ex-boyfriend still has the login for the digital sub we shared and he's been using "
     "it since we split up. Could you reset the password and take his email off? Call 07700 900114."),
    ("special_categories", "sensitive", "chat",
     "not to overshare but i'm ace and the relationships supplement is 90% sex advice. can I drop it from the print "
     "bundle? don't want to pay for it"),
    ("special_categories", "sensitive", "call",
     "Agent: And who else uses the account? || Caller: My partner, Jonathan. || Agent: And can I take your name? || "
     "Caller: Robert Sheen. || Agent: Thanks Robert, I'll add Jonathan as a joint holder on the account."),
    # ---- special_categories: gender identity
    ("special_categories", "sensitive", "email",
     "Please update my account name from Michael Dunn to Michelle Dunn and the title to Ms. I've transitioned and "
     "my deed poll is attached. The old name keeps appearing on renewal letters, which isn't great for me."),
    ("special_categories", "sensitive", "form",
     "Update details | Title: Mx | Pronouns: they/them | Name: Alex Fairbairn | Note: I'm non-binary, please stop "
     "addressing my post to 'Mr'."),
    ("special_categories", "sensitive", "note",
     "Caller's voice didn't match account title 'Mr'. Cust explained she is trans, has changed her title online "
     "twice but letters still say Mr. Fixed in the billing system too, apologised."),
    ("special_categories", "sensitive", "chat",
     "hi, the gift sub I bought my son still has his old name on the label. he came out as trans last year and he's "
     "Joe now, not Joanne. he's 34 so no drama, just want the label right || Agent: Of course, I've changed it to "
     "Joe and it'll be right from the next issue."),
    ("special_categories", "sensitive", "dm",
     "is there any way to hide my old name from my comment history? I've changed my username but my deadname still "
     "shows on comments from 2018 and people are screenshotting it"),
    ("special_categories", "sensitive", "review",
     "3 stars. As a trans man I appreciated the profile of the Stannick running club, but the headline misgendered "
     "one of the runners. || Reply from Northgate Press: Thank you for flagging it. The headline has been corrected "
     "online."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, this is Sam Rhodes. My gender recognition certificate has just come through, so could you change my title "
     "from Ms to Mr on the subscription? Happy to send a copy. Thanks."),
    ("special_categories", "sensitive", "call",
     "Caller: Your competition prize form only has male or female. || Agent: I'm sorry about that, what would you "
     "like to put? || Caller: I'm genderfluid, I just want a 'prefer not to say' or 'other'. || Agent: I'll pass "
     "that on and enter your form manually."),
    ("special_categories", "sensitive", "sms",
     "hi pls change the name on the paper acct from Katie Morrow to Kai Morrow, im transitioning and the carrier "
     "calls me Katie at the door which is awkward"),
    # ---- special_categories: genetic data
    ("special_categories", "sensitive", "email",
     "Hi, I read your feature on BRCA testing. I had the test myself in May and I'm BRCA2 positive. I'd like to "
     "write for the letters page, but anonymously. Is that possible? Name withheld, NP-402281"),
    ("special_categories", "sensitive", "chat",
     "my GeneTrail DNA results say I'm 31% Scandinavian, maybe that's why I'm so good at your Nordic noir crossword "
     "lol. anyway the app won't sync my streak || Agent: Ha! Let's fix the streak: please log out and back in, it "
     "should pull from the server."),
    ("special_categories", "sensitive", "note",
     "Cust mentioned her genetic test confirmed Lynch syndrome and asked for the health newsletter's cancer "
     "screening series to be resent. Sent back issues 1-4."),
    ("special_categories", "sensitive", "form",
     "Letter to the editor | Name: Gareth Lloyd | Town: Upper Bramwell | Letter: I tested positive for the "
     "Huntington's gene in 2020. Your piece on predictive testing was the first I've read that got the uncertainty "
     "right. | Publish name: No"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, it's Chloe Barnett, about your 'Family Secrets' series. A home DNA kit last year showed the man who "
     "raised me isn't my biological father. I'd like to share my story if you're still looking. 07700 900376."),
    ("special_categories", "sensitive", "call",
     "Caller: I'd like to cancel the Science Weekly add-on. || Agent: Sure, can I ask why? || Caller: The issue on "
     "gene carriers was too close to home. My partner and I both carry the cystic fibrosis gene, we found out last "
     "year, and I can't read about it right now. || Agent: I completely understand. Cancelled from today."),
    ("special_categories", "sensitive", "dm",
     "can your health reporter look into sickle cell trait screening? my blood test showed I carry the trait and "
     "the GP had no idea what to tell me"),
    ("special_categories", "sensitive", "review",
     "5 stars for the genetics explainer. I've got one copy of APOE4 (found out through a research study) and this "
     "was the first article that didn't terrify me."),
    # ---- special_categories: biometric data
    ("special_categories", "sensitive", "note",
     "Cust enrolled in VoiceKey phone verification on 12/03. Voiceprint failed to match three times today (cust has "
     "a heavy cold). Verified via security questions, deleted and re-enrolled the voiceprint."),
    ("special_categories", "sensitive", "email",
     "Please delete my voiceprint from your phone system. Nobody told me that 'my voice is my password' meant you'd "
     "keep a recording of my voice to identify me. Account NP-712290, Frances Oduya. || Agent: Dear Frances, your "
     "voiceprint has been deleted and you're moved to security questions."),
    ("special_categories", "sensitive", "chat",
     "depot clock-in scanner hasn't read my fingerprint since the update last week, can the supervisor sign me in "
     "by hand for round 7 till it's fixed? Kris || Agent: I'll let the depot know now, Kris; they'll re-register "
     "your print on Monday."),
    ("special_categories", "sensitive", "form",
     "Carrier onboarding | Name: Amelia Voss | Round: 19 | Depot access: Face recognition gate | Face template "
     "enrolled: Yes (ID FT-55103) | Fingerprint backup: No"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, Reuben Shaw, round 2 carrier. The new face scanner at the depot gate doesn't recognise me since I shaved "
     "my beard off. Can someone re-enrol my face before Saturday? 07700 900127."),
    ("special_categories", "sensitive", "dm",
     "why did your competition age check ask for a selfie face scan? I did it and now I'm worried you've got my "
     "face on file. is it deleted? username moorhen42"),
    ("special_categories", "sensitive", "call",
     "Agent: For security I'll check your voice against your VoiceKey print. Please say 'Northgate Press, my voice "
     "is my password'. || Caller: Northgate Press, my voice is my password. || Agent: Thank you Mr Aldous, that's "
     "matched. How can I help? || Caller: My paper's not come for three days."),
    ("special_categories", "sensitive", "note",
     "Carrier Jodie Kerr asked to withdraw from fingerprint clock-in. Her fingerprint template (FP-22817) deleted "
     "from the depot system at her request; issued a PIN card instead."),
    # ---- special_categories: benign
    ("special_categories", "benign", "email",
     "Hello, St Oswald's parish office here. We'd like 20 copies of the Easter Saturday edition with the feature on "
     "our bells restoration. Can we order them in advance? Angela Rix, parish administrator."),
    ("special_categories", "benign", "chat",
     "Will the paper be delivered on Christmas Day this year or is it a combined edition? || Agent: There's no "
     "paper on the 25th; the 24th is a bumper edition with the TV guide. || perfect, thanks"),
    ("special_categories", "benign", "call",
     "Caller: I run the newsagent on Penn Road. Are you printing the Ramadan sunrise and sunset timetable this "
     "year? Customers keep asking. || Agent: Yes, it's in the Friday edition from next week. || Caller: Great, I'll "
     "put a sign up."),
    ("special_categories", "benign", "voicemail",
     "Hello, it's Yusuf calling for the Fenwick Road Mosque open day committee. We'd like to place an advert for "
     "the open day on the 8th in the community pages. Please call 07700 900392."),
    ("special_categories", "benign", "review",
     "Pilgrim's Sunday cryptic is the holy grail of crosswords. Five stars, every single week."),
    ("special_categories", "benign", "note",
     "Cust asked whether the 'Thought for the Week' column is written by a different faith leader each week. "
     "Confirmed it rotates. No further action."),
    ("special_categories", "benign", "form",
     "Trade order | Organisation: Beth Shalom Synagogue office | Item: Chronicle x2, daily | Delivery: Office, 4 "
     "Garden Row, Kelderby | Note: No delivery on Saturdays, the office is closed"),
    ("special_categories", "benign", "sms",
     "Is the Diwali lights switch-on listing in tomorrow's paper? need the time for the shop window poster. Penn Rd "
     "Stores"),
    ("special_categories", "benign", "email",
     "Your leader column said the council and traders are 'singing from the same hymn sheet' on parking. They "
     "aren't, read your own page 4. Tongue firmly in cheek, but do check."),
    ("special_categories", "benign", "chat",
     "Do you publish any editions in Polish or Urdu? A few customers at our newsagent have asked. || Agent: Not at "
     "the moment, but the app can translate articles into 30 languages from the 'Aa' menu."),
    ("special_categories", "benign", "email",
     "Your Black Friday digital offer link goes to a 404 page. Has the deal been pulled? I wanted the 3 months for "
     "£1."),
    ("special_categories", "benign", "review",
     "The Caribbean food supplement was fantastic, the curry goat recipe worked first time. More please! 5 stars."),
    ("special_categories", "benign", "sms",
     "Is the Lunar New Year parade route in the Thursday paper? Need it for the cafe's delivery drivers"),
    ("special_categories", "benign", "form",
     "Letter to the editor | Name: Dominic Fairclough | Town: Kelderby | Letter: Your piece on the town's "
     "Windrush-era history was excellent; the archive photos deserve an exhibition of their own. | Publish name: "
     "Yes"),
    ("special_categories", "benign", "note",
     "Cust asked why the readers' survey has an optional ethnicity question. Explained it's anonymised and used for "
     "reach reporting only. Cust chose not to do the survey."),
    ("special_categories", "benign", "call",
     "Caller: The transport white paper you mentioned on the front, is that in the print edition? || Agent: We "
     "summarised it on page 9, and the full document is linked in the app. || Caller: Cheers, found it."),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Nikhil from the Marrowfield Mela organising committee. We'd like information on media partnerships "
     "for this year's festival. Call back on 07700 900283."),
    ("special_categories", "benign", "dm",
     "fyi the Irish Sea ferry timetable in your travel section is a year out of date"),
    ("special_categories", "benign", "sms",
     "what time does the election night special come through the door? want to read it before work. 12 Cobb Lane"),
    ("special_categories", "benign", "email",
     "I subscribe to Westminster Notes but it's stopped arriving since Tuesday. My other newsletters are fine. "
     "Email on file: h.crabtree@example.com"),
    ("special_categories", "benign", "voicemail",
     "Hi, this is the office of the Kelderby Constituency Labour Party. We'd like to book a quarter-page ad for the "
     "summer fair. Could someone call us about rates? 07700 900537."),
    ("special_categories", "benign", "chat",
     "what's your policy on letters from election candidates during the campaign? || Agent: During an election "
     "period we don't print letters from candidates or their agents, to keep the page balanced. || ok, good to know "
     "for our residents' group"),
    ("special_categories", "benign", "note",
     "Cust requested the missing 'Manifesto Guide' pull-out from Saturday's paper. Re-sent by post. No further "
     "comment."),
    ("special_categories", "benign", "review",
     "3 stars. The political coverage leans whichever way the wind is blowing that week. Puzzles are still the best "
     "in the country though."),
    ("special_categories", "benign", "form",
     "Event booking | Event: Northgate Press 'Future of the High Street' panel, Fellbridge Town Hall | Tickets: 2 | "
     "Name: Corinne Shaw | Email: c.shaw@example.com"),
    ("special_categories", "benign", "call",
     "Caller: The 'Party Games' crossword, is that weekly? || Agent: It's fortnightly, in the Sunday magazine. || "
     "Caller: Shame, I'd happily do it every day."),
    ("special_categories", "benign", "dm",
     "office politics at my place is worse than Westminster lol. anyway, can I move my paper to the office address "
     "from Monday?"),
    ("special_categories", "benign", "email",
     "Hello, the Fellbridge Students' Union shop would like to stock 40 copies of the Chronicle daily during term. "
     "Please send trade terms to su-shop@example.org."),
    ("special_categories", "benign", "sms",
     "my paper should go to 14 Union Street not 14 Union Road, third time its gone wrong!! NP-509218"),
    ("special_categories", "benign", "voicemail",
     "Hi, this is the Kelderby branch office of Unite. We'd like 200 leaflets printed by your commercial print arm "
     "for a branch meeting. Is that something you do? 07700 900619."),
    ("special_categories", "benign", "chat",
     "will the print strike at your Harbour Yard plant affect my delivery tomorrow? || Agent: No, contingency "
     "printing is in place, so delivery should be normal."),
    ("special_categories", "benign", "note",
     "Cust asked whether we offer partner discounts for union members in general. Listed the current partner "
     "organisations. Cust didn't say whether they belong to any; no change made."),
    ("special_categories", "benign", "form",
     "Letter to the editor | Name: Philippa Greer | Town: Otterdean | Letter: Your explainer on the new strike "
     "ballot thresholds was clear and fair to both sides. | Publish name: Yes"),
    ("special_categories", "benign", "review",
     "The European Union politics supplement was a bit dry but very thorough. 3 stars."),
    ("special_categories", "benign", "call",
     "Caller: My statement says 'Credit Union payment received', is that right? || Agent: Yes, that's your payment "
     "from the Otterdean Credit Union account you set up in March. || Caller: Ah, of course, that's my savings "
     "account."),
    ("special_categories", "benign", "dm",
     "the Union Jack bunting in the street party photo on p3 is upside down, someone tell the picture desk"),
    ("special_categories", "benign", "email",
     "What date is the Pride special edition out? Our cafe on Harbour Road would like to stock extra copies that "
     "weekend."),
    ("special_categories", "benign", "form",
     "Gift subscription | Title: Weekend Magazine | Recipient: J. Morley | Relationship to you: Partner | Message: "
     "Happy anniversary! | Your name: R. Morley"),
    ("special_categories", "benign", "chat",
     "how much is a lonely hearts ad in the Saturday classifieds? || Agent: £12 for up to 30 words, and £4 extra "
     "for a box number. || thanks, I'll have a think"),
    ("special_categories", "benign", "review",
     "The new relationships column is witty and sensible. 4 stars for the column, 2 for the stapling."),
    ("special_categories", "benign", "note",
     "Cust asked whether Valentine's gift subscriptions can start on 14 Feb exactly. Yes, via the gift scheduler. "
     "Order placed for a print sub to Marrowfield."),
    ("special_categories", "benign", "dm",
     "the Pride march photo gallery won't load past image 12 in the app, any fix?"),
    ("special_categories", "benign", "sms",
     "can the valentines gift card say 'from your secret admirer' instead of my name? order GS-40921"),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Jacqui from the Rainbow Cafe on Gull Street. We're after a trade account for the Sunday papers, four "
     "copies. Call me on 07700 900744."),
    ("special_categories", "benign", "call",
     "Caller: The TV listings had 'Queer Eye' on the wrong channel on Friday. || Agent: Thanks, I'll pass that to "
     "the listings team. || Caller: No bother, just thought you'd want to know."),
    ("special_categories", "benign", "form",
     "Update details | Title: Dr | Reason: Completed PhD | Name: Olufemi Adeyinka | Note: please update the renewal "
     "letters too"),
    ("special_categories", "benign", "chat",
     "hi, I just got married and want to change the surname on my account || Agent: Congratulations! What's the new "
     "surname? || Kowalczyk, spelt K-O-W-A-L-C-Z-Y-K || Agent: Done, that's on everything from today."),
    ("special_categories", "benign", "note",
     "Boilerplate update: the title field now includes Mx and 'no title' across billing and the app. Agents to use "
     "the account title as shown. No customer record changed."),
    ("special_categories", "benign", "email",
     "Letter for publication: Sir, the gender pay gap figures you printed for Kelderby firms are from 2022, not "
     "2024. Accuracy matters on this of all subjects. Ivor Sands"),
    ("special_categories", "benign", "review",
     "4 stars. The feature on the history of women wearing trouser suits in Parliament was a delight."),
    ("special_categories", "benign", "dm",
     "does your app let people pick pronouns on their comment profile? asking for a piece I'm writing on how local "
     "news sites handle it"),
    ("special_categories", "benign", "sms",
     "pls change the title on acct NP-443090 from Mrs to Ms, typo when I signed up. ta"),
    ("special_categories", "benign", "call",
     "Caller: Can I change the name on my account to my middle name? I've always gone by Rowan. || Agent: Of "
     "course, I'll update it now. || Caller: Lovely, the letters always say Edward and nobody's called me that "
     "since school."),
    ("special_categories", "benign", "voicemail",
     "Hello, it's Rhiannon from Fellbridge women's rugby club. We'd love a photographer at our cup final on the "
     "18th. Call 07700 900852."),
    ("special_categories", "benign", "email",
     "Hi, the family history magazine gift: does it include the DNA-testing guide issue or is that sold separately? "
     "It's for a friend who's getting into genealogy."),
    ("special_categories", "benign", "chat",
     "your science section said CRISPR gene editing was invented in 2015, pretty sure it was 2012 || Agent: Thanks, "
     "you're right. We'll correct it online today."),
    ("special_categories", "benign", "review", "Great local paper, community journalism is in its DNA. 5 stars."),
    ("special_categories", "benign", "note",
     "Cust asked for back issues of the 'Genes and You' series (parts 1-6) for a library display. Sent the order "
     "link."),
    ("special_categories", "benign", "sms",
     "complaining is in my genes lol but the sat paper was late again, 9 Reed St"),
    ("special_categories", "benign", "form",
     "Newsletter sign-up | Newsletters: Science Weekly, Ancestry & Family History | Name: Lucian Pryor | Email: "
     "l.pryor@example.com"),
    ("special_categories", "benign", "voicemail",
     "Hi, this is Hal Ennis from the press office at the Fellbridge genomics lab. We'd like to offer your science "
     "correspondent an interview about our new sequencing facility. 07700 900477."),
    ("special_categories", "benign", "call",
     "Caller: Is the DNA ancestry kit in your reader offers still available? || Agent: That offer ended on Sunday, "
     "but a new one starts in the spring. || Caller: Okay, I'll keep an eye out for it."),
    ("special_categories", "benign", "chat",
     "does the new puzzle app support Face ID login, or is it still password only? || Agent: Face ID and "
     "fingerprint unlock are handled by your phone; we never receive the scan itself. Turn it on in Settings > "
     "Security."),
    ("special_categories", "benign", "email",
     "Is voice verification on your phone line compulsory, or can customers use security questions instead? Just "
     "asking before I ring about my bill."),
    ("special_categories", "benign", "review",
     "'The Fingerprint Files' serial in the weekend magazine is gripping. Best detective fiction you've run. 5 "
     "stars."),
    ("special_categories", "benign", "note",
     "Cust asked where we store app login data. Explained that device biometric unlock stays on the device and is "
     "never sent to us. Sent privacy policy link."),
    ("special_categories", "benign", "form",
     "Letter to the editor | Name: Ines Carvalho | Town: Stannick | Letter: Your report on facial recognition "
     "cameras in Stannick shopping centre raised questions the council still hasn't answered. | Publish name: Yes"),
    ("special_categories", "benign", "dm",
     "can I get the morning briefing read out on a smart speaker? like 'hey, play the Northgate briefing'"),
    ("special_categories", "benign", "sms",
     "is the 'biometric unlock unavailable' message after the app update a known bug? seen a few people mention it "
     "in the store reviews"),
    ("special_categories", "benign", "call",
     "Caller: Is the depot's new fingerprint clock-in compulsory for carriers? I'm thinking of applying. || Agent: "
     "It's optional, you can use a PIN card instead. || Caller: Good to know, thanks."),
]


def hause_examples() -> list[dict]:
    """The hause split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("hause", ENTRIES, SUBJECTS)
