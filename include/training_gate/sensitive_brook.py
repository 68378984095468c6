"""brook split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Brookside Little Steps, an invented booking app and operator for nurseries, pre-schools, after-school
clubs and registered childminders (places, fees, funded hours, meals and dietary needs, photos in the parents' app,
pick-up lists, invoices); registers are email, chat, sms, call, agent_note, web_form, review, voicemail, dm
and in_app.
The benign half borrows the same territory: setting managers, PTAs, mosque, church and union branch offices
acting as organisations, general policy questions (halal meals, ratios, minimum collection age, face-ID login),
event and room names (Rainbow Room, Pride Week packs, Jeans for Genes, Remembrance crafts, Beat the Heat),
place names (Court Lane, Gypsy Lane, Union Street, Memorial Park), idioms ("killing me", "my phone died",
"in your DNA", "kid gloves") and routine billing trouble (declined cards, double charges, processing fees).
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.18, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 91.0 / 4.0 recall / false exclusion in % as shipped, 91.5 / 12.5 without the overruling, 89.5 /
12.5 by the rules alone. Then read while tuning the rules and trained on by the classifier."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my booking",
    "Pick-up list change",
    "Invoice query",
    "Funded hours",
    "Meals and dietary needs",
    "Photos in the parents' app",
    "Session change request",
    "Holiday club booking",
    "Account details update",
    "Payment problem",
    "Feedback on my setting",
    "Childminder account",
    "Enquiry from a setting",
    "Venue and events",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
        "Hi there, I need to update Ruby's medical section before Monday. She was diagnosed with epilepsy "
        "last month and now has buccal midazolam as a rescue med. The care plan from the neurologist at "
        "the Children's Hospital is attached. Could the Willow Lane room leads read it before she's back "
        "in? Thanks, Hannah Ferris"),
    ("health", "sensitive", "chat",
        "Customer: hi, I need to change who collects on Tuesdays and Thursdays from the 14th || Agent: Of "
        "course, who would you like to add to the pick-up list? || Customer: my mum, Carol Bright. I'm "
        "having a hysterectomy on the 14th and I'm not allowed to drive for six weeks after || Agent: "
        "Thanks Laura, I've added Carol for Tue/Thu and set a reminder to review on 25 July. Wishing you "
        "a smooth recovery."),
    ("health", "sensitive", "agent_note",
        "Cust (dad, acct BLS-40217) rang re: two late-collection fees on the Feb invoice. States he was "
        "admitted to hospital with acute pancreatitis on the 6th and the setting couldn't reach the "
        "second contact. Waived both £15 fees as goodwill, advised him to add a 3rd emergency contact."),
    ("health", "sensitive", "sms",
        "hi its Jade, i wont be doing drop off this wk, just found out im pregnant again n the sickness "
        "is horrendous. my partner Reece will bring him in, he's already on the list x"),
    ("health", "sensitive", "web_form",
        "Form: Dietary needs update || Setting: Hatherley Road Pre-School || Dietary requirement: Coeliac "
        "disease (confirmed by biopsy Feb 2024). Strictly no gluten, including oats unless certified GF "
        "and anything that's shared a toaster. || Other notes: also carries an adrenaline pen for peanut, "
        "spare one is in her bag"),
    ("health", "sensitive", "voicemail",
        "[Voicemail, Tue 16:52] Hi, it's Graham Okafor, account ending 3381. I'm ringing about the "
        "reminder for the overdue invoice. I'm sorry, my wife's been on the stroke ward at the Royal "
        "since Thursday and I just haven't been opening post. I'll pay it this week, can you just hold "
        "off any late charge? My number's 07700 900318. Thanks."),
    ("health", "sensitive", "chat",
        "Customer: is it ok if I do all the session changes through chat instead of phoning? || Agent: "
        "Absolutely, chat is fine for anything. What would you like to change? || Customer: thanks. I've "
        "been signed off work with depression and anxiety and talking on the phone is just too much at "
        "the moment. can we drop Mondays and add Thursday afternoons?"),
    ("health", "sensitive", "email",
        "Hello Millbrook team, Following our conversation at pick-up: Oscar got his autism diagnosis on "
        "Friday and the paediatrician is also referring for an EHCP. We'd like to set up a meeting with "
        "your SENCo about a quieter space at lunch, because the dining room noise is when things go wrong "
        "for him. Best, Priya and Sam"),
    ("health", "sensitive", "review",
        "★★★★★ Honestly the Canal Street team have been amazing. When I told them about my MS and that "
        "some mornings I physically can't get going before ten, they moved us to the late-start session "
        "without any fuss and the app lets me flag bad days. Small things but they make a huge "
        "difference."),
    ("health", "sensitive", "dm",
        "hey quick one, is there any way the Canal St pick up can happen from the side door instead of "
        "upstairs? I've been in a wheelchair since the accident last year and the lift there is out more "
        "than it's working"),
    ("health", "sensitive", "call",
        "Call transcript (excerpt) || Customer: Hiya, I'm one of your registered childminders, Bev "
        "Ashworth, and I need to pause all my bookings from 3 June. || Agent: No problem Bev, can I ask "
        "how long for so I can set the return date? || Customer: Eight weeks roughly. I'm having my knee "
        "replaced and the surgeon says no lifting toddlers for at least six."),
    ("health", "sensitive", "agent_note",
        "Parent reports child's eczema flared badly after the new hand soap introduced at Hatherley Rd. "
        "GP has prescribed a steroid cream (Eumovate) twice daily, parent wants it added to the "
        "medication log and asks for the child to use the emollient wash instead. Forwarded to setting "
        "manager."),
    ("health", "sensitive", "in_app",
        "Please could you make sure I'm never in any photos that go up on the parents' feed. I'm having "
        "chemo at the moment and I've lost my hair and I'm not ready for the whole room of parents to see "
        "that. Happy for my little boy to be in them, just not me. Thank you."),
    ("health", "sensitive", "email",
        "Hi, I wonder if I can move from the 8:45 drop-off to the 9:30 slot on weekdays. I'm on a "
        "methadone script as part of my recovery and the chemist only does supervised consumption from 9, "
        "so I can't make it to Ashford Green before then. I'd rather not have this on the general notes "
        "if possible. Thanks, Kerry"),
    ("health", "sensitive", "chat",
        "Customer: can I add an extra session on Wednesday 12th? || Agent: Yes, there's space at Willow "
        "Lane that afternoon, I've booked 1-6pm for you. || Customer: brill. Also heads up his ADHD meds "
        "have gone up to 18mg Concerta from this week, does the nursery need a new consent form or can I "
        "just update it in the app? || Agent: Please update the medication section in the app and the "
        "room lead will countersign it at drop-off."),
    ("health", "benign", "email",
        "Hello, I run two small day nurseries and I'm comparing booking apps. Do your menu pages list all "
        "14 allergens for each meal, and can parents see that before they book a lunch? We had a lot of "
        "questions about this with our old system. Kind regards, Fiona (Owner, Tiddlers Day Nursery)"),
    ("health", "benign", "chat",
        "Customer: is the Healthy Lunchbox add-on still a thing at Millbrook? the price on the app says "
        "£2.50 but the menu page says £2.75 || Agent: Good spot, the correct price from April is £2.75, "
        "the booking page hadn't been updated. I'll get that fixed today. || Customer: no worries, thanks"),
    ("health", "benign", "web_form",
        "Enquiry type: Product question || Message: We're evaluating you for three sites. Can staff "
        "record medicine doses in the app with a second staff signature and time stamp, or is that a "
        "paper form? We need something our inspector will accept. || Organisation: Little Acorns Group"),
    ("health", "benign", "review",
        "★★★★☆ The booking flow gave me a proper headache the first time (why are sessions and add-ons on "
        "different screens?) but support sorted it within a few minutes on chat. Invoices are clear and "
        "the app is quick."),
    ("health", "benign", "email",
        "Hi, quick policy question before we sign up. Do all staff at your pre-schools hold a paediatric "
        "first aid certificate, or just one per room? A few friends have asked me the same thing so I "
        "said I'd check. Thanks, Nadia"),
    ("health", "benign", "sms",
        "Hi, the link to the sun cream consent form in this morning's email is broken, can u resend? Thx"),
    ("health", "benign", "call",
        "Call summary: Practice manager from Elmfield Medical Centre (GP surgery) enquiring about a "
        "corporate childcare arrangement for their staff, around 25 employees. Wants pricing for reserved "
        "places at Hatherley Road and Millbrook. Passed to partnerships team."),
    ("health", "benign", "agent_note",
        "Caller asked whether medical and dietary information in the app is encrypted and who at the "
        "setting can view it. Sent the data security FAQ and the link to the privacy notice. No further "
        "action."),
    ("health", "benign", "chat",
        "Customer: general question for the new-starter booklet I'm writing for our setting: what's your "
        "rule on sickness, is it 48 hours after the last episode? || Agent: Yes, we follow the UKHSA "
        "guidance of 48 hours after the last bout of sickness or diarrhoea. || Customer: perfect, that "
        "matches ours"),
    ("health", "benign", "email",
        "Hi, my laptop seems to have caught some sort of virus and now none of the invoice PDFs will "
        "open, they just show a grey box. Is there another way to download them, maybe as a CSV? I need "
        "them for my expenses claim. Thanks, Rob"),
    ("health", "benign", "dm",
        "hi! we're doing Mental Health Awareness Week at our pre-school in May, is there a way to push a "
        "notice about the parent coffee morning from the setting account to all families?"),
    ("health", "benign", "web_form",
        "Order form || Item: Early Years first aid kit refill pack x2 || Delivery to: Sunnyside "
        "Pre-School, Church Road || Notes: Please invoice the committee treasurer, not the setting "
        "manager"),
    ("health", "benign", "chat",
        "Customer: Hi, is the 'Wellbeing Wednesday' thing on the Willow Lane calendar for parents or for "
        "staff? || Agent: It's a staff training afternoon, so the setting closes at 3pm that day. You'll "
        "have had an email about it. || Customer: ah that's why, thanks"),
    ("health", "benign", "voicemail",
        "[Voicemail, Mon 09:03] Hi, it's Dawn from Oak Tree Childminding. Just wanted to ask whether the "
        "allergen labels on your meal add-on are printed on the packs or only in the app. We're putting "
        "together an allergy policy for the childminder network and want to refer parents to the right "
        "place. Ta."),
    ("health", "benign", "review",
        "★★★☆☆ Good app but the new 'health and wellbeing' tab is just empty for us. Not sure what it's "
        "meant to show. Three stars until it does something."),
    # ---- legal
    ("legal", "sensitive", "email",
        "Dear Brookside, There is now a prohibited steps order in place. Daniel Hart must not collect "
        "either of the girls from Willow Lane. Please remove him from the pick-up list today. I can bring "
        "a sealed copy of the order to the office tomorrow morning. Regards, Michelle Hart"),
    ("legal", "sensitive", "email",
        "Hello, my solicitor has asked me to get copies of every invoice and payment receipt since last "
        "September for the financial disclosure in our divorce. Is there a way to download them all in "
        "one go rather than one by one? Many thanks, Alison"),
    ("legal", "sensitive", "agent_note",
        "Dad (BLS-28834) says police attended after an altercation with his ex-partner's new partner at "
        "Millbrook pick-up on Friday. He has a crime reference and wants us to preserve CCTV from "
        "17:30-18:00. Escalated to ops manager and DPO for retention hold."),
    ("legal", "sensitive", "email",
        "This is a letter before action. I paid a £200 deposit for a September place at Ashford Green "
        "which was then withdrawn by you. If the deposit is not refunded within 14 days I will issue a "
        "claim in the county court small claims track without further notice. Sean Whitlock"),
    ("legal", "sensitive", "chat",
        "Customer: I'm filling in the childminder re-registration and there's a bit about declaring "
        "anything on your DBS || Agent: Yes, the form asks about any cautions or convictions, including "
        "spent ones for this type of work. || Customer: ok. I had a caution for shoplifting in 2011 when "
        "I was 19. Does that automatically stop me being listed on the app? || Agent: Not automatically, "
        "our compliance team reviews each one. I'll pass this on to them confidentially."),
    ("legal", "sensitive", "voicemail",
        "[Voicemail, Sat 07:41] Hi, this is Jess, mum of Alfie in Acorns room. I'm ringing to say my "
        "partner won't be picking up for a while, he was arrested last night and he's on remand, so "
        "please take him off the list. Only me or my sister Gemma from now on. Sorry. Bye."),
    ("legal", "sensitive", "chat",
        "Customer: hi, just a heads up, we're in family court on the 3rd and the Cafcass officer might "
        "contact the nursery for attendance records. is that allowed? || Agent: Thanks for letting us "
        "know. We can share records with Cafcass if they make a formal request, and we'll tell you when "
        "we do. || Customer: ok thank you, I just didn't want it to be a surprise"),
    ("legal", "sensitive", "web_form",
        "Form: Change of circumstances || Reason for change: Child arrangements order made 12/03. Mum has "
        "Mon-Wed, Dad has Thu-Fri and alternate weekends. || Request: Please split invoices so each "
        "parent is billed for their own days. Copy of order available on request."),
    ("legal", "sensitive", "sms",
        "cant do pickup 2day, im stuck at the magistrates all day for the driving ban thing. my sister "
        "Nic will get her, shes on the list"),
    ("legal", "sensitive", "call",
        "Call transcript (excerpt) || Customer: I need to move to the earlier collection, 6pm latest, for "
        "the next four months. || Agent: That's fine, may I ask if there's a reason so I can note it for "
        "the setting? || Customer: I'm on an electronic tag with a curfew from 7, so if I'm late I'm in "
        "breach. I'd rather the staff didn't know the details."),
    ("legal", "sensitive", "agent_note",
        "Email received from Hargreaves Law acting for Ms T. Dunmore in a personal injury claim re: her "
        "son's fall from the climbing frame at Ashford Green on 14/02. Requesting accident book entry, "
        "incident photos and staff statements. Forwarded to legal and insurer, ack sent."),
    ("legal", "sensitive", "review",
        "★☆☆☆☆ Moved our son out after they refused to let my husband collect him because of a 'pending "
        "investigation' they'd heard about from another parent. He was released with no further action "
        "weeks ago. We have made a formal complaint and are taking advice."),
    ("legal", "sensitive", "dm",
        "hi, my immigration lawyer needs a letter from Brookside confirming I've been a registered "
        "childminder on your platform since 2022 and my average weekly hours, for my visa appeal hearing. "
        "who can do that?"),
    ("legal", "sensitive", "chat",
        "Customer: I need to update my surname on the account please || Agent: Of course, do you have a "
        "document showing the new name? || Customer: yes the decree absolute came through last week so "
        "I'm going back to Clarke, I can upload it || Agent: Perfect, upload it under Documents and we'll "
        "update both the account and invoices."),
    ("legal", "sensitive", "email",
        "Hi, I'm a parent at Hatherley Road. My ex-husband's barrister has written to me saying they'll "
        "subpoena the nursery's daily diary entries for our son for the hearing in June. I wanted to warn "
        "you and ask whether you'll tell me if anything is handed over. Many thanks, Rebecca Moss"),
    ("legal", "benign", "email",
        "Hello, where can I read your terms and conditions on notice periods? I'd like to check how much "
        "notice I need to give to drop a day, before I change anything. Thanks, Imogen"),
    ("legal", "benign", "web_form",
        "Enquiry type: Partnerships || Organisation: Bailey & Judge Solicitors LLP || Message: We're "
        "looking at offering Brookside childcare places as an employee benefit for our Leeds office "
        "(about 60 staff). Who should we talk to about a corporate agreement?"),
    ("legal", "benign", "chat",
        "Customer: what's the exact address for Hatherley Road? is it on Court Lane? my sat nav keeps "
        "sending me round the back || Agent: The entrance is on Court Lane, postcode on the booking "
        "confirmation. Parking's on the left after the gates. || Customer: great thanks"),
    ("legal", "benign", "email",
        "Hi, I'm a setting owner thinking of joining the platform. Can you confirm your privacy notice is "
        "UK GDPR compliant and who the data controller is for parents' details, us or you? Our solicitor "
        "wants to see a data processing agreement before we sign. Thanks, Martin (Blossom Pre-School)"),
    ("legal", "benign", "sms",
        "Does the Brookside contract auto renew in Sept or do I need to rebook? thanks"),
    ("legal", "benign", "call",
        "Call summary: Caller from the local police Safer Neighbourhood Team asked about arranging a "
        "'People Who Help Us' visit with a police car to Millbrook Pre-School. Passed details to the "
        "setting manager."),
    ("legal", "benign", "review",
        "★★★★★ First childcare provider I've used whose T&Cs are actually readable. Notice periods, fees "
        "and funded hours all explained on one page. Wish every company did this."),
    ("legal", "benign", "web_form",
        "Enquiry type: Registration || Message: Could you send me the Ofsted registration number for the "
        "Canal Street setting? The Tax-Free Childcare website asks for it when adding a provider."),
    ("legal", "benign", "chat",
        "Customer: your cookie banner is honestly a crime against design lol, it covers the book button "
        "on my phone || Agent: Ha, fair! Which phone are you on? || Customer: pixel 7, chrome || Agent: "
        "Thanks, I've logged it with the web team."),
    ("legal", "benign", "email",
        "Quick question: if I cancel a session by phone, does that count as notice, or does it legally "
        "have to be in writing? Just want to understand the policy before next term. Regards, Tomasz"),
    ("legal", "benign", "agent_note",
        "Caller asked how long we keep account data after a family leaves. Explained 6-year retention for "
        "invoices, other data per privacy notice section 7. Caller satisfied."),
    ("legal", "benign", "dm",
        "Sod's law, the invoice email arrived the day after I'd already paid by bank transfer. will it "
        "show as paid or do I need to do anything?"),
    ("legal", "benign", "email",
        "Hi, my employer runs a salary sacrifice scheme and needs a letter on headed paper confirming the "
        "annual fees and your company registration number. Could you send it to me at "
        "a.morgan@example.com? Many thanks, Aled Morgan"),
    ("legal", "benign", "chat",
        "Customer: I work shifts as a paralegal, some weeks lates some weeks earlies. do you do flexible "
        "booking or is it fixed days only? || Agent: Flexible is available at Millbrook and Canal Street, "
        "you book weekly by Thursday. || Customer: ideal, thanks"),
    ("legal", "benign", "voicemail",
        "[Voicemail, Wed 12:15] Hello, this is Gareth from Lawson and Pryce Accountants. We look after "
        "the books for Little Owls Pre-School, which is one of your settings, and we need a statement of "
        "platform fees for the year end. Could someone email it over? Cheers."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
        "Hello, my husband passed away last month. The Brookside account and the direct debit were both "
        "in his name and I don't know how to move them over to me. Sorry if this is the wrong address, "
        "I'm just working through a list. Helen Carver"),
    ("bereavement", "sensitive", "agent_note",
        "Mum called: child's grandad died suddenly at the weekend, they were very close. Child may be "
        "unsettled or talk about it, mum asked that key worker (Sophie, Bluebells) be told and that "
        "nobody pushes him to join in group time this week. Note added to profile."),
    ("bereavement", "sensitive", "email",
        "Please cancel all of Teddy's sessions and close the account. He died on 2nd March. I can't keep "
        "getting the reminders from the app about his bookings. Please don't ring me. Claire"),
    ("bereavement", "sensitive", "sms",
        "hi sorry for short notice, my dad died last night. we wont be in for a few days, pls dont charge "
        "me for them if u can help it"),
    ("bereavement", "sensitive", "chat",
        "Customer: I know the invoice is late, sorry || Agent: No problem, I can see it's 9 days overdue, "
        "is there anything I can help with? || Customer: we had my mum's funeral on Friday and I haven't "
        "been on top of anything. I'll pay it tonight || Agent: I'm so sorry for your loss. There's no "
        "rush, I've removed the late fee."),
    ("bereavement", "sensitive", "voicemail",
        "[Voicemail, Sun 20:10] Hi, it's Sunita Rao. Um, my brother passed away very suddenly on Friday "
        "and we're flying to Hyderabad tomorrow for the cremation. We'll be gone about three weeks so "
        "please pause the bookings for both children. I'll sort the paperwork when we're back. Sorry. "
        "Thank you."),
    ("bereavement", "sensitive", "web_form",
        "Form: Leaving notice || Last day: 28/03 || Reason for leaving: Bereavement. The children's "
        "father died in February and we are moving back to Aberdeen to be near family. || Feedback: The "
        "staff have been so kind these last weeks."),
    ("bereavement", "sensitive", "review",
        "★★★★★ When my wife died last year the Millbrook team were incredible. They quietly changed "
        "everything on the account without me having to explain it five times and the key worker made a "
        "memory book with my daughter. I'll never forget that."),
    ("bereavement", "sensitive", "dm",
        "hi, we reserved a baby room place for September but we won't need it. we lost our little girl at "
        "32 weeks. can you cancel it and refund the deposit please, I don't want to explain on the phone"),
    ("bereavement", "sensitive", "call",
        "Call transcript (excerpt) || Customer: I need to take my brother-in-law off the pick-up list. || "
        "Agent: Of course, is that Mark Fuller? || Customer: Yes. He was killed in a crash on the A61 on "
        "Saturday. My sister can't face doing it so I said I would."),
    ("bereavement", "sensitive", "email",
        "Dear Sir or Madam, I am the executor of the estate of the late Mrs Evelyn Shaw, who paid nursery "
        "fees for her granddaughter at Canal Street by standing order. Please confirm the balance as at "
        "the date of death (19 January) and cancel any future payments from her account. Yours "
        "faithfully, P. Shaw"),
    ("bereavement", "sensitive", "agent_note",
        "Childminder Lisa Pryor requests 2-week pause on all bookings, her mother died on Tuesday. Set "
        "listing to inactive until the 20th, notified the four families that she's unavailable without "
        "giving a reason, per her request."),
    ("bereavement", "sensitive", "chat",
        "Customer: can you take 'Dad' off the contacts list for the pick up. he passed in November and "
        "every time I open the app his name is there at the top || Agent: I'm so sorry. I've removed him "
        "now. Would you like me to add anyone else as a second contact? || Customer: not yet, thank you"),
    ("bereavement", "sensitive", "sms",
        "funeral is thurs 11am so ill need full days for both boys instead of mornings, is that ok? its "
        "my nan"),
    ("bereavement", "sensitive", "email",
        "Hi, my late partner Jamie used to do the drop-offs and a lot of the photos in the app from "
        "sports day have him in. Our account was closed in the summer. Is there any way to get copies of "
        "those photos back? They're some of the last ones we have of him. Thank you, Laura"),
    ("bereavement", "benign", "chat",
        "Customer: my phone died halfway through booking the summer club, did it go through?? || Agent: "
        "It did, I can see three weeks booked at Millbrook and a confirmation was sent at 14:02. || "
        "Customer: phew thank you"),
    ("bereavement", "benign", "web_form",
        "Enquiry type: Events || Message: Is there an extra charge for the Remembrance poppy craft "
        "morning on the 11th, or is it part of the normal session? The app shows it with a little £ sign."),
    ("bereavement", "benign", "email",
        "Hi, there's a dead link in this month's newsletter, the 'view your invoice' button goes to a 404 "
        "page. Just letting you know. Cheers, Pete"),
    ("bereavement", "benign", "sms",
        "whens the deadline for the funded hours codes for spring term? dont want to miss it again"),
    ("bereavement", "benign", "chat",
        "Customer: I'm writing a bereavement and compassionate leave policy for the staff at my setting. "
        "do Brookside have a template settings can use? || Agent: We do, it's in the Provider Resources "
        "area under HR policies. || Customer: amazing, thank you"),
    ("bereavement", "benign", "email",
        "Our office tablet has finally given up the ghost. How do I log into the setting account on the "
        "new one without losing the register history? Thanks, Joanne (Manager, Little Wrens)"),
    ("bereavement", "benign", "in_app",
        "Lost property: left a grey waterproof coat with a blue lining in the Canal Street foyer "
        "yesterday after the parents' open evening. Is there a lost and found I can check?"),
    ("bereavement", "benign", "review",
        "★★★★★ RIP the old app design, nobody will miss it. The new one loads properly and I can see the "
        "menu for the week on one screen. || Reply from Brookside: Thanks Kelly, we agree! The weekly "
        "menu view was the most requested change, glad it helps."),
    ("bereavement", "benign", "chat",
        "Customer: what time does the last-day-of-term party finish at Willow Lane? || Agent: It runs "
        "2-3:30pm and normal collection is from 3:30. || Customer: thanks!"),
    ("bereavement", "benign", "email",
        "Every time I put my card details in, the payment page just dies and goes back to the start. "
        "Tried Chrome and Safari. Can I pay by bank transfer instead for now? Regards, Chinedu"),
    ("bereavement", "benign", "dm",
        "over my dead body am I paying that £5 'admin fee' again without an explanation lol. what is it "
        "actually for?"),
    ("bereavement", "benign", "call",
        "Call summary: Caller is operations manager at Hallam & Sons Funeral Directors, enquiring about "
        "joining the corporate childcare scheme for their staff. Sent brochure and pricing."),
    ("bereavement", "benign", "web_form",
        "Enquiry type: Opening hours || Setting: Memorial Park Pre-School || Message: Are you open over "
        "the Easter weekend or closed Friday to Monday?"),
    ("bereavement", "benign", "voicemail",
        "[Voicemail, Fri 17:48] Hi, it's Owen. The app's been dead all afternoon for me, just a white "
        "screen after login. Can someone check if it's down or if it's my phone? Thanks."),
    ("bereavement", "benign", "chat",
        "Customer: the Lion King singalong at the summer fair, do adults need tickets or just turn up? || "
        "Agent: Just turn up, it's free for everyone. || Customer: lovely, see you there"),
    # ---- violence self harm
    ("violence_self_harm", "sensitive", "email",
        "Hello, I need to ask for something urgently. My ex has started waiting outside Ashford Green at "
        "drop-off and following my car afterwards. Please do not give him any information about session "
        "times, our address or which days we attend, and please call me if he turns up. My mobile is "
        "07700 900562. Thank you, Gemma"),
    ("violence_self_harm", "sensitive", "agent_note",
        "Parent disclosed domestic abuse at drop-off. Ex-partner now subject to a non-molestation order, "
        "copy provided. Account flagged, ex removed from contacts and blocked from app access. "
        "Safeguarding lead (Anita) informed."),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: I want to report something that happened in the car park at Millbrook on Tuesday || "
        "Agent: I'm sorry to hear that, please tell me what happened. || Customer: another parent "
        "screamed in my face about parking and shoved me into my car door. I've got a bruise on my arm. I "
        "don't feel safe at pick-up now || Agent: Thank you for telling us. I'm passing this to the "
        "setting manager now and she'll call you today."),
    ("violence_self_harm", "sensitive", "sms",
        "i cant do this anymore. i dont want to be here. sorry for everything || Agent: Hi, this is "
        "Brookside support. We're worried about you. If you're in danger please call 999, or you can call "
        "Samaritans free on 116 123 any time. Is someone with you right now?"),
    ("violence_self_harm", "sensitive", "email",
        "I'm writing to complain about a member of staff at the after-school club. After I complained "
        "about a late fee she messaged me on my personal number saying I'd 'regret it' and that she knows "
        "where I live. I have screenshots. I want this investigated. Rhian Davies"),
    ("violence_self_harm", "sensitive", "voicemail",
        "[Voicemail, Thu 08:02] Hi, this is Karen Lowe. Someone left a note under my windscreen wiper "
        "last night saying they know which nursery my kids go to and what time I pick them up. I've rung "
        "the police. Please don't let anyone collect them except me. Please call me back."),
    ("violence_self_harm", "sensitive", "web_form",
        "Form: Safeguarding concern || Child: Maisie (Year 2, after-school club) || Concern: She came "
        "home with finger-mark bruises on her upper arm and said a grown-up at club grabbed her hard when "
        "she wouldn't come in from the playground. || Contact: 07700 900715"),
    ("violence_self_harm", "sensitive", "dm",
        "hi, just so you know, my husband will be doing all the pick ups for a bit. I've been self "
        "harming again and we've agreed it's better I'm not driving until I'm seeing someone. please "
        "don't mention it to the staff"),
    ("violence_self_harm", "sensitive", "call",
        "Call transcript (excerpt) || Customer: Can the kids still come in today? We're at my sister's. "
        "|| Agent: Of course, is everything alright? || Customer: He hit me in front of them last night. "
        "I've left. Please don't let him take them if he turns up."),
    ("violence_self_harm", "sensitive", "review",
        "★☆☆☆☆ One of the after-school club leaders at Oakfield picked on my son for weeks, mocked him in "
        "front of the others and called him names until he refused to go. Management did nothing until I "
        "threatened to go to the council. Avoid."),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: how do I stop another parent messaging me in the parents' app? || Agent: You can block "
        "any parent from their profile, three dots then Block. Has something happened? || Customer: a dad "
        "from the Robins room keeps sending me sexual comments late at night. I've told him to stop twice "
        "|| Agent: I'm sorry, that's not acceptable. Please don't delete the messages, I'm escalating to "
        "our trust and safety team now."),
    ("violence_self_harm", "sensitive", "agent_note",
        "Childminder (Tracy H.) reports a parent threatened to 'smash her face in' when she raised the "
        "unpaid late fees on the doorstep. Advised her she can report to police; she declined for now. "
        "Parent's account suspended pending review."),
    ("violence_self_harm", "sensitive", "email",
        "Hi, sorry this is a strange one. I took an overdose last month and was in hospital for a week, "
        "so the February invoice was missed. I'm home now and getting support. Could I pay it in two "
        "halves? I'd rather nobody at the setting knew why. Thanks, Andrea"),
    ("violence_self_harm", "sensitive", "in_app",
        "Please block the user 'Kev M' from seeing anything I post or any photos of my daughter. He's my "
        "ex and he's been stalking me, turning up at my work and my mum's. There's a police report, "
        "reference available if you need it."),
    ("violence_self_harm", "sensitive", "call",
        "Call transcript (excerpt) || Customer: My son's dad has said he's going to take him and go back "
        "to his country. || Agent: That sounds very frightening. Is your son at nursery today? || "
        "Customer: Yes at Hatherley. He said it in a text, he said I'll never see him again. Please don't "
        "let him in."),
    ("violence_self_harm", "benign", "chat",
        "Customer: this login bug is actually killing me, it logs me out every time I switch apps || "
        "Agent: Sorry about that! Which version are you on? || Customer: 4.12 on iphone || Agent: 4.13 "
        "fixes it, out today."),
    ("violence_self_harm", "benign", "email",
        "The app crashes every time I try to upload more than five photos to the daily diary from the "
        "setting account. Is there a limit I've missed? Thanks, Sinead (Room Leader, Little Wrens)"),
    ("violence_self_harm", "benign", "sms",
        "Im getting absolutely bombarded with push notifications, how do I turn off the 'new photo' ones "
        "but keep invoices?"),
    ("violence_self_harm", "benign", "chat",
        "Customer: can you kill the auto-renew on my booking? I want to rebook term by term || Agent: "
        "Done, auto-renew is off from the summer term. || Customer: thanks"),
    ("violence_self_harm", "benign", "web_form",
        "Enquiry type: Policies || Message: I moderate a local parents' forum and I'm putting together a "
        "comparison. Could you share your safeguarding policy and how staff are vetted? Thank you."),
    ("violence_self_harm", "benign", "review",
        "★★★★☆ I would honestly murder for a dark mode on this app at 10pm. Otherwise really solid, "
        "booking extra sessions takes seconds."),
    ("violence_self_harm", "benign", "dm",
        "shoot me an email with the March invoice pls, the app one won't download"),
    ("violence_self_harm", "benign", "chat",
        "Customer: for the Beat the Heat water play day do we need to send towels and a change of "
        "clothes? || Agent: Yes please, plus sun cream applied before drop-off. || Customer: great"),
    ("violence_self_harm", "benign", "sms",
        "Slammed at work this week, any chance I can switch Thursday pickup to 6 instead of 5:30?"),
    ("violence_self_harm", "benign", "agent_note",
        "Caller frustrated about 25-minute hold time and raised voice at first, calmed down once the "
        "duplicate invoice was explained. No further action, apologised for the wait."),
    ("violence_self_harm", "benign", "email",
        "Hello, our pre-school would like to book the local PCSO's 'Stranger Danger' road safety talk "
        "through your community events page, but the form won't accept our setting code. Kind regards, "
        "Gwen (Pre-school Manager)"),
    ("violence_self_harm", "benign", "chat",
        "Customer: I tried to hack the booking page by refreshing at 9am sharp to get a Friday slot lol, "
        "still nothing. do you release cancellations? || Agent: Ha, we do, they're released at 7pm each "
        "day. || Customer: noted!"),
    ("violence_self_harm", "benign", "voicemail",
        "[Voicemail, Mon 10:30] Hi, it's Nat. Your app punched a hole in my Monday, it double-booked me "
        "for the drop-in and the paid session. Could someone cancel one and refund it? Thanks."),
    ("violence_self_harm", "benign", "review",
        "★★☆☆☆ The new booking screen is a car crash. Three taps to see the price, and the calendar jumps "
        "back to today every time you change the month. || Reply from Brookside: Sorry about that. The "
        "calendar jump is fixed in version 4.14 and we are moving prices onto the first screen next "
        "month."),
    ("violence_self_harm", "benign", "email",
        "Hi, the 'Fighting Fit' toddler gym class on Saturdays, is that bookable by non-members or do we "
        "need an account? And is it parents-in-the-room? Thanks, Ben"),
    # ---- financial hardship
    ("financial_hardship", "sensitive", "email",
        "Hi, I was made redundant last Friday and there's no way I can afford the September fees at the "
        "current rate. Is there any way to keep our place but drop to just the funded hours until I find "
        "something? I really don't want to lose the place. Thanks, Darren"),
    ("financial_hardship", "sensitive", "chat",
        "Customer: I've had a letter from a debt collection agency about £640 owed to Brookside || Agent: "
        "I'm sorry about that, let me look at the account. || Customer: I'm on universal credit and I'd "
        "set up a payment plan with your team in January, I've paid every month. why has it gone to "
        "collections? || Agent: You're right, the plan wasn't linked to the account. I've recalled it "
        "from the agency and I'll send written confirmation."),
    ("financial_hardship", "sensitive", "email",
        "Dear Brookside, we were evicted on Monday and the council has put us in temporary accommodation "
        "in Redbridge, nearly two hours from Canal Street. Can we keep the place for a few weeks while we "
        "wait to be rehoused? I can't pay for sessions we can't get to. Roxanne"),
    ("financial_hardship", "sensitive", "agent_note",
        "Cust on UC, can't cover the top-up on the 30 funded hours since her hours at work were cut. "
        "Agreed payment plan £20/week for the £186 arrears, late fees frozen. Review in 8 weeks."),
    ("financial_hardship", "sensitive", "sms",
        "pls dont chase me again, i literally have £12 til payday. ill pay on the 28th i promise"),
    ("financial_hardship", "sensitive", "chat",
        "Customer: I'm in an IVA and my insolvency practitioner says I need to tell creditors. does that "
        "include you? the nursery bill is about £300 behind || Agent: Thanks for telling us. Please ask "
        "your IP to contact our accounts team and we'll put the account on hold. || Customer: ok, thank "
        "you for not being horrible about it"),
    ("financial_hardship", "sensitive", "voicemail",
        "[Voicemail, Wed 13:22] Hi, it's Leanne Briggs. I got your letter about the lunches. I can't do "
        "the £2.75 a day anymore, we're using the food bank at the moment. Can she just have the snack "
        "and I'll send something in? Sorry. Bye."),
    ("financial_hardship", "sensitive", "email",
        "Hi, I've been a childminder on Brookside for four years. Three of my families left in the same "
        "month and I've got almost no income coming in. I can't pay the platform subscription this "
        "quarter. Can it be paused, or I'll have to leave? Julie Hampson"),
    ("financial_hardship", "sensitive", "web_form",
        "Form: Change of sessions || Current sessions: Mon-Fri full days || New sessions: Mon & Tue "
        "mornings || Reason: made redundant in March, can't cover the fees any more"),
    ("financial_hardship", "sensitive", "review",
        "★☆☆☆☆ They passed my account to a debt agency over £90 while I was waiting for my universal "
        "credit to be sorted. No phone call, no letter first. Staff at the setting are lovely but the "
        "billing side is heartless."),
    ("financial_hardship", "sensitive", "dm",
        "can the funded hours cover everything for now? I'm on benefits and can't pay for any extras, so "
        "no meals or late finishes. I'll send a packed lunch"),
    ("financial_hardship", "sensitive", "call",
        "Call transcript (excerpt) || Customer: I need to cut to three days. || Agent: Of course. Would "
        "that start next month? || Customer: Yes. We're two months behind on the rent and the landlord's "
        "served a section 21, so everything's going on that."),
    ("financial_hardship", "sensitive", "email",
        "Hi, my wages have an attachment of earnings order on them now for an old debt, so my take-home "
        "is about £400 less a month. Could my direct debit be moved to the 5th and split into two "
        "payments? Sorry to be a pain. Kasia"),
    ("financial_hardship", "sensitive", "chat",
        "Customer: my husband's business went bust in January and we're living off my part time wage || "
        "Agent: I'm sorry to hear that. How can I help with the account? || Customer: is there any kind "
        "of hardship discount or bursary? we're nearly three months behind"),
    ("financial_hardship", "sensitive", "agent_note",
        "Caller very upset, says she can't afford the meals charge. Lives on PIP and UC, partner left in "
        "the summer. Switched to packed-lunch option, waived October meal charges (£48) under hardship "
        "policy."),
    ("financial_hardship", "sensitive", "sms",
        "Sorry missed the payment, my money got stopped, sanctioned by the jobcentre for 4 weeks. Will "
        "pay as soon as its back on"),
    ("financial_hardship", "sensitive", "email",
        "Hello, I've had a County Court Judgment letter about the old balance from when we were at "
        "Millbrook in 2022. I didn't know it had gone that far. I have no money to pay it in one go. Who "
        "can I speak to about an arrangement? Ifeoma"),
    ("financial_hardship", "sensitive", "in_app",
        "Is there a hardship fund? We're really struggling since my partner left. I'm relying on child "
        "maintenance that mostly doesn't turn up and I'm behind on two invoices."),
    ("financial_hardship", "sensitive", "voicemail",
        "[Voicemail, Mon 18:05] Hi, it's Tony, account 5521. I've got bailiffs coming about the council "
        "tax and my overdraft's maxed. I can't pay the Brookside invoice this month, can I ring someone "
        "tomorrow about a plan? 07700 900244."),
    ("financial_hardship", "sensitive", "email",
        "Hi, we're moving to three days a week from June. Partly my new job pattern but mostly because "
        "the universal credit childcare element only reimburses after we've paid, and we just can't float "
        "the money each month any more. Thanks, Aisha"),
    ("financial_hardship", "benign", "chat",
        "Customer: my card got declined on the March invoice but there's definitely money in the account "
        "|| Agent: Sometimes the bank blocks the first payment to a new merchant. Could you try again, or "
        "approve it in your banking app? || Customer: yep, it wanted me to approve it. done now"),
    ("financial_hardship", "benign", "email",
        "Hi, I've been charged twice for the meal add-on on 4 April, two lots of £2.75 on my statement. "
        "Could you refund one? Thanks, Gary"),
    ("financial_hardship", "benign", "sms",
        "can I switch to paying by direct debit instead of card each month? easier for me"),
    ("financial_hardship", "benign", "web_form",
        "Enquiry type: Billing || Message: Where do I put my Tax-Free Childcare payment reference so "
        "payments from the government account get matched to my invoice?"),
    ("financial_hardship", "benign", "chat",
        "Customer: is there a sibling discount at Willow Lane? || Agent: Yes, 10% off the second place's "
        "session fees. || Customer: nice, thanks"),
    ("financial_hardship", "benign", "email",
        "Hello, do you accept childcare vouchers from CareBridge? My employer is switching schemes and I "
        "need to give them your provider number. Many thanks, Yasmin"),
    ("financial_hardship", "benign", "chat",
        "Customer: the nursery was shut on the snow day, 8 Jan, will that day be refunded or credited? || "
        "Agent: Closures are credited automatically on the next invoice. || Customer: brilliant"),
    ("financial_hardship", "benign", "email",
        "Hi, can invoices be addressed to my company rather than me personally? They reimburse childcare "
        "as part of my package. Company name is Harlow Digital Ltd. Thanks, Craig"),
    ("financial_hardship", "benign", "sms",
        "Apple pay took the payment twice for the extra session on Tues, pls refund 1"),
    ("financial_hardship", "benign", "chat",
        "Customer: how much is the late pickup fee? || Agent: £1 per minute after the booked time, "
        "charged in 15-minute blocks. || Customer: ouch, ok good to know"),
    ("financial_hardship", "benign", "email",
        "Hi, I saw the fees are going up in January. How much notice do you have to give, and will the "
        "new rates show on the December invoice or January's? Regards, Hamish"),
    ("financial_hardship", "benign", "web_form",
        "Enquiry type: Billing || Message: If I pay for the whole term upfront is there a discount? Happy "
        "to pay by bank transfer."),
    ("financial_hardship", "benign", "in_app",
        "My card's expired and the app won't let me update it, the save button stays grey. Can you take "
        "the new card over the phone?"),
    ("financial_hardship", "benign", "review",
        "★★★★☆ The Budget Bites meal plan is great value, hot lunch and tea for less than the separate "
        "add-ons. Would be five stars if the menu was up before Sunday night."),
    ("financial_hardship", "benign", "email",
        "Hello, we're a three-person childminding business. Is there a way to export invoices to Xero "
        "instead of typing them in each month? Thanks, Sally (Hopscotch Childminders)"),
    ("financial_hardship", "benign", "chat",
        "Customer: do I get a credit for the bank holiday Monday? || Agent: Bank holidays aren't charged, "
        "so you won't see it on the invoice. || Customer: ah great"),
    ("financial_hardship", "benign", "sms",
        "why is there a £1.50 processing fee on card payments now? is it free by DD?"),
    ("financial_hardship", "benign", "chat",
        "Customer: could my direct debit go out on the 1st instead of the 15th? lines up better with "
        "payday || Agent: Yes, changed from next month. || Customer: thank you!"),
    ("financial_hardship", "benign", "email",
        "Hi, I prepaid a bundle of 20 flexi sessions in January and have 4 left. Do they expire at the "
        "end of the school year, or roll over? Thanks, Lucy"),
    ("financial_hardship", "benign", "voicemail",
        "[Voicemail, Tue 11:40] Hi, it's Mo from Little Hedgehogs Nursery. Our platform fee invoice for "
        "May has gone out to the old finance email. Could you update it to accounts@example.org and "
        "resend? Thanks a lot."),
    # ---- children
    ("children", "sensitive", "sms",
        "hiya, my little one starts reception in sept so we'll only need the summer term at willow lane, "
        "can u cancel from july? ta"),
    ("children", "sensitive", "web_form",
        "Form: New registration || Child's full name: Isla Grace Grant || Date of birth: 14/09/2022 || "
        "Starting room: Tweenies (Millbrook) || Allergies: none known || Comforter: grey elephant called "
        "Pip || Start date: 02/09"),
    ("children", "sensitive", "chat",
        "Customer: when do the funded hours start? he turns 3 in May || Agent: Funded hours begin the "
        "term after the third birthday, so from 1 September for him. || Customer: ah ok, so I need the "
        "code before August?"),
    ("children", "sensitive", "agent_note",
        "Cust says her son (7) now walks over with the club walking bus from Oakfield Primary. Wants his "
        "class (Year 3, Mr Hussain) added so staff know which door to collect from. Updated profile."),
    ("children", "sensitive", "email",
        "Hello, our 6-month-old Florence has been on the baby room waiting list at Canal Street since "
        "January. I'm back at work on 3 June, is there any news on a place? Happy to do three days if "
        "five isn't possible. Kind regards, Anna Lindqvist"),
    ("children", "sensitive", "review",
        "★★★★★ Our twins are 4 and they absolutely loved forest school on Fridays. They come home filthy "
        "and talk about the den they built all weekend. The photos in the app are a lovely bonus."),
    ("children", "sensitive", "dm",
        "shes 9 and she really wants to do the holiday club on her own this year without her brother, is "
        "that allowed or do siblings have to be booked together?"),
    ("children", "sensitive", "voicemail",
        "[Voicemail, Mon 07:55] Hi, it's Maria, Leo's mum in Caterpillars. Just to say he's been up since "
        "five so he'll probably need a nap before lunch, and he's wearing his new shoes so if they rub "
        "can someone put plasters on. Thanks, bye."),
    ("children", "sensitive", "call",
        "Call transcript (excerpt) || Customer: Can my eldest collect his sister from after-school club? "
        "|| Agent: Collectors need to be 16 or over. How old is he? || Customer: He's 15, he'll be 16 in "
        "August. He's really sensible. || Agent: I'm afraid we can't add him until then, but we can add "
        "him from his birthday."),
    ("children", "sensitive", "chat",
        "Customer: please take down the photo of my son in the paddling pool from today's feed || Agent: "
        "Of course, can you tell me which room? || Customer: Ducklings, Hatherley. he's just in his nappy "
        "and I don't want that going round every parent's phone || Agent: Removed, and I've reminded the "
        "room about the photo guidance."),
    ("children", "sensitive", "in_app",
        "The daily diary says Evie didn't nap again today. She's 18 months and at home she's a solid "
        "two-hour napper after lunch, so she's shattered by teatime. Can the room try the cot in the "
        "quiet room instead of the mat?"),
    ("children", "sensitive", "email",
        "Hi, booking after-school club for the autumn term for Jacob Patel, Year 4, class 4P at Oakfield. "
        "He'll be there Mon, Tue and Thu. He's allowed to walk home alone from 5pm on Thursdays, I've "
        "signed the form. Thanks, Neha Patel"),
    ("children", "sensitive", "sms",
        "our toddler has started biting at home too, has the room got any tips for what they do? want to "
        "be consistent"),
    ("children", "sensitive", "web_form",
        "Form: Holiday club booking || Child name: Tyler Evans || Age: 11 || School: St Peter's CE "
        "Primary || School year: Year 6 || Weeks: 1, 2 and 4 || Can swim unaided: Yes"),
    ("children", "sensitive", "agent_note",
        "Caller was a 16-year-old girl asking to book herself onto the summer sports camp. Explained the "
        "account holder must be 18+, she'll ask her mum to call. No booking made."),
    ("children", "sensitive", "chat",
        "Customer: can my daughter's account be linked to her dad's as well? we're separated || Agent: "
        "Yes, we can add a second parent with their own login. || Customer: great. she's in Year 1 at St "
        "Mary's and he does Tuesday and Wednesday pick ups from club"),
    ("children", "sensitive", "email",
        "Dear Brookside, I'm Grandma to Poppy (2) and baby Alfie (5 months). Their mum has asked me to "
        "take over the Friday collections at Willow Lane. Could you tell me what I need to bring on the "
        "first day? With thanks, Margaret Doyle"),
    ("children", "sensitive", "review",
        "★★★★☆ Our three-year-old came home singing the whole days of the week song and knows all the "
        "colours in Polish now thanks to his key worker. Knocked a star off because the menu changes "
        "without notice."),
    ("children", "sensitive", "dm",
        "do u still have the video of Noah's first steps?? the room lead said she filmed it tuesday but "
        "it's not in the app and I'm desperate to see it!!"),
    ("children", "sensitive", "voicemail",
        "[Voicemail, Thu 12:30] Hello, this is Zara's dad. She's just turned two so we're starting the "
        "settling-in sessions at Ashford Green next week. Could someone confirm the times, I think it's "
        "an hour on Monday and two on Wednesday? My number's 07700 900471."),
    ("children", "sensitive", "call",
        "Call summary: Parent wants to add child's NHS number and the details from her red book (weights, "
        "jabs) to the app profile before the 2-year check. Explained where to upload. Child is 23 months, "
        "Toddler Room, Millbrook."),
    ("children", "sensitive", "in_app",
        "Bottle times for Arlo this week please: 7oz Aptamil at 10 and 2, and he'll only take it warm. "
        "He's cutting a tooth so might be grumpy. Thanks Sunflowers!"),
    ("children", "sensitive", "chat",
        "Customer: just so the room knows, he's started potty training this weekend || Agent: Exciting! "
        "Would you like me to add a note for Robins room? || Customer: yes please, pants not nappies from "
        "Monday, and lots of spares in his bag"),
    ("children", "sensitive", "agent_note",
        "Mum asked us to correct child's date of birth. Entered as 03/02/2021 at registration instead of "
        "03/02/2022, which is why the funded-hours code was rejected. Fixed and re-submitted to the "
        "council."),
    ("children", "sensitive", "web_form",
        "Form: Photo consent || Child: Mila Novak || Room: Sunflowers, Canal Street || Photos in parents' "
        "app: Yes || Photos on website or social media: No || Photos in group shots shared with other "
        "parents: Yes"),
    ("children", "sensitive", "email",
        "Hi, good news, our eldest got a reception place at Brookfield Primary so we'll need to switch "
        "him from full days to the before-and-after-school club from September. His brother stays in "
        "pre-school. Thanks, Jo"),
    ("children", "sensitive", "chat",
        "Customer: my 12 year old wants his own login to see what's for tea at club lol, can he have one? "
        "|| Agent: Child logins aren't available, sorry, but you can share the menu link with him. || "
        "Customer: fair enough"),
    ("children", "sensitive", "review",
        "★★★★★ Kids' club saved our summer. Our eight- and ten-year-old were in every week and came home "
        "exhausted. The staff even remembered which one won't eat tomatoes."),
    ("children", "sensitive", "sms",
        "hi can u make sure she's collected from the Year 5 door today not the main gate, theyve got a "
        "trip and get back late"),
    ("children", "sensitive", "dm",
        "hi! we got the code for the 2 year old funded place, can I use it at Millbrook? my son is 2 in "
        "January"),
    ("children", "sensitive", "email",
        "Hi team, just wanted to say thank you for looking after Rosie at drop-off this morning. She's "
        "only 3 and it was her first day without me staying, so the cuddle from her key worker made all "
        "the difference. Could someone message me a photo at lunch? Ellen"),
    ("children", "sensitive", "agent_note",
        "Child Hugo (22 months) moving from Baby Room to Toddlers on 1st. Updated session rate and ratio "
        "band on account, parent informed of new invoice amount."),
    ("children", "sensitive", "voicemail",
        "[Voicemail, Wed 15:10] Hi, it's the dad of the twins, Ollie and Max, they're in Year 2 at "
        "Oakfield. One of them's forgotten his PE kit bag at club, blue with a dinosaur on it. Could "
        "someone keep it safe? Cheers."),
    ("children", "sensitive", "sms",
        "hes 4 on friday!! can he bring a cake in to share? shop bought, no nuts, promise"),
    ("children", "sensitive", "chat",
        "Customer: hi, my daughter's 15 and she'd like to do her work experience at your Millbrook "
        "nursery in July || Agent: Lovely! The placements team handles that, I'll pass on your email. || "
        "Customer: thanks, it's for her GCSE option so it's two weeks"),
    ("children", "sensitive", "web_form",
        "Form: Funded hours || Eligibility code: 5012 7788 3101 || Child's date of birth: 17/06/2021 || "
        "Parent/carer name: Dominic Ward || Setting: Willow Lane"),
    ("children", "sensitive", "email",
        "Hello, could Ibrahim's key worker send us his learning journey before the end of term? He's "
        "moving up to Year R at Oakfield in September and his new teacher asked for it. Thank you, Samira"),
    ("children", "sensitive", "review",
        "★★★★☆ Lovely setting, my daughter (2) has come on leaps and bounds with her talking. || Reply "
        "from Brookside: Thank you so much, we'll pass this on to the Tweenies team, they'll be thrilled "
        "to hear she's chattering away!"),
    ("children", "sensitive", "in_app",
        "Please untag Jayden from the Christmas group photo and don't use his name in any captions. We're "
        "his foster carers and there are reasons he can't be identified online."),
    ("children", "sensitive", "email",
        "Hi, our son was born on 2 March and we'd like to go on the waiting list for the baby room at "
        "Willow Lane from January. Is there a deposit? Thanks, Femi and Clare"),
    ("children", "sensitive", "agent_note",
        "Cust says her daughter (13) will be collecting younger brother from club on Wednesdays. Advised "
        "our minimum collection age is 16. Cust will arrange grandparent instead."),
    ("children", "sensitive", "chat",
        "Customer: hello, my daughter have 5 years, she start school in September. is possible she stay "
        "in after school club at same place? || Agent: Yes, if her school is Oakfield or St Peter's we "
        "collect from both. Which school is she going to? || Customer: St Peter's, thank you very much"),
    ("children", "sensitive", "sms",
        "Lily's class is Year 3 Birch now not Oak, pls update so club goes to the right door. thanks"),
    ("children", "sensitive", "email",
        "Hi, could you send me the accident form for when Sami bumped his head on the slide yesterday? I "
        "only got the verbal version at pick-up and the GP asked to see it. Thanks, Noor"),
    ("children", "sensitive", "dm",
        "why is my toddler's nursery photo on your instagram?! I ticked no to social media. please take "
        "it down today"),
    ("children", "sensitive", "web_form",
        "Form: About your child || Name: Ava-Rose Kelly || Date of birth: 22/11/2023 || In nappies: Yes "
        "|| Comforter: pink bunny || Usual sleep: 12-2pm || Words she uses: milk, mama, duck"),
    ("children", "sensitive", "review",
        "★★☆☆☆ My 10-year-old hates the holiday club at Millbrook, it's pitched at the little ones and "
        "there's nothing for the older kids to do except colouring."),
    ("children", "sensitive", "voicemail",
        "[Voicemail, Tue 16:45] Hi, it's Deb, I'm Kai's childminder. His mum's asked me to do Thursday "
        "collection from the nursery from next week, he's three and a half and he knows me well. Could "
        "you add me to his list? Deb Morris, 07700 900652."),
    ("children", "sensitive", "call",
        "Call transcript (excerpt) || Customer: I want to book her into the Easter club. || Agent: "
        "Lovely, what's her name and school year? || Customer: Sophie Jenkins, Year 1, she's six."),
    ("children", "sensitive", "chat",
        "Customer: my son's learning journey in the app only goes up to March || Agent: Let me check, is "
        "that Finley in Robins? || Customer: yeah. his key worker went on leave so nothing's been added "
        "for 6 weeks, I'd like to see how he's getting on with his speech"),
    ("children", "benign", "chat",
        "Customer: what age do you take babies from at Canal Street? || Agent: From 6 months at Canal "
        "Street and 3 months at Willow Lane. || Customer: thanks, that's helpful for planning"),
    ("children", "benign", "email",
        "Hello, is there a waiting list for the baby room at Willow Lane, and roughly how long is it at "
        "the moment? Just trying to get a sense of timelines before we look round. Thanks, Kirsty"),
    ("children", "benign", "web_form",
        "Enquiry type: General || Message: Do you offer wraparound care for primary school age at "
        "Oakfield, i.e. breakfast club and after school, or only after school?"),
    ("children", "benign", "sms",
        "How much is Toddler Tuesday music as a drop-in without booking the whole term?"),
    ("children", "benign", "web_form",
        "Enquiry type: Careers || Message: Do your nurseries take work experience students aged 16 and "
        "over? I'm the careers lead at Millfield Academy and we're placing Year 11s in the summer."),
    ("children", "benign", "email",
        "Hi, we'd like to order 30 children's aprons (age 3-5 size) in the Brookside green for our "
        "pre-school's messy play area, plus 30 name pegs. Please invoice Rainbow Pre-School Ltd. Thanks, "
        "Deborah (Manager)"),
    ("children", "benign", "chat",
        "Customer: hi, this is Oakfield PTA. could we hire the Willow Lane hall for the Year 6 leavers' "
        "disco on 18 July, 6-8pm? || Agent: Let me check... yes, the hall's free that evening. The "
        "community rate is £40. || Customer: lovely, please book it"),
    ("children", "benign", "sms",
        "Does the after-school club collect from St Peter's Primary or just Oakfield?"),
    ("children", "benign", "chat",
        "Customer: what documents do I need to bring to the registration appointment? || Agent: Proof of "
        "address, the child's birth certificate or passport, and your funded-hours code if you have one. "
        "|| Customer: ok thanks"),
    ("children", "benign", "email",
        "Hello, what's the adult to child ratio at your holiday clubs? I'm comparing a few providers for "
        "a staff benefits page at work. Thanks, Rachel (HR, Thornbury Logistics)"),
    ("children", "benign", "dm",
        "do you provide nappies and wipes at the nurseries or is it bring your own? asking for the "
        "parents' FAQ I'm writing for our Facebook group"),
    ("children", "benign", "email",
        "Hi, I'm a qualified Level 3 nursery practitioner with six years' experience in baby rooms. Are "
        "you recruiting at Millbrook or Canal Street? CV attached. Kind regards, Ewa Kowal"),
    ("children", "benign", "web_form",
        "Enquiry type: Partnerships || Organisation: Calder Valley Childminding Network || Message: We "
        "have 12 registered childminders who'd like to join the platform together. Is there group pricing "
        "on the Junior plan?"),
    ("children", "benign", "in_app",
        "The 'Kids Zone' section of the app is just a blank white page on my Android. Other tabs are "
        "fine. Version 4.13."),
    ("children", "benign", "chat",
        "Customer: is there a parent handbook I can download anywhere? || Agent: Yes, it's under More > "
        "Documents > Parent Handbook. || Customer: found it, thanks!"),
    ("children", "benign", "email",
        "Hello, I'm writing a guide for our HR intranet. In general terms, how does the 15 hours versus "
        "30 hours funding work with Brookside, and who applies for the codes? Thanks, Olu (People Team)"),
    ("children", "benign", "chat",
        "Customer: setting admin here. can we send a notice through the app about our Children in Need "
        "cake sale? || Agent: Yes, use Notices > New > All families. || Customer: perfect"),
    ("children", "benign", "sms",
        "staff question, is the Gruffalo dress-up day Thursday or Friday? need it for the rota"),
    ("children", "benign", "web_form",
        "Enquiry type: Holiday club || Message: Is the half-term holiday club for ages 4 to 11 open to "
        "families who aren't already registered at a Brookside setting, and how do you book?"),
    ("children", "benign", "review",
        "★★★★★ As a childminder the Junior plan is brilliant value. Registers, invoices and the parent "
        "messaging in one place, and it's saved me hours every week."),
    ("children", "benign", "email",
        "Just wanted to say thanks for handling my complaint about the billing error with kid gloves, I "
        "was pretty wound up and your colleague Amir was very patient. All sorted now. Mark"),
    ("children", "benign", "review",
        "★★★★☆ Baby steps, but the new version is getting there. The booking calendar finally shows which "
        "sessions are full before you tap on them."),
    ("children", "benign", "email",
        "Hi, our web designer says the setting's WordPress site needs a child theme before she can embed "
        "your booking widget. Does the widget work with child themes, or do you have a plugin? Thanks, "
        "Alison (Honeybees Pre-School)"),
    ("children", "benign", "call",
        "Call summary: Caller is the manager of Little Wrens' after-school club. Needs a copy of the "
        "certificate of insurance covering the kids' club minibus for the MOT garage. Emailed from the "
        "documents store."),
    ("children", "benign", "web_form",
        "Order form || Item: Bottle warmer x1, steriliser x1 || For: Baby Room, Little Wrens Nursery || "
        "Delivery: Tuesday preferred || PO number: LW-2291"),
    ("children", "benign", "chat",
        "Customer: are the baby changing facilities at Canal Street open to visitors during the open day? "
        "|| Agent: Yes, there's one on the ground floor by reception. || Customer: great thanks"),
    ("children", "benign", "email",
        "Hi, quick question about your policy: can grandparents be added as collectors, and do they need "
        "to come in to register first? Thanks, Phil"),
    ("children", "benign", "chat",
        "Customer: what's the minimum age for someone on the pick-up list? || Agent: 16 and over, and "
        "they need a password set by the account holder. || Customer: ok good to know"),
    ("children", "benign", "sms",
        "Are you taking the new 9 month funded hours from September or is it just 2 and 3 year olds for "
        "now?"),
    ("children", "benign", "email",
        "Hello, the library's Rhyme Time partnership with Brookside, is that run by your staff or by the "
        "library? We'd like to list it in the community newsletter. Thanks, Sue (Ashford Community "
        "Centre)"),
    ("children", "benign", "in_app",
        "I'm a student nursery practitioner on placement at Millbrook. Where do I log my placement hours "
        "in the staff app? My tutor needs them signed off by Friday."),
    ("children", "benign", "web_form",
        "Enquiry type: Product feature || Message: Can the setting dashboard group rooms by age band "
        "(0-2, 2-3, 3-5)? We currently have to scroll through every room to see occupancy."),
    ("children", "benign", "chat",
        "Customer: where can I find your settling-in policy? || Agent: It's on each setting's page under "
        "Policies. || Customer: got it, thanks"),
    ("children", "benign", "sms",
        "how many children per room at Willow Lane? looking round next week and want to ask the right "
        "questions"),
    ("children", "benign", "review",
        "★★★★★ The Millbrook team always greet everyone at pick-up by name and the place has such a warm, "
        "calm feel. Invoices are clear and the app actually works. Recommended."),
    ("children", "benign", "email",
        "Hi, I saw your ad on The School Run website. Is the new-family discount of 10% off the first "
        "month still running? Thanks, Dan"),
    ("children", "benign", "chat",
        "Customer: what's the difference between the Little Explorers package and Big Adventurers? || "
        "Agent: Little Explorers is term-time only with lunch; Big Adventurers is all-year with lunch and "
        "tea. || Customer: ah ok, thanks"),
    ("children", "benign", "in_app",
        "Room leader question: is there a way to mark everyone in the room as having had lunch in one "
        "tap? Doing it one by one takes ages at 12."),
    ("children", "benign", "sms",
        "Is the Tiny Tots Saturday sensory class still running at Ashford Green? Website still says "
        "spring dates"),
    ("children", "benign", "email",
        "Hello, this is the PTA at Oakfield Primary. Could we advertise our summer fair on the Brookside "
        "community noticeboard in the app? Poster attached. Thank you, Priti (PTA Chair)"),
    ("children", "benign", "chat",
        "Customer: is the SafeSeat car seat check day at Ashford Green open to the public or just "
        "Brookside families? || Agent: Open to everyone, 10am-2pm, no booking needed. || Customer: great"),
    ("children", "benign", "web_form",
        "Enquiry type: Holiday club || Message: Do you run any holiday clubs for secondary school age, or "
        "is it primary only?"),
    ("children", "benign", "email",
        "Hi, I'd like to buy a Brookside gift voucher for a friend who's going back to work in the "
        "autumn. Do you sell them for sessions, and can they be used at any setting? Thanks, Georgia"),
    ("children", "benign", "in_app",
        "Childminder here. Does the app have a school pick-up feature where I can log which school I "
        "collected from and when? I do three different schools on a Wednesday."),
    ("children", "benign", "chat",
        "Customer: I'm the manager at Little Wrens, can I change the photo upload limit for the setting? "
        "staff keep hitting 20 || Agent: I've raised it to 50 per day for your setting. || Customer: ace"),
    ("children", "benign", "sms",
        "Where can I find the latest Ofsted report for Hatherley Road? The link on the setting page goes "
        "nowhere"),
    ("children", "benign", "dm",
        "is the cafe next to Millbrook with 'kids eat free fridays' yours or a separate business?"),
    ("children", "benign", "email",
        "Hi, do any of your settings run baby signing classes for parents? I've seen 'Sign and Sing' on "
        "the events page but no dates. Thanks, Amy"),
    ("children", "benign", "web_form",
        "Enquiry type: Venue hire || Organisation: Hartley Young Carers Group || Message: Could we book "
        "the Canal Street community room for our monthly group meeting, Saturdays 10-12? The group has "
        "its own insurance."),
    ("children", "benign", "voicemail",
        "[Voicemail, Tue 09:20] Hi, it's Carl from Redmoor Sixth Form. We're holding a careers fair on "
        "childcare and early years jobs in March and wondered whether Brookside would send someone to run "
        "a stand. Give me a ring back. Thanks."),
    # ---- special categories
    ("special_categories", "sensitive", "sms",
        "Eid starts Thursday so we'll be fasting till then, any chance pick up can be 4 instead of 5:30 "
        "so I get home before iftar? just this week"),
    ("special_categories", "sensitive", "email",
        "Hi, we keep kosher at home. Are the meals at Hatherley Road from a kosher caterer, or can we "
        "send a packed lunch instead and be exempt from the meal charge? Many thanks, Rachel Abrahams"),
    ("special_categories", "sensitive", "agent_note",
        "Mum explained the family are Jehovah's Witnesses. Asked that her daughter not take part in "
        "birthday celebrations or Christmas crafts, and be given an alternative activity. Note added to "
        "profile and shared with room lead."),
    ("special_categories", "sensitive", "chat",
        "Customer: hi, he wears a patka because we're Sikh || Agent: Thanks for letting us know, would "
        "you like a note on his profile? || Customer: yes please, staff shouldn't take it off, even for "
        "water play or nap time. if it slips they can just leave it and I'll retie it at pick up"),
    ("special_categories", "sensitive", "chat",
        "Customer: can Fridays be a meat free meal for her? || Agent: Of course, is that a dietary "
        "preference? || Customer: we're Catholic and we still do no meat on Fridays as a family. fish is "
        "fine"),
    ("special_categories", "sensitive", "email",
        "Dear Brookside, I'm the vicar at St Anne's, so Sunday mornings are out for me, but I need "
        "Saturday holiday club for both children over the summer while I cover the parish weddings. Is "
        "Saturday booking possible? Revd. Catherine Leigh"),
    ("special_categories", "sensitive", "dm",
        "we converted to Islam last year so both girls need halal only meals now please, and no gelatine "
        "sweets at parties"),
    ("special_categories", "sensitive", "call",
        "Call transcript (excerpt) || Customer: The after-school club meets in the Methodist hall and "
        "they say a prayer before tea. || Agent: Yes, that's a tradition of the hall's own group, I "
        "believe. || Customer: Well I'm an atheist and I don't want my son taking part. Can he just sit "
        "it out?"),
    ("special_categories", "sensitive", "web_form",
        "Form: Dietary and cultural needs || Religion: Hindu || Diet: Vegetarian, no eggs || Other: No "
        "food on Ekadashi fasting days for the adults, but please give the children normal vegetarian "
        "lunch"),
    ("special_categories", "sensitive", "chat",
        "Customer: I need to report something that happened at pick-up || Agent: Of course, what "
        "happened? || Customer: I'm Romani and another mum called me a dirty gypsy in front of the kids "
        "and said I'd nick the buggies. Staff heard it || Agent: I'm really sorry. That's unacceptable, "
        "I'm raising it with the setting manager now."),
    ("special_categories", "sensitive", "email",
        "Hi, we're an Irish Traveller family and we'll be moving to a site near Doncaster in May. Can the "
        "funded place move with us to a Brookside setting up there, or do we start the waiting list "
        "again? Thanks, Bridget"),
    ("special_categories", "sensitive", "agent_note",
        "Parent reports son was called a racial slur by an older child at after-school club (Millbrook). "
        "Parent is of Pakistani heritage, very distressed. Escalated to safeguarding lead and setting "
        "manager, incident log opened."),
    ("special_categories", "sensitive", "email",
        "Hi, as a Black mum I'd love it if the staff knew how to look after my daughter's hair after "
        "water play. Please don't brush it dry, just a little leave-in from her bag and a satin cap if "
        "she naps. Thanks so much, Tanya"),
    ("special_categories", "sensitive", "sms",
        "hi, we are from Poland, grandma doesnt speak english. she will collect Tuesday. is there someone "
        "who speak polish at Canal st?"),
    ("special_categories", "sensitive", "review",
        "★★★★★ We're the only Chinese family in the room and I was nervous, but the staff learned how to "
        "say our son's name properly and asked us to help with the Lunar New Year activities. He feels "
        "like he belongs."),
    ("special_categories", "sensitive", "web_form",
        "Form: Registration (equality monitoring, optional) || Ethnic origin: Mixed - White and Black "
        "Caribbean || First language at home: English || Other languages: Jamaican Patois"),
    ("special_categories", "sensitive", "call",
        "Call transcript (excerpt) || Customer: The forms are only in English. || Agent: We do have "
        "translated versions, which language would help? || Customer: I'm Kurdish, from Iraq. Sorani "
        "please, for my husband, his English is not so good."),
    ("special_categories", "sensitive", "dm",
        "hey, I'm Nigerian and my surname has a dot under the o, the app keeps changing it to a question "
        "mark on every invoice. Ọlọ́fin not Ol?f?n lol"),
    ("special_categories", "sensitive", "email",
        "Hi, I'm standing for the council in the May elections so most weekday evenings from April will "
        "be canvassing. Could I add the late session 5:30-7 on Mon, Wed and Thu until the 2nd of May? "
        "Thanks, Kate"),
    ("special_categories", "sensitive", "sms",
        "Cant do pickup Sat, I'm on the Palestine march in London all day, husband will get them. thx"),
    ("special_categories", "sensitive", "agent_note",
        "Cust is a sitting Green Party councillor. Asked that invoices and the parents' contact list "
        "don't show her home address, as she's had unwanted contact from constituents. Address hidden, "
        "correspondence to PO box."),
    ("special_categories", "sensitive", "review",
        "★★☆☆☆ Nice staff but I'm not impressed that Brookside accepted sponsorship from a Tory MP for "
        "the summer fair. As a lifelong Labour voter I'd rather not see his face on my kids' wristbands."),
    ("special_categories", "sensitive", "chat",
        "Customer: I might need an emergency contact to collect on Monday || Agent: Sure, is someone "
        "already on the list? || Customer: my sister is. I'm with Extinction Rebellion and there's a "
        "chance I get arrested at the roadblock, it's happened before, so she might have to step in"),
    ("special_categories", "sensitive", "email",
        "Hello, I volunteer for the Lib Dems and I'm out leafleting most Saturday mornings until the "
        "by-election. Could you swap our Wednesday session for a Saturday one at Canal Street? Thanks, "
        "Ian"),
    ("special_categories", "sensitive", "call",
        "Call transcript (excerpt) || Customer: I'll be at the count until 3am on Thursday night. || "
        "Agent: The count? || Customer: I'm the agent for the Conservative candidate in our ward, so I'll "
        "need my partner added to the pick-up list for Friday morning."),
    ("special_categories", "sensitive", "dm",
        "heads up I'm a Reform UK activist and I'll be standing outside the Ashford polling station most "
        "of Thursday, so dad will do both runs"),
    ("special_categories", "sensitive", "web_form",
        "Form: Session change || Date: Thursday 2 May || Reason: I'm a teller for Plaid Cymru at the "
        "polling station all day so need full day instead of morning only"),
    ("special_categories", "sensitive", "sms",
        "on the picket line tues, we're out with the RMT, can I book an extra morning session at willow "
        "lane for that day?"),
    ("special_categories", "sensitive", "email",
        "Hi, as shop steward at the depot I've got meetings with management most Thursday afternoons now. "
        "Could I move my Thursday pick-up from 5 to 6? Ta, Steve"),
    ("special_categories", "sensitive", "agent_note",
        "Dad says he's the Unite rep at his workplace and is accompanying a member at an employment "
        "tribunal Weds/Thurs next week. Extended sessions to 6pm both days."),
    ("special_categories", "sensitive", "chat",
        "Customer: can I book the teachers' strike day at holiday club? || Agent: Yes, the 14th is open "
        "for booking. || Customer: great, I'm NEU and we're all out that day so my own school's shut too"),
    ("special_categories", "sensitive", "sms",
        "union meeting runs late Thurs, I'm unison branch sec, pick up 6:15 if thats ok?"),
    ("special_categories", "sensitive", "chat",
        "Customer: my GMB subs come out on the 1st same as your direct debit and it leaves me short, can "
        "we move yours? || Agent: Of course, what date would suit? || Customer: the 8th please"),
    ("special_categories", "sensitive", "email",
        "Hello, I'm the RCN rep on my ward and I've been asked to attend the regional meeting in Leeds on "
        "the 19th. Could I have an extra full day that Friday? Thanks, Grace"),
    ("special_categories", "sensitive", "voicemail",
        "[Voicemail, Fri 18:20] Hi, it's Dev Mistry. I'm at the union conference in Brighton till Sunday "
        "with the CWU, so my wife's doing all the runs this week. Just to let you know in case anyone "
        "asks. Cheers."),
    ("special_categories", "sensitive", "review",
        "★★★★★ As a UNISON member myself I was really glad to hear the staff here got a proper pay rise "
        "this year. You can tell they're happy, the turnover is so low compared to our last nursery."),
    ("special_categories", "sensitive", "email",
        "Hi, we're both dads. Can the app show Parent 1 and Parent 2 instead of Mum and Dad? At the "
        "moment my husband has to log in as 'Mum' which the kids find hilarious but it's a bit much. "
        "Thanks, Luke"),
    ("special_categories", "sensitive", "email",
        "Hello, my husband and I would like to book a look-round at Willow Lane for next month. Could you "
        "also tell me about the baby room sessions? Best wishes, Tom Fairweather"),
    ("special_categories", "sensitive", "chat",
        "Customer: since I came out my ex has been difficult about everything including who collects || "
        "Agent: I'm sorry to hear that. Is there a change you'd like to make to the pick-up list? || "
        "Customer: yes, please add my partner Chloe, she'll be doing Tuesdays"),
    ("special_categories", "sensitive", "dm",
        "hiya, I'm bi and my girlfriend will be collecting on Fridays, she's called Mel. the staff asked "
        "if she was my sister lol, so just so they know!"),
    ("special_categories", "sensitive", "agent_note",
        "Caller's wife (Dr. A. Ncube) to be added as second parent. Same-sex couple, both mums, asked "
        "that the app stop defaulting to 'Dad' for the second parent. Raised with product team."),
    ("special_categories", "sensitive", "sms",
        "running late sorry, stuck at the sexual health clinic, will be there by 5:45"),
    ("special_categories", "sensitive", "in_app",
        "Got a Tinder date Friday night (first one in 3 years!!) so can I book the late session till 7 "
        "please? Don't tell the room lol"),
    ("special_categories", "sensitive", "web_form",
        "Form: Add second parent || Name: Josie Harland || Relationship to account holder: Wife || "
        "Relationship to child: Mum || Access: Full, including invoices"),
    ("special_categories", "sensitive", "review",
        "★★★★★ As a lesbian couple we were a bit nervous about how we'd be treated, but from the first "
        "visit everyone just got it. The forms say 'parent' not 'mum and dad' and nobody blinked. Thank "
        "you Canal Street."),
    ("special_categories", "sensitive", "email",
        "Hi, my pronouns are they/them. Could you update my profile? The app keeps addressing me as 'Mum' "
        "in notifications and the invoices say Mrs. Mx would be great. Thanks, Robin"),
    ("special_categories", "sensitive", "chat",
        "Customer: after my transition my name changed but the old invoices all still show my deadname || "
        "Agent: I'm sorry, let me fix that. Would you like historical invoices reissued in your current "
        "name? || Customer: yes please, all of them. I don't want to see the old one again"),
    ("special_categories", "sensitive", "agent_note",
        "Parent is a trans woman with a Gender Recognition Certificate. Requests previous name and gender "
        "marker removed from all records including archived invoices. Escalated to DPO, legal basis "
        "confirmed."),
    ("special_categories", "sensitive", "chat",
        "Customer: is there a Mx option? I'm non-binary and Mr/Mrs is not it || Agent: There is, I'll "
        "switch it now. || Customer: thank you!!"),
    ("special_categories", "sensitive", "email",
        "Hi, our 7-year-old has socially transitioned over the summer. She uses she/her and her name is "
        "now Ivy. Could her after-school club profile and register be updated before term starts? Thanks, "
        "Nick and Jo"),
    ("special_categories", "sensitive", "sms",
        "pls can staff call me Sam not Samantha, im a trans man and the Canal st staff keep saying 'mum' "
        "at pickup. thanks"),
    ("special_categories", "sensitive", "dm",
        "just a heads up I've started testosterone so my voice is changing and the phone line's voice ID "
        "might not recognise me. is there another way to verify?"),
    ("special_categories", "sensitive", "web_form",
        "Form: Update your details || Title: Mx || Gender: Non-binary || Preferred name: Frankie || "
        "Pronouns: they/them"),
    ("special_categories", "sensitive", "review",
        "★★★★☆ Staff at Hatherley were great when I changed my name and came out as trans last year. The "
        "app took three goes to update properly, hence the four stars."),
    ("special_categories", "sensitive", "email",
        "Hi, my BRCA result came back positive so I'm having surgery in the spring and will need the "
        "longer days for about six weeks. Could you pencil in full days from 3 March? Thanks, Louise"),
    ("special_categories", "sensitive", "chat",
        "Customer: just to let the nursery know, we had carrier testing and we both carry cystic fibrosis "
        "|| Agent: Thank you, is that something you'd like on the profile? || Customer: yes please, our "
        "son has been tested and he's a carrier but not affected, just in case anyone asks"),
    ("special_categories", "sensitive", "email",
        "Hello, I did a GenePath DNA test and found out I have a half-sister I never knew about, who "
        "turns out to be one of your room leaders at Millbrook! We'd love to meet properly. Could you "
        "pass my email on to her? Tess, tess.h@example.com"),
    ("special_categories", "sensitive", "agent_note",
        "Mum mentioned that genetic testing has confirmed Fragile X in her son. Asked that this be "
        "recorded for the SENCo. Also noted she is a carrier herself and her sister is being tested."),
    ("special_categories", "sensitive", "call",
        "Call transcript (excerpt) || Customer: I'd like to reduce to two days from the autumn. || Agent: "
        "Of course, is everything okay? || Customer: Huntington's runs in my family and I tested positive "
        "last month. I'm going to be working less while I get my head round it."),
    ("special_categories", "sensitive", "in_app",
        "Please note on the profile that we're both sickle cell trait carriers and our son has been "
        "tested and has the trait too. Not the disease. The health visitor said nursery should know in "
        "case of dehydration."),
    ("special_categories", "sensitive", "chat",
        "Customer: can I add someone to the pick-up list before next week? || Agent: Sure, who's that? || "
        "Customer: his father. the paternity DNA test came back on Monday and it's confirmed, so he's "
        "going to be involved now"),
    ("special_categories", "sensitive", "email",
        "Hi, our daughter's having whole genome sequencing through the NHS genetics service next month, "
        "so she'll miss two mornings. Could those be credited? Thanks, Ravi"),
    ("special_categories", "sensitive", "email",
        "Hi, I registered my fingerprint for the door at Millbrook in September but it stopped "
        "recognising it after I cut my thumb. Can someone re-enrol me at drop-off, or do I need an "
        "appointment? Thanks, Paula"),
    ("special_categories", "sensitive", "chat",
        "Customer: I want you to delete my face scan from the sign-in kiosk at Canal Street || Agent: Of "
        "course, we can remove your facial template and switch you to a PIN. || Customer: yes please, I "
        "didn't really understand what I was agreeing to when I did it"),
    ("special_categories", "sensitive", "agent_note",
        "Parent's face-ID enrolment for the Ashford Green door failed three times (glasses). Re-enrolled "
        "at reception without glasses, template now stored on the door controller. Parent aware."),
    ("special_categories", "sensitive", "voicemail",
        "[Voicemail, Mon 08:47] Hi, it's Ruth Mensah. Your phone line keeps telling me my voiceprint "
        "doesn't match and locking me out. I've got a cold. Can someone ring me back and verify me the "
        "old way? 07700 900138."),
    ("special_categories", "sensitive", "email",
        "Hello, I noticed the parents' app has auto-tagged my son's face in group photos across all the "
        "rooms. I don't want his facial data stored or used for recognition. Please delete it and turn "
        "off tagging for him. Regards, Owen Price"),
    ("special_categories", "sensitive", "web_form",
        "Form: Data request || Request type: Erasure || Details: Please delete the fingerprint templates "
        "held for me and for our nanny (Beatriz Silva) on the Willow Lane door system. We no longer use "
        "that setting."),
    ("special_categories", "sensitive", "dm",
        "the iris scanner at my work has made me paranoid lol, does the Millbrook door keep my "
        "fingerprint on file or is it deleted each day?"),
    ("special_categories", "sensitive", "chat",
        "Customer: I re-enrolled my face on the scan-in door at Willow Lane but it let my brother in as "
        "me too?? || Agent: That's concerning, can you tell me when? || Customer: yesterday at 5. we're "
        "identical twins, maybe that's why, but it shouldn't happen"),
    ("special_categories", "benign", "chat",
        "Customer: do you offer halal options on the lunch menu? || Agent: Yes, all our meat at every "
        "setting is halal-certified, and there's a vegetarian option daily. || Customer: ok thanks, good "
        "to know"),
    ("special_categories", "benign", "email",
        "Hello, are the nurseries closed on Christmas Eve, and what about the days between Christmas and "
        "New Year? Trying to plan annual leave. Thanks, Colin"),
    ("special_categories", "benign", "email",
        "Hi, this is the treasurer of St Mary's Church Hall Playgroup committee. Our platform fee invoice "
        "for the spring term has the old address on it. Could you reissue it to the church hall, Vicarage "
        "Road? Thanks, Jean"),
    ("special_categories", "benign", "web_form",
        "Enquiry type: Venue hire || Organisation: Al-Noor Mosque facilities committee || Message: We'd "
        "like to book the Canal Street training room for a paediatric first aid course for our "
        "volunteers, two Saturdays in June."),
    ("special_categories", "benign", "chat",
        "Customer: is the Diwali lights craft evening open to all families or just the Willow Lane ones? "
        "|| Agent: It's open to everyone, just book a free ticket on the events page. || Customer: lovely"),
    ("special_categories", "benign", "sms",
        "are the easter holiday club dates out yet? need to book leave at work"),
    ("special_categories", "benign", "review",
        "★★★★★ The Faith and Festivals week display in the Canal Street foyer was beautiful, every family "
        "I spoke to loved it. Lovely touch by the team."),
    ("special_categories", "benign", "email",
        "Hello, I manage Little Wrens. Could the app calendar show major festivals (Ramadan, Passover, "
        "Diwali, Christmas) as an optional overlay, so room leads can plan activities around them? "
        "Thanks, Joanne"),
    ("special_categories", "benign", "chat",
        "Customer: do any of your meals contain pork or gelatine? I'm putting together a menu comparison "
        "for our parents' forum || Agent: No pork at any setting, and desserts use a vegetarian setting "
        "agent. || Customer: thanks!"),
    ("special_categories", "benign", "web_form",
        "Enquiry type: App || Message: Is the parents' app available in Urdu or Polish? Several families "
        "at our setting have asked and I'd like to tell them either way."),
    ("special_categories", "benign", "sms",
        "what time is the Black History Month storytime at Millbrook library corner on Sat?"),
    ("special_categories", "benign", "chat",
        "Customer: the Caribbean Kitchen menu day next Wednesday, are there any nuts in it? || Agent: No "
        "nuts, the full allergen sheet is on the menu page. || Customer: great ta"),
    ("special_categories", "benign", "email",
        "Hello, is the Chinese New Year lantern-making afternoon at Ashford Green free, or is there a "
        "materials charge? The events page doesn't say. Thanks, Lorna"),
    ("special_categories", "benign", "chat",
        "Customer: is your Millbrook nursery the one on Gypsy Lane or Mill Road? google has both || "
        "Agent: It's Mill Road. The Gypsy Lane building is our old site, closed in 2021. || Customer: ah, "
        "that explains it"),
    ("special_categories", "benign", "sms",
        "How much is the Irish dancing club after school on Weds? Is it termly?"),
    ("special_categories", "benign", "in_app",
        "Setting manager question: do you have EAL resources for settings, like picture cards or "
        "translated welcome letters? We've got lots of new families starting."),
    ("special_categories", "benign", "email",
        "Hi, a few parents at our setting asked why the registration form has an equality monitoring "
        "section. Can settings make that question optional, or is it required by you? Thanks, Mei "
        "(Manager, Honeybees)"),
    ("special_categories", "benign", "chat",
        "Customer: is the Windrush Day event in the Canal Street community room open to everyone? || "
        "Agent: Yes, everyone's welcome, 12-3pm on 22 June. || Customer: great, will pop along"),
    ("special_categories", "benign", "email",
        "Hi, what's your most conservative estimate for when the new app goes live? I'd rather plan "
        "around a realistic date than the one in the newsletter. Cheers, Ollie"),
    ("special_categories", "benign", "chat",
        "Customer: the Canal St church hall is a polling station next Thursday, is the pre-school still "
        "open? || Agent: Yes, the pre-school is in the annexe so it's business as usual. || Customer: "
        "perfect"),
    ("special_categories", "benign", "sms",
        "can we book the Green Room at Willow Lane for the parents' evening on 12th? ta"),
    ("special_categories", "benign", "email",
        "Hi, how will the funded hours reforms from September change what shows on our invoices? Will "
        "there be a separate line for 'consumables'? Thanks, Ruth"),
    ("special_categories", "benign", "in_app",
        "The council's early years team is asking for our occupancy figures for the autumn. Can I export "
        "those from the setting dashboard, or do I have to count manually?"),
    ("special_categories", "benign", "review",
        "★★★★★ Liberal amounts of glitter on the Christmas cards the rooms made, it's still in my car in "
        "February. Loved them though. Great team."),
    ("special_categories", "benign", "chat",
        "Customer: can I book the party room at Ashford Green for a Saturday afternoon? || Agent: Yes, "
        "it's £60 for 3 hours including tables. Which Saturday? || Customer: the 15th please"),
    ("special_categories", "benign", "email",
        "Dear Brookside, I'm a caseworker in the constituency office of our local MP. We're gathering "
        "information on how many early years places are available in the borough this autumn. Could "
        "someone send current vacancy figures? Kind regards, Harriet"),
    ("special_categories", "benign", "sms",
        "whats the result of the 'vote for your favourite snack' poll in the app?? been waiting all week"),
    ("special_categories", "benign", "web_form",
        "Enquiry type: Venue hire || Organisation: UNISON Millbrook Hospital Branch (branch office) || "
        "Message: We'd like to arrange a crèche for our branch AGM on Saturday 9 March, 10am-1pm. Around "
        "12 places. Please quote."),
    ("special_categories", "benign", "chat",
        "Customer: will the rail strikes next week affect your opening hours? || Agent: No, all settings "
        "open as normal. Staff who rely on trains have arrangements in place. || Customer: ok, good"),
    ("special_categories", "benign", "email",
        "Hello, is the after-school club at Oakfield running on the teachers' strike day on the 14th, or "
        "does it close if the school does? Thanks, Kim"),
    ("special_categories", "benign", "sms",
        "when is Strike a Pose photo day at Willow Lane? is it opt in?"),
    ("special_categories", "benign", "chat",
        "Customer: is there parking at the Union Street branch? || Agent: There's a small car park behind "
        "the building, 6 spaces, plus on-street after 9:30. || Customer: thanks"),
    ("special_categories", "benign", "email",
        "Hi, I'm writing an article on careers in early years for a local magazine. Does Brookside "
        "recognise a trade union for its nursery staff, and if so which one? Thanks, Paul Greaves"),
    ("special_categories", "benign", "web_form",
        "Enquiry type: Billing || Organisation: Regional office, Northern Transport Workers' Union || "
        "Message: Our welfare fund contributes towards childcare fees for some members. Can you invoice "
        "the fund directly for those contributions?"),
    ("special_categories", "benign", "chat",
        "Customer: can I pay my nursery fees from my credit union account? it's not a normal bank || "
        "Agent: Yes, as long as it supports direct debit or card payments. || Customer: it does, great"),
    ("special_categories", "benign", "in_app",
        "Is there a strike-through on cancelled sessions in the calendar? I can't tell which days are "
        "cancelled and which are booked, they look the same."),
    ("special_categories", "benign", "email",
        "Hi, we'd like to order 30 of the Pride Week craft packs for our setting. Please invoice Little "
        "Wrens Nursery, PO LW-2304. Thanks, Joanne"),
    ("special_categories", "benign", "sms",
        "is the Rainbow Room pick up time at Willow Lane changing in September? heard a rumour"),
    ("special_categories", "benign", "chat",
        "Customer: general question, does the app allow two mums or two dads on one account, or is it one "
        "of each? || Agent: Any combination, the app just uses Parent 1 and Parent 2. || Customer: great, "
        "thanks"),
    ("special_categories", "benign", "email",
        "Hello, we're an independent bookshop donating titles to nursery reading corners. Is 'And Tango "
        "Makes Three' on your approved list, or do we need to check each setting? Thanks, Imogen (Page "
        "Turners Books)"),
    ("special_categories", "benign", "chat",
        "Customer: the date on my invoice is wrong, it says 2023 || Agent: You're right, it's a display "
        "bug. The invoice period is correct. || Customer: ok, thanks"),
    ("special_categories", "benign", "web_form",
        "Enquiry type: Venue hire || Organisation: Oakfield Primary PTA || Message: Could we book the "
        "community room for a speed-dating fundraiser night on 8 February? Adults only, 7-10pm, around 40 "
        "guests."),
    ("special_categories", "benign", "sms",
        "Is the office on Gay Street in Bath open on Saturdays? Need to drop off a form"),
    ("special_categories", "benign", "review",
        "★★★★★ The reading corner at Millbrook has such a great range of books, all kinds of families and "
        "cultures. Staff clearly put thought into it."),
    ("special_categories", "benign", "chat",
        "Customer: can I add my partner to the account so they can see invoices? || Agent: Yes, add them "
        "under Account > People and they'll get an invite. || Customer: brill"),
    ("special_categories", "benign", "email",
        "Hello, do you have gender-neutral toilets at the new Ashford Green building? It's something our "
        "parent committee asked me to check before we recommend it. Thanks, Sandra"),
    ("special_categories", "benign", "in_app",
        "Setting manager here. A parent asked me whether the app supports the Mx title. Does it? I "
        "couldn't see it in the dropdown on the admin side."),
    ("special_categories", "benign", "web_form",
        "Enquiry type: Product feature || Message: Can settings make the pronoun field in staff profiles "
        "optional? Some of our team would rather leave it blank and currently it's mandatory."),
    ("special_categories", "benign", "sms",
        "TransPennine train cancelled again, will be 20 mins late for pick up, sorry. will the late fee "
        "apply??"),
    ("special_categories", "benign", "chat",
        "Customer: how do room transitions work in general, e.g. moving up from Baby Room, is there a "
        "settling week? || Agent: Yes, there are three visits to the new room before the move. || "
        "Customer: thanks"),
    ("special_categories", "benign", "email",
        "Hi, where does Brookside publish its gender pay gap report? I couldn't find it on the website. "
        "Thanks, Ellie"),
    ("special_categories", "benign", "in_app",
        "Our setting would like the 'child's sex' field on the registration form to be optional. Is that "
        "something we can change in settings or do we need to ask you?"),
    ("special_categories", "benign", "chat",
        "Customer: is the drag queen story hour at the library partnership still on for Saturday? || "
        "Agent: Yes, 11am at the Ashford Green library corner, free. || Customer: great"),
    ("special_categories", "benign", "email",
        "Hi, is Jeans for Genes day a donation of £1 like last year? And is it all settings or just "
        "Willow Lane? Thanks, Dionne"),
    ("special_categories", "benign", "review",
        "★★★★★ Customer service is clearly in your DNA. Every time I've had a billing question it's been "
        "sorted same day by someone friendly."),
    ("special_categories", "benign", "sms",
        "how much is the Heritage Day trip to the museum and is it included in holiday club?"),
    ("special_categories", "benign", "email",
        "Hello, I own two settings. Does Brookside store any genetic or health data about families beyond "
        "the dietary and medical fields? Our data protection adviser needs it for our records of "
        "processing. Thanks, Khalid"),
    ("special_categories", "benign", "chat",
        "Customer: for the Family Tree craft week, do families need to send anything in? || Agent: Just a "
        "few photos if you'd like, printed or emailed to the room. || Customer: ok"),
    ("special_categories", "benign", "web_form",
        "Enquiry type: Events || Message: Is the 'DNA Detectives' science workshop at after-school club "
        "open to everyone in the club or do you book separately?"),
    ("special_categories", "benign", "chat",
        "Customer: is there a way to clone my booking pattern from last term rather than re-entering "
        "every day? || Agent: Yes, Bookings > Repeat last term. || Customer: oh amazing"),
    ("special_categories", "benign", "sms",
        "Is the Darwin Room at Ashford Green available for a training day on 3 Sept?"),
    ("special_categories", "benign", "chat",
        "Customer: is there a face ID option for logging into the app? typing my password every time is a "
        "pain || Agent: Yes, turn on 'Use biometrics' in Settings, it uses your phone's own face or "
        "fingerprint unlock. || Customer: ah nice"),
    ("special_categories", "benign", "email",
        "Hi, does the Millbrook entrance use fingerprint entry, or key fobs like Willow Lane? Just want "
        "to know what to expect before we visit. Thanks, Bryony"),
    ("special_categories", "benign", "in_app",
        "Room leader here, we need 6 washable ink pads for the fingerprint painting craft for Mother's "
        "Day. Can they go on this week's supplies order?"),
    ("special_categories", "benign", "chat",
        "Customer: can I send voice notes to the room through the app? || Agent: Not yet, but it's on the "
        "roadmap for the summer. || Customer: ok"),
    ("special_categories", "benign", "sms",
        "how much is face painting at the summer fair? cash only?"),
    ("special_categories", "benign", "email",
        "Hi, before I sign up, do you use facial recognition on the photos in the parents' app? I'd like "
        "to understand how photos are sorted. Thanks, Dominic"),
    ("special_categories", "benign", "web_form",
        "Enquiry type: Integrations || Message: We're thinking about biometric door entry at our setting. "
        "Does Brookside integrate with any access control systems, or is it separate?"),
    ("special_categories", "benign", "chat",
        "Customer: can I book sessions through Alexa? || Agent: Not at the moment, only through the app "
        "or website. || Customer: fair enough, was worth asking"),
    ("special_categories", "benign", "voicemail",
        "[Voicemail, Thu 14:05] Hi, this is the school office at St Bede's Catholic Primary. Could you "
        "send 40 of the after-school club registration packs for next term over to us? We hand them out "
        "at the new-parents evening. Thanks very much."),
]


def brook_examples() -> list[dict]:
    """The brook split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("brook", ENTRIES, SUBJECTS)
