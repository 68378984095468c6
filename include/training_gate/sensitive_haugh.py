"""haugh split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Tillwell Giving, an invented crowdfunding platform (Tillwell Pages, Tillwell Teams, QuickDrop payouts,
TrustMark verification, GiftAid Autofill, Lifeline Boost); registers are email, chat, sms, call_transcript,
agent_note, web_form, review, voicemail, dm, in_app.
The benign half borrows the same territory harmlessly: charities, clubs, churches and unions as organisers, policy
questions, idioms, product names and adults' routine payout, fee and verification problems.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.3, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 90.5 / 2.0 recall / false exclusion in % as shipped, 95.5 / 13.0 without the overruling,
91.5 / 13.0 by the rules alone. Held out: never tuned or trained on."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Payout delay",
    "Page verification",
    "Identity check",
    "Donor refund",
    "Fees question",
    "Gift Aid",
    "Reported page",
    "Team page setup",
    "Editing my page",
    "Account access",
    "Bank details",
    "Donation receipt",
    "App not working",
    "Withdrawal limit",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hello, I set up my page in March to cover travel and parking for my chemo at the Meadowfield unit. "
     "The total has reached £2,340 but the QuickDrop payout still says 'pending review'. My next cycle starts "
     "on the 14th and I really need the money before then. Could someone look at it today please? Page ref "
     "TW-448120. Thanks, Marion Edgley"),
    ("health", "benign", "chat",
     "hi, quick one - when someone picks the Medical category for a page, do you need to see a letter from a "
     "doctor or is it just the description? I'm writing up guidance for our volunteers || Agent: Hi! We don't "
     "ask for medical letters at setup. We may ask for supporting documents if a page is reported. || "
     "perfect, thats what I needed"),
    ("health", "sensitive", "chat",
     "the selfie bit of the ID check keeps failing me || Agent: Sorry about that. Is the lighting OK and is "
     "your face fully in frame? || yeah its fine its just I don't look like my passport anymore, the steroids "
     "have made my face really round and I've lost most of my hair || Agent: Thank you for telling me, I'll "
     "switch you to a manual document check instead so the selfie isn't needed."),
    ("health", "benign", "review",
     "Five stars for the page builder, one star for payouts. Waited eleven days for my money. The QuickDrop "
     "system is on life support honestly. Sort it out Tillwell."),
    ("health", "sensitive", "sms",
     "cant do the video call for ID this week sorry, im on ward 6 till friday after the op. can we do monday"),
    ("health", "benign", "web_form",
     "Organisation: Brackley Hospice Trust. We'd like around 40 staff to set up team pages under one banner for "
     "the Midsummer Walk. Is there a reduced platform fee for registered charities and can the hospice be "
     "the single payout account?"),
    ("health", "sensitive", "call_transcript",
     "Caller: I'm ringing about my brother's page, the one for the transplant. || Agent: Of course, can I "
     "take the page number? || Caller: TW-390017. He was meant to be the beneficiary but he's still in "
     "intensive care after the kidney went in, so he can't do the identity check. Can it be paid to me "
     "instead? || Agent: We can change the beneficiary, I'll send you a consent form he or his legal "
     "representative will need to sign."),
    ("health", "benign", "sms",
     "sick to death of waiting for this payout lol, its been 6 days. ref TW-551902"),
    ("health", "sensitive", "agent_note",
     "Customer has MS and finds phone calls difficult because of her speech, asked that all follow-ups on "
     "the refund query go by email only. Flag added to account."),
    ("health", "benign", "agent_note",
     "Caller asked about 'Recovery mode' on the app - she meant account recovery after changing phone. "
     "Walked her through the backup codes, login fine now."),
    ("health", "sensitive", "voicemail",
     "Hi, it's Callum Rees, account ending 2291. Sorry I missed the deadline for adding my bank details, "
     "I've been signed off work with depression and I just haven't been opening anything. Can the payout "
     "window be reopened? My number's 07700 900412. Thanks."),
    ("health", "benign", "dm",
     "hey is this you texting me? got a message saying my page had a virus and I had to click a link to "
     "clean it. looks dodgy"),
    ("health", "sensitive", "dm",
     "Hi, I'm 31 weeks pregnant and the consultant wants to deliver early, so I won't be able to get to "
     "the bank for the in-branch check. Is there any other way to release the money?"),
    ("health", "benign", "in_app",
     "The Page Health score on my dashboard says 42/100 and tells me my story is too short. What does it "
     "actually measure? I wrote three paragraphs."),
    ("health", "sensitive", "in_app",
     "Can I post an update to donors without it sending everyone an email? Dad's dialysis has gone up to "
     "three days a week and I want to explain where the money's going but I don't want to spam people."),
    ("health", "benign", "call_transcript",
     "Caller: Hi, I'm the practice manager at Hollins Road surgery. The staff are running a bake sale for "
     "the waiting room garden. || Agent: Lovely. How can I help? || Caller: Can the surgery itself be the "
     "organiser or does it have to be one of us personally? || Agent: An organisation can organise, you'd "
     "just need to verify as an authorised person."),
    ("health", "sensitive", "email",
     "To whom it may concern, my mother has dementia and over the past month she has donated £500 to the "
     "same page five times, she doesn't remember doing it. I hold lasting power of attorney and can send it. "
     "Please can these be refunded. Her account email is j.pennock@example.com. Regards, Alan Pennock"),
    ("health", "benign", "email",
     "Hi team, I'm running the Lakeside half marathon in aid of the Northern Heart Foundation and wondered "
     "whether I can link my personal page to their charity page so the totals combine. Thanks, Priya"),
    ("health", "sensitive", "chat",
     "pls can you keep this to chat, i'm deaf and the phone verification thing is no use to me || Agent: "
     "Absolutely, I'll verify you here by chat instead."),
    ("health", "benign", "review",
     "Used Tillwell for our cricket club's defibrillator appeal. Hit the target in three weeks and the "
     "money landed two days after. Couldn't be easier."),
    ("health", "sensitive", "web_form",
     "Sorry for the mess on the form I sent on Tuesday. I have ADHD and kept putting my sort code in the "
     "account number box. Could someone ring me on 07700 900518 so I can read them out rather than typing "
     "them again?"),
    ("health", "benign", "chat",
     "is there a cap on how many medical fundraisers one person can organise in a year? || Agent: No cap, "
     "but each one must name a beneficiary who consents. || ok ta, just checking for our community group"),
    ("health", "sensitive", "sms",
     "got discharged yesterday finally. can u resend the verification code, the old one expired while i "
     "was in"),
    ("health", "benign", "web_form",
     "We are the 3rd Eastmoor Scouts. We want to raise £600 for a first aid course and new kits for the "
     "leaders. Is a community project page the right type or should it be a club page?"),
    ("health", "sensitive", "agent_note",
     "Organiser called to hide page TW-612044 from public search. Said she's now in residential rehab for "
     "alcohol and doesn't want colleagues finding it. Search visibility turned off, link still works."),
    ("health", "benign", "voicemail",
     "Hiya, it's Denise from Fernhill Pharmacy. We'd like to match-fund a customer's page for the local "
     "hospital radio. Can a business do matched giving through you? Call back on 555-0134. Thanks."),
    ("health", "sensitive", "review",
     "Raised just over £4k for a wheelchair-accessible car after my spinal injury last year. The verification "
     "was a bit slow but the team were kind when I explained I can't use my hands well for the document "
     "photos."),
    ("health", "benign", "agent_note",
     "Customer said the new dashboard chart 'gives her a headache' as it jumps around on scroll. Logged UI "
     "bug, browser Firefox."),
    ("health", "sensitive", "call_transcript",
     "Caller: Hello, I had an email asking me to confirm a Gift Aid declaration by the end of last month. "
     "|| Agent: Yes, that's right. || Caller: I missed it, I had a heart attack on the 3rd and I've only "
     "been home a week. Is it too late? || Agent: Not at all, I'll reopen it for you now."),
    ("health", "benign", "in_app",
     "My page was flagged by the Lifeline Boost checker and now it isn't in the featured list. What did I "
     "do wrong?"),
    # ---- legal
    ("legal", "sensitive", "email",
     "Hi, I'm raising money for my own employment tribunal against my old employer. My solicitor has "
     "asked for £1,500 up front by the 20th and the page is at £1,620, but the payout is still locked. Is "
     "there any way to speed up TrustMark so I can pay her on time? Regards, Dean Whitlow, TW-283347"),
    ("legal", "benign", "email",
     "Good afternoon, Carrow & Pike Solicitors are entering a team of eight into the Riverside 10k for the "
     "food bank. Could you confirm whether the firm can appear as the team name on Tillwell Teams and "
     "whether donations made by the firm itself are eligible for Gift Aid? Kind regards, Office Manager"),
    ("legal", "sensitive", "chat",
     "my husband got arrested last week and we need money for a decent lawyer, am I allowed to do a page for "
     "that || Agent: Pages for legal defence costs are allowed as long as the description is accurate and "
     "doesn't name any witnesses. || ok thank you"),
    ("legal", "benign", "chat",
     "do you have a cooling off period for donations? what do your terms actually say about refunds || "
     "Agent: Donors can request a refund within 30 days unless the money has already been paid out. || ok"),
    ("legal", "sensitive", "agent_note",
     "Donor on TW-771530 says he has started a small claims case against the organiser for the £300 he gave, "
     "claims the funds were spent on a holiday. Advised we can't take sides; escalated page to Trust team."),
    ("legal", "benign", "review",
     "The 5% platform fee plus card fees is frankly criminal. Switched to paying organisers directly. Nice "
     "looking site though."),
    ("legal", "sensitive", "sms",
     "my solicitor said take the page offline till after the hearing on the 9th. how do i pause it without "
     "losing the donations"),
    ("legal", "benign", "web_form",
     "We're Westgate Community Law Centre, a registered charity. We want to raise £12,000 for a new "
     "accessible front office. Which page type should we use and can two trustees both be admins?"),
    ("legal", "sensitive", "web_form",
     "Before I go through the identity check I need to know: I have a conviction from 2011 for a driving "
     "offence. Does TrustMark run a criminal record check, and will that stop my page being verified?"),
    ("legal", "benign", "agent_note",
     "Customer asked for a PDF copy of the organiser terms as in force when she created her page in 2022. "
     "Sent archived version by email."),
    ("legal", "sensitive", "call_transcript",
     "Caller: My ex keeps donating a pound to my page with messages in the comment box. || Agent: I'm sorry, "
     "we can block a donor. || Caller: Please, there's a restraining order, he's not supposed to contact me at "
     "all and the police said to keep any evidence. Can you export the comments before you delete them? || "
     "Agent: Yes, I'll send you an export first."),
    ("legal", "benign", "sms",
     "hi its the county police male voice choir page, can u add a 2nd admin, our treasurer changed"),
    ("legal", "sensitive", "voicemail",
     "Hello, this is Jo Farraday. I've reported the page 'Help Lenny Rebuild' to the police as fraud, the "
     "crime reference is in my email to you. I want my £200 back and I'd like you to keep the account "
     "details in case they ask. Ring me on 07700 900631."),
    ("legal", "benign", "call_transcript",
     "Caller: Hi, I'm the treasurer of the university mock trial society. We're going to the national "
     "final in Cardiff. || Agent: Congratulations! || Caller: Thanks, we want a page for travel costs, does "
     "it need to be in the society's name? || Agent: It can be, you'd verify as its authorised person."),
    ("legal", "sensitive", "dm",
     "quick question, I'm on probation till next year, does that mean I can't be an organiser? Its for my "
     "nan's care home garden"),
    ("legal", "benign", "dm",
     "lol my page got 'arrested' by your filters, been under review 2 days. it's a charity quiz night, "
     "nothing dodgy"),
    ("legal", "sensitive", "in_app",
     "The court has ordered me to repay the donations from my page. How do I refund all 63 donors at once "
     "instead of one by one?"),
    ("legal", "benign", "in_app",
     "Does the Legal Costs category let me raise for someone else's case or only my own? Asking before I "
     "pick one."),
    ("legal", "sensitive", "email",
     "Dear Tillwell, I've received a letter from my former business partner's solicitors saying they intend "
     "to sue me over the money raised on our joint cafe page. They are asking for the full donation ledger. "
     "Am I obliged to give it to them, or will you? Yours, Helen Marchbank"),
    ("legal", "benign", "email",
     "Hello, our compliance team needs to know which regulator, if any, oversees Tillwell's handling of "
     "donor money, and whether funds are safeguarded before payout. This is for our supplier due "
     "diligence file. Thanks, Raj"),
    ("legal", "sensitive", "chat",
     "i cant get the 2 step code because the police took my phone when they searched the flat || Agent: "
     "Understood, I can move 2-step verification to email for you. || yes pls"),
    ("legal", "benign", "chat",
     "5 working days for a payout is daylight robbery tbh || Agent: I understand. Verified organisers can "
     "switch on QuickDrop for next-day payouts. || how do i do that"),
    ("legal", "sensitive", "agent_note",
     "Organiser mentioned she is going through divorce proceedings and her ex-husband's lawyer has requested "
     "the donation records for the house page. Told her we only release to law enforcement or by court "
     "order; she will forward any order received."),
    ("legal", "benign", "agent_note",
     "Caller is a paralegal checking for her firm whether pro bono clinic pages are allowed. Sent our "
     "page types guide, no further action."),
    ("legal", "sensitive", "web_form",
     "I'm fundraising to cover a judicial review of the council's decision to refuse my housing "
     "application. My barrister needs the fee by 1 June. Page TW-145882 - can the payout threshold be "
     "lowered?"),
    ("legal", "benign", "review",
     "Reported a scam page on Tuesday and it was gone by Wednesday morning. Good moderation, quick response."),
    ("legal", "sensitive", "sms",
     "got released last tues. all my stuff was in property at the station so havent been able to log in. "
     "need a reset sent to new number 07700 900207"),
    ("legal", "benign", "web_form",
     "Subject access request: please send me a copy of all personal data Tillwell Giving holds about me. "
     "Account email m.osei@example.com."),
    ("legal", "sensitive", "review",
     "Raised £9,400 towards my barrister for the appeal. The page was approved without any fuss and the "
     "money came through the day before the hearing. Can't thank donors and Tillwell enough."),
    ("legal", "benign", "voicemail",
     "Hi, Malcolm here from the Lowbridge Magistrates Court staff social club. We're doing a sponsored "
     "swim and want one team page. Can you call me back on 555-0172?"),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, I set up a page for my husband Terry's funeral. We've raised £3,100 and Ashby & Sons have "
     "said they'll accept payment directly. Can the payout go straight to them rather than to me? I'm "
     "struggling to manage everything at the moment. Page TW-502219. Thank you, Lorraine Cheal"),
    ("bereavement", "benign", "email",
     "Dear support, we are Ashby & Sons Funeral Directors. Families occasionally ask whether we can be named "
     "as the payee on a Tillwell page. Could you send us the general process so we can explain it in our "
     "information pack? Many thanks, Office"),
    ("bereavement", "sensitive", "chat",
     "my dad passed away on sunday. he was the organiser on the allotment page and the money's sitting in "
     "his account || Agent: I'm so sorry for your loss. We can transfer organiser rights to next of kin "
     "once we have a copy of the death certificate. || ok I'll get that to you"),
    ("bereavement", "benign", "chat",
     "my page is completely dead, nothing in two weeks. any tips? || Agent: Try posting an update and "
     "sharing it again, pages with recent updates get more visits. || will do"),
    ("bereavement", "sensitive", "sms",
     "mum died last night. her page for the hospice walk, can it stay up for a bit, people still want to "
     "give"),
    ("bereavement", "benign", "sms",
     "app died halfway through paying, did my £20 go thru or not?? donation to TW-330041"),
    ("bereavement", "sensitive", "agent_note",
     "Account holder deceased per wife's call today. She wants the account closed and the remaining £86 "
     "paid to the estate. Requested death certificate and grant of probate."),
    ("bereavement", "benign", "agent_note",
     "Customer asked in general what happens to the money if an organiser dies before payout. Sent "
     "help article on succession of organiser rights; no live case."),
    ("bereavement", "sensitive", "voicemail",
     "Hi, I'm calling about my late sister Andrea's account, she used to run the book club page. I don't "
     "know her password obviously. I'm her executor. Please ring me, Fiona, on 07700 900744."),
    ("bereavement", "benign", "voicemail",
     "Hello, it's Sandra at St Aidan's Hospice shop. We're writing a leaflet about in-memory giving and "
     "wanted to check how your memorial pages work in general. 555-0158, thanks."),
    ("bereavement", "sensitive", "in_app",
     "How do I change the page title? Ellis didn't make it and I want it to say In loving memory now "
     "instead of Help Ellis Recover."),
    ("bereavement", "benign", "in_app",
     "Where do I find the Tribute theme? We're using it for Mr Okafor's retirement collection, he's been "
     "caretaker for 30 years."),
    ("bereavement", "sensitive", "web_form",
     "Please stop sending fundraising reminders to Gordon Blythe. He died in January and the emails keep "
     "arriving at his old address which I now manage. I'm his son."),
    ("bereavement", "benign", "web_form",
     "I have an old account from 2016 and the email address on it is dead. How do I change it if I can't "
     "receive the code?"),
    ("bereavement", "sensitive", "review",
     "When we lost my brother in the crash we had no idea how we'd pay for the funeral. Friends set this up "
     "and within a week it was covered. The support team were gentle and quick. Thank you."),
    ("bereavement", "benign", "review",
     "Grave error on their part - they took my donation twice. To be fair the refund came back in 3 days "
     "once I reported it."),
    ("bereavement", "sensitive", "call_transcript",
     "Caller: My husband had a monthly donation set up to the lifeboat page. || Agent: Would you like to "
     "change it? || Caller: I need to stop it. He passed in the autumn and I've only just noticed it's "
     "still going out of his card. || Agent: I'm very sorry. I'll cancel it now and look at refunding "
     "the payments since then."),
    ("bereavement", "benign", "call_transcript",
     "Caller: We run the Founders' Memorial Shield, it's a cricket tournament the club's held since 1952. "
     "|| Agent: Great. || Caller: We want a page for new sight screens. Do we need the club's bank account "
     "or can the treasurer's be used? || Agent: It should be the club's account."),
    ("bereavement", "sensitive", "dm",
     "since grandad went nan wants to give his birthday money to the page every year in his name. can we "
     "set a yearly donation?"),
    ("bereavement", "benign", "dm",
     "dying to know if we hit target, the counter on the page stopped updating at £940"),
    ("bereavement", "sensitive", "chat",
     "the funeral's on thursday and the undertaker wants paying beforehand, can you release the money "
     "early? || Agent: I'm sorry for your loss. I'll ask the payouts team to prioritise your page. || "
     "thank you"),
    ("bereavement", "benign", "chat",
     "my page expired last month, can I bring it back to life or do I need a new one? || Agent: You can "
     "reopen it from Settings > Page status."),
    ("bereavement", "sensitive", "email",
     "Hi, my mother passed away in March. She had Gift Aid declarations on her donor account, should these "
     "be cancelled? I don't want any claims made in her name after her death. Regards, Nikhil Desai"),
    ("bereavement", "benign", "email",
     "Hi, there's a dead link in your donation receipt emails - the 'manage Gift Aid' button goes to a 404 "
     "page. Thought you'd want to know."),
    ("bereavement", "sensitive", "agent_note",
     "Organiser's partner died abroad while on holiday. Page is to cover repatriation costs. Asked us to "
     "fast-track verification; passed to payouts with priority flag."),
    ("bereavement", "benign", "agent_note",
     "Organiser asked to change the page title from 'Lost Souls Van Fund' to 'Lost Souls Tour 2025'. It's "
     "her band's name. Done."),
    ("bereavement", "sensitive", "sms",
     "the celebration of life went lovely, thank u to everyone at tillwell. how do i close the page and "
     "get the last bit"),
    ("bereavement", "benign", "in_app",
     "Our Royal British Legion branch wants to use the Remembrance banner for the poppy appeal page. Can "
     "we change the colour?"),
    ("bereavement", "sensitive", "in_app",
     "I'm the executor for Graham Lyle's estate. There's £412 sitting in his organiser balance. What do "
     "you need from me?"),
    ("bereavement", "benign", "web_form",
     "Our parish wants to raise £8,000 to repair the lych-gate. The church would be the organiser. What "
     "verification documents will the vicar need?"),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "chat",
     "can you turn off comments on my page? people keep writing stuff like 'hope you get what's coming' "
     "and one said he'd be waiting outside my work || Agent: I'm sorry, I've switched comments off and "
     "saved those messages. If you feel unsafe please contact the police. || thanks, I will"),
    ("violence_self_harm", "benign", "chat",
     "the fees are killing me lol, 5% plus card costs on a £200 page || Agent: I understand. Fees are "
     "shown on the Fees page; charities can apply for a reduced rate. || ok"),
    ("violence_self_harm", "sensitive", "email",
     "Hi, I'm fundraising for a deposit on a flat so I can leave my partner, he's been violent for a long "
     "time. Please can you make sure my town doesn't show on the page and that he can't see who donated? "
     "I've used a friend's email for this, her name is on the account. Thank you"),
    ("violence_self_harm", "benign", "email",
     "Hello, we're Harbour Refuge, a registered charity supporting people leaving domestic abuse. Our staff "
     "are forming a team for the Coastal Cycle and we want a Tillwell Teams page. Can the charity's "
     "logo appear on each member's page? Thanks, Fundraising Team"),
    ("violence_self_harm", "sensitive", "sms",
     "honestly if this payout doesnt come through today i dont see the point in being here anymore. ive had "
     "enough"),
    ("violence_self_harm", "benign", "sms",
     "i could honestly kill the bank, theyve bounced the payout AGAIN. TW-618830"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Organiser said she was assaulted outside her home last week by someone who recognised her from the "
     "page after it was shared on local news. Removed her photo and surname, page set to unlisted."),
    ("violence_self_harm", "benign", "agent_note",
     "Customer reported a comment on her page as abusive - it was a crypto advert. Removed as spam, "
     "donor account suspended."),
    ("violence_self_harm", "sensitive", "web_form",
     "I run the page for the playground campaign. Since the council story came out I've had three messages "
     "through your contact button saying 'we know where you live' and one with a photo of my front door. "
     "Can you tell me who sent them?"),
    ("violence_self_harm", "benign", "web_form",
     "Policy question for our club's safeguarding document: what does Tillwell do if an organiser receives "
     "threatening messages through the platform? We'd like to reference it."),
    ("violence_self_harm", "sensitive", "call_transcript",
     "Caller: I just wanted to say sorry for shouting at your colleague yesterday. || Agent: That's okay, "
     "is everything alright? || Caller: Not really. I took a load of tablets last night after the page got "
     "reported. I'm okay now, I think. || Agent: I'm glad you called. Are you somewhere safe? I'd like "
     "to give you a crisis line number and, if you're happy, stay on while you call them."),
    ("violence_self_harm", "benign", "call_transcript",
     "Caller: We're the Riverside kickboxing club, doing a sponsored kick-a-thon. || Agent: Sounds fun! || "
     "Caller: Can sponsors pledge per kick, or just a fixed amount? || Agent: Fixed amounts only, but you "
     "can suggest amounts in your story."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, it's Kerry, I set up the page for my little shop. My ex used to hit me and he's found the page "
     "now and keeps donating with nasty messages. Please call me back before you call my phone number on "
     "the account, it's 07700 900855, I'll have it on silent."),
    ("violence_self_harm", "benign", "voicemail",
     "Hi there, this is Gemma from the Shoot for Goal netball squad. We uploaded a team photo and it's "
     "come out sideways, can someone help? Cheers."),
    ("violence_self_harm", "sensitive", "in_app",
     "A man keeps donating 1p to my page with sexual comments about me in the message. I've blocked him "
     "twice and he makes new accounts. Please help."),
    ("violence_self_harm", "benign", "in_app",
     "What is Guardian Review? My page says it's 'under Guardian Review' and donations are paused."),
    ("violence_self_harm", "sensitive", "review",
     "Someone used my page to work out where I live and turned up at my door twice. I emailed support in a "
     "panic and they hid my details and helped me put together the evidence for the police. Grateful."),
    ("violence_self_harm", "benign", "review",
     "The new app update is an absolute massacre. Can't find the payout screen, the menu's gone. Two stars."),
    ("violence_self_harm", "sensitive", "email",
     "I'm writing about my dad's account. My brother has been taking his card and pushing him to donate to "
     "his own page, dad's scared of him and told me he was threatened when he said no. Can you refund and "
     "block those donations? I can provide details. Regards, Ruth"),
    ("violence_self_harm", "benign", "email",
     "Hi, the residents' association has started a page called Stop the Knife for a youth outreach van. "
     "How do we add the association's bank account? It keeps asking for a personal one. Thanks, Secretary"),
    ("violence_self_harm", "sensitive", "chat",
     "ive been getting death threats since the campaign page went live, can you take my name off it || "
     "Agent: I'm sorry. I've hidden your name and paused new comments. Please keep any threats and report "
     "them to the police. || ok"),
    ("violence_self_harm", "benign", "chat",
     "im going to strangle whoever designed this bank details form, it keeps wiping the sort code || "
     "Agent: Sorry! Which browser are you using? || chrome on android"),
    ("violence_self_harm", "sensitive", "agent_note",
     "During call customer said he's been thinking about ending his life since the business closed and the "
     "page hasn't raised much. Stayed on the line, gave crisis line details, he agreed to ring his GP. "
     "Follow-up call booked for tomorrow."),
    ("violence_self_harm", "benign", "agent_note",
     "Community centre setting up a page for women's self-defence classes. Asked whether instructor fees "
     "can be paid out directly. Explained single payout account rule."),
    ("violence_self_harm", "sensitive", "sms",
     "pls take my address off the page today, the man who attacked me got out this week"),
    ("violence_self_harm", "benign", "sms",
     "ur reminder emails r basically harassing me at this point lol how do i turn them off"),
    ("violence_self_harm", "sensitive", "dm",
     "one of the women on our team page keeps messaging another member calling her names and saying she'll "
     "'sort her out' at the event. shes really shaken. can you remove her from the team?"),
    ("violence_self_harm", "benign", "dm",
     "this ID verification is torture, 3rd time uploading my licence and it still says blurry"),
    ("violence_self_harm", "sensitive", "web_form",
     "I keep getting messages from an account called 'watcher88' telling me I deserve to die and that he "
     "knows my kids' school. It started after my page got shared. I don't feel safe."),
    ("violence_self_harm", "benign", "web_form",
     "We're organising a charity boxing night at the Drill Hall. Can tickets be sold through a page, or is "
     "it donations only?"),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, I lost my job at the depot in February and I've had a notice to leave the flat by the end of the "
     "month. Friends started a page for me, it's at £1,180. The landlord says if I pay the arrears by Friday "
     "he'll hold off. Is there any chance of a same-day payout? Page TW-227405. Thanks, Gary Tamworth"),
    ("financial_hardship", "benign", "email",
     "Hello, my card was declined twice when I tried to donate £25 to the Ferry Lane allotment page. The "
     "bank says there's no block on their side. Could you check what's going wrong? Thanks, Imogen"),
    ("financial_hardship", "sensitive", "chat",
     "bailiffs are coming friday for the council tax, is there any way to get my money out before then || "
     "Agent: I'm sorry to hear that. Your page is verified so I can request an express payout today. || "
     "please do, thank you so much"),
    ("financial_hardship", "benign", "chat",
     "why is my payout £47 less than the total on the page? || Agent: That's the platform fee and card "
     "processing fees. There's a breakdown under Payouts > History. || ah got it"),
    ("financial_hardship", "sensitive", "sms",
     "im on universal credit, will getting the payout from my page mess up my claim? dont want it stopped"),
    ("financial_hardship", "benign", "sms",
     "payout went to my old bank acct, changed it last week, pls fix ref TW-409113"),
    ("financial_hardship", "sensitive", "agent_note",
     "Organiser told me he was declared bankrupt last year and asked whether the trustee can take the page "
     "funds. Advised we can't give legal advice, suggested he speak to the Official Receiver before payout."),
    ("financial_hardship", "benign", "agent_note",
     "Customer requested a VAT invoice for the platform fees charged on the choir's summer concert page. "
     "Generated from billing and emailed."),
    ("financial_hardship", "sensitive", "web_form",
     "A debt collection agency has been ringing me every day and now they've written to say they know about "
     "my fundraising page. Can they make you hand the money to them? I've got nothing else coming in."),
    ("financial_hardship", "benign", "web_form",
     "We're Hartley Community Credit Union and we'd like to raise £2,000 for a 50th anniversary open day. "
     "Can a credit union be an organiser, and what ID do our directors need?"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Shona, I just can't afford the fee that's come off the payout, I've literally got £3 in the "
     "bank until next Thursday. Is there any way you could waive it this once? My number's 07700 900119."),
    ("financial_hardship", "benign", "voicemail",
     "Morning, Pete from the Kingsway Food Bank. We want to start a page for a new delivery van, about "
     "£18k. Could someone call me about charity fee rates? 555-0119."),
    ("financial_hardship", "sensitive", "call_transcript",
     "Caller: I set up a monthly donation of £50 to my friend's page. || Agent: Yes, I can see it. || "
     "Caller: I need to cancel it and if possible get last week's back. I was let go on Monday and I've got "
     "rent due. || Agent: Of course. I've cancelled it and I'll request a refund of the latest payment."),
    ("financial_hardship", "benign", "call_transcript",
     "Caller: Our bowls club took out a loan for the clubhouse roof and we want to clear the last £4,000 "
     "with a page. || Agent: That's fine as a club page. || Caller: Does the money have to go to the club "
     "account or can it go straight to the lender? || Agent: It has to go to the club's own account."),
    ("financial_hardship", "sensitive", "review",
     "When I got made redundant at 58 with a mortgage still to pay I was too proud to ask anyone. My "
     "daughter set up a page without telling me. It kept the house. Tillwell made it painless."),
    ("financial_hardship", "benign", "review",
     "Went to the bake sale, bought way too much cake, now I'm broke haha. Oh and the page itself was easy "
     "to donate on, Apple Pay worked first time."),
    ("financial_hardship", "sensitive", "dm",
     "i gave more than i could afford to the page last week and now im overdrawn and my rent bounced. is "
     "there any chance of getting my £100 back?"),
    ("financial_hardship", "benign", "dm",
     "the tip prompt at checkout is gonna bankrupt me lol how do i set it to 0 by default"),
    ("financial_hardship", "sensitive", "in_app",
     "My bank account has been frozen because of a debt I'm in dispute over. Can this payout go to my "
     "partner's account instead?"),
    ("financial_hardship", "benign", "in_app",
     "Is there a withdrawal limit per day? I want to take out £6,500 for the village hall roofer."),
    ("financial_hardship", "sensitive", "email",
     "Dear Tillwell, I'm in an IVA and my insolvency practitioner has asked whether money raised on my "
     "page counts as income. Could you provide a statement of everything raised and paid out so far? "
     "Thank you, Bernadette Kyle"),
    ("financial_hardship", "benign", "email",
     "Hi, the monthly direct debit for my regular giving failed because I've got a new card. How do I "
     "update the details without cancelling the donation? Regards, Tom"),
    ("financial_hardship", "sensitive", "chat",
     "sorry this is embarrassing but we've been using the food bank since christmas and the page is the "
     "only thing keeping the lights on. when does the first payout usually arrive? || Agent: No need to "
     "apologise. First payouts usually arrive within 3 working days of verification. || thank you"),
    ("financial_hardship", "benign", "chat",
     "is there a minimum payout amount? || Agent: £10. || cool thanks"),
    ("financial_hardship", "sensitive", "agent_note",
     "Caller mentioned eviction hearing on the 12th; page funds meant for arrears. Verification docs "
     "received, marked urgent for payouts team."),
    ("financial_hardship", "benign", "agent_note",
     "Customer didn't recognise a £10 charge on her statement - it was her own donation showing as "
     "TILLWELL*GIVE. Explained the descriptor, resolved."),
    ("financial_hardship", "sensitive", "sms",
     "3 months behind on the rent now. page is at £400, can i take that out now and leave the rest open"),
    ("financial_hardship", "benign", "sms",
     "when do payouts go out on bank holidays?"),
    ("financial_hardship", "sensitive", "web_form",
     "I'm a full-time carer for my husband and we live on carer's allowance and universal credit. Do I "
     "need to tell the DWP about money from a fundraising page, and can you give me a letter showing the "
     "amount?"),
    ("financial_hardship", "benign", "web_form",
     "Do I have to pay income tax on money raised through a page? I'm organising for a friend's community "
     "cafe and want to get it right."),
    ("financial_hardship", "sensitive", "call_transcript",
     "Caller: The building society have started repossession on the house. || Agent: I'm sorry to hear "
     "that. How can I help with the page? || Caller: They want proof of what's been raised before the "
     "hearing. Can you send me something official? || Agent: I'll email you a signed statement today."),
    ("financial_hardship", "benign", "call_transcript",
     "Caller: Hi, I volunteer at the Citizens Advice office in Dunmore. People sometimes ask us about "
     "fundraising pages. || Agent: Happy to help. || Caller: Have you got a general guide we could hand "
     "out? || Agent: Yes, I'll email our organiser starter guide."),
    ("financial_hardship", "sensitive", "review",
     "Our gas was about to be cut off and I had two kids' school shoes to buy. Neighbours set up a page and "
     "we were sorted in 48 hours. Thank you to everyone."),
    ("financial_hardship", "benign", "review",
     "Zero-fee option for charities was a lifesaver for our PTA's Christmas fair page. Would recommend."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hiya, I took out a payday loan to cover the funeral deposit thinking the page would pay it back "
     "quick, and now the interest's piling up. Please can someone tell me when the money's coming. "
     "Danny, 07700 900370."),
    ("financial_hardship", "benign", "voicemail",
     "Hello, it's Claire at Moorside Housing Association. We're setting up a page for a community garden "
     "on the estate. Can the association be the verified organiser? Call 555-0181."),
    ("financial_hardship", "sensitive", "in_app",
     "I've had a county court judgment against me for an old credit card debt. Will that show up in "
     "TrustMark and block my payout?"),
    ("financial_hardship", "benign", "in_app",
     "How do I change the page currency to euros? Half our donors are in Ireland."),
    ("financial_hardship", "sensitive", "dm",
     "my business went under in june and im going insolvent. can i still organise a page for my staff's "
     "last wages or is that not allowed"),
    ("financial_hardship", "benign", "dm",
     "payout bounced because the name on the bank account doesn't match my profile. I use my middle name, "
     "how do I fix?"),
    # ---- children
    ("children", "sensitive", "email",
     "Hi there, I've set up a page to help cover my daughter Neve's place on the Year 6 residential to the "
     "Lakes. The school needs the balance of £285 by 3 May. Could you tell me whether the payout will "
     "arrive in time if I verify today? Many thanks, Claire Hobday"),
    ("children", "benign", "chat",
     "what's the minimum age to be a page organiser? || Agent: Organisers must be 18 or over. || and "
     "donors? || Agent: Donors need to be the cardholder, so in practice 18 as well."),
    ("children", "sensitive", "chat",
     "hi im 15 and i want to make a page for my school ski trip, can i do it myself? || Agent: Thanks for "
     "asking! Organisers need to be 18, so a parent or guardian would have to set it up and you could be "
     "named on it. || ok ill ask my mum"),
    ("children", "benign", "email",
     "Hello, I'm chair of the Brookfield Primary PTA. We want to raise £9,000 for new playground equipment "
     "and would like the PTA to be the organiser rather than a parent. We're a registered charity. What "
     "do you need from us? Best wishes, Nadia Fox"),
    ("children", "sensitive", "sms",
     "my 11 yr old wants to do a sponsored silence for the animal rescue. can the page be in my name but "
     "show his pic"),
    ("children", "benign", "sms",
     "can we add a 2nd team to the kids fun run page? loads more families signed up. ref TW-774120"),
    ("children", "sensitive", "agent_note",
     "Organiser's ID shows DOB 2008, so she's 16. Under-18s can't organise. Page paused, suggested a parent "
     "takes over as organiser and she stays as the named fundraiser."),
    ("children", "benign", "agent_note",
     "Customer asked whether under-18s can donate to her page. Explained cardholder must be 18+ and "
     "pointed to the FAQ."),
    ("children", "sensitive", "web_form",
     "My ex-partner has set up a page using our son Oscar's photo, full name and the fact he's 7. I did not "
     "consent. Please remove Oscar's details from page TW-318866."),
    ("children", "benign", "web_form",
     "St Bede's Primary would like to open a page for this year's Year 6 residential. The school will be "
     "organiser and all money goes to the school account. Is a school page free of the platform fee?"),
    ("children", "sensitive", "voicemail",
     "Hello dear, it's Maureen Platt. My granddaughter Lily, she's nine, is raising money for her Guides "
     "camp and I'd like to give £50 but the page keeps saying error. Could someone ring me on "
     "07700 900563? Thank you."),
    ("children", "benign", "voicemail",
     "Hi, it's Jess, manager at Little Acorns Day Nursery. We're raising for a sensory garden and I wanted "
     "to ask about the charity fee rate. You can reach me on 555-0147."),
    ("children", "sensitive", "review",
     "My 13-year-old raised £800 for the dog shelter by doing odd jobs round the estate. Setting up the "
     "page was simple and she loved watching the total go up. Five stars."),
    ("children", "benign", "review",
     "Our youth football club used Tillwell for new kits and floodlight repairs. The club treasurer "
     "verified in a day and the money arrived on time."),
    ("children", "sensitive", "dm",
     "hey im in year 10 and our class is going to berlin in october. can i do a page to help with my "
     "share? mums ok with it"),
    ("children", "benign", "dm",
     "my baby needs new tyres lol (the coffee van) - is a small business page allowed or is it just "
     "personal causes?"),
    ("children", "sensitive", "in_app",
     "Can I put my daughter's date of birth on the page? She was born 12/03/2017 and the page is for her "
     "birthday sponsored walk, people keep asking how old she's turning."),
    ("children", "benign", "in_app",
     "What's the difference between a Tillwell Junior page and a normal one? Our youth club was asked "
     "which one we want."),
    ("children", "sensitive", "call_transcript",
     "Caller: I'm a teacher at Holm Lane. One of my Year 3 pupils, Kayden, his family can't cover the "
     "trip and I want to start a page for him. || Agent: That's kind. Do his parents know? || Caller: "
     "Yes, his mum's agreed. He's eight, I don't want his surname on it. || Agent: That's fine, first "
     "name only is allowed."),
    ("children", "benign", "call_transcript",
     "Caller: I'm 19, am I old enough to be an organiser? It's for my uni rowing club. || Agent: Yes, "
     "anyone 18 or over can organise. || Caller: Great, and can the club be the beneficiary? || Agent: "
     "Yes, it can."),
    ("children", "sensitive", "email",
     "Hello, we raised money on page TW-662910 for the Year 8 Paris trip. My daughter Aisha ended up not "
     "being able to go. Can the £120 that donors gave towards her place be refunded to them? Thanks, "
     "Sabiha Rahman"),
    ("children", "benign", "email",
     "Dear Tillwell, the Northbridge Youth Orchestra is touring Vienna next summer. We want one page with "
     "the orchestra's charity as payee. Could you confirm the verification documents needed for the "
     "trustees? Thank you"),
    ("children", "sensitive", "chat",
     "can my son have his own team page under mine? he's 12 || Agent: He can appear as a team member "
     "page managed by you, but the account has to be yours. || perfect"),
    ("children", "benign", "chat",
     "can I change the font on the Little Ones template? the pastel one || Agent: Yes, under Design > "
     "Fonts. || found it, thanks"),
    ("children", "sensitive", "sms",
     "hi its jordan, im 14 and i forgot my password, the email on it is my mums. can u help"),
    ("children", "benign", "sms",
     "kidding! ignore my last msg, the code came through"),
    ("children", "sensitive", "agent_note",
     "Donor says she is 13 and used her dad's card to give £40 to a streamer's page. Dad then called to "
     "confirm and ask for refund. Refund issued, donor account closed."),
    ("children", "benign", "agent_note",
     "Customer's son (31) is the beneficiary of the marathon page. Son passed TrustMark today. No issues."),
    ("children", "sensitive", "web_form",
     "My 16 year old donated £200 from my debit card to a page without asking me. Can this be refunded? "
     "Card ends 4410, donation made on 2 April."),
    ("children", "benign", "web_form",
     "We run the Eastfield Toy Library, a community project lending toys to local families. We'd like to "
     "raise £1,500 for new shelving. Which category fits best?"),
    ("children", "sensitive", "voicemail",
     "Hi, my son turned 17 last week and he really wants to be co-organiser on his own fundraiser. Is "
     "there any way, or does he have to wait a year? It's Joanne, 07700 900698."),
    ("children", "benign", "voicemail",
     "Hiya, Andy here, district treasurer for the Scouts. The payout for the camp page went to the wrong "
     "district account. Can someone call me on 555-0163."),
    ("children", "sensitive", "review",
     "Set up a team page for my twins' sponsored swim. They're 10 and swam 100 lengths each. The team "
     "total feature was great, though I wish you could edit the photos after posting."),
    ("children", "benign", "review",
     "Honestly child's play to set up. Took five minutes and the first donation came in before I'd even "
     "shared it."),
    ("children", "sensitive", "dm",
     "My boy Harvey's just started reception and the school are raising for a new reading corner, can I "
     "make a page in his name to help?"),
    ("children", "benign", "dm",
     "my daughter is at uni (22) and doing a skydive for the air ambulance, can I donate on her behalf "
     "and still tick gift aid?"),
    ("children", "sensitive", "in_app",
     "Page is for my son's new prosthetic-friendly bike for his 6th birthday. Can his first name show in "
     "the title or is that not allowed?"),
    ("children", "benign", "in_app",
     "Does the School Trips category include adult education? Our evening Italian class is going to Rome."),
    ("children", "sensitive", "call_transcript",
     "Caller: My daughter was born in 2015 and she's raising for her Brownies trip. || Agent: Lovely. || "
     "Caller: She wants to send thank-you messages to donors herself from the page. Is that okay? || "
     "Agent: Messages have to be sent from your account, but she can write them."),
    ("children", "benign", "call_transcript",
     "Caller: We're the Sunday league committee and we need new goals for the pitches. || Agent: Is the "
     "league the organiser? || Caller: Yes, with the league's own account. || Agent: That's fine, I'll "
     "send the organisation checklist."),
    ("children", "sensitive", "email",
     "Dear support, I'm head of Year 9 at Carlow Academy. We'd like to fundraise for one of our students, "
     "Theo Marsh, to attend the national junior chess finals. His parents have consented. Can the school "
     "hold the money on his behalf? Regards, Mr S. Ellery"),
    ("children", "benign", "email",
     "Hi, for our parish newsletter - in general, can a page raise money for someone's medical treatment "
     "abroad? Just want to explain the rules correctly. Thanks, Ann"),
    ("children", "sensitive", "chat",
     "my stepdaughter is 17, can she do the id check with her provisional licence or does it have to be "
     "me || Agent: As she's under 18 you'd need to be the verified organiser. || ok"),
    ("children", "benign", "chat",
     "my gran is 82 and wants to donate by cheque. is that possible at all? || Agent: Unfortunately we "
     "only take card, Apple Pay and Google Pay. || ok thanks, ill do it for her"),
    ("children", "sensitive", "agent_note",
     "Caller's nephew (15) had created an account using a false DOB and set up a page for a games console. "
     "Page removed, account closed, no funds received."),
    ("children", "benign", "agent_note",
     "Organiser (24) failed ID due to DOB typo, 1999 entered as 1990. Corrected, check re-run and passed."),
    ("children", "sensitive", "sms",
     "the page for my lads football tour, hes in the under 12s and the coach says we need the money by "
     "june. when do payouts go"),
    ("children", "benign", "sms",
     "do payouts still run over half term? need to pay the coach company"),
    ("children", "sensitive", "web_form",
     "I'm a foster carer. The girl who lives with us is 10 and wants a page for her trip to see the ballet. "
     "Can I keep her surname and photo off it? Social services have asked me to."),
    ("children", "benign", "web_form",
     "We're Pennyfield Children's Hospice charity. Our nursing team want to do a team skydive. Can the "
     "hospice be the payee for every member's page?"),
    ("children", "sensitive", "review",
     "My little one is only 4 and she 'helped' me make a page for the guinea pig rescue. We made £160. "
     "Thanks Tillwell for making it easy for a busy parent."),
    ("children", "benign", "review",
     "Fantastic for the school's new library fund. We were worried about fees but the school rate was fair."),
    ("children", "sensitive", "dm",
     "me and my sister (shes 12 im 16) want to raise money for the dogs home. whats the best way if were "
     "under 18"),
    ("children", "benign", "dm",
     "that baby shark jingle on your youtube ad is haunting me. anyway, how do i add a cover photo?"),
    ("children", "sensitive", "in_app",
     "Team member added: Ruby Collins, age 11. Is it OK for her to have her own page in our team?"),
    ("children", "benign", "in_app",
     "How do I switch on family-friendly mode for comments? We're a youth theatre company."),
    ("children", "sensitive", "voicemail",
     "Hi, it's about my son Rory, he's in Year 5 at St Anne's, the trip to the outdoor centre. I made a "
     "page for his place and it says it's under review. Please call me on 07700 900281."),
    ("children", "benign", "voicemail",
     "Morning, Pennyfield Academy finance office here. The payout for the library appeal went through "
     "but the reference is missing. Could you call us on 555-0129?"),
    ("children", "sensitive", "call_transcript",
     "Caller: I'm sixteen and I raised money for my sponsored bike ride. || Agent: Well done. || Caller: "
     "Can I take the money out to my own bank account? I've got a junior account. || Agent: Payouts need "
     "to go to an adult organiser's account, so we'll need a parent to take over the page."),
    ("children", "benign", "call_transcript",
     "Caller: I'm a registered childminder and I'm organising a page for the village playgroup. || Agent: "
     "Is the playgroup the beneficiary? || Caller: Yes. || Agent: Then we'll need the playgroup's bank "
     "details and a committee member's ID."),
    ("children", "sensitive", "email",
     "Hello, my daughter (DOB 04/09/2012) is doing her Duke of Edinburgh expedition and the group needs "
     "new tents. She'd like to be named on the page. Is that allowed for a child her age? Thanks, Ian"),
    ("children", "benign", "email",
     "Hi, safeguarding policy question: do you allow under-18s on Tillwell Teams pages at all? We're "
     "writing guidance for our sports clubs. Regards, Helen (County Sports Partnership)"),
    ("children", "sensitive", "chat",
     "my kid made a video for the page, she's 9, can i upload it or is there an age thing || Agent: You "
     "can upload it as the organiser. We'd suggest not including her school or surname. || ok will do"),
    ("children", "benign", "chat",
     "how old do donors have to be? || Agent: Donors must be the cardholder. || ok"),
    ("children", "sensitive", "agent_note",
     "Mum called about the page photo: son (12) is in his school uniform with name badge visible. She "
     "asked for the crest blurred. Photo replaced with her new upload."),
    ("children", "benign", "agent_note",
     "School business manager asked if one trip page could be split across pupils. Explained team pages, "
     "school remains organiser. No pupil details given."),
    ("children", "sensitive", "sms",
     "can my 13yo be the face of the page? she wants to do the talking in the video"),
    ("children", "benign", "sms",
     "school run chaos sorry for late reply. yes the page is for the bowls club not me"),
    ("children", "sensitive", "web_form",
     "Gift Aid question: my son is 15 and donated £10 of his pocket money to the lifeboat page. Can Gift "
     "Aid be claimed on it?"),
    ("children", "benign", "web_form",
     "We're an independent children's bookshop and would like to give 10% of sales in May to local "
     "pages. Do you have a partner scheme?"),
    ("children", "sensitive", "review",
     "Our grandson (7) raised £300 for the lifeboats by walking the prom every day in August. Nana and "
     "Grandad are very proud. The page was easy to run."),
    ("children", "benign", "review",
     "My mum (she's 70!) set up her first page on her own with no help from me. Really well designed."),
    ("children", "sensitive", "dm",
     "year 13 here, im 17 and organising a prom fund for people who cant afford tickets. can my teacher "
     "be the organiser and me run it?"),
    ("children", "benign", "dm",
     "hi the Kidz Kitchen cafe is doing a charity brunch, can a business run a page or just people?"),
    ("children", "sensitive", "in_app",
     "Please delete the comment that mentions my daughter's school and year group, Year 2 at Holm Lane. "
     "I don't want that public."),
    ("children", "benign", "in_app",
     "Can my husband and I share one login for our joint page or does each organiser need their own?"),
    ("children", "sensitive", "voicemail",
     "It's Grandad Bill here, my grandson Alfie's in Year 1 and he's doing a sponsored bounce. I've got "
     "the link but it won't let me put in my card. 07700 900924, ta."),
    ("children", "benign", "voicemail",
     "Hi, it's Nanny's Kitchen bakery on Hill Street. We want to donate a percentage of our cake sales to "
     "a page. How does that work? 555-0188."),
    ("children", "sensitive", "call_transcript",
     "Caller: The camp's for children aged 8 to 11 and my daughter Freya is 10. || Agent: Is the camp "
     "organising, or are you? || Caller: Me, just for her place. || Agent: That's fine, a personal page "
     "for her place works."),
    ("children", "benign", "call_transcript",
     "Caller: I'm treasurer of the parent-teacher association and we've changed banks. || Agent: I can "
     "help with that. || Caller: Will the pending payout go to the old account? || Agent: Not if you update "
     "it before 5pm today."),
    ("children", "sensitive", "email",
     "Hi, our son Ben (aged 14) is the subject of the page 'Ben's Big Climb'. He's now asked us to take "
     "his photo down because people at school are teasing him. Can we swap the image without losing the "
     "donations? Thanks, Rachel Dunmore"),
    ("children", "benign", "email",
     "Hello, our youth club wants to buy a secondhand minibus. We'd like to raise £14,000. Is there a "
     "limit on how much a community page can raise? Thanks, Colin (youth club chair)"),
    ("children", "sensitive", "chat",
     "my daughter is the beneficiary, she's 8, do you need her birth certificate for the verification? || "
     "Agent: For a child beneficiary we verify you as organiser and may ask for proof of relationship. || "
     "ok I have that"),
    ("children", "benign", "chat",
     "the kids are finally in bed so doing the bank details now - is it sort code first then account "
     "number? || Agent: Yes, sort code then account number. || ta"),
    ("children", "sensitive", "agent_note",
     "Organiser provided child's birth certificate (born 2019) to show relationship to the beneficiary. "
     "Redacted copy kept per retention policy."),
    ("children", "benign", "agent_note",
     "Caller from a charity for young carers asked about Tillwell Teams for their staff relay. No "
     "individual young people discussed."),
    ("children", "sensitive", "sms",
     "hi my son is 10 and wants to shave his head for the hospice. can the page be in his name"),
    ("children", "benign", "sms",
     "is the Fathers Day fun run page still taking team sign ups?"),
    ("children", "sensitive", "web_form",
     "Please change the name on page TW-505733 from my daughter's full name to her initials. She's in "
     "Year 7 and kids from school found it."),
    ("children", "benign", "web_form",
     "We're collecting toys at Christmas for the local children's ward. Can a page be used to buy the "
     "toys, or does it have to be cash to the hospital?"),
    ("children", "sensitive", "review",
     "Our lad's only just turned 13 and he ran his first 10k for the hospice. His page raised £650! The "
     "update feature let him thank everyone himself."),
    ("children", "benign", "review",
     "Brownies unit used this for our centenary trip. Leaders verified easily and the trust's account "
     "was accepted first time."),
    ("children", "sensitive", "dm",
     "hi im 13 and my mum said i can ask you. can i put my own story on my mums page or does she have to "
     "write it"),
    ("children", "benign", "dm",
     "the Junior Ambassador badge on my profile - what is it? I'm 35 so not very junior"),
    ("children", "sensitive", "in_app",
     "How do I add my son as co-organiser when he turns 18 in May? He's 17 now and doing most of the work."),
    ("children", "benign", "in_app",
     "Birthday fundraiser question: can I ask for donations instead of presents for my 40th?"),
    ("children", "sensitive", "call_transcript",
     "Caller: I'm calling for my granddaughter Poppy, she's six and she's doing a sponsored scoot for the "
     "food bank. || Agent: How lovely. || Caller: Her mum's the organiser but she's away, can I add a "
     "photo of Poppy with her scooter? || Agent: Only an organiser can add photos, but her mum can invite "
     "you as co-organiser."),
    ("children", "benign", "call_transcript",
     "Caller: I'm 67 and I've never done one of these, but the bowls club wants a page for the new green. "
     "|| Agent: We'll walk you through it. || Caller: Do I need a smartphone for the ID check? || Agent: "
     "No, you can do it on a computer with a webcam."),
    ("children", "sensitive", "agent_note",
     "Teacher emailed a spreadsheet of her Year 5 class, names and dates of birth, to set up the team "
     "page. Deleted the attachment, asked her to add pupils by first name only without DOBs."),
    ("children", "benign", "agent_note",
     "Caller asked in general whether school fun day pages pay the standard fee or the charity rate. "
     "Explained schools with charitable status get the charity rate."),
    # ---- special_categories
    ("special_categories", "sensitive", "chat",
     "could we do the verification video call after 8pm instead? I'm fasting this month and I'd rather not "
     "do it when I'm flagging in the afternoon || Agent: Of course, I'll book you a slot at 8:30pm. || "
     "perfect, Ramadan kareem if you celebrate"),
    ("special_categories", "benign", "email",
     "Dear Tillwell, St Mary's Church in Ashcombe needs £46,000 for the roof. The PCC would be the "
     "organiser and the church's account the payee. Can we claim Gift Aid through GiftAid Autofill as a "
     "registered charity? With thanks, the Parish Treasurer"),
    ("special_categories", "sensitive", "email",
     "Hello, I converted to Judaism last year and took a Hebrew name, which is what I use day to day and "
     "on my page. My passport still has my old name. Will TrustMark reject me because they don't match, "
     "and what proof would you accept? Regards, Ruth (formerly Rachel) Fenwick"),
    ("special_categories", "benign", "chat",
     "how do I convert my personal page into a team page? || Agent: Go to Settings > Page type and choose "
     "Team. Existing donations stay. || brilliant"),
    ("special_categories", "sensitive", "sms",
     "cant do saturday for the call sorry, we keep shabbat. sunday any time is fine"),
    ("special_categories", "benign", "sms",
     "praying this payout lands today lol, the roofer wants paying. TW-880215"),
    ("special_categories", "sensitive", "agent_note",
     "Organiser recently left the Jehovah's Witnesses and says her family no longer speak to her. She "
     "asked that the page not appear in search and that her surname be hidden. Done."),
    ("special_categories", "benign", "agent_note",
     "Caller from Ashcombe Quaker Meeting House asked about setting up a page for a new accessible "
     "entrance. Sent organisation verification guide."),
    ("special_categories", "sensitive", "web_form",
     "The selfie step keeps telling me to remove my head covering. I wear a turban for religious reasons "
     "and won't take it off. Is there an alternative way to verify?"),
    ("special_categories", "benign", "web_form",
     "Our gurdwara committee runs a free community kitchen and wants to raise £7,000 for new cookers. Can "
     "the gurdwara be the organiser and claim Gift Aid?"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Bernard Kenny, I set up the page for my pilgrimage to Lourdes with the parish group in "
     "September. The payout's been held, could someone ring me back on 07700 900436?"),
    ("special_categories", "benign", "voicemail",
     "Hello, Imam Hassan's office at the Hillside Mosque here. We're organising a community iftar open to "
     "all neighbours and want to raise for food costs. Please call 555-0111."),
    ("special_categories", "sensitive", "in_app",
     "Please remove the cross and the 'God bless' line from my page. I'm not a Christian any more and "
     "it doesn't feel right keeping it up."),
    ("special_categories", "benign", "in_app",
     "Your help guide is basically my bible now. One thing it doesn't cover: how do I reorder updates?"),
    ("special_categories", "sensitive", "review",
     "Since becoming a Buddhist I try to give something every month and Tillwell's regular giving makes "
     "that easy. The monthly summary email is a nice touch."),
    ("special_categories", "benign", "review",
     "Bless you Tillwell support, you sorted my bank details in ten minutes after the bank had me on hold "
     "for an hour."),
    ("special_categories", "sensitive", "dm",
     "hi the page is for my trip to the Kumbh Mela with my parents, its a big deal for our family, but "
     "payout is stuck on review. any idea why?"),
    ("special_categories", "benign", "dm",
     "god this app is slow today. is something down?"),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: People keep reacting to my updates with the praying hands and leaving Bible verses. || Agent: "
     "Would you like reactions turned off? || Caller: Yes please. I'm an atheist and it's my page about "
     "the skate park, I'd just rather not have it. || Agent: Done, reactions are off."),
    ("special_categories", "benign", "call_transcript",
     "Caller: We're the Kingsbridge Synagogue and we need a new security fence. || Agent: Is the synagogue "
     "a registered charity? || Caller: Yes. || Agent: Then you can apply for the charity fee rate when "
     "you set up."),
    ("special_categories", "sensitive", "email",
     "Hi, I'm Romanian and live in Leeds. My passport is Romanian and my driving licence is UK. TrustMark "
     "keeps asking for a UK passport. Is a Romanian one acceptable? Thanks, Andrei Popescu"),
    ("special_categories", "benign", "email",
     "Good morning, is Tillwell available in Welsh? Our community council is bilingual and we'd like the "
     "page for the new bus shelter to show in both languages. Diolch, Gwen"),
    ("special_categories", "sensitive", "chat",
     "people keep leaving comments on my page about me being black and saying I'm faking it. can you "
     "delete them || Agent: I'm really sorry. I've removed them and blocked those accounts. || thank you"),
    ("special_categories", "benign", "chat",
     "are you doing a black friday discount on fees? lol || Agent: Ha, not this year I'm afraid! || worth "
     "a try"),
    ("special_categories", "sensitive", "agent_note",
     "Organiser said she's an Irish Traveller and thinks donors reported the page because of that. Page "
     "reviewed, no breach found, reinstated. Told her which comments were removed."),
    ("special_categories", "benign", "agent_note",
     "Carnival committee asked whether donations from overseas cards are accepted. Confirmed yes, all major "
     "cards."),
    ("special_categories", "sensitive", "web_form",
     "I came to the UK as a refugee from Syria. My only ID is a residence permit. The document list on "
     "TrustMark doesn't mention it. Can I still verify?"),
    ("special_categories", "benign", "web_form",
     "The town's Chinese New Year lantern festival is run by a community group. Can a group without a bank "
     "account use a committee member's account for payout?"),
    ("special_categories", "sensitive", "sms",
     "sorry my english not so good, im from poland. can someone help me in polish with the payout?"),
    ("special_categories", "benign", "sms",
     "need to polish the story on my page before launch, any tips on length?"),
    ("special_categories", "sensitive", "review",
     "As a British Pakistani woman raising money for my business I was nervous about the comments, but "
     "moderation was fast and fair. Good experience overall."),
    ("special_categories", "benign", "review",
     "Our Caribbean takeaway sponsored the carnival page and the business match feature worked perfectly. "
     "Easy to set up."),
    ("special_categories", "sensitive", "dm",
     "I'm Roma and my bank closed my account last year so I only have my partner's. can the payout go "
     "there?"),
    ("special_categories", "benign", "dm",
     "the Asian Business Network want to sponsor our page, can a network give one big donation as a "
     "company?"),
    ("special_categories", "sensitive", "in_app",
     "Can I write my page in Yoruba as well as English? Most of my family back home in Lagos want to read "
     "it."),
    ("special_categories", "benign", "in_app",
     "Can donors in Ireland give in euros or only pounds?"),
    ("special_categories", "sensitive", "email",
     "Hello, I'm standing as an independent candidate in the Westfield ward by-election in May and wanted "
     "to check whether I can use a Tillwell page for leaflets and printing. My own money is nearly gone. "
     "Thanks, Gail Ormerod"),
    ("special_categories", "benign", "email",
     "Hi, quick policy question from a local party office: are election campaign pages allowed on "
     "Tillwell, and do you check donor eligibility? We need to know before our candidates ask. Regards"),
    ("special_categories", "sensitive", "chat",
     "I got photographed at the climate blockade on saturday and now people are finding my page for the "
     "community orchard and trolling it. can you hide my surname? || Agent: Yes, I've switched it to first "
     "name only. || thanks"),
    ("special_categories", "benign", "chat",
     "not to get political but the fee rise is a bit much || Agent: I understand. Fees for charities "
     "haven't changed. || fair enough"),
    ("special_categories", "sensitive", "agent_note",
     "Organiser mentioned she's a Green Party member and some donors have asked for refunds after seeing "
     "her posts. Refunds processed per policy; advised her page itself is within terms."),
    ("special_categories", "benign", "agent_note",
     "Customer wanted the green team colour scheme instead of the default purple. Showed him Design > "
     "Theme. Resolved."),
    ("special_categories", "sensitive", "web_form",
     "Our page for the harbour clean-up has been reported twice, I think by people who know I campaign for "
     "Scottish independence. Nothing on the page is political. Can you tell me the reason for the reports?"),
    ("special_categories", "benign", "web_form",
     "Can I get a conservative estimate of how long a first payout takes? I need to tell the builder a "
     "date."),
    ("special_categories", "sensitive", "sms",
     "been out leafleting for the lib dems every night so only just seen ur email. whats missing from my "
     "verification"),
    ("special_categories", "benign", "sms",
     "pls vote for our page in the tillwell community awards!! (sorry if this is the wrong number lol)"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Owen. I run a small anti-monarchy group locally and we've had abuse on my personal page "
     "for the bike shed project because of it. Can someone help me lock comments down? 07700 900345."),
    ("special_categories", "benign", "voicemail",
     "Hiya, Debbie from the Royal Oak pub. We're hosting a party for the coronation anniversary and "
     "raising for the cricket club. How do we add the pub as a sponsor? 555-0193."),
    ("special_categories", "sensitive", "review",
     "As a lifelong socialist I wasn't sure about a for-profit platform, but the fees were clear and my "
     "page for the tenants' garden raised what we needed. Grudging five stars."),
    ("special_categories", "benign", "review",
     "Marketing campaign tools are great. The share cards looked professional and we hit target early."),
    ("special_categories", "sensitive", "in_app",
     "Two donors have asked for refunds after finding out I vote Conservative. Do I have to refund them?"),
    ("special_categories", "benign", "in_app",
     "Is there a way to get labour costs itemised on the page? The builder wants them shown separately."),
    ("special_categories", "sensitive", "email",
     "Hi, I'm the workplace rep for my union at the distribution centre and I want to set up a page for "
     "colleagues who'll lose pay during the strike. Management already know I'm organising it. Can the "
     "page be in my name? Thanks, Mick Danvers"),
    ("special_categories", "benign", "email",
     "Good afternoon, the regional office of the Allied Services Union would like to enter a staff team "
     "in the charity abseil. The union will be the organiser. What documents do you need? Regards"),
    ("special_categories", "sensitive", "chat",
     "on the picket line all day so can we do this on chat instead of a call || Agent: No problem, what's "
     "the issue? || my payout details didnt save"),
    ("special_categories", "benign", "chat",
     "our bowling club's Strike for Charity night page, can we sell lane slots through it? || Agent: "
     "Pages are donations only, but you can suggest amounts. || ok"),
    ("special_categories", "sensitive", "agent_note",
     "Customer is a shop steward; says his manager has seen his name on the donor list of the strike fund "
     "page and he's worried. Explained anonymous donation option for future gifts."),
    ("special_categories", "benign", "agent_note",
     "Postal strike delayed a cheque the customer expected from a donor. Explained we don't accept cheques "
     "at all."),
    ("special_categories", "sensitive", "web_form",
     "My employer found out I joined the union because I donated publicly to the branch hardship page. "
     "Please make my past donations anonymous."),
    ("special_categories", "benign", "web_form",
     "The community garden needs a new picket fence and a shed. Is that a community project or a club "
     "page?"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Sunita Grewal, I'm branch secretary of the teachers' union at my school and I'm setting up "
     "a page for a colleague's leaving do, nothing union related. Just need help with payouts, "
     "07700 900752."),
    ("special_categories", "benign", "voicemail",
     "Hello, it's about the Union Pages feature, merging two pages for the same cause. Ours won't merge. "
     "Call me on 555-0104 please."),
    ("special_categories", "sensitive", "dm",
     "union subs and your fee both came out the same day and left me short, can the payout go on the 1st "
     "instead"),
    ("special_categories", "benign", "dm",
     "is there a member discount if I'm in the National Trust? saw an ad"),
    ("special_categories", "sensitive", "review",
     "I'm in the bakers' union branch here and we used Tillwell for members laid off when the plant "
     "closed. Quick payouts, clear fees."),
    ("special_categories", "benign", "review",
     "The Allied Services Union branch used Tillwell Teams for the abseil. Our organiser loved the "
     "leaderboard."),
    ("special_categories", "sensitive", "email",
     "Hi, my wife Jo and I are raising money for our wedding in October and I'm Helen, the organiser. Can "
     "Jo be added as co-organiser so she can post updates? Thanks, Helen Parkes"),
    ("special_categories", "benign", "email",
     "Hi, our Pride festival committee would like a page for next summer's stage and stewarding costs. "
     "The committee is a constituted group. Do we qualify for the community rate? Thanks, Secretary"),
    ("special_categories", "sensitive", "chat",
     "I'm gay and my family don't know yet. I donated to the Pride float page under my full name, can you "
     "make it anonymous? || Agent: Of course, I've changed that donation to anonymous. || thank you so "
     "much"),
    ("special_categories", "benign", "chat",
     "what is Pride of Place? it's showing on my dashboard || Agent: It's our homepage feature for pages "
     "with lots of recent updates. || ah cool"),
    ("special_categories", "sensitive", "agent_note",
     "Organiser said she's bisexual and has had homophobic messages through her page since posting a "
     "photo with her girlfriend. Messages removed, two donor accounts suspended."),
    ("special_categories", "benign", "agent_note",
     "LGBT youth charity's office manager asked about team page limits. Up to 500 members confirmed."),
    ("special_categories", "sensitive", "sms",
     "hi its dan, me n my boyfriend are doing the page together, can he get the payout into his acct "
     "instead of mine"),
    ("special_categories", "benign", "sms",
     "straight to the point: is there a fee for withdrawing?"),
    ("special_categories", "sensitive", "web_form",
     "I came out to my parents last year and they stopped speaking to me. My page is for a deposit on a "
     "room. Please don't show my surname, they follow the town's fundraising pages."),
    ("special_categories", "benign", "web_form",
     "When is the new app coming out? Ours keeps crashing on the updates screen."),
    ("special_categories", "sensitive", "voicemail",
     "Hello, it's Tessa. I'm a lesbian and I think the reports on my page are from my ex-husband. Please "
     "could someone look at who reported it? My number's 07700 900488."),
    ("special_categories", "benign", "voicemail",
     "Hi, the rainbow banner option, can we use it on our nursery's summer fair page? Call 555-0176."),
    ("special_categories", "sensitive", "in_app",
     "My husband Mark and I want to co-organise. I'm Ian. How do I invite him as a second organiser?"),
    ("special_categories", "benign", "in_app",
     "Page orientation on mobile is broken, the photos are sideways on my phone but fine on desktop."),
    ("special_categories", "sensitive", "review",
     "As a gay man in a small village I was worried about putting my face on a page, but it went well and "
     "the team hid abusive comments fast."),
    ("special_categories", "benign", "review",
     "A couple of quibbles with the app but overall a solid platform for our club."),
    ("special_categories", "sensitive", "dm",
     "my girlfriend and i are getting married next spring and want a honeymoon fund page. im sarah btw. "
     "can there be two names on it"),
    ("special_categories", "benign", "dm",
     "my business partner and I co-run the bakery, can we both be organisers on the oven page?"),
    ("special_categories", "sensitive", "email",
     "Hi, I'm a sex worker and I'd like to raise money to retrain as a nurse. Before I put time into the "
     "page, is my current job going to get it removed? I'd rather ask first. Thanks, Kaz"),
    ("special_categories", "benign", "email",
     "Hello, the Middlesex county cricket supporters' club would like to raise for a memorial bench at "
     "the ground. Could the club be the organiser? Regards"),
    ("special_categories", "sensitive", "chat",
     "there are three of us in our relationship and we all want to be co-organisers of the house page, is "
     "that allowed? || Agent: You can have up to three co-organisers. || amazing"),
    ("special_categories", "benign", "chat",
     "can I add a third co-organiser? || Agent: Yes, up to three per page. || done, ty"),
    ("special_categories", "sensitive", "agent_note",
     "Customer said the page was set up by her husband after he found out about her affair, and it "
     "describes the affair. Asked for removal as it names her. Under review with Trust team."),
    ("special_categories", "sensitive", "in_app",
     "I post adult content on a subscription site. If donors find that, will Tillwell take my page down?"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, I met my fiance on a hookup app believe it or not, and the wedding page mentions that, is that "
     "against your rules? Laura, 07700 900617."),
    ("special_categories", "sensitive", "web_form",
     "I'm asexual and people keep leaving comments on my page asking why I'm not married. Can comments "
     "be limited to donors only?"),
    ("special_categories", "sensitive", "dm",
     "we're an open couple and one of the donors is someone we've been seeing. he wants his donation "
     "refunded now things have ended, can you do that?"),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: I've been in the nurses' union for twenty years and the branch said they'd match anything "
     "raised on my page. || Agent: That's great. || Caller: How do they donate as a branch without it "
     "showing my membership to everyone? || Agent: The branch can give anonymously, only you will see it."),
    ("special_categories", "benign", "call_transcript",
     "Caller: We're a DNA testing company and we'd like to sponsor the rugby club's new scrum machine page. "
     "|| Agent: Lovely. Sponsors can donate as a business. || Caller: Can our logo go on the page? || "
     "Agent: The organiser can add it as an image."),
    ("special_categories", "sensitive", "email",
     "Hi, I'm trans and my passport still has my old name and gender marker, but my bank account and page "
     "are in my current name, Alex. TrustMark keeps failing me on the name match. What can I send instead? "
     "I have a deed poll. Thanks, Alex Whitcombe"),
    ("special_categories", "benign", "email",
     "Dear Tillwell, our data protection officer has asked which third party performs the face matching "
     "in TrustMark and where the data is processed. Could you send your processor list? Kind regards, IT"),
    ("special_categories", "sensitive", "chat",
     "my page is for top surgery, the NHS wait is years. is that allowed under medical or is it "
     "cosmetic? || Agent: Gender-affirming surgery is allowed under Medical. || oh thank god"),
    ("special_categories", "benign", "chat",
     "does TrustMark keep my selfie after checking? how long for? || Agent: It's deleted 30 days after "
     "the check completes. || ok good"),
    ("special_categories", "sensitive", "sms",
     "hi pls use she/her on my account notes, ive transitioned since i opened it. name is now Leah"),
    ("special_categories", "benign", "sms",
     "genetically incapable of remembering passwords lol, reset link pls. acc leo.brand@example.com"),
    ("special_categories", "sensitive", "agent_note",
     "Customer is non-binary and asked for the title Mx on receipts and emails. Updated profile and "
     "noted they/them pronouns."),
    ("special_categories", "benign", "agent_note",
     "Selfie step showed a black screen - camera permission was off on the customer's phone. Enabled, "
     "check passed."),
    ("special_categories", "sensitive", "web_form",
     "My gender recognition certificate has come through. Please update my sex and title on your records "
     "and delete the old ones. I can send a copy."),
    ("special_categories", "benign", "web_form",
     "Our trust's EDI lead wants to know what gender options your signup form offers, for a supplier "
     "report. Could you list them?"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Jamie. My voice has dropped a lot since I started testosterone and the automated phone check "
     "says it's not me. Can I verify some other way? 07700 900569."),
    ("special_categories", "benign", "voicemail",
     "Hello, the transition to the new dashboard lost my draft update. Is there any way to get it back? "
     "Call 555-0155, thanks."),
    ("special_categories", "sensitive", "review",
     "As a trans woman I dreaded the ID part, but the agent was respectful and sorted the name mismatch "
     "without making me explain myself twice."),
    ("special_categories", "benign", "review",
     "You lot are angels. Refund sorted in a day after the double charge."),
    ("special_categories", "sensitive", "dm",
     "my son came out as trans last year, he's 24, and wants his page to use his new name. he asked me to "
     "check what docs you need as he's nervous about calling"),
    ("special_categories", "benign", "dm",
     "we're doing the trans-pennine trail cycle in june, 12 of us. team page or separate pages?"),
    ("special_categories", "sensitive", "email",
     "Hello, I found out I carry the BRCA2 variant and I'm raising for private screening while I wait. I "
     "want to explain that on my page without naming my sister, who has it too. Can I edit the story "
     "after launch? Regards, Ellen"),
    ("special_categories", "benign", "email",
     "Hi, the Rare Gene Network charity would like to set up team pages for its walk. Do team members "
     "each need to pass TrustMark? Thanks, Events"),
    ("special_categories", "sensitive", "chat",
     "the DNA test came back and it proves he's my biological dad, so can I be added as next of kin on "
     "his page? || Agent: Next of kin changes need the beneficiary's consent. || ok"),
    ("special_categories", "benign", "chat",
     "voice notes on my page updates won't play for donors || Agent: We're aware, a fix goes out tonight. "
     "|| ok"),
    ("special_categories", "sensitive", "agent_note",
     "Organiser uploaded her predictive genetic test result for Huntington's as supporting evidence. "
     "Deleted from ticket per policy, page approved on the description alone."),
    ("special_categories", "benign", "agent_note",
     "Customer asked to move her delivery address for thank-you cards from Church Street to Mill Lane. "
     "Updated."),
    ("special_categories", "sensitive", "web_form",
     "My ancestry DNA results say I'm 40% West African and I'd like to raise money to visit the region. "
     "Can I include a screenshot of the results on the page?"),
    ("special_categories", "benign", "web_form",
     "Christian Holt from our accounts team is co-organising the office page. He can't see the payout "
     "screen. Can you check his permissions?"),
    ("special_categories", "sensitive", "sms",
     "my genetic test came back positive, same thing dad had. need to change the page story"),
    ("special_categories", "benign", "sms",
     "is the vicar allowed to be admin on the church hall page? ref TW-290014"),
    ("special_categories", "sensitive", "in_app",
     "Can I upload my whole genome sequencing report as a PDF? I want donors to see why the rare "
     "variant matters."),
    ("special_categories", "benign", "in_app",
     "Face it, the new layout is worse. How do I get the old one back?"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, it's Comfort. I've been told I carry the sickle cell trait and I'd like to mention it on my "
     "page for my sister's treatment. Is that okay to put? 07700 900832."),
    ("special_categories", "benign", "voicemail",
     "Hi, it's the diocese office. Several parishes are asking about GiftAid Autofill for their appeals. "
     "Could someone call us on 555-0140?"),
    ("special_categories", "sensitive", "chat",
     "since the accident my fingerprint doesn't match any more so the app won't let me in || Agent: I'll "
     "reset your login so you can use a passcode instead. || thanks"),
    ("special_categories", "benign", "chat",
     "do you collect ethnicity data from donors? our board wants a diversity breakdown || Agent: We don't "
     "collect ethnicity. || ok thanks"),
    ("special_categories", "sensitive", "agent_note",
     "Customer asked for her VoiceKey voiceprint to be deleted and to verify by PIN from now on. Voiceprint "
     "removed."),
    ("special_categories", "sensitive", "web_form",
     "Your selfie check matched my face to my sister's account and blocked mine as a duplicate. We're not "
     "twins! Please fix."),
    ("special_categories", "sensitive", "in_app",
     "Please delete the face template TrustMark made from my selfie. I passed, I don't want it stored."),
    ("special_categories", "sensitive", "dm",
     "weird one - my twin brother opened my Tillwell app with his face. can you turn off face login for "
     "me"),
    ("special_categories", "benign", "review",
     "Our mosque committee set up the Eid appeal in an afternoon. Gift Aid worked perfectly."),
    ("special_categories", "benign", "email",
     "Hello, the Riverside Humanist Society is organising a sponsored walk for a hospice. Can the society "
     "be the organiser even though it's not a charity? Thanks"),
    ("special_categories", "benign", "web_form",
     "Our union branch runs a hardship fund for members in general. Could the branch open a page for it, "
     "with the branch account as payee?"),
    ("special_categories", "benign", "in_app",
     "The title dropdown has Mr, Mrs, Ms and Mx but not Dr. Can you add it?"),
    ("special_categories", "benign", "dm",
     "Faith Morton is my co-organiser and she can't log in, it says her email isn't recognised"),
    ("special_categories", "benign", "in_app",
     "The face of our page is Barney the Badger, our mascot. Can the main image be a cartoon?"),
    ("special_categories", "benign", "call_transcript",
     "Caller: Our art group's doing a 'Fingerprint Trees' exhibition to raise for the library. || Agent: "
     "Sounds lovely. || Caller: Can visitors donate by QR code at the show? || Agent: Yes, every page has "
     "a QR code under Share."),
    ("special_categories", "benign", "review",
     "The DNA of this app is simplicity. Set up, share, get paid. Wish more sites were like it."),
    ("special_categories", "benign", "sms",
     "is there a tillwell stand at the temple meads fun run sunday?"),
]


def haugh_examples() -> list[dict]:
    """The haugh split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("haugh", ENTRIES, SUBJECTS)
