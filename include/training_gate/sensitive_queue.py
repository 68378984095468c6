"""A held-out "queue" evaluation split for the sensitive-topic stage, written by hand on 2026-11-22 by a
writer who had not seen the detection rules, their anchors, or any of the other evaluation splits, and
measured before any rule change made in response to it. It covers five categories (health,
financial_hardship, violence_self_harm, children, bereavement), each with 20 sensitive and 20 benign
tickets, mostly in the voice (transcribed calls with ums and false starts), form (labelled web-form
fields), thread (3-6 turns with the agent, the fact sometimes late or stated by the agent), summary (agent
notes), non-native and typos registers, with one email per group. Industries: telecom, bank, insurer,
airline, hotel, online shop, grocery delivery, SaaS, utilities, gym, school supplies, streaming, car
rental, pharmacy shop, marketplace. All names and values are made up."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS = (
    "Order 55120",
    "Account help",
    "Booking change",
    "Billing question",
    "Cancellation request",
    "Delivery problem",
    "Refund",
    "Plan change",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---------------------------------------------------------------- health
    ("health", "sensitive", "voice",
     "Hi, um, yeah, I'm calling about the, uh, the gym membership. I need to - sorry - I need to freeze it for "
     "three months because I'm, um, I'm having knee surgery in March and the physio says no weights till June. "
     "Can you do that without the fee?"),
    ("health", "sensitive", "form",
     "Request type: Booking change\nBooking ref: HT-4471\nReason for request: My husband was admitted to "
     "hospital on Friday and we cannot travel on the 14th.\nPreferred outcome: Move the dates or a voucher"),
    ("health", "sensitive", "thread",
     "Hi, I need to change the delivery address for my order this week. || Agent: Sure, what's the new address? "
     "|| It's my sister's flat for now, same town, I'll message the full address. I can't manage the stairs at "
     "home since the chemo started so I'm staying with her. || Agent: Understood, I've updated it and the "
     "courier will bring it to the door."),
    ("health", "sensitive", "summary",
     "Call summary: customer asked to add her adult son as a second authorised user on the mobile account. "
     "Reason given: she has early-stage dementia and wants him to handle billing from now on. Added after ID "
     "check."),
    ("health", "sensitive", "non-native",
     "Hello, I am writing for the flight next week. My wife she is pregnant seven month and the doctor say is "
     "not good to fly long. Please how we can change ticket without pay too much?"),
    ("health", "sensitive", "typos",
     "hey cant log in to the pharmacy app again, need to reorder my insulin befor friday pls help its the 3rd "
     "time this week"),
    ("health", "sensitive", "voice",
     "Yeah hi, so I - the reason I'm ringing, I've got this, um, I'm deaf in one ear and the, the automated "
     "line is really hard for me, is there a way to get, like, a text option instead for the bank stuff?"),
    ("health", "sensitive", "form",
     "Name: Priya\nAccount: Streaming, family plan\nAccessibility needs: I'm registered blind and use a screen "
     "reader; the new player controls aren't labelled so I can't pause or skip.\nWhat would you like us to do: "
     "Fix the labels or tell me a workaround"),
    ("health", "sensitive", "thread",
     "I want to cancel the meal kit subscription please. || Agent: Sorry to see you go. Can I ask why? || "
     "Honestly the recipes just don't work for me anymore. || Agent: Got it - I see from your earlier note that "
     "you were diagnosed as coeliac last month, so a lot of our boxes won't suit. I've cancelled and refunded "
     "this week's box."),
    ("health", "sensitive", "summary",
     "Agent note: caller asked to move the car loan payment date from the 1st to the 20th. She went part-time "
     "after her MS diagnosis and her pay now lands later in the month. Date change approved."),
    ("health", "sensitive", "non-native",
     "Good morning, I need cancel my gym contract. Doctor find I have problem with heart, arrhythmia, and he say "
     "no more sport intense. I send you the certificate if need."),
    ("health", "sensitive", "typos",
     "my order of the glucose test strips came open and half are misssing, im type 1 so i kinda need them this "
     "weekend, can u resend asap"),
    ("health", "sensitive", "voice",
     "Hello, it's, er, it's about the hotel booking for the 22nd. We're gonna need an accessible room actually - "
     "my dad, he uses a wheelchair now after the stroke - so, um, ground floor, roll-in shower, that kind of "
     "thing."),
    ("health", "sensitive", "email",
     "Hi team, could you pause my broadband contract for six weeks? I'll be an inpatient at a rehab clinic for "
     "alcohol dependency from the 3rd and nobody will be at the flat. I'd like to keep the same number when it "
     "restarts. Thanks, Tom"),
    ("health", "sensitive", "thread",
     "Hi, my parcel says delivered but it isn't here. || Agent: I'm sorry about that. Could it have been left "
     "with a neighbour or in a safe place? || I checked with both neighbours. It's my replacement CPAP mask so I "
     "really need it, I haven't slept properly in three nights. || Agent: I'll raise a trace and send a "
     "replacement today on express."),
    ("health", "sensitive", "form",
     "Claim type: Travel cancellation\nPolicy no: TRV-20831\nDescription: Had to cancel the Lisbon trip - I was "
     "signed off with a panic disorder flare-up the week before and my GP advised against travelling. Letter "
     "attached.\nAmount claimed: 640 EUR"),
    ("health", "sensitive", "summary",
     "Chat summary: customer disputed a car rental damage charge. She says the scratch was already there at "
     "pickup; she couldn't inspect the car properly because she was two days out of cataract surgery and her "
     "vision was blurred. Photos requested from the branch."),
    ("health", "sensitive", "non-native",
     "Hi, sorry my english. My mother have the Parkinson and her hands shake, she can not use the small buttons "
     "of new phone. Is possible to change for model with big keys, same contract?"),
    ("health", "sensitive", "voice",
     "Right, so, uh, the grocery slot on Thursday - can we, can we make it the morning one? I'm on dialysis "
     "Tuesday Thursday afternoons and I'm not back till six. Yeah. Thanks."),
    ("health", "sensitive", "typos",
     "pls take the nut items out of my weekly box, found out last month im anaphylactic to them and the epipen "
     "is now my best freind lol. thx"),
    ("health", "benign", "voice",
     "Hi, um, I ordered the, the first aid kit from you guys, the big one for the car, and it came without the, "
     "uh, the scissors. Can you send those separately?"),
    ("health", "benign", "form",
     "Company: Northgate Dental Practice\nRequest: Add two new receptionist logins to our booking software\n"
     "Users: Aisha, Mark\nPriority: Normal"),
    ("health", "benign", "thread",
     "My smartwatch stopped tracking heart rate after the update. || Agent: Sorry about that! Which model is it? "
     "|| The Pulse 3. Steps still work, just the heart rate screen says 'no data'. || Agent: That's a known "
     "firmware bug; a fix ships Friday. Meanwhile restarting the watch usually brings it back."),
    ("health", "benign", "summary",
     "Call summary: customer is comparing travel insurers and asked in general terms how we treat pre-existing "
     "medical conditions. Nothing declared, no quote taken; sent the policy wording page."),
    ("health", "benign", "non-native",
     "Hello, I buy vitamin C and zinc in your pharmacy shop online but the box arrive crushed. Please can you "
     "send new one? Thank you so much."),
    ("health", "benign", "typos",
     "ur app is sick!! the new dark mode is insane, but the search bar keeps crashing when i type more than 3 "
     "words lol pls fix"),
    ("health", "benign", "voice",
     "Yeah, hiya, so the hotel - we booked the spa package, the, um, the wellness weekend, and the massage slot's "
     "showing as 7am, which, no. Can we move it to the afternoon?"),
    ("health", "benign", "form",
     "Reason for request: Refund\nItem: Blood pressure monitor (retirement gift for a colleague)\nProblem: "
     "Arrived without the cuff\nPreferred outcome: Replacement before Friday"),
    ("health", "benign", "thread",
     "Hi, our clinic's website is down. || Agent: Sorry to hear that - which domain? || It's the vet clinic one, "
     "the appointments page gives a 502. || Agent: Found it, the SSL certificate expired; I've renewed it and the "
     "page is back."),
    ("health", "benign", "summary",
     "Agent note: customer called about a duplicate charge for the gym's 'Recovery & Physio Zone' add-on. Only "
     "one add-on is on the account; refunded the second charge."),
    ("health", "benign", "non-native",
     "Dear support, my colleague say your app has the health tab with the sleep graph. I can not find it in my "
     "version, it is only in the premium? Thanks"),
    ("health", "benign", "typos",
     "the hand sanitiser pump in my order is broke, leaked all over the box. can i get a refund for just that "
     "item plz"),
    ("health", "benign", "voice",
     "Um, hi, I'm calling from, er, from the Riverside Care Home, the office side. Our internet's been dropping "
     "every afternoon about three, it's the business line, and we need it stable for the rota system."),
    ("health", "benign", "email",
     "Hello, I'm a nurse on night shifts, so the 8am delivery windows never suit me. Could you add evening slots "
     "in my area, or let me pick a locker instead? Thanks, Dana"),
    ("health", "benign", "thread",
     "Is the Mind+Body plan the same as the basic one plus yoga? || Agent: Mostly - it also includes the "
     "meditation app and two sessions with a trainer. || OK cool, and can I switch mid-month? || Agent: Yes, the "
     "difference is pro-rated on your next bill."),
    ("health", "benign", "form",
     "Subject: Feedback\nProduct: Doctor's Orders chilli sauce, extra hot\nComment: The new bottle has a cracked "
     "cap and leaked in transit.\nRating: 2/5"),
    ("health", "benign", "summary",
     "Chat summary: customer asked for the airline's general rules on carrying medicines in cabin baggage, for "
     "a group trip she organises for her running club. No personal details given; linked the policy page."),
    ("health", "benign", "non-native",
     "Hi, I am student of pharmacy and I want to buy the anatomy textbook second edition, but the website say "
     "out of stock. When you have it again?"),
    ("health", "benign", "voice",
     "Hi yeah, so, the, uh, the streaming app - there's that, the medical drama, the one with the surgeons - "
     "season three just vanished from my list. Was it removed or is it my account?"),
    ("health", "benign", "typos",
     "this printer is giving me a headache lol, says paper jam but theres no paper in it. model HX-200. any "
     "ideas"),
    # ---------------------------------------------------------------- financial_hardship
    ("financial_hardship", "sensitive", "voice",
     "Hi, um, yeah, I - so I lost my job last month, the whole site closed, and I, I can't really keep the "
     "phone contract at this price. Is there a, uh, a cheaper plan I can move to without the early exit fee?"),
    ("financial_hardship", "sensitive", "form",
     "Request type: Payment arrangement\nAccount: Electricity, prepay meter\nReason for request: On Universal "
     "Credit and the last two top-ups wiped me out. Need to spread the winter arrears.\nContact preference: "
     "Text"),
    ("financial_hardship", "sensitive", "thread",
     "Can you tell me why my card was declined for the insurance renewal? || Agent: I can see the bank returned "
     "the payment. || Yeah that's about right, I'm between jobs and everything's tight. Can I pay monthly "
     "instead of annually? || Agent: Yes, I've switched you to monthly - the first instalment is 38 EUR on the "
     "5th."),
    ("financial_hardship", "sensitive", "summary",
     "Call summary: caller asked to stop the gym direct debit. He has debts with a collection agency and is on "
     "a repayment plan set up by a debt charity, so all non-essential spending is cut. Membership cancelled, "
     "exit fee waived."),
    ("financial_hardship", "sensitive", "non-native",
     "Hello, we receive letter that we must leave the apartment end of month because we are late with rent. So "
     "please cancel internet from 30th and tell me where send the router back."),
    ("financial_hardship", "sensitive", "typos",
     "hi got a letter from ur collections ppl about the overdraft, i honestly cant pay it rite now, lost hours "
     "at work. can we do like 20 a month"),
    ("financial_hardship", "sensitive", "voice",
     "So, er, the car rental booking for next month, I need to cancel it. We, um - things have gone a bit "
     "sideways, we've had to go through, uh, personal insolvency, so, yeah, no holiday this year. Can I get the "
     "deposit back?"),
    ("financial_hardship", "sensitive", "form",
     "Name: Kemal\nService: Broadband + TV\nWhat do you need?: Downgrade to broadband only\nAnything else we "
     "should know?: We're living off food bank parcels this month so the TV is the first thing to go."),
    ("financial_hardship", "sensitive", "thread",
     "I want to close my savings pot please. || Agent: No problem. Before I do - I see the note from your call "
     "on Monday that you were made redundant and asked about a payment holiday on the loan. Do you want me to "
     "set that up as well? || Yes please, that would help a lot. || Agent: Done, three months' holiday from the "
     "next due date."),
    ("financial_hardship", "sensitive", "summary",
     "Agent note: customer asked for the grocery subscription to be paused indefinitely. Her part-time job "
     "ended and she's getting by on pension credit alone, so she can't justify the fee. Paused, no charge."),
    ("financial_hardship", "sensitive", "non-native",
     "Dear, I am sorry but I can not pay the last invoice of the language school. My company did bankrupt and I "
     "don't get salary since three months. Can I pay in parts?"),
    ("financial_hardship", "sensitive", "typos",
     "plz stop sending the bills to my old adress, i got evicted in march n im sofa surfing at a mates. use "
     "email only ta"),
    ("financial_hardship", "sensitive", "voice",
     "Hi there. Uh. I'm ringing 'cause the bailiffs - sorry, enforcement agents, whatever - they came round about "
     "the council tax, and I just need to know if, um, if you can hold the water bill for a couple of weeks "
     "while I sort it."),
    ("financial_hardship", "sensitive", "email",
     "Hello, I was charged the annual fee for my streaming subscription on the 3rd. I'd like a refund as I "
     "haven't watched anything since, and frankly every euro counts right now - my hours at the warehouse were "
     "cut to zero and I'm waiting on my jobseeker's payment. Thanks, Nadia"),
    ("financial_hardship", "sensitive", "thread",
     "Hi, I'd like to change my mobile plan. || Agent: Sure! Upgrade or downgrade? || Downgrade, the cheapest "
     "there is. || Agent: That's the 5 GB plan at 7 a month. Shall I switch you? || Yes. Honestly I'm behind on "
     "three other bills so anything helps."),
    ("financial_hardship", "sensitive", "form",
     "Claim type: Premium holiday request\nPolicy: Home contents\nReason for request: Self-employed, lost my two "
     "main clients, nothing coming in since January. Can't cover premiums for now.\nDuration requested: 3 "
     "months"),
    ("financial_hardship", "sensitive", "summary",
     "Chat summary: customer asked whether the airline accepts a voucher for part of a fare. She is on income "
     "support and can only afford the trip with the voucher from last year's cancellation. Explained voucher "
     "rules."),
    ("financial_hardship", "sensitive", "non-native",
     "Hallo, my hotel booking I must cancel. Money is no more, my husband lose his job in the factory and we "
     "have many debt now. Please if possible the refund, not voucher."),
    ("financial_hardship", "sensitive", "voice",
     "Yeah so, um, I - the thing is the electric, I've been putting it off, I've got the red letters stacked up "
     "on the side and I just, I can't, there's nothing coming in at the minute. What are my options?"),
    ("financial_hardship", "sensitive", "typos",
     "hey my gym membership keeps trying to charge me but my account's overdrawn and the bank hits me with a "
     "fee for every bounced payment. im skint til further notice, just cancel it pls"),
    ("financial_hardship", "benign", "voice",
     "Hi, um, yeah, my bill went up by like four pounds this month and I didn't change anything? Just want to "
     "know what the, the extra line item is."),
    ("financial_hardship", "benign", "form",
     "Company: Hart & Lowe Debt Recovery Ltd\nRequest: Add five seats to our CRM licence\nBilling contact: "
     "Accounts team\nPO number: 77120"),
    ("financial_hardship", "benign", "thread",
     "My card was declined at checkout. || Agent: Sorry! It looks like the expiry date entered was last year's. "
     "|| Oh, the new card came last week, silly me. Trying again now. || Agent: I can see it's gone through - "
     "the order is confirmed."),
    ("financial_hardship", "benign", "summary",
     "Call summary: customer asked to move the direct debit date from the 1st to the 28th to line up with "
     "payday. No arrears on the account. Updated."),
    ("financial_hardship", "benign", "non-native",
     "Hello, I pay the invoice two time by mistake, one with card and one with bank transfer. Please give back "
     "one of them. Thank you."),
    ("financial_hardship", "benign", "typos",
     "lol this game is bankrupting me, 3 skins this week. anyway can u tell me why the bundle price is "
     "different in the store vs the app"),
    ("financial_hardship", "benign", "voice",
     "Hi, I'm calling about the, um, the sale. The 'Broke Student' bundle, the laptop and headphones one - it "
     "says sold out but the ad's still running?"),
    ("financial_hardship", "benign", "form",
     "Reason for request: Invoice correction\nInvoice no: INV-30412\nIssue: VAT number missing on our company "
     "invoice\nRequested action: Reissue with VAT number"),
    ("financial_hardship", "benign", "thread",
     "Hi, I'm a financial adviser and some of my clients use your budgeting app. || Agent: Great, how can we "
     "help? || Is there a way for them to share read-only access with me? || Agent: Yes - under Settings > "
     "Sharing they can invite an adviser with view-only rights."),
    ("financial_hardship", "benign", "summary",
     "Agent note: customer wanted to know what the late fee would be if a payment were ever missed, as she's "
     "building a budget spreadsheet. Account is up to date. Explained the fee schedule."),
    ("financial_hardship", "benign", "non-native",
     "Good day, I want close my second bank account because I have too many accounts and it is confusing. I "
     "move the money to my main account. How I do?"),
    ("financial_hardship", "benign", "typos",
     "ur site says 'payment failed' but the money left my acount?? pls check order 4471, dont want to be "
     "charged twice"),
    ("financial_hardship", "benign", "voice",
     "Hello, it's, er, it's the office manager at Carver Insolvency Practitioners - our, um, our printer lease "
     "is up at the end of the month and we want to renew it, same model if you still do it."),
    ("financial_hardship", "benign", "email",
     "Hi, I've just retired and want to move my mobile from the business plan my employer paid for to a "
     "personal one in my own name. Can I keep the number? Thanks, Graham"),
    ("financial_hardship", "benign", "thread",
     "Can I get a refund on the concert tickets? || Agent: They're non-refundable, but you can resell them "
     "through our exchange. || I just can't make that date now, I've got a work trip. || Agent: Understood - "
     "I've listed them on the exchange at face value."),
    ("financial_hardship", "benign", "form",
     "Subject: Question about stock\nProduct: 'Debt Free in 12 Months' (paperback)\nQuestion: Is the hardback "
     "coming back? Our book club picked it for next month and a few of us want hardbacks."),
    ("financial_hardship", "benign", "summary",
     "Chat summary: customer asked to switch her electricity tariff from fixed to variable after seeing a "
     "cheaper rate advertised. No payment issues. Quote sent."),
    ("financial_hardship", "benign", "non-native",
     "Hi, my company is closing the office in Lyon and move everybody to Paris, so I need transfer my internet "
     "contract to new address. The company pay the moving so no problem for me."),
    ("financial_hardship", "benign", "voice",
     "Yeah, so, the, um, the hotel took the deposit twice on my card, it's a hold I think, not an actual "
     "charge, but can you just release the second one?"),
    ("financial_hardship", "benign", "typos",
     "wanna upgrade to premium but it says my account is 'suspended - payment required'. i paid yesterday, "
     "prob just slow to update? ref is in the app"),
    # ---------------------------------------------------------------- violence_self_harm
    ("violence_self_harm", "sensitive", "voice",
     "Hi, yeah, um, I need to change the, the number on my account, and - and the address it's registered to. "
     "My ex has been, uh, turning up, he's been threatening me, and I don't want him finding the new place "
     "through the bills."),
    ("violence_self_harm", "sensitive", "form",
     "Request type: Privacy\nAccount: Mobile\nReason for request: Someone keeps sending me abusive messages and "
     "threats from withheld numbers. Please block withheld callers and tell me how to report it.\nUrgency: "
     "High"),
    ("violence_self_harm", "sensitive", "thread",
     "Hi, can I remove a second user from my streaming account? || Agent: Sure, which profile? || The one "
     "called 'D'. It's my husband's. || Agent: Done - anything else? || Please also change the email on the "
     "account. He hits me when he's been drinking and I'm leaving on Saturday, I don't want him seeing where I "
     "log in from."),
    ("violence_self_harm", "sensitive", "summary",
     "Call summary: customer called to cancel a flower delivery to her flat. During the call she said she was "
     "assaulted outside the building last week and doesn't want anything left on the doorstep. Delivery "
     "cancelled, refunded."),
    ("violence_self_harm", "sensitive", "non-native",
     "Hello, please stop to send package to my work address. A colleague is harass me every day, he take my "
     "packages and make comments, HR know. Only send at home please."),
    ("violence_self_harm", "sensitive", "typos",
     "need to cancel my gym membrship asap, a guy there has been folowing me to my car n waiting outside, its "
     "really scaring me. no way im going back"),
    ("violence_self_harm", "sensitive", "voice",
     "Um, hi, I just wanna cancel everything. The phone, the, the TV, all of it. I won't - I won't be needing "
     "it. I don't really plan on being around much longer, so."),
    ("violence_self_harm", "sensitive", "form",
     "Name: Joanna\nOrder: Kitchen knife set\nReason for return: Please take it back. I've been having thoughts "
     "of hurting myself and my counsellor asked me to get sharp things out of the flat.\nRefund method: "
     "Original card"),
    ("violence_self_harm", "sensitive", "thread",
     "I'd like my parcels held at the depot rather than delivered home. || Agent: Of course. Can I ask if "
     "there's a reason, so I can flag it right? || Just safer that way. || Agent: Understood. I can see the "
     "domestic abuse marker on your account, so I'll set it to depot-only and take your address off the "
     "courier label."),
    ("violence_self_harm", "sensitive", "summary",
     "Agent note: customer asked for a replacement bank card to be posted to her sister's. States her partner "
     "takes her cards, controls all her money and threatened her when she objected. Flagged to the vulnerable "
     "customer team."),
    ("violence_self_harm", "sensitive", "non-native",
     "Hello, I want change the code of the smart door lock. My brother-in-law he hit my sister and now she live "
     "with me, he know the old code. Please urgent."),
    ("violence_self_harm", "sensitive", "typos",
     "pls help, someone hacked my insta and is posting stuff telling me to kill myself and sending it to my "
     "friends. how do i get it back"),
    ("violence_self_harm", "sensitive", "voice",
     "So I'm, um - yeah. The hotel booking, the, for the weekend. I need it in my name only, not - he's not "
     "allowed to know where I am. There's, uh, there's a lot of history there. He's hurt me before."),
    ("violence_self_harm", "sensitive", "email",
     "Hello, I'm writing to ask you to close the joint account I hold with my father. I'm 34 and moved out "
     "years ago, and I no longer want any connection - he was violent towards me and my mother for years and "
     "I've finally cut contact. Please confirm what you need from me. Regards, Elif"),
    ("violence_self_harm", "sensitive", "thread",
     "The taxi app keeps showing my home as the default pickup. || Agent: You can change that under Saved "
     "Places. || Thanks. One more thing: a driver last night made sexual comments and wouldn't unlock the doors "
     "until I screamed. I want to report him. || Agent: I'm so sorry. I've suspended that driver pending "
     "investigation and our safety team will call you today."),
    ("violence_self_harm", "sensitive", "form",
     "Complaint category: Staff conduct\nService: Grocery delivery, evening slot\nDetails: Your driver told me "
     "he'd 'come back and sort me out' after I said the bags were soaked. He knows where I live.\nDesired "
     "outcome: He never delivers to me again"),
    ("violence_self_harm", "sensitive", "summary",
     "Chat summary: customer asked us to delete her order history. Said she's been cutting herself and doesn't "
     "want her flatmate finding what she bought. History deleted; support line shared."),
    ("violence_self_harm", "sensitive", "non-native",
     "Sorry for english. Last week a man in your shop push me on the floor and shout bad words about me. The "
     "security not do nothing. I want make complaint and also refund for the jacket I drop."),
    ("violence_self_harm", "sensitive", "voice",
     "Hi. Um. Ringing about my phone bill, the, the data charges. I've been, like, texting a crisis line a lot "
     "at night, when it gets - when it gets bad and I think about ending it, and I didn't realise it cost "
     "extra. Can that be taken off?"),
    ("violence_self_harm", "sensitive", "typos",
     "my ex keeps makin new accounts on ur app to msg me, blocked him like 12 times, hes saying hes gonna find "
     "me. can u stop him signing up??"),
    ("violence_self_harm", "benign", "voice",
     "Hi, um, I ordered the, the boxing gloves and the punch bag, and the bag came without the, uh, the ceiling "
     "hook. Can you send that?"),
    ("violence_self_harm", "benign", "form",
     "Product: 'Killer Queen' lipstick, shade 04\nIssue: Wrong shade delivered (received 06)\nRequested "
     "outcome: Exchange"),
    ("violence_self_harm", "benign", "thread",
     "Can I get the true-crime docuseries in 4K? || Agent: The first season is in 4K; the second is HD only for "
     "now. || Ah ok, season two is the one about the bank robbery gang? || Agent: That's the one - 4K for it "
     "is planned for spring."),
    ("violence_self_harm", "benign", "summary",
     "Call summary: customer complained the delivery driver threw the parcel over the gate and the lamp inside "
     "arrived broken. Replacement sent, driver feedback logged."),
    ("violence_self_harm", "benign", "non-native",
     "Hello, the game I buy, 'Zombie Massacre 3', it crash every time at level 5. I have the update. Please "
     "help me."),
    ("violence_self_harm", "benign", "typos",
     "lol your checkout page is killing me, it keeps timing out when i hit pay. tried 3 browsers"),
    ("violence_self_harm", "benign", "voice",
     "Yeah hi, so I run a self-defence class at the, at the community centre and I wanted to, um, to order "
     "twenty of the padded mats, is there a bulk discount?"),
    ("violence_self_harm", "benign", "form",
     "Organisation: Lakeside Women's Shelter (office admin)\nRequest: Renew our website hosting for another "
     "year\nInvoice to: Finance mailbox"),
    ("violence_self_harm", "benign", "thread",
     "I'm getting spam texts from a number claiming to be you. || Agent: Thanks for flagging - we never ask for "
     "passwords by text. || OK, it said my account would be 'terminated' if I didn't click. || Agent: That's "
     "phishing. Please delete it; I've reported the sender to the network."),
    ("violence_self_harm", "benign", "summary",
     "Agent note: customer asked for a refund on a paintball session after the venue cancelled due to "
     "flooding. Refund issued."),
    ("violence_self_harm", "benign", "non-native",
     "Hi, I am writer and my new crime novel has scene with a murder in hotel. Can I visit your hotel lobby to "
     "take photos for inspiration? Is need permission?"),
    ("violence_self_harm", "benign", "typos",
     "ur new update absolutley murdered my battery life, 40% gone in an hour. can i roll back?"),
    ("violence_self_harm", "benign", "voice",
     "Um, hi, I'm calling about my, the home insurance. The storm last night, a branch smashed through the, the "
     "conservatory roof. Nobody hurt, just glass everywhere. How do I claim?"),
    ("violence_self_harm", "benign", "email",
     "Hello, I'm the IT lead at a martial arts academy. We'd like a shared calendar for sparring sessions and "
     "belt gradings across three locations. Could you send pricing for 15 staff users? Thanks, Omar"),
    ("violence_self_harm", "benign", "thread",
     "I want to dispute a charge from 'Hitman Barbers'. || Agent: Can you tell me more? || I went once and paid "
     "cash, but the card was charged too. || Agent: I've raised a dispute; you'll hear back within 10 working "
     "days."),
    ("violence_self_harm", "benign", "form",
     "Subject: Gift wrap request\nItem: Kitchen knife set, 8 pieces\nMessage for card: 'Happy housewarming, "
     "chef!'\nDelivery date: Saturday"),
    ("violence_self_harm", "benign", "summary",
     "Chat summary: customer's food order arrived cold and an hour late. She said she was 'ready to strangle "
     "someone' but was polite throughout. Voucher issued."),
    ("violence_self_harm", "benign", "non-native",
     "Good evening, the film 'Silent Scream' in my rent list disappear. I pay for 48 hours but it is only 24 "
     "hours. Please give me the rest of time."),
    ("violence_self_harm", "benign", "voice",
     "Hi, er, so the gym - the, the kickboxing class on Tuesday got cancelled three weeks in a row. I'm paying "
     "for the combat add-on specifically. Can I get those weeks back?"),
    ("violence_self_harm", "benign", "typos",
     "hey the 'Knockout' hair dryer i bought blew a fuse first use lol, smell of burning. want a refund not a "
     "replacement thx"),
    # ---------------------------------------------------------------- children
    ("children", "sensitive", "voice",
     "Hi, um, so I'm calling to add my - my son to the family phone plan. He's, uh, he's just gone into Year 7, "
     "so I want the, the content filters on his line."),
    ("children", "sensitive", "form",
     "Account holder: Marta\nRequest: Add a second traveller to booking FR-3390\nTraveller name: Lucia\n"
     "Traveller date of birth: 14/03/2019\nSeat request: Next to account holder"),
    ("children", "sensitive", "thread",
     "Hi, the school shoes I ordered are the wrong size. || Agent: Sorry! Which size did you get? || A 13, I "
     "ordered a 1. They're for Ana, she's going into 3rd grade and her feet shot up over the summer. || Agent: "
     "I've sent a size 1 pair; return the 13s with the label in the box."),
    ("children", "sensitive", "summary",
     "Call summary: customer asked to reverse three film purchases on the streaming account; her 9yo bought "
     "them on the living-room TV without realising. Refunded as a one-off and PIN lock enabled."),
    ("children", "sensitive", "non-native",
     "Hello, I book the hotel room for two adult and one baby of 8 month. Please you have the cot for baby? And "
     "is possible warm the milk in restaurant?"),
    ("children", "sensitive", "typos",
     "shes in yr 2 and the uniform order came with a yr 6 jumper lol its like a dress on her. can u swap"),
    ("children", "sensitive", "voice",
     "Yeah, hi, it's - my daughter's fifteen and she's, um, she's been racking up in-app purchases on the "
     "game, like, two hundred quid. Can I get a refund and, and stop her doing it again?"),
    ("children", "sensitive", "form",
     "Reason for request: Account closure\nAccount holder: Lukas (14)\nRequester: His mother\nDetails: He "
     "opened this account without permission and is under your minimum age. Please delete it and his data."),
    ("children", "sensitive", "thread",
     "I need to change the pickup name on Saturday's grocery order. || Agent: Sure, who'll be collecting? || My "
     "ex-husband - under the custody arrangement it's his weekend with the boys, so the shopping goes to his "
     "place. || Agent: Done, the pickup name is updated."),
    ("children", "sensitive", "summary",
     "Agent note: customer asked to move the broadband install from 8-10 to 10-12. Her little one starts at "
     "nursery at 8:30 and she can't be home before 9:15; he's two in March. Slot changed."),
    ("children", "sensitive", "non-native",
     "Buenos dias, I write for my daughter. She has 12 years and want open account on your app for study "
     "English. Is allowed for her age, or I must open with my name?"),
    ("children", "sensitive", "typos",
     "hey my toddler threw my phone in the bath (again lol) and now the screen is black. does the insurance "
     "cover water damage?"),
    ("children", "sensitive", "voice",
     "Hi, um, I'm - I'm thirteen and I got locked out of my account for the, the game, and my mum's at work so "
     "I can't ask her. Can you reset it?"),
    ("children", "sensitive", "email",
     "Hello, my son is in Grade 4 at a school in Ontario and needs a laptop for class, so I bought one through "
     "your education store. The education discount wasn't applied at checkout. Could you refund the "
     "difference? Thanks, Wei"),
    ("children", "sensitive", "thread",
     "Hi, I'd like to add a car seat to the rental. || Agent: Of course. To pick the right seat, could you tell "
     "me the passenger's age and weight? || She's 18 months, about 11 kilos. || Agent: That's a rear-facing "
     "seat - added for 6 EUR a day."),
    ("children", "sensitive", "form",
     "Activity booking\nParticipant: Theo\nSchool year: CE2\nRequest: Move Theo from the Wednesday swimming "
     "group to Saturday morning\nContact: Parent"),
    ("children", "sensitive", "summary",
     "Chat summary: customer asked why her son was charged an adult fare. He'll still be eleven on the travel "
     "date (turns 12 in October). Fare recalculated to the child rate, difference refunded."),
    ("children", "sensitive", "non-native",
     "Hallo, my son is in the 5. Klasse at Gymnasium and the book list say he need the atlas from your shop. It "
     "is not in stock, when it come again?"),
    ("children", "sensitive", "voice",
     "Hi, yeah, just - we had the baby two weeks ago, so, um, I need to push the, the kitchen delivery back a "
     "month, we just can't have fitters in right now."),
    ("children", "sensitive", "typos",
     "can u add a 2nd driver to my car insurance, its my lad, he just passed his test, hes 17 in 2 weeks so "
     "technically 16 atm lol"),
    ("children", "benign", "voice",
     "Hi, um, I'm calling from, er, Greenfield Primary, the school office. We ordered sixty exercise books and "
     "got, uh, thirty. Can you send the rest?"),
    ("children", "benign", "form",
     "Product: Kids' bike helmet, size M\nIssue: Strap buckle cracked on arrival\nRequested outcome: "
     "Replacement\nGift wrap: Yes"),
    ("children", "benign", "thread",
     "Can I add my daughter as an authorised user on my credit card? || Agent: Yes, authorised users need to be "
     "18 or over. || That's fine, she's 24 and just moved back from abroad. || Agent: Great, I've sent the form "
     "to the email on file."),
    ("children", "benign", "summary",
     "Call summary: customer asked which channels the 'Family & Kids' streaming add-on includes. No purchase "
     "made; channel list sent by email."),
    ("children", "benign", "non-native",
     "Hello, I am teacher of English for adults in evening school. I want order 25 dictionaries for my class. "
     "You make discount for schools?"),
    ("children", "benign", "typos",
     "omg the baby yoda mug i ordered came smashed lol. can i get another one, its a gift for my boss"),
    ("children", "benign", "voice",
     "Yeah hi, so my, my son's just bought his first flat - he's thirty-one, finally - and I want to send him "
     "the, the housewarming hamper, but the address field won't take his postcode."),
    ("children", "benign", "form",
     "Organisation: Little Oaks Nursery Ltd (head office)\nRequest: Quote for business broadband\nSites: 3\n"
     "Contract length: 24 months"),
    ("children", "benign", "thread",
     "Hi, is the kids' menu available on room service? || Agent: It is - it's on page 4 of the in-room folder. "
     "|| Ah great, it's actually for me, I just like small portions, is that allowed? || Agent: Absolutely, "
     "anyone can order from it."),
    ("children", "benign", "summary",
     "Agent note: customer, a secondary-school maths teacher, asked to redirect the delivery of graphing "
     "calculators to the school reception for the start of term. Updated."),
    ("children", "benign", "non-native",
     "Hi, my grandson he is 22 and he study in Milano, I want send him a parcel with food from home. How much "
     "cost to Italy 5 kilo?"),
    ("children", "benign", "typos",
     "ur 'Toddler Tough' phone case is actually great lol, dropped my phone down the stairs and not a "
     "scratch. do u do it for the newer model?"),
    ("children", "benign", "voice",
     "Hi, so, um, I ordered the, the rocking horse - it's for the window display in my antiques shop - and it "
     "came with a leg snapped off."),
    ("children", "benign", "email",
     "Hello, we're a small publisher of children's picture books and want to move our online shop to your "
     "platform. Do you support pre-orders and an ISBN field on products? Best, Ingrid"),
    ("children", "benign", "thread",
     "Hi, I'm booking the minibus for our five-a-side team's away game. || Agent: How many passengers? || "
     "Twelve, all grown men, though they're a bunch of big kids so maybe not the one with carpets. || Agent: "
     "Ha, noted - the 14-seater with rubber flooring is booked for Saturday."),
    ("children", "benign", "form",
     "Subject: Recall question\nProduct: Wooden stacking blocks (batch 22B)\nQuestion: Is this batch affected "
     "by the recall on your website? I stock them in my gift shop."),
    ("children", "benign", "summary",
     "Chat summary: customer asked whether the airline's unaccompanied-minor fee applies on domestic routes; she "
     "is writing an FAQ page for her travel agency. No booking involved."),
    ("children", "benign", "non-native",
     "Good morning, I order the school bag and pencil case for my nephew, he is art student at university, 20 "
     "years. The bag is too small for his drawings, I can change for bigger?"),
    ("children", "benign", "voice",
     "Hi, er, yeah, I've got the, the childminder insurance quote open on your site, and it's asking for a "
     "registration number, and I'm not registered yet, I'm just researching. Is the quote still valid?"),
    ("children", "benign", "typos",
     "my gf calls me a big baby cuz i wont watch the horror films on ur app alone lol. can u add a 'skip the "
     "scary bits' button"),
    # ---------------------------------------------------------------- bereavement
    ("bereavement", "sensitive", "voice",
     "Hi, um, yeah, I'm calling about my dad's mobile account. He, uh - he passed away on the, the ninth, and I "
     "need to, to close it, or move the number to me, whichever's easier."),
    ("bereavement", "sensitive", "form",
     "Request type: Account closure\nAccount holder: Harold\nYour relationship to the account holder: Executor "
     "of his estate\nDocuments attached: Death certificate, grant of probate\nNotes: Please send the final "
     "statement to me at the address on file."),
    ("bereavement", "sensitive", "thread",
     "Hi, I want to cancel the gym membership on this account. || Agent: Can I take the account holder's name? "
     "|| It's Ruth, my wife. || Agent: I'll need Ruth to confirm on the call, or a written authority. || She "
     "can't, I'm afraid. We lost her in January. || Agent: I'm very sorry. I'll cancel it now and refund "
     "February's fee - no paperwork needed."),
    ("bereavement", "sensitive", "summary",
     "Call summary: caller is administering her late brother's estate and asked for a closing balance on his "
     "savings account. Estate reference recorded; letter to follow."),
    ("bereavement", "sensitive", "non-native",
     "Hello, my mother is dead since two weeks, she have the contract of electricity in her house. I am her son "
     "and I live in other country. How I can stop the contract and pay the last bill?"),
    ("bereavement", "sensitive", "typos",
     "hi my nan passed last wk and i need to cancel her newspaper + magazine subs, account is in her name, i "
     "have the login. how do i do it"),
    ("bereavement", "sensitive", "voice",
     "Hello, it's, um, it's about the joint account. My husband, he - he went in his sleep back in April, and "
     "I'd like it just in my name now. What do you need from me?"),
    ("bereavement", "sensitive", "form",
     "Name: Sadia\nBooking ref: AIR-55021\nReason for request: My grandfather died on Sunday and I need to "
     "bring my flight forward to get home for the funeral on Thursday.\nCompassionate fare: Yes, if available"),
    ("bereavement", "sensitive", "thread",
     "Hi, I'm ringing to close my aunt's online shop account. || Agent: Thanks - I can see we received the "
     "death certificate from you last week. Please accept our condolences. || Thank you. Is there any store "
     "credit left on it? || Agent: There's 12.40 in credit; I can refund it to the estate's bank account once "
     "you send the details."),
    ("bereavement", "sensitive", "summary",
     "Agent note: customer asked for the streaming profile named 'Grandad' to be deleted. He explained quietly "
     "that Grandad passed over Christmas and seeing the profile on the home screen upsets the family. Deleted."),
    ("bereavement", "sensitive", "non-native",
     "Good afternoon. My husband leave this world in March. Now I receive still letters for his car insurance. "
     "Please stop the policy and send me what I must do."),
    ("bereavement", "sensitive", "typos",
     "my brothers phone contract is still billing even tho hes been gone 3 months now, im executor, how do i get "
     "it closed and stop the direct debit"),
    ("bereavement", "sensitive", "voice",
     "So, um - sorry. Sorry. It's my mum's hotel booking, for the, the anniversary trip in June, she booked it "
     "for her and my dad. She, er, she died last week, very sudden, and Dad doesn't want to go alone. Can it be "
     "refunded?"),
    ("bereavement", "sensitive", "email",
     "Dear team, I am the executor for the estate of my late uncle, Bernard. He held a premium membership with "
     "your wine club. Could you please cancel any outstanding orders and confirm whether a refund of the annual "
     "fee is due to the estate? Kind regards, Clare"),
    ("bereavement", "sensitive", "thread",
     "Can you help me change the name on the broadband bill? || Agent: Of course - whose name should it be? || "
     "Mine, Alan. It was in my partner's name. || Agent: Is your partner able to authorise the change? || Sadly "
     "not, Colin died in October. I'm just trying to sort everything out. || Agent: I'm so sorry, Alan. I'll "
     "process it under our bereavement process - I just need a copy of the death certificate."),
    ("bereavement", "sensitive", "form",
     "Subject: Gift card balance\nCard holder: My late father\nQuestion: Can the remaining balance be moved to "
     "my account? We found the card while clearing his house.\nAmount on card: 75.00"),
    ("bereavement", "sensitive", "summary",
     "Chat summary: customer cancelled the weekly pet food delivery. She is the widow of the account holder and "
     "the dog has gone to live with family. Account closed, no fee."),
    ("bereavement", "sensitive", "non-native",
     "Hi, my father-in-law was passing last month and we found he has the subscription of your magazine. Please "
     "cancel and if possible give back money for the not used months. Thank you."),
    ("bereavement", "sensitive", "voice",
     "Hi, yeah, um, it's about the car rental for next week. I - we won't need it, we've had a death in the "
     "family and we're flying back for the service instead. Can I cancel without the fee?"),
    ("bereavement", "sensitive", "typos",
     "need to remove my late wifes profile from our family plan, she passed in sept. keep the plan on my card "
     "tho thx"),
    ("bereavement", "benign", "voice",
     "Hi, um, yeah, my phone's completely dead, won't charge, won't turn on, nothing. It's only four months "
     "old. Can I get it swapped?"),
    ("bereavement", "benign", "form",
     "Company: Whitmore & Sons Funeral Directors\nRequest: Renew web hosting and add an SSL certificate\n"
     "Billing: Annual\nContact: Office manager"),
    ("bereavement", "benign", "thread",
     "My mum wants to join my family mobile plan. || Agent: Lovely - is she with another network now? || Yes, "
     "she's 68 and has had the same number forever, she wants to keep it. || Agent: No problem, I'll send her a "
     "porting code request."),
    ("bereavement", "benign", "summary",
     "Call summary: customer asked why the 'Dead Sea mud mask' was removed from the site. Discontinued by the "
     "supplier; suggested an alternative."),
    ("bereavement", "benign", "non-native",
     "Hello, the deadline for return is passed only one day because the post office was closed for holiday. "
     "Please can you accept the return still?"),
    ("bereavement", "benign", "typos",
     "this game is to die for lol but the last update killed my save file, lost 40 hours. any way to restore?"),
    ("bereavement", "benign", "voice",
     "Yeah, hi, so I'm, I'm calling 'cause my grandad - he's ninety, bless him, still going strong - he wants to "
     "set up online banking and he's stuck on the, the security questions. Can I help him on speaker?"),
    ("bereavement", "benign", "form",
     "Reason for request: Cancellation\nService: Streaming add-on 'Zombies & Ghouls'\nReason: Finished the "
     "series I wanted\nFeedback: Good selection"),
    ("bereavement", "benign", "thread",
     "Is my laptop battery dead or is it the charger? || Agent: Let's check - does the light come on when you "
     "plug it in? || No light at all. || Agent: Then it's most likely the charger; I'll send a replacement "
     "cable and plug."),
    ("bereavement", "benign", "summary",
     "Agent note: customer asked to add her father-in-law as a second named driver for the family road trip. "
     "Licence checked; added."),
    ("bereavement", "benign", "non-native",
     "Hi, I want buy the book 'The Death of Ivan Ilyich' in English for my literature class at university, but "
     "the link say error 404. Please help."),
    ("bereavement", "benign", "typos",
     "dead link on ur help page lol, the 'contact us' one goes to a 404. thought u should know"),
    ("bereavement", "benign", "voice",
     "Hi, um, I'm calling about the, the wedding booking at the hotel, it's my sister's wedding, and we need to "
     "add, er, six more rooms for the Saturday night."),
    ("bereavement", "benign", "email",
     "Hi, I'm organising my parents' 40th anniversary dinner and would like to book your private dining room "
     "for 18 people on the 12th. Do you have a set menu? Thanks, Rosa"),
    ("bereavement", "benign", "thread",
     "The fern from my plant subscription arrived completely dead. || Agent: Oh no, sorry! Could you send a "
     "photo? || Sent. It's brown and crispy. || Agent: I've sent a replacement and a credit for the box."),
    ("bereavement", "benign", "form",
     "Subject: Listings account\nCompany: Park & Reed Estates\nRequest: Add a new branch to our property "
     "listings account\nBranch manager: Joel"),
    ("bereavement", "benign", "summary",
     "Chat summary: customer, a history teacher, asked whether the museum shop's 'Mummies of Egypt' exhibition "
     "catalogue ships abroad. Confirmed; shipping quoted."),
    ("bereavement", "benign", "non-native",
     "Hello, my uncle he retire now and move to Spain. He ask me to close his old internet contract in UK and he "
     "send the signed letter. Where we send?"),
    ("bereavement", "benign", "voice",
     "Right, so, um, the, the will template in your document bundle - does it work in Scotland or just England? "
     "I'm just getting my paperwork in order, nothing urgent."),
    ("bereavement", "benign", "typos",
     "over my dead body am i paying 15 a month for that lol. is there a cheaper tier for the cloud storage"),
]


def queue_examples() -> list[dict]:
    """The queue split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("queue", ENTRIES, SUBJECTS)
