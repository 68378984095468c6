"""heath split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Brightwire, an invented web host and registrar; email, chat, calls, SMS, DMs, forms, reviews, voicemails and
agent notes in UK, US, Irish, Australian, Indian, Nigerian, Filipino, SA, Singaporean and non-native English.
The benign half reuses each category's words through tech jargon (child theme, race condition, cache eviction, dead
links, kill -9), idioms, band and brand names, occupations, businesses as customers, products, pets and billing.
50 sensitive and 50 benign tickets for children and for special categories, 20 and 20 for each other category.
First reading (policy 2026.11.16, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 94.5 / 3.0 recall / false exclusion in % as shipped, 96.0 / 10.5 without the overruling, 91.0 / 9.5 by the
rules alone (turns are separated by " || "). Then read while tuning the rules for 2026.11.17 and trained
on."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my renewal",
    "Domain transfer help",
    "Website builder not saving",
    "Email not arriving",
    "SSL certificate query",
    "Billing enquiry",
    "Site migration update",
    "Backup restore request",
    "Account access problem",
    "Change of account details",
    "DNS settings",
    "Mailbox setup",
    "Invoice request",
    "Plan upgrade question",
    "Re: your support ticket",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
        "Hi Brightwire team, I'm writing about the migration of our bakery site (order 55-1032) from "
        "the old host. The export file is attached and the DNS is still pointing at the old IP, which I "
        "understand is expected until you confirm. Could you also check whether the three mailboxes "
        "come across with their folders? My partner is handling the domain login this week because I'm "
        "on ward 6B at Harrowgate General until at least Friday and the wifi here is patchy. If you "
        "need a decision from me, text rather than call, as phones have to be off on the ward. The "
        "go-live date isn't urgent, the following Monday is fine. Thanks, Marian"),
    ("health", "sensitive", "chat",
        "sorry for the slow typing, the methotrexate makes my hands stiff in the mornings. anyway can "
        "you tell me why the ssl padlock is missing on the shop page?"),
    ("health", "sensitive", "sms",
        "cant do the call tmrw, its chemo day. can u email me the steps for pointing the domain "
        "instead. ref QX7P2L"),
    ("health", "sensitive", "agent_note",
        "Cust says she is registered blind and uses a screen reader; the colour picker in the website "
        "builder gives her no labels at all. Walked her through adding the footer by keyboard. Raised "
        "accessibility bug BW-4471."),
    ("health", "sensitive", "call",
        "[transcript] Caller: Yeah, hi, so I just want all the renewals moved to annual before June. "
        "Agent: No problem, can I ask why June? Caller: I'm thirty weeks pregnant, so I'll be on "
        "maternity leave and I won't be checking the business email. Agent: Understood, I'll set them "
        "all to auto-renew."),
    ("health", "sensitive", "voicemail",
        "Hi, it's Declan Furey, account ref HN4-208. I'm just home from the Mater after the operation "
        "on my spine, so I'm flat on my back for a few weeks. Could someone ring me back about "
        "restoring last Tuesday's backup? Thanks a million."),
    ("health", "sensitive", "web_form",
        "Request type: Deadline extension. Details: Please extend the transfer window for "
        "clubhaven.example. I was diagnosed with type 1 diabetes last month and have been back and "
        "forth to clinic appointments, so I missed the authorisation email."),
    ("health", "sensitive", "dm",
        "hey brightwire, my counsellor literally told me to stop checking my uptime stats at 3am "
        "because of my anxiety lol. is there a way to mute the downtime alerts overnight?"),
    ("health", "sensitive", "email",
        "Hello, I write for my account boutique-ilse. Since my stroke in March the left side is weak "
        "and I type slowly with one hand only, so please excuse the short message. The contact form on "
        "my page does not send the emails anymore. Can you check it please?"),
    ("health", "sensitive", "chat",
        "Kindly do the needful regarding my account. I am admitted in hospital for dengue since Monday, "
        "my brother Arvind will call on my behalf. Please allow him to verify and pay the renewal."),
    ("health", "sensitive", "review",
        "3/5. The agent who helped me was really patient. I have ADHD and I lose track halfway through "
        "multi-step instructions, so being sent a checklist was great. The DNS panel itself is still "
        "confusing though. || Reply from Brightwire: Thanks for the feedback, we've passed your "
        "comments on the DNS panel to the product team."),
    ("health", "sensitive", "agent_note",
        "Cust recently started sertraline and says the new dose makes her foggy; asked that all changes "
        "are confirmed by email rather than phone so she can re-read them. Flag on account."),
    ("health", "sensitive", "email",
        "G'day, just chasing up the renewal on our surf school domain, which was due on the 2nd. I "
        "thought it was set to auto-renew but the invoice came through as unpaid. I'd have called but "
        "I'm six days post-op from a hip replacement and sitting at the computer is a struggle. Card on "
        "file is still valid, I checked with the bank. If you can retry it that'd be good. Also, can "
        "you add my business partner Shane as a billing contact so he gets the invoices while I'm laid "
        "up? His email is on the account already. Cheers, Bronwyn"),
    ("health", "sensitive", "sms",
        "sorry missed ur call, im at dialysis til 2. ring after? its about the email storage"),
    ("health", "sensitive", "chat",
        "Customer: hi, my ssl cert says expired but I renewed it yesterday || Agent: Thanks, I can "
        "see the renewal. It can take up to an hour to reissue. Would you prefer I call you when "
        "done? || Customer: chat is better thanks, I'm autistic and unexpected phone calls really "
        "throw me. just message here"),
    ("health", "sensitive", "email",
        "Good day Sir/Ma, I am writing concerning my hosting renewal which lapsed on the 5th. Please my "
        "wife was admitted at the teaching hospital with severe malaria and I was there with her for "
        "the past week, so I could not attend to the renewal on time. She is recovering now. Kindly "
        "restore the site and I will pay today. Regards, Emeka"),
    ("health", "sensitive", "chat",
        "hi po, sorry for the late reply on the backup ticket. my mama is in the ICU since Saturday "
        "after her heart operation so I've been at the hospital. can you just go ahead and restore the "
        "version from the 14th"),
    ("health", "sensitive", "voicemail",
        "Hi there, Pieter here from Kloof Joinery. Look, I'm on crutches since the knee op so I can't "
        "get to the office laptop. My wife Anneke will phone you to sort out the mailbox password, "
        "she's authorised. Thanks, bye."),
    ("health", "sensitive", "chat",
        "can help me or not, I got epilepsy so the flashing banner in the builder preview quite "
        "dangerous for me leh. can switch off the animation in the editor?"),
    ("health", "sensitive", "email",
        "Hello. I have the depression heavy and the doctor gives me the stop of work for two months, "
        "for this reason I did not answer to your e-mails about the migration of the site. Now I am "
        "able to continue. What is the next step please?"),
    ("health", "benign", "chat",
        "my site health report says \"critical\" for the database. what does that actually mean and do "
        "I need to do anything?"),
    ("health", "benign", "email",
        "Hi, the checkout page on our store has been sick slow since the theme update last night. Pages "
        "take 9-10 seconds to load. Could you check whether the server is under load or whether it's "
        "the theme? Order 55-2291."),
    ("health", "benign", "web_form",
        "Request type: New mailboxes. Details: We are a dental practice on Gorse Lane and need four "
        "mailboxes: reception, appointments, accounts and the practice manager. Please quote for the "
        "Business email plan."),
    ("health", "benign", "email",
        "Hello, we run a small online pharmacy shop selling over-the-counter products. Our SSL "
        "certificate expires on Friday and the renewal button gives an error. Could you renew it "
        "manually? Thanks, Lotte"),
    ("health", "benign", "chat",
        "is there some kind of doctor tool that can diagnose why my wordpress site keeps throwing 500 "
        "errors? the error log just says \"premature end of script headers\""),
    ("health", "benign", "dm",
        "the migration to the new server is basically on life support lol, stuck at 40% for three "
        "hours. is it still going or should I restart it?"),
    ("health", "benign", "review",
        "5 stars. Brightwire's uptime has been healthy all year, zero outages on our plan. Support "
        "answered my one question in under ten minutes."),
    ("health", "benign", "email",
        "Hi, we sell vitamins, sunscreen and reusable water bottles on our store. How do I add a new "
        "product category called \"Summer\" and get it to show in the top menu? The builder only lets "
        "me add pages."),
    ("health", "benign", "web_form",
        "Request type: Feature help. Details: I run a yoga studio and want a class booking widget on "
        "the homepage that shows the timetable for the week. Which plan includes that?"),
    ("health", "benign", "chat",
        "The carousel on my homepage is having a seizure in Safari, it keeps flickering between slides. "
        "Fine in Chrome."),
    ("health", "benign", "email",
        "We think patient zero for the spam outbreak was an old contact form on the /events page. Could "
        "you check the mail logs for the 3rd and 4th and tell us how many messages went out from it? "
        "We've already removed the form."),
    ("health", "benign", "sms",
        "hi, renewing the domain for our physio clinic. does the price include whois privacy or is that "
        "extra?"),
    ("health", "benign", "chat",
        "This MX record setup has been a real headache. Which number goes in the priority box, 10 or 0?"),
    ("health", "benign", "email",
        "Hello, our charity's website was checked by an auditor and we want it to work well for blind "
        "and partially sighted visitors. Does the website builder support alt text on gallery images "
        "and proper heading levels? Is there an accessibility checker built in?"),
    ("health", "benign", "agent_note",
        "Cust is IT contractor for a private hospital group; they need a wildcard SSL for their booking "
        "subdomains. Sent quote for Wildcard Pro, awaiting PO number."),
    ("health", "benign", "chat",
        "our /healthz endpoint returns 503 behind your load balancer even though the app is up. what "
        "path does the health check hit?"),
    ("health", "benign", "email",
        "Hi, I run a first aid training company and want a course calendar on the site where people can "
        "book a seat on a Saturday course. Is there a plugin you recommend on the Business plan?"),
    ("health", "benign", "chat",
        "does your malware scanner \"vaccinate\" the site against future infections or does it only "
        "detect them?"),
    ("health", "benign", "email",
        "Hello, please can you change the billing email on account BW-55810 to accounts@ our domain? "
        "The old address belonged to a colleague who has moved to another team. Thanks."),
    ("health", "benign", "web_form",
        "Request type: Domain transfer. Details: Please move the domain on order 55-1032 to my other "
        "Brightwire account, ref QX7P2L. Both accounts are in my name."),
    # ---- children
    ("children", "sensitive", "chat",
        "my 7yo wants his own minecraft blog, can I give him an email address on my family domain with "
        "a filter on it?"),
    ("children", "sensitive", "email",
        "Hi, I'm setting up a one-page site for my daughter's birthday party, she turns nine on the "
        "12th, with a little RSVP form for her classmates' parents. Is the free plan enough for that or "
        "do I need Starter for forms?"),
    ("children", "sensitive", "email",
        "Hello, my son is in Year 4 and his class project is to \"publish\" a story online. I'd like to "
        "make him a tiny site under our domain, something like stories.ourname.example. Can a subdomain "
        "be password protected so only his teacher and grandparents can see it? Thanks, Gemma"),
    ("children", "sensitive", "dm",
        "hey! my daughter's in 3rd grade and wants to put her comic strips online. is there a template "
        "that's simple enough for an 8 year old to use with me sitting next to her?"),
    ("children", "sensitive", "chat",
        "hiya, can we move the call to after 3? my youngest just started Junior Infants and I do the "
        "pick-up at half two"),
    ("children", "sensitive", "sms",
        "running late for the dns call, dropping my girl at kindy first. 10 mins"),
    ("children", "sensitive", "email",
        "Dear Team, my son studies in Class 5 and his school has asked the children to make a small "
        "website on the solar system. Kindly let me know if he can use the free website builder under "
        "my account, and whether any ads will be displayed to him."),
    ("children", "sensitive", "email",
        "Good afternoon, I want to create a small blog for my daughter who is in JSS1, she likes to "
        "write poems. Please how do I make it so that comments are switched off and nobody can message "
        "her through the site?"),
    ("children", "sensitive", "chat",
        "Howzit, my son's in Grade 6 and wants to sell his slime on a little website. Can a minor be "
        "the shop owner on the account or does it have to be me?"),
    ("children", "sensitive", "email",
        "Hi, my son is in P5 and preparing for PSLE next year, so I want to set up a simple site for "
        "his tuition schedule and notes that only he and his tutor can log into. How to make pages "
        "members-only on the Starter plan?"),
    ("children", "sensitive", "chat",
        "hello po, my daughter is Grade 3 and she made drawings she wants to show to her lola abroad. "
        "can I make a gallery page that only family can see?"),
    ("children", "sensitive", "web_form",
        "Request type: Sub-user. Details: Please add my son as a limited user so he can edit his hobby "
        "page. Name: Oliver Tran. Date of birth: 14/03/2016. He should not see billing."),
    ("children", "sensitive", "chat",
        "sorry, have to dash for nursery pickup at 5, can you email me the rest of the steps for the "
        "SSL?"),
    ("children", "sensitive", "email",
        "Hi, quick one about notifications. I have my two little ones Friday to Sunday and handover "
        "with their mum is at 6 on Sunday, so could you schedule the maintenance window for a weekday "
        "evening instead of Saturday? I need to be at the laptop when the site comes back up."),
    ("children", "sensitive", "chat",
        "hi im 13 and i made a website for my roblox group on the free plan. can i pay for a domain "
        "with my mums card if she says its ok"),
    ("children", "sensitive", "web_form",
        "Request type: Sign-up question. Details: I'm 15 and want a domain for my art portfolio so I "
        "can apply to summer courses. Do I need a parent to sign up for me or can I do it myself?"),
    ("children", "sensitive", "email",
        "Hi, apologies for the slow replies about the migration. We had a baby three weeks ago and I'm "
        "running on about three hours of sleep. My colleague Ravi can answer anything technical, he's "
        "copied in. The main outstanding item is the mailbox for bookings@. Thanks, Sam"),
    ("children", "sensitive", "chat",
        "our toddler pressed something on the laptop and now the homepage is blank. she's 2 and a half "
        "and very fast. can you restore yesterday's version?"),
    ("children", "sensitive", "email",
        "Hello, my twins are eleven and have started a gaming channel. They want a website for it with "
        "their first names in the domain. I'm happy to pay but want to understand what information "
        "about them would appear in the WHOIS record. Can privacy be switched on so their names aren't "
        "public?"),
    ("children", "sensitive", "voicemail",
        "Hi, it's Marcus, account BW-40192. I'm a single dad to a four-year-old so I can only really "
        "talk between nine and three while she's at preschool. I'm ringing about the email forwarding. "
        "Thanks."),
    ("children", "sensitive", "email",
        "Hi, I'm helping my niece, who's 12, run a little blog about her guinea pigs. She wrote a post "
        "with her full name and the name of her school in it. Could you show me how to edit a post "
        "after it's published? I want to take those details out."),
    ("children", "sensitive", "agent_note",
        "Cust says the account was opened by her 14-year-old son using her card; he bought a domain and "
        "two add-ons. Refunded add-ons, kept domain at her request, moved account ownership to her."),
    ("children", "sensitive", "email",
        "Hello, we'd like to pause our newsletter until July. My son is sitting his GCSEs in May and "
        "June and I'm taking a step back from the shop to help him revise. Can the subscription to the "
        "mailing tool be paused rather than cancelled?"),
    ("children", "sensitive", "chat",
        "can you add my daughter as an editor on the bakery site? she's in Year 8 and is better at the "
        "builder than me"),
    ("children", "sensitive", "email",
        "Hi, I'd like to set up family email addresses on our domain. That's me, my wife, and our two "
        "boys, who are 9 and 6. For the boys I'd like the inbox to only accept mail from a list of "
        "approved senders. Is that something your email filters can do?"),
    ("children", "sensitive", "dm",
        "yo my kid is in kindergarten and her class is doing a show and tell where they bring a "
        "\"website\" lol. can I make her one page with her dog and her name on it for free?"),
    ("children", "sensitive", "chat",
        "my son's in middle school and he's been using the store account to order domain names for his "
        "friends. can you stop anyone except me buying things?"),
    ("children", "sensitive", "email",
        "Hello, our gallery page has photos from my daughter's sixth birthday with her full name in the "
        "captions. I'd like to take them down and also make sure they're deleted from your backups. How "
        "long do backups keep images after I delete them?"),
    ("children", "sensitive", "chat",
        "can I get an invoice for the domain I bought for our 10-month-old? want to keep his name "
        "registered for when he's older lol"),
    ("children", "sensitive", "email",
        "Hi, my teenage daughter (16) set up a site on our account for her band and I'd like her to be "
        "able to manage it herself, but without access to my other domains or the card. What's the best "
        "way to give her her own login?"),
    ("children", "sensitive", "web_form",
        "Request type: Content removal. Details: A parent at my son's primary school has posted a photo "
        "of the class trip on their blog, which is hosted by you, with the children's names. My son is "
        "seven. Please ask them to remove it."),
    ("children", "sensitive", "email",
        "Hi, she's eight on Saturday and I promised her a website with her own name as the domain for "
        "her birthday. Can I register it now and have it go live on Saturday morning as a surprise? If "
        "so, how do I schedule the launch?"),
    ("children", "sensitive", "chat",
        "my son was born in 2017, is he old enough for your kids' email with parental controls or is "
        "there a minimum age?"),
    ("children", "sensitive", "sms",
        "sorry cant talk today, the little one is teething and been up all night. email me the quote "
        "pls"),
    ("children", "sensitive", "email",
        "Hello, I foster a ten-year-old boy who loves coding and I'd like to buy him a domain for his "
        "projects. For safeguarding reasons his name mustn't appear anywhere public. Can the domain be "
        "registered entirely under my name with privacy on, and can he use a nickname on the site?"),
    ("children", "sensitive", "chat",
        "Customer: hi, I want to make an account for my gaming clan site || Agent: Happy to help! "
        "Just so you know, account holders need to be 18 or over, or have a parent's consent. Since you "
        "mentioned you're 12, could a parent or guardian fill in the consent form? || Customer: ok "
        "ill ask my dad"),
    ("children", "sensitive", "voicemail",
        "Hello, um, my name is Jenny and I'm eleven. My dad said I could ring because my blog password "
        "doesn't work. His name is Paul Carver. Can someone call back please? Bye."),
    ("children", "sensitive", "sms",
        "my lad's 14, can he be an admin on the site or does he need to be 18"),
    ("children", "sensitive", "dm",
        "my 2 yr old got hold of my phone and bought a premium theme in the app lol. can I get it "
        "refunded?"),
    ("children", "sensitive", "email",
        "Hi, my son has a school email account and he's in grade 5. He wants to sign up for your "
        "builder with it, but the school blocks outside emails. Can he sign up with my email and use "
        "his name on the site? He's doing a project on volcanoes. Thanks, Ayesha"),
    ("children", "sensitive", "chat",
        "hi, my boy's Cub pack is doing a digital badge and he needs to make a webpage. he's nine. is "
        "there a free way to do it that doesn't ask for his email?"),
    ("children", "sensitive", "web_form",
        "Request type: Parental consent. Details: Name of minor: Tobi Adeyemi. Age: 13. Relationship: "
        "mother. I consent to him using the website builder for his school club page."),
    ("children", "sensitive", "email",
        "Hello. My daughter of 10 years wants to make a website about horses. I permit it but I want "
        "that nobody can write to her. Is it possible to close the contact form and the comments on the "
        "page?"),
    ("children", "sensitive", "chat",
        "can we do the migration after half term? she starts reception in september and I've got a "
        "million forms to fill in before then"),
    ("children", "sensitive", "email",
        "Hi, my 17-year-old is taking over the shop's social links and site updates while I'm "
        "travelling. Can I give him access to edit pages without being able to change the payment "
        "settings? His name is Kai."),
    ("children", "sensitive", "agent_note",
        "Cust (dad) asked to remove his 6yo daughter's photos from the family blog gallery and from "
        "backups; done, backups purged after 7 days per policy. Cust also asked us not to store her "
        "name in the account notes."),
    ("children", "sensitive", "chat",
        "we've got a newborn and our eldest is 3 so things are chaos here. can you just auto-renew "
        "everything for me?"),
    ("children", "sensitive", "email",
        "Hi, I'm a dad of three (5, 8 and 13) and the 13-year-old has asked for a blog for his football "
        "stats. Before I sign him up, what data do you collect about users under 16 and can I see or "
        "delete it?"),
    ("children", "sensitive", "review",
        "5 stars. My 12-year-old built her first website with your builder in an afternoon and the "
        "support person was lovely when she asked a question in the chat herself. || Reply from "
        "Brightwire: That's brilliant to hear, tell her well done from us!"),
    ("children", "sensitive", "call",
        "[transcript] Caller: It's my son's website, he's ten, it's about trains. Agent: Lovely. What's "
        "the problem? Caller: He put our home address on the contact page and I want it gone today."),
    ("children", "benign", "email",
        "Hi, I've made a child theme for my WordPress site so updates don't overwrite my CSS, but the "
        "child theme's style.css isn't loading at all. The parent theme is Astra. Is there something on "
        "your side that caches the old stylesheet?"),
    ("children", "benign", "chat",
        "how do I make a page a child of another page in the builder so it shows in a dropdown menu?"),
    ("children", "benign", "web_form",
        "Request type: New shop. Details: We're a plant nursery selling perennials, shrubs and seed "
        "potatoes. We'd like an online shop with click-and-collect only, no delivery. Which plan?"),
    ("children", "benign", "email",
        "Hello, this is the school office at Fernhill Primary. Our domain renewal is due on the 30th "
        "and we need the invoice addressed to the local authority finance team rather than to the "
        "school. Could you reissue it?"),
    ("children", "benign", "email",
        "Hi, we sell kids' bike helmets and reflective jackets and I'd like to add a size guide pop-up "
        "on every product page. Is there a built-in block for that, or do I need custom code?"),
    ("children", "benign", "chat",
        "is it safe to apply the minor version update to 6.4.2 or should I wait? I'm on 6.4.1"),
    ("children", "benign", "dm",
        "total beginner here, taking baby steps with DNS. what's the difference between an A record and "
        "a CNAME?"),
    ("children", "benign", "web_form",
        "Request type: New mailboxes. Details: We're a day nursery business and need eight staff "
        "mailboxes on our domain plus a shared one for enquiries. Please send a quote."),
    ("children", "benign", "email",
        "Hello, we run a toy shop and want to add an age filter to our product listings (0-2, 3+, 8+, "
        "12+) like the big retailers have. Can the builder's filters use a custom product attribute?"),
    ("children", "benign", "chat",
        "where do I download all of my invoices for the year 2025? I need them for the accountant"),
    ("children", "benign", "email",
        "Hi, my band's called Teenage Static and we want teenagestatic.example for our gigs and merch. "
        "Is it available, and can we get a couple of email addresses with it?"),
    ("children", "benign", "chat",
        "can you give our junior developer access to the staging site only? she shouldn't touch "
        "production"),
    ("children", "benign", "email",
        "Hello, I run a youth and community centre's room hire website. We want a calendar showing "
        "which halls are free and a form for adults to request a booking. Do you have a template for "
        "venue hire?"),
    ("children", "benign", "agent_note",
        "Cust on a grandfathered 2016 plan asked if moving to Business loses the old price. Confirmed "
        "it would; cust will stay on current plan."),
    ("children", "benign", "chat",
        "PHP is spawning a child process for every request and we hit the process limit. is that normal "
        "on shared hosting?"),
    ("children", "benign", "email",
        "Hi, the SEO report says we have fourteen orphan pages that aren't linked from anywhere. How do "
        "I find which pages they are in the builder?"),
    ("children", "benign", "chat",
        "can I change the theme colour to baby blue? the colour picker only shows the preset palette"),
    ("children", "benign", "web_form",
        "Request type: Policy question. Details: We sell wine online. Do you provide an age "
        "verification pop-up for visitors, and is it our responsibility or yours to check age at "
        "checkout?"),
    ("children", "benign", "email",
        "Hello, I've just registered a brand new domain and my first newsletter went straight to spam. "
        "Is it true that newborn domains get flagged until they have some sending history? How long "
        "does that take?"),
    ("children", "benign", "chat",
        "you're kidding me, the site's down again? that's twice this week"),
    ("children", "benign", "email",
        "Hi, we're a nanny and au pair agency and need a form where families can upload a job "
        "description and applicants can upload CVs. Is there a file size limit on form uploads?"),
    ("children", "benign", "dm",
        "honestly your builder is toddler-proof, I made a whole site in an hour. one question, how do I "
        "add a favicon?"),
    ("children", "benign", "email",
        "Hello, I run a driving school and want learners to book lessons online and pay a deposit. Can "
        "the booking widget take payments, and does it send reminders?"),
    ("children", "benign", "web_form",
        "Request type: Discount. Details: I'm a university student doing a web design module. Do you "
        "have a student discount on the Pro plan? I can send my student ID."),
    ("children", "benign", "email",
        "Hi, I'm a maths tutor and want a simple page listing my availability and rates, with a contact "
        "form. Which template would you suggest? I'd like it to look professional rather than playful."),
    ("children", "benign", "chat",
        "the API playground returns 401 even though I pasted my key in. do I need to enable API access "
        "first?"),
    ("children", "benign", "email",
        "Hello, our shop turns five next month and we want a birthday sale banner across the top of "
        "every page from the 1st to the 7th. Can I schedule a banner to appear and disappear "
        "automatically?"),
    ("children", "benign", "chat",
        "SSL Labs gives us a B grade. what do I need to change to get an A?"),
    ("children", "benign", "email",
        "Hi, I've added a CSS class to my buttons in the builder but it doesn't seem to apply. Is "
        "custom CSS only on Pro?"),
    ("children", "benign", "dm",
        "I can't babysit this migration all night, can you email me when it's done?"),
    ("children", "benign", "email",
        "Hello, we're an online shop selling infant formula, bottles and changing bags. Our product "
        "feed to the marketplace stopped updating on Monday. Could you check if the scheduled task is "
        "still running?"),
    ("children", "benign", "web_form",
        "Request type: Site edit. Details: We're a leisure centre and need to add the crèche timetable "
        "to our opening hours page. The table block won't let me merge cells."),
    ("children", "benign", "email",
        "Hi, we're a small publisher of nursery rhyme and picture books. We'd like to sell ebooks as "
        "downloads from our site. Does the shop support digital products with download limits?"),
    ("children", "benign", "chat",
        "our parent company wants all invoices sent to their accounts team, can you add a second "
        "billing contact?"),
    ("children", "benign", "email",
        "Hello, I'm a children's author and illustrator and I'd like to move my portfolio site from "
        "another host to you. There are about 300 images. Does your migration service handle galleries?"),
    ("children", "benign", "chat",
        "is there a sandbox where I can test the new checkout without real payments?"),
    ("children", "benign", "review",
        "4 stars. A few teething problems with the new dashboard (the search kept forgetting my "
        "filters) but support sorted it within a day."),
    ("children", "benign", "email",
        "Hi, please update the billing contact on our account to Mr Robert Childs, our new office "
        "manager. His email is on the staff list we sent last month."),
    ("children", "benign", "email",
        "Hello, we're a pet adoption charity and want each animal to have its own page with photos and "
        "an \"apply to adopt\" form. Can the builder create pages from a spreadsheet so we don't do "
        "them one by one?"),
    ("children", "benign", "web_form",
        "Request type: Domain. Details: We're Babycakes Bakery and want babycakes-bakery.example as "
        "well as our current .co.uk. Can both go to the same site?"),
    ("children", "benign", "email",
        "Hi, we want a Father's Day promotion on our gift shop: a countdown timer and 15% off selected "
        "items until the Sunday. Does the shop have a scheduled discount feature?"),
    ("children", "benign", "chat",
        "where do I change the SSL renewal to automatic? it keeps emailing me every year"),
    ("children", "benign", "email",
        "Hello, can you tell me what the MX records should be for your email hosting? I'm moving mail "
        "from another provider and want to keep the website where it is."),
    ("children", "benign", "chat",
        "how do I turn on two-factor authentication for my login?"),
    ("children", "benign", "email",
        "Hi, I need to restore my site from the backup on the 3rd. I updated a plugin yesterday and the "
        "contact page has been broken since. Order 55-4420."),
    ("children", "benign", "chat",
        "my mailbox says 98% full but I've only got a few hundred emails. is the trash counted?"),
    ("children", "benign", "email",
        "Hello, the fonts in the site builder changed on their own after the update, all my headings "
        "are now in a serif font. How do I set them back?"),
    ("children", "benign", "call",
        "[transcript] Caller: I want to move my domain from another registrar to you. Agent: Sure, I'll "
        "need the authorisation code from them. Caller: Where do I find that? Agent: In their domain "
        "settings, usually called EPP code."),
    ("children", "benign", "chat",
        "the migration tool says \"source unreachable\". the old host is still up, I can log in fine"),
    ("children", "benign", "agent_note",
        "Cust asked how to point the domain at the new site after migrating; updated A record for him, "
        "told him to allow up to 24 hours."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
        "Hi, I lost my job in May and honestly can't afford the Business plan renewal next week. Is "
        "there a way to drop to the free plan without losing the two mailboxes? I don't mind losing the "
        "website for now, it's the email I need for job applications."),
    ("financial_hardship", "sensitive", "chat",
        "hiya, is there a cheaper plan than Starter? I'm on Universal Credit until I find something and "
        "£9 a month is a lot right now"),
    ("financial_hardship", "sensitive", "email",
        "Hello, I've had a letter from Rexham Recoveries about an old Brightwire invoice from 2021 for "
        "£142. I'm already on a debt management plan with a charity and all my creditors are meant to "
        "go through them. Can you confirm whether you've passed the account to a collector, and if so "
        "can you give me a reference I can send to my plan adviser?"),
    ("financial_hardship", "sensitive", "web_form",
        "Request type: Ownership change. Details: I was declared bankrupt in January and the official "
        "receiver says the domain for my old shop needs to be transferred to the trustee. What do you "
        "need from them?"),
    ("financial_hardship", "sensitive", "email",
        "Hi, please update the postal address on my account to my sister's (details on the form). We're "
        "being evicted at the end of the month and I don't know where we'll be after that, so I don't "
        "want invoices going to the flat. Everything else stays the same. Thanks, Kerry-Ann"),
    ("financial_hardship", "sensitive", "chat",
        "got laid off from the plant in march and we're on SNAP right now. any chance you can waive the "
        "$15 late fee on the renewal? I'll pay the renewal itself today"),
    ("financial_hardship", "sensitive", "dm",
        "hey, any hardship discount? I'm on JobSeeker through Centrelink at the moment and the domain "
        "is my last bit of business I'm hanging on to"),
    ("financial_hardship", "sensitive", "voicemail",
        "Hi, this is Colm Brennan, account ending 4412. I'm on the dole since the factory closed in "
        "October and I can't do the full year's renewal in one go. Could somebody ring me back about "
        "splitting it? Thanks."),
    ("financial_hardship", "sensitive", "email",
        "Dear Support, my salary has not been credited for the last four months because the company has "
        "shut down and the owners are absconding. I am not able to pay the hosting renewal at this "
        "moment. Kindly keep my website and email active for some more time, I will clear the dues once "
        "I get a new posting. Regards, Suresh"),
    ("financial_hardship", "sensitive", "email",
        "Good afternoon. Please I am appealing that you hold my domain for two months. My business "
        "collapsed in the middle of the year and I am owing my landlord three months rent, so every "
        "kobo is going there now. The domain is the only thing I want to keep so I can start again. "
        "Thank you. Tunde"),
    ("financial_hardship", "sensitive", "chat",
        "Howzit, I was retrenched in March and things are tight. Can I pause the hosting for three "
        "months without losing the site files?"),
    ("financial_hardship", "sensitive", "email",
        "Hi Brightwire, I need to cancel the auto-renew on my portfolio site. I was terminated from my "
        "BPO job last month and I can't keep up with the monthly payments for now, my savings are for "
        "the rent and my siblings' allowance. Can you send me a backup of the site before it expires so "
        "I can restore it later? Salamat po."),
    ("financial_hardship", "sensitive", "web_form",
        "Request type: Cancellation. Details: Lost my job and currently getting ComCare assistance, "
        "cannot continue paying. Please cancel plan and refund the unused two months if possible."),
    ("financial_hardship", "sensitive", "agent_note",
        "Cust behind on rent and said she's been choosing between food and the hosting bill. Applied a "
        "3-month hardship pause on invoices and pointed her to the free plan."),
    ("financial_hardship", "sensitive", "voicemail",
        "Hi, it's Gareth Pugh, I think you've got my direct debit still going out. I'm in an IVA now "
        "and my insolvency practitioner says I need to cancel anything that isn't essential. Can you "
        "stop the add-ons and just keep the domain? Thanks."),
    ("financial_hardship", "sensitive", "chat",
        "Customer: hi can I move all my invoices to my business account instead of my personal "
        "one || Agent: Yes, I've done that now. And as we discussed on the phone, with the house "
        "being repossessed I've also removed the old address and frozen the overdue balance for 60 "
        "days. || Customer: thank you"),
    ("financial_hardship", "sensitive", "email",
        "Hi, please close my account and refund whatever is left. I'm unemployed and can't keep paying "
        "for things I don't use. Order numbers are 55-3310 and 55-3311."),
    ("financial_hardship", "sensitive", "email",
        "Hello. I am without work since the winter and the bank has closed my account because of the "
        "debts, so the card which you have is not more valid. Can I pay with a voucher from the post "
        "office? I want to keep the domain of my workshop."),
    ("financial_hardship", "sensitive", "email",
        "Hi there, a few things on my account while I have you. First, the contact form on the village "
        "fete page is sending messages to an old address, could you point it at my Gmail instead? "
        "Second, I'd like to remove the premium theme, I don't use half of it. Third, the renewal: "
        "could it be moved to the 28th rather than the 1st? I'm usually at the food bank on the "
        "Thursday before and I'd rather the payment came out after my money goes in, because at the "
        "moment it's leaving me overdrawn and the charges are crippling. Last thing, the site title has "
        "a typo (\"Spring Fayre\" not \"Spring Fair\"). Sorry for the list! Thanks, June"),
    ("financial_hardship", "sensitive", "sms",
        "cant pay the 40 quid this month, bailiffs took the car on monday. will pay next fri promise. "
        "acc BW-20931"),
    ("financial_hardship", "benign", "chat",
        "my card got declined on the renewal, tried twice. the bank says it's fine now, can you retry "
        "it?"),
    ("financial_hardship", "benign", "email",
        "Hello, I've been charged twice for order 55-1032 (£36.00 on the 3rd, twice). Please refund one "
        "of them."),
    ("financial_hardship", "benign", "web_form",
        "Request type: Billing question. Details: Can I pay the annual Business plan in instalments "
        "rather than all at once? Monthly would suit our cash flow better."),
    ("financial_hardship", "benign", "chat",
        "what's the eviction policy on your object cache? keys are disappearing after about a minute "
        "even though TTL is an hour"),
    ("financial_hardship", "benign", "email",
        "Hi, we're a debt recovery agency and need a secure client portal where creditors can log in "
        "and upload files. Does your Business plan support password-protected pages and file uploads up "
        "to 50 MB? We'd also need ten email addresses on our domain."),
    ("financial_hardship", "benign", "chat",
        "how do I fail over to our redundant backup site in Frankfurt if the main one goes down?"),
    ("financial_hardship", "benign", "dm",
        "the last update totally broke my checkout lol. customers can't get past the shipping step"),
    ("financial_hardship", "benign", "email",
        "Hi, could you explain the benefits of the Pro plan compared with Business? The comparison page "
        "mentions \"priority support\" but not what that means in hours."),
    ("financial_hardship", "benign", "chat",
        "the Collections page in the site builder won't sort products by price, only by date added"),
    ("financial_hardship", "benign", "email",
        "Hello, I've received an overdue notice for invoice INV-88213 but I paid by bank transfer on "
        "the 3rd with the reference QX7P2L. Could you check and update the account? I've attached the "
        "bank confirmation."),
    ("financial_hardship", "benign", "web_form",
        "Request type: Site help. Details: I'm an independent financial adviser and the regulator "
        "requires a disclaimer in the footer of every page. How do I add a global footer in the "
        "builder?"),
    ("financial_hardship", "benign", "chat",
        "disk is at 98%, what's taking up all the space? I've deleted old backups already"),
    ("financial_hardship", "benign", "email",
        "Hi, could you reissue the last three invoices in my company's name instead of mine? Company is "
        "Alder & Finch Ltd, VAT number GB000111222 (made-up one from our test docs, the real one is on "
        "the account)."),
    ("financial_hardship", "benign", "email",
        "Good morning, we are a credit union and would like to register a .coop domain alongside our "
        "existing .org.uk one. Can both point at the same site, and can member emails keep working on "
        "the old one?"),
    ("financial_hardship", "benign", "agent_note",
        "Cust asked whether the \"free\" plan is free forever or converts to paid after a year. "
        "Confirmed it's free with Brightwire branding and 1 GB storage. No action."),
    ("financial_hardship", "benign", "chat",
        "If I cancel now do I get a refund for the unused months or does it run to the end of the term?"),
    ("financial_hardship", "benign", "email",
        "Hello, do you offer a discount for registered charities? We're a small riverside clean-up "
        "group and our current host gives us 50% off."),
    ("financial_hardship", "benign", "review",
        "4 stars. Moved my shop over and nothing broke, which is more than I can say for my last host. "
        "The billing page is a bit hard to find, hence one star off."),
    ("financial_hardship", "benign", "web_form",
        "Request type: Account access. Details: The password reset email never arrives, checked spam. "
        "Account ref HT-9921."),
    ("financial_hardship", "benign", "call",
        "[transcript] Caller: Hi, I had a \"payment failed\" email but it's gone through on my banking "
        "app. Agent: I can see it was a timeout on our side, it did go through. You can ignore the "
        "email. Caller: Brilliant, cheers."),
    # ---- legal
    ("legal", "sensitive", "email",
        "Hello, my solicitor at Pembry & Locke has asked for the registration history of the domain "
        "harrowbyhome.example, including the dates my ex-husband was added and removed as an owner. "
        "It's needed for the financial side of our divorce. Could you send a statement on headed paper "
        "to me and I'll forward it? Account ref RL-3301."),
    ("legal", "sensitive", "email",
        "Hi, a former client is suing me over a website I built for them two years ago, claiming the "
        "site lost them sales. My lawyer needs the server access logs and uptime records for their site "
        "from March to June that year. Is that something you keep, and how do I request it formally? "
        "Thanks, Nadia"),
    ("legal", "sensitive", "web_form",
        "Request type: Security. Details: Someone got into my email account and sent messages "
        "pretending to be me to my customers. I've reported it to the police and have a crime reference "
        "(CR-55/1032, made up here, real one on request). Please send me the login IP history for the "
        "last 30 days so I can give it to the investigating officer."),
    ("legal", "sensitive", "call",
        "[transcript] Caller: The account is in my brother's name, Kieran. Agent: I'll need to speak to "
        "him to make changes. Caller: You can't, he was arrested last Thursday and he's being held on "
        "remand. The renewal's due and I just want to pay it so his business doesn't go under. Agent: I "
        "can take a payment without changing ownership."),
    ("legal", "sensitive", "email",
        "Hi, I'm interested in your reseller programme. One question before I apply: do you run a "
        "criminal record check on resellers? I have a spent conviction from 2014 and I'd rather be "
        "upfront about it than have it come up later."),
    ("legal", "sensitive", "agent_note",
        "Cust has a restraining order against her former partner; he still knows the password to the "
        "shop admin. Removed his user, forced password reset, enabled 2FA on her phone. Cust asked that "
        "no details go to his email."),
    ("legal", "sensitive", "chat",
        "hi, my wife and I are divorcing and we've agreed she keeps the photography site and I keep the "
        "domain for my blog. they're both on one account at the moment, how do we split them?"),
    ("legal", "sensitive", "email",
        "Hi there, small update for the account: the decree absolute finally came through last week, so "
        "please change the surname on the billing details back to Whitcombe and remove Alan as a "
        "secondary contact. The card stays the same. Also, could you check why the newsletter sign-up "
        "form on my pottery site isn't adding people to the list? The last sign-up was on the 9th and I "
        "know at least two people have tried since. Thanks, Fiona"),
    ("legal", "sensitive", "email",
        "Hello, my attorney has told me to preserve every email in my business mailbox because I'm in "
        "litigation with my former business partner. Can you make sure nothing is auto-deleted from the "
        "Trash or Spam folders, and can you export the whole mailbox to a file for her? Thanks, Dana"),
    ("legal", "sensitive", "voicemail",
        "Hi, it's Siobhan Daly, ref HN-7712. I've a hearing in the District Court on the 18th over the "
        "lease on the shop, and my solicitor wants printouts of the old website as it was last spring. "
        "Do you keep old versions? Call me back when you can."),
    ("legal", "sensitive", "email",
        "Dear Team, an FIR has been lodged against me by my previous employer, alleging I took their "
        "client list, and the matter is now pending before the Sessions Court. My advocate requires the "
        "creation date and registrant history of my domain to show I registered it after leaving. "
        "Kindly provide the same at the earliest."),
    ("legal", "sensitive", "chat",
        "good evening, please my account manager was detained by police on Friday and he's the only one "
        "with the login. how can the company get access to our domain? I'm the director, I have the CAC "
        "documents"),
    ("legal", "sensitive", "dm",
        "hey so I've been called to an employment tribunal against my old boss and need to show the "
        "dates I sent some emails from my work domain. can I download my sent folder with the original "
        "timestamps?"),
    ("legal", "sensitive", "agent_note",
        "Cust's husband is serving a sentence at HMP Greyfield; she wants the online shop's domain "
        "moved into her own name. Advised she needs his signed authorisation or a power of attorney. "
        "Sent the change-of-registrant form."),
    ("legal", "sensitive", "email",
        "Hi, I was served with a summons from the Magistrate's Court on Tuesday over a dispute with a "
        "supplier, and my attorney wants copies of all emails I've exchanged with them since January. "
        "They're in my Brightwire mailbox but the folder seems to only go back to March. Can you "
        "restore older messages from backup? Thanks, Thabo"),
    ("legal", "sensitive", "sms",
        "on bail til the hearing and my phones been taken, pls send the 2fa codes to my email instead. "
        "acc BW-61148"),
    ("legal", "sensitive", "email",
        "Hi, I copped a fine at the local court last month for a business licensing thing and part of "
        "the outcome is that I have to display my licence number on the website. Where do I add text to "
        "the footer in the builder? Cheers, Mick"),
    ("legal", "sensitive", "chat",
        "Customer: hello, I need to change the owner of the domain to my lawyer's firm "
        "temporarily || Agent: I can help with that. For context, is this a permanent "
        "transfer? || Customer: no, just while the custody of the assets is sorted, my business "
        "partner and I are suing each other and the court said neither of us can change the site "
        "meanwhile"),
    ("legal", "sensitive", "agent_note",
        "Received letter from cust's barrister re: ongoing criminal proceedings; cust asked us to "
        "preserve mailbox data for account BW-30021 until the trial ends. Litigation hold applied by "
        "Tier 2."),
    ("legal", "sensitive", "email",
        "Hello, I am on probation until next spring and one of my conditions is that my probation "
        "officer can see the websites I run. Is there a way to give her read-only access to my site's "
        "dashboard without letting her change anything? Thank you."),
    ("legal", "benign", "email",
        "Hello, we're a six-partner law firm moving our email from another provider. We need twelve "
        "mailboxes, shared calendars and a retention setting of seven years. Could you quote for the "
        "Business email plan?"),
    ("legal", "benign", "chat",
        "where can I find a template for a terms of service page? the builder has a privacy policy one "
        "but not terms"),
    ("legal", "benign", "web_form",
        "Request type: Plugin help. Details: We run a tennis club and the court booking plugin "
        "double-books court 2 on Saturdays. Is there a known fix?"),
    ("legal", "benign", "email",
        "Hi, the judges' score form on our village baking competition site doesn't save when a judge "
        "enters a score over 9.5. It worked last year. Could you have a look at the form settings?"),
    ("legal", "benign", "chat",
        "is support case 88123 still open? nobody has replied since Tuesday"),
    ("legal", "benign", "email",
        "Hello, the invoices show my legal name but I'd like the trading name \"Hearth & Hollow "
        "Candles\" on them instead. Is that possible?"),
    ("legal", "benign", "chat",
        "quick general question, is it legal to use the free stock photos in your builder on a "
        "commercial site? or are they personal use only"),
    ("legal", "benign", "email",
        "Hi, I've been charged VAT twice on invoice INV-77120, once on the plan and again on the total. "
        "Can you correct it and refund the difference?"),
    ("legal", "benign", "dm",
        "the second sentence on my About page gets cut off on mobile. desktop is fine"),
    ("legal", "benign", "email",
        "Hi, our newsletters keep ending up in \"mail jail\", Gmail holds them for hours. SPF and DKIM "
        "are set according to your guide. Could you check our sending reputation?"),
    ("legal", "benign", "web_form",
        "Request type: Data protection. Details: Our compliance team asks whether you have a standard "
        "data processing agreement under GDPR and where your data centres are located."),
    ("legal", "benign", "email",
        "Hello, I'm a paralegal starting a freelance transcription service on the side and want an "
        "email address on my own domain. Which is the cheapest plan with one mailbox?"),
    ("legal", "benign", "chat",
        "do the premium themes come with a warranty or support period? one of mine broke after the "
        "builder update"),
    ("legal", "benign", "email",
        "Hi, my account was suspended for \"suspicious sending\" after a newsletter went to 400 of our "
        "members. How do I appeal? It was a normal monthly newsletter and all the addresses are opt-in."),
    ("legal", "benign", "chat",
        "are email addresses case sensitive on your servers? someone typed Info@ instead of info@ and "
        "it bounced"),
    ("legal", "benign", "email",
        "Hi, I write crime novels and want a simple site with a newsletter signup and a page for each "
        "book. The next one is a courtroom thriller out in October, so I'd like a countdown on the "
        "homepage. Can the builder do a countdown?"),
    ("legal", "benign", "chat",
        "can I extend my free trial by a week? still testing the migration tool"),
    ("legal", "benign", "review",
        "4/5. Your status page said there'd been an SLA breach in August and credit was applied without "
        "me having to ask. Nice. The status page itself could be clearer about which regions were "
        "affected."),
    ("legal", "benign", "email",
        "Hi, please add Sue Harding as a user on our account with billing access only. She's taken over "
        "from me in accounts. Thanks, Martin"),
    ("legal", "benign", "agent_note",
        "Cust asked how to add a CNAME for www pointing at the root domain. Sent DNS guide link, "
        "confirmed record propagated."),
    # ---- special_categories
    ("special_categories", "sensitive", "email",
        "Hi, just a heads-up that I'll be slower to reply for the next few weeks. It's Ramadan, and I'm "
        "fasting, so I tend to work early and then break my fast at sunset. The two outstanding items "
        "are the redirect from the old blog and the extra mailbox for my assistant. If you need me on "
        "the phone, mornings are best. Thanks, Yusuf"),
    ("special_categories", "sensitive", "chat",
        "can we not book the call for Friday 1 to 2? that's Jummah for me, I'm at the mosque. any other "
        "time is fine"),
    ("special_categories", "sensitive", "sms",
        "not free sun morning, doing seva at the gurdwara till 1. call after that re the dns"),
    ("special_categories", "sensitive", "email",
        "Hello, please note I'm an observant Jew and don't use the phone or computer from Friday sunset "
        "to Saturday night for Shabbat. If the migration has to happen on a weekend, could it be "
        "Sunday? Otherwise I'm happy with any weekday evening. Thanks, Avi"),
    ("special_categories", "sensitive", "web_form",
        "Request type: Event registration. Details: Registering for the Brightwire small business "
        "meetup on the 9th. Dietary requirements: I'm a practising Hindu and vegetarian, no egg please."),
    ("special_categories", "sensitive", "email",
        "Hi, could we push the site launch back a week? I'm Catholic and our parish is going on "
        "pilgrimage to Knock next weekend, I'll be away from the laptop from Friday to Monday. "
        "Everything else is ready on my side."),
    ("special_categories", "sensitive", "email",
        "Dear Brightwire, as a Jehovah's Witness I'd prefer not to receive the \"Merry Christmas\" and "
        "\"Happy Birthday\" promotional emails. Please unsubscribe me from marketing but keep the "
        "billing notices. Thank you."),
    ("special_categories", "sensitive", "web_form",
        "Request type: Name change. Details: I converted to Islam last year and changed my name by deed "
        "poll from Daniel Hart to Dawud Hart. Please update the account holder name and the name on the "
        "domain registration."),
    ("special_categories", "sensitive", "email",
        "Hi, I'm an atheist and found the \"Blessed Easter\" greeting on your renewal reminder a bit "
        "odd for a hosting company. Not a big deal, but could you use a neutral greeting, or let "
        "customers opt out of seasonal messages?"),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Tenzin, ref QX7P2L. I'm off to a ten-day retreat at the Buddhist monastery tomorrow, "
        "no phone allowed, so if anything comes up with the renewal please just email. Thanks."),
    ("special_categories", "sensitive", "chat",
        "bro can the migration wait till after Diwali? we have the puja at home on the 1st and the "
        "whole family is coming, I won't be near the laptop"),
    ("special_categories", "sensitive", "email",
        "Hello, your ID verification for domain ownership rejected my photo three times because \"face "
        "partly covered\". I wear a hijab and the photo shows my full face, just not my hair. Could a "
        "person review it instead of the automatic check? Thank you, Amina"),
    ("special_categories", "sensitive", "email",
        "Hello, I'm a Roma woman running a small cleaning business and I've been told by another "
        "customer that our reviews page is getting comments saying we can't be trusted because of who "
        "we are. Can you help me moderate the reviews before they go live?"),
    ("special_categories", "sensitive", "email",
        "Hi, I'm Nigerian-born and living in the UK now, and your fraud check keeps blocking my card "
        "payment for the renewal. The bank says it's fine. I'm wondering if it's because the card was "
        "issued to my old address in Lagos. Can you look into it?"),
    ("special_categories", "sensitive", "dm",
        "as a Black woman running a hair business I want our site to show models that look like my "
        "clients. are there any stock photo packs in the builder with darker skin tones? the default "
        "ones are all very white"),
    ("special_categories", "sensitive", "email",
        "G'day, I'm a Wiradjuri man and I run a small art business. I'd like an acknowledgement of "
        "Country in the footer of every page and a page about my family's connection to the river. Can "
        "the footer be set once for all pages?"),
    ("special_categories", "sensitive", "chat",
        "hi, I came to Germany as a Kurdish refugee from Syria and my documents have my name spelled "
        "differently on each one. which spelling should I use for the domain registration?"),
    ("special_categories", "sensitive", "email",
        "Hello, my family is Tamil from Jaffna and I want to build a site with our family history and "
        "recipes in Tamil and English. Does the builder support Tamil script in headings, and can the "
        "menu switch languages?"),
    ("special_categories", "sensitive", "email",
        "Hi, I'm a member of the Green Party and I'm out canvassing most evenings before the council "
        "elections, so I'll only be able to pick up emails late at night. Can you set the maintenance "
        "window for my site to after midnight? Thanks, Ruth"),
    ("special_categories", "sensitive", "web_form",
        "Request type: New site. Details: I'm standing as an independent candidate for the town council "
        "in May. I need a simple site with my policies, a donations button and a volunteer sign-up "
        "form. Is the Starter plan enough?"),
    ("special_categories", "sensitive", "chat",
        "sorry I missed the call back, I was at the climate protest in the city centre all afternoon. "
        "can you try again tomorrow?"),
    ("special_categories", "sensitive", "email",
        "Hello, I'm the branch secretary for our local Labour Party and I look after the branch website "
        "in my spare time. I'd like to transfer the domain to my personal Brightwire account so it "
        "doesn't lapse when the committee changes. What's the process?"),
    ("special_categories", "sensitive", "dm",
        "I volunteer canvassing for the Republicans every weekend so I'm hard to reach Sat/Sun. can you "
        "email the SSL renewal invoice instead of texting?"),
    ("special_categories", "sensitive", "email",
        "Hi, I'm a committed socialist and I'd like to use my personal blog to write about the upcoming "
        "strikes and the cost of living. Is there anything in your acceptable use policy that stops "
        "political content?"),
    ("special_categories", "sensitive", "email",
        "Good evening, I was at the protests at the toll gate last October and since then I want a page "
        "on my personal site with my photos and my own write-up of the march. Can the gallery take "
        "about 200 photos without slowing the page? Thank you."),
    ("special_categories", "sensitive", "agent_note",
        "Cust says she's an active Lib Dem party member and canvasses in the evenings; asked for all "
        "support contact by email only. Added note to account."),
    ("special_categories", "sensitive", "email",
        "Hi, I'm the Unite rep at my workplace and I want a small personal site with information for "
        "members about our pay claim. Does the Starter plan allow a members-only page?"),
    ("special_categories", "sensitive", "chat",
        "we're on strike from monday, I'll be on the picket line all day so can you do the dns change "
        "without me needing to confirm by phone?"),
    ("special_categories", "sensitive", "email",
        "Hello, please change the email on my account to my personal one. I'm a union member and I "
        "don't want anything about my side business going to my work address, because there's tension "
        "at the moment with the management over the ballot."),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Lorraine, ref HN-2210. I'm shop steward at the depot and we've got a meeting tonight, "
        "so could someone ring me tomorrow about the contact form? Cheers."),
    ("special_categories", "sensitive", "chat",
        "my NEU subs go out on the same day as your renewal, can the renewal date move to the 15th so "
        "they're spread out?"),
    ("special_categories", "sensitive", "email",
        "Hi, please add my husband Marcus as a second user on the account. We're two blokes running a "
        "wedding planning business together so I'd like us both to have full admin. Thanks, Jon"),
    ("special_categories", "sensitive", "email",
        "Hello, I'm gay and I run a small travel blog for LGBT travellers. I'd like to add a map page "
        "with pins for the gay-friendly bars and guesthouses I've stayed at. Is there a map block in "
        "the builder?"),
    ("special_categories", "sensitive", "chat",
        "Customer: hi, can another person be added to my account with full access? || Agent: Of "
        "course. Can I take their name and how they're connected to the business? || Customer: she's "
        "Maya, my girlfriend, we live together and share the business now. I'm Chloe, the account "
        "holder"),
    ("special_categories", "sensitive", "dm",
        "I'm bi and I write a personal blog about it, some of the posts are pretty personal. can I make "
        "certain posts visible only to subscribers?"),
    ("special_categories", "sensitive", "email",
        "Hi team, I'll be off the grid on Saturday as I'm marching with our work Pride contingent in "
        "the parade, so please don't schedule the migration for then. Sunday afternoon or any weekday "
        "evening works. Thanks, Darren"),
    ("special_categories", "sensitive", "email",
        "Hello, I'm a lesbian writer and my personal site has my memoir chapters on it. I'd like the "
        "whole site hidden from search engines while I finish the book. Is there a setting for noindex "
        "across the whole site?"),
    ("special_categories", "sensitive", "email",
        "Hi, I blog under a pen name about my life in an open relationship and I'd like to make sure my "
        "real name doesn't show anywhere, including the WHOIS and the invoices the site sends. Can the "
        "domain be registered with privacy and the invoices issued to my pen name?"),
    ("special_categories", "sensitive", "chat",
        "I'm asexual and run a small forum for ace people. some trolls keep signing up. can I require "
        "approval for new members?"),
    ("special_categories", "sensitive", "agent_note",
        "Cust said he and his partner are swingers and run a private members blog; wanted to know if "
        "adult content is allowed on Business plan. Sent AUP link, no policy breach as content is text "
        "only and behind login."),
    ("special_categories", "sensitive", "email",
        "Hi, I'm trans and I've changed my name by deed poll. My old name still shows on the account, "
        "the invoices and the domain WHOIS. Could you update everything to Elena Marsh? I can send a "
        "copy of the deed poll. Thank you."),
    ("special_categories", "sensitive", "chat",
        "hi, I'm non-binary and use they/them. your agents keep calling me \"sir\" in emails, could you "
        "add a note to my account?"),
    ("special_categories", "sensitive", "email",
        "Hello, since my transition I've updated my name everywhere except Brightwire. The account "
        "still has my old first name and that's what appears on every email you send. Please change it "
        "to Tom. I've attached the updated passport page."),
    ("special_categories", "sensitive", "web_form",
        "Request type: Name change. Details: I'm a trans man and I'd like the name on my account "
        "changed from Sarah Kent to Samuel Kent, and the title from Ms to Mr. Documentation available."),
    ("special_categories", "sensitive", "email",
        "Hi, my gender marker was updated on my passport last month and now my ID verification for "
        "domain ownership fails because the old scan on file says F. Could you delete the old document "
        "and let me upload the new one?"),
    ("special_categories", "sensitive", "email",
        "Hi, I had a DNA test done and the results show which gene variants I carry. I want to start a "
        "small blog about what I learned but I don't want the genetic report itself to be public. Can I "
        "upload the PDF to a private page only I can see?"),
    ("special_categories", "sensitive", "chat",
        "i put my 23-and-something ancestry DNA results on my family history site and now I regret it, "
        "they show my full genetic breakdown. can you purge them from the backups too?"),
    ("special_categories", "sensitive", "email",
        "Hello, the paternity test came back last week and it wasn't what we thought, so I need to take "
        "down the family tree pages I made on my site. Can you also remove them from the backups? "
        "Thanks."),
    ("special_categories", "sensitive", "web_form",
        "Request type: Data deletion. Details: For the domain ownership check I uploaded a scan of my "
        "face and my fingerprints through your partner's app. Please delete my biometric data and "
        "confirm in writing."),
    ("special_categories", "sensitive", "email",
        "Hi, when I did the video identity check for the account transfer, the app took a face scan of "
        "me. I'd like to know how long you store that face template and whether it's shared with "
        "anyone. Please delete it now the transfer is done. Thanks, Greta"),
    ("special_categories", "benign", "email",
        "Hi, we think we've got a race condition in the checkout: when two people buy the last item at "
        "the same moment, both orders go through and stock goes to -1. Is the stock update done in a "
        "transaction on your shop platform, or is this a plugin issue? Order numbers 55-7781 and "
        "55-7782 if you want to look."),
    ("special_categories", "benign", "chat",
        "a third-party plugin is slowing down the admin, how do I find out which one?"),
    ("special_categories", "benign", "email",
        "Hello, I have two mailing lists in the newsletter tool and want to send one campaign to the "
        "union of both without anyone getting it twice. Is there a merge option, or does the tool "
        "de-duplicate automatically?"),
    ("special_categories", "benign", "chat",
        "our marketing campaign emails are going out at 3am instead of 9am. is the scheduler on UTC?"),
    ("special_categories", "benign", "web_form",
        "Request type: New site. Details: We're the management committee for a church hall that's hired "
        "out for parties, classes and meetings. We need a booking calendar and a page with the hire "
        "rates."),
    ("special_categories", "benign", "chat",
        "Customer: getting \"host key fingerprint mismatch\" when I SSH in after the server move. is "
        "that expected? || Agent: Yes, the new server has a new host key. Remove the old line from "
        "known_hosts and accept the new fingerprint. || Customer: done, works now"),
    ("special_categories", "benign", "email",
        "Hi, the typeface on my headings changed after the builder update. I'd picked a slab serif and "
        "now it's showing a plain sans. Did the font face get removed from the library?"),
    ("special_categories", "benign", "chat",
        "what IP is your origin server? I'm putting Cloudflare in front of the site"),
    ("special_categories", "benign", "email",
        "Hello, we've installed the translate plugin so visitors can switch between English and "
        "Spanish, but the menu items stay in English. Do menu labels need to be translated separately?"),
    ("special_categories", "benign", "chat",
        "transactional emails (order confirmations) aren't sending since we moved mail to you. "
        "marketing emails are fine"),
    ("special_categories", "benign", "email",
        "Hi, the PDF invoices are coming out in portrait but the table is cut off on the right. Can the "
        "page orientation be set to landscape?"),
    ("special_categories", "benign", "web_form",
        "Request type: Email setup. Details: Our new developer evangelist is starting Monday and needs "
        "a mailbox and access to the staging site. Name: Lena Ortiz."),
    ("special_categories", "benign", "email",
        "Hello, could you give me a rough figure for the labour costs if your team does the migration "
        "for us? We have three WordPress sites and about twenty mailboxes."),
    ("special_categories", "benign", "chat",
        "conservative estimate, how long will the DNS take to propagate? I need to tell the client"),
    ("special_categories", "benign", "email",
        "Hi, I think the CDN is being a bit too liberal with caching, my price changes take hours to "
        "show. Can I set a shorter cache time for the shop pages only?"),
    ("special_categories", "benign", "web_form",
        "Request type: New shop. Details: We're a party rentals business (bouncy castles, marquees, "
        "tables) and need online booking with date availability and a deposit."),
    ("special_categories", "benign", "review",
        "5 stars. You can tell the support team take pride in their work. My migration went perfectly "
        "and they followed up the next day to check."),
    ("special_categories", "benign", "chat",
        "how do I do strike-through text in the builder? there's bold and italic but no strike"),
    ("special_categories", "benign", "email",
        "Hello, our signup form has a gender dropdown that came with the template and we don't need it. "
        "How do I remove a field from the form without breaking the rest?"),
    ("special_categories", "benign", "email",
        "Hi, I'm a secondary school biology teacher and want a blog with my revision notes on genetics "
        "and evolution, with diagrams. Can I embed PDFs so they can be downloaded?"),
    ("special_categories", "benign", "chat",
        "we want the new site to feel like our brand's DNA, bold and simple. can you recommend a "
        "template?"),
    ("special_categories", "benign", "email",
        "Hello, do you have a native app for managing the site from a phone, or is it only the mobile "
        "web version?"),
    ("special_categories", "benign", "web_form",
        "Request type: Menu update. Details: We're a Thai restaurant and want to upload a new menu PDF "
        "every week without replacing the page. Is there a file block that keeps the same link?"),
    ("special_categories", "benign", "chat",
        "general question, does your mobile app support Face ID login or only passwords?"),
    ("special_categories", "benign", "email",
        "Hi, can I send a mass email to all 900 of our customers through your email hosting, or will "
        "that get us blocked? What's the hourly sending limit?"),
    ("special_categories", "benign", "dm",
        "100% uptime for a year, you've found the holy grail lol. keep it up"),
    ("special_categories", "benign", "chat",
        "is the knowledge base article on DNS gospel or is it out of date? it says to use a different "
        "nameserver from the one in my panel"),
    ("special_categories", "benign", "review",
        "5/5. Your beginner's guide to email setup has become my bible. Got all four mailboxes working "
        "on my own."),
    ("special_categories", "benign", "email",
        "Hi, I'd like a rainbow colour gradient on the header of our ice-cream shop's site. The builder "
        "only does two-colour gradients. Is there a way to add more stops with custom CSS?"),
    ("special_categories", "benign", "chat",
        "can you give me a straight answer on whether the Pro plan includes daily backups? the page "
        "says \"regular\""),
    ("special_categories", "benign", "email",
        "Hello, I'd like to switch our backups from bi-weekly to daily. Is that an upgrade or just a "
        "setting?"),
    ("special_categories", "benign", "chat",
        "we want a poll widget on our book club's site so members can vote for next month's book. is "
        "there one?"),
    ("special_categories", "benign", "email",
        "Hi, we're running an \"employee of the month\" vote on our intranet page. Can the form limit "
        "it to one vote per email address?"),
    ("special_categories", "benign", "email",
        "I protest the 20% price rise on the Business plan! I've been with you since 2015. Is there any "
        "loyalty discount, or a way to lock in the old price for another year?"),
    ("special_categories", "benign", "chat",
        "honestly I've lost faith in your status page, it said all green while my site was down for an "
        "hour"),
    ("special_categories", "benign", "review",
        "4 stars. Moving to the SSD hosting was heaven, the site is twice as fast. Only gripe is the "
        "dashboard layout."),
    ("special_categories", "benign", "email",
        "Hello, we've moved office to Temple Row, could you update the address on our invoices? "
        "Everything else stays the same."),
    ("special_categories", "benign", "chat",
        "is it kosher to point two domains at one website or does Google penalise it?"),
    ("special_categories", "benign", "email",
        "Hi, our setup is a bit unorthodox: the site is on you, but the email is with another provider "
        "and DNS is with a third. Can you tell me which records I should leave alone on your side?"),
    ("special_categories", "benign", "email",
        "Hello, we're planning a radical redesign of our site and want to build it on a staging copy "
        "first. How do I clone the site to a staging subdomain?"),
    ("special_categories", "benign", "chat",
        "the logo is left-aligned on mobile but I want it centred. there's no alignment option in the "
        "header block"),
    ("special_categories", "benign", "email",
        "Hi, is your hosting green? Our customers keep asking whether the datacentres run on renewable "
        "energy and I'd like to put a badge on the site if so."),
    ("special_categories", "benign", "dm",
        "when is the new builder coming out? been waiting since the spring announcement"),
    ("special_categories", "benign", "email",
        "Hello, we sell Union Jack bunting and flags for street parties. Our product photos look blurry "
        "on the shop page. Is the image being compressed too much?"),
    ("special_categories", "benign", "chat",
        "can I use the Tribe theme with the Starter plan or is it Pro only?"),
    ("special_categories", "benign", "email",
        "Hi, please update the contact number for our Sussex office on the account. Also, do you still "
        "send paper invoices? We'd prefer email only."),
    ("special_categories", "benign", "web_form",
        "Request type: Technical. Details: The site builder won't save my changes, the spinner just "
        "keeps going. Tried two browsers."),
    ("special_categories", "benign", "chat",
        "my domain shows \"pending transfer\" for five days now. how long does it usually take?"),
    ("special_categories", "benign", "agent_note",
        "Cust asked why the SSL padlock doesn't show on the blog subdomain. Added subdomain to the "
        "certificate, reissued, confirmed padlock showing."),
    ("special_categories", "benign", "call",
        "[transcript] Caller: My emails to customers are bouncing with \"550 rejected\". Agent: I can "
        "see your SPF record is missing our include. I'll add it now. Caller: Great, thanks."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
        "Hello, my father passed away in March and I'd like to keep his gardening blog online as a "
        "memorial. The account is in his name and the renewal is due next month. What do you need from "
        "me to take it over? I'm the executor of his estate. Thanks, Helen"),
    ("bereavement", "sensitive", "chat",
        "hi, Mum passed last month and her email account keeps getting newsletters. can I get into it "
        "to unsubscribe from everything and save her photos before I close it?"),
    ("bereavement", "sensitive", "email",
        "Hi, I need to update the homepage of the family business site with the details of Dad's "
        "service at Greaves & Son on Thursday at 11, and a note that the shop will be closed that day. "
        "I can't find where to add a banner in the new builder, the old one had a button at the top. "
        "Could someone point me to it? Thanks, Owen"),
    ("bereavement", "sensitive", "email",
        "Dear Brightwire, since my husband died in the spring I am the only one left who knows anything "
        "about our holiday cottage website, and I'm afraid I don't know much. The bookings calendar has "
        "stopped showing July. Could someone explain, slowly, how to open the dates again? Kind "
        "regards, Margaret"),
    ("bereavement", "sensitive", "chat",
        "sorry for going quiet on the DNS ticket, we had Nan's wake on Saturday and the whole week's "
        "been a blur. where were we with the A record?"),
    ("bereavement", "sensitive", "web_form",
        "Request type: Account closure. Details: I have attached the death certificate for my brother, "
        "Paul Okafor, who held account BW-11209. Please close the account and refund the remaining "
        "balance to his estate."),
    ("bereavement", "sensitive", "voicemail",
        "Good morning, this is Gerald Fenn, I'm the executor for the late Mrs Doreen Ashby who had a "
        "website with you for her knitting patterns. I'd like to talk about transferring it to her "
        "granddaughter. My number is on the letter I sent. Thank you."),
    ("bereavement", "sensitive", "email",
        "Hi team, just letting you know I'll be slower than usual on the rebrand. I lost my partner in "
        "August and I'm only back at work part-time. Could we push the launch of the new store to "
        "November? The product photos are done, it's the copy that's behind. Thanks for your patience, "
        "Jess"),
    ("bereavement", "sensitive", "email",
        "Dear Sir, my father expired last week and the domain of his tuition centre is in his name. We "
        "want to continue the centre under my name. Kindly advise the procedure for change of "
        "registrant and the documents required. Regards, Pradeep"),
    ("bereavement", "sensitive", "chat",
        "Good day. We buried my uncle last Saturday in the village and he was the one paying for the "
        "farm shop website hosting. Who do I contact to take over the payments? I don't have his "
        "password"),
    ("bereavement", "sensitive", "dm",
        "hi po, sorry late reply on my ticket, we just had the 40 days for my lola so the family was "
        "all at home. can we continue with the site transfer now?"),
    ("bereavement", "sensitive", "email",
        "Hi, my gogo passed away two weeks ago and her little spaza shop had a website that my cousin "
        "made for her on your platform. We'd like to keep it up for a while with a photo of her and a "
        "message from the family. Can I get access? My cousin has the account email."),
    ("bereavement", "sensitive", "agent_note",
        "Cust's wife died two weeks ago. He wants her mailbox kept open for a year with all mail "
        "forwarded to him. Verified via death certificate; set forwarding, waived mailbox fee for 12 "
        "months."),
    ("bereavement", "sensitive", "chat",
        "Customer: hi I need to close my brother's account, ref HT-5511 || Agent: I'm very sorry "
        "about your brother's passing. To close the account I'll need a copy of the death certificate "
        "or a letter from the solicitor handling the estate. Would you like the site archived "
        "first? || Customer: yes please archive it"),
    ("bereavement", "sensitive", "web_form",
        "Request type: Account closure. Details: Account holder is deceased (my grandmother, Ada "
        "Brill). Please cancel auto-renew and send the final invoice to me."),
    ("bereavement", "sensitive", "sms",
        "the cremation's tmrw, can the renewal wait til mon? i'll sort it then"),
    ("bereavement", "sensitive", "chat",
        "hi, my ah ma pass away on wednesday, the wake is at the void deck until sunday. can help me "
        "extend the renewal deadline? i cannot settle anything this week"),
    ("bereavement", "sensitive", "email",
        "Hello. My mother is deceased in the autumn and I want that the e-mail box of her is "
        "transferred to me, because the bank and the insurance write to this address. I have the papers "
        "of the notary. How do I do it?"),
    ("bereavement", "sensitive", "email",
        "Hi there, a few odds and ends on the memorial site I set up for Dad. The guestbook is getting "
        "spam, about twenty a day, mostly links to casinos; is there a captcha I can switch on? The "
        "photo gallery also loads very slowly, I think because the pictures are huge, is there a "
        "setting that resizes them? And the domain renewal is coming up in January, I'd like to pay for "
        "five years in one go so I don't have to think about it. We scattered his ashes at Holme Point "
        "last weekend and a lot of people visited the site afterwards, so I want it to be working "
        "properly. Many thanks, Rhiannon"),
    ("bereavement", "sensitive", "call",
        "[transcript] Agent: And what's the reason for the change of owner? Caller: My wife, she died "
        "in June. It was her pottery site, I want to keep it running for the family. Agent: I'm sorry. "
        "I'll send you the transfer form."),
    ("bereavement", "benign", "chat",
        "all the internal links on my site are dead since the migration. they still point to the old "
        "domain"),
    ("bereavement", "benign", "email",
        "Hello, I saw PHP 7.4 is end-of-life. When will you kill it on the Starter plan, and will my "
        "site break? It's a fairly old WordPress install."),
    ("bereavement", "benign", "web_form",
        "Request type: Template request. Details: We are a family firm of funeral directors and want a "
        "page template for announcing service times and livestream links. Do you have one, or should we "
        "use the events template?"),
    ("bereavement", "benign", "chat",
        "my laptop died and the 2fa app was on it. how do I get back into my account?"),
    ("bereavement", "benign", "email",
        "Hi, my domain expired yesterday because the card on file had expired too. Can I still renew "
        "it, and will the email come back on its own?"),
    ("bereavement", "benign", "chat",
        "are Legacy plan customers being moved to the new plans? I got an email but it didn't say when"),
    ("bereavement", "benign", "dm",
        "RIP my inbox, 10,000 spam emails overnight. can you turn the filter up?"),
    ("bereavement", "benign", "email",
        "Hi, we're making a memorial page on our site for our old dog Biscuit who passed in the summer, "
        "he was the shop dog for eleven years. Can the gallery do a slideshow with captions?"),
    ("bereavement", "benign", "chat",
        "the server's been dead for an hour, nothing loads, is there an outage?"),
    ("bereavement", "benign", "chat",
        "i killed the cron job by accident, how do I start it again from the panel?"),
    ("bereavement", "benign", "email",
        "Hello, we're a stonemasons' yard and want to show photos of the headstones and memorial "
        "benches we've made, with a quote request form. Which template would suit?"),
    ("bereavement", "benign", "email",
        "Hi, bounced newsletters seem to be going into a dead-letter folder I can't find. Where do I "
        "see the bounces and can I export them?"),
    ("bereavement", "benign", "chat",
        "can I delete orphaned DNS records for a subdomain we don't use anymore without breaking the "
        "main site?"),
    ("bereavement", "benign", "dm",
        "dying to know when the new site builder comes out of beta, the preview looks great"),
    ("bereavement", "benign", "email",
        "Good grief, this is the third time I've asked for a copy of invoice INV-40028. Can someone "
        "please just email it?"),
    ("bereavement", "benign", "chat",
        "we had some data loss after the restore, the last two days of orders are missing. can you "
        "restore from an earlier snapshot?"),
    ("bereavement", "benign", "email",
        "Hi, my payment passed the 3-D Secure check and the bank shows it as taken, but order 55-1032 "
        "still shows as unpaid. Can you check?"),
    ("bereavement", "benign", "web_form",
        "Request type: New site. Details: We're a small will-writing and estate-planning firm and want "
        "a simple site with a contact form and a booking calendar."),
    ("bereavement", "benign", "chat",
        "how do I set up an autoresponder while I'm on holiday for two weeks?"),
    ("bereavement", "benign", "review",
        "5 stars. When my old host went bust overnight Brightwire had my site back up in an afternoon. "
        "Brilliant."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
        "Hi, my ex keeps making new email addresses to send me messages through the contact form on my "
        "photography site. I've blocked every address but he just makes another one, it's been going on "
        "since January and he's started saying things about where I'll be on certain days. Is there a "
        "way to block by IP, or to turn off the form and just show a booking link instead? Thanks, Leah"),
    ("violence_self_harm", "sensitive", "chat",
        "someone left a comment on my blog saying they know where I live and they're going to hurt me. "
        "can you tell me who posted it? I've screenshotted it"),
    ("violence_self_harm", "sensitive", "email",
        "Hi, please don't send anything to the old postal address on my account any more. I'm staying "
        "at a refuge at the moment and I can't give the new address out, so email only please. If "
        "anyone phones claiming to be me, don't change anything unless they know the new security word "
        "I've set. Thank you."),
    ("violence_self_harm", "sensitive", "agent_note",
        "During a billing call cust said her partner hit her last week and checks her phone. Changed "
        "account email to a new address she set up at the library, removed his number as recovery "
        "contact. Gave her the national DV helpline number."),
    ("violence_self_harm", "sensitive", "chat",
        "honestly i don't know why i'm even renewing this. i've been thinking about ending my life a "
        "lot lately and the shop feels pointless. sorry, you don't need to hear that. how much is the "
        "renewal"),
    ("violence_self_harm", "sensitive", "dm",
        "can you take my blog offline for a bit? I've been self-harming again and I keep writing about "
        "it there at night and I don't want people seeing it"),
    ("violence_self_harm", "sensitive", "email",
        "Hello, there's a man who's been following me for months. He turned up at my market stall twice "
        "last week and now he's emailing the shop address from different accounts. Is there any way "
        "your system can block anything mentioning my name, or at least flag it so I don't have to read "
        "it myself?"),
    ("violence_self_harm", "sensitive", "web_form",
        "Request type: Account security. Details: My husband controls all our accounts and reads my "
        "email. I need a new mailbox on our domain that he doesn't know about and that doesn't show up "
        "in the admin list he can see. Is that possible? Please don't reply to the main account "
        "address."),
    ("violence_self_harm", "sensitive", "email",
        "Hi, someone has posted my home address in a comment on my cooking site along with a message "
        "saying I should \"watch my back\", and two more like it appeared overnight. I've turned "
        "comments off but can you remove those three and keep a copy of the IP addresses for me? I'm "
        "scared to go out."),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: pls dont call the landline number on the account || Agent: Sure, I've removed it. "
        "Is your mobile OK for the callback? || Customer: yes mobile only. he listens in on the "
        "landline and he's hurt me before when he found out I was doing the site without him"),
    ("violence_self_harm", "sensitive", "voicemail",
        "[crying] Hi, it's Rosa from the flower shop account. He smashed my laptop last night and "
        "grabbed me by the arm when I tried to stop him, so I can't get into the website. Can someone "
        "reset my login to my new phone please, I'm at my sister's."),
    ("violence_self_harm", "sensitive", "email",
        "Dear Sir/Madam, I am facing torture from my in-laws, they are beating me and have taken my "
        "phone, so I could not respond to your emails on the hosting renewal. I am now at my parents' "
        "house. Kindly send all communication to this new email id only."),
    ("violence_self_harm", "sensitive", "email",
        "Good morning. Armed robbers broke into our home on Sunday night and beat my husband and me, "
        "and they took the laptops and phones. We are safe now at my brother's house. Please help us to "
        "reset the passwords of the two business mailboxes because we cannot receive the codes."),
    ("violence_self_harm", "sensitive", "call",
        "[transcript] Caller: I got hijacked at gunpoint at the robot on Friday, they took the bakkie "
        "with my laptop and phone in it. Agent: I'm so sorry. Are you safe? Caller: Ja, I'm fine now. I "
        "just need to lock the hosting account before they get into it."),
    ("violence_self_harm", "sensitive", "email",
        "Hi, I used to do the website for the agency I worked at and my old manager still has admin on "
        "my freelance site from when he helped me set it up. He kept touching me at the office and "
        "that's why I left. Please remove him from my account, I don't want him to see anything. Thank "
        "you po."),
    ("violence_self_harm", "sensitive", "chat",
        "my neighbour threatened to kill me yesterday over the parking, he said it in front of "
        "witnesses. he also knows my shop website, can u hide the address on the contact page asap"),
    ("violence_self_harm", "sensitive", "email",
        "Hello. The man of my former relation menaces me by messages since two months, he writes that "
        "he will come to my work and do me harm. He knows the password of my web page because we made "
        "it together. Please can you change it and remove his e-mail?"),
    ("violence_self_harm", "sensitive", "sms",
        "cant talk, hes home. pls change the acc email to the new one i sent from. dont text back on "
        "this number"),
    ("violence_self_harm", "sensitive", "email",
        "Hi, a group of people on a forum have been sending me death threats for about a week since one "
        "of my videos went viral, and now they've found my portfolio site. I've had dozens of emails "
        "through the contact form. Can you put the site behind a password for now and save the logs? "
        "Thanks, Priya"),
    ("violence_self_harm", "sensitive", "agent_note",
        "Cust mentioned she took an overdose last month and was \"not in a good place\" after the shop "
        "failed; spoke calmly, gave Samaritans number, agreed to pause account for 90 days. Follow-up "
        "call booked for the 12th."),
    ("violence_self_harm", "benign", "email",
        "Abuse report: a site on your network (fake-bank-login.example) is phishing our customers. "
        "Screenshots and headers attached. Please take it down. Regards, Fraud Team, Northgate Building "
        "Society"),
    ("violence_self_harm", "benign", "chat",
        "we're getting hammered by a DDoS attack since 9am, the site won't load. can you turn on the "
        "mitigation?"),
    ("violence_self_harm", "benign", "email",
        "Hi, the security log shows thousands of brute-force attacks on wp-login from the same few IPs. "
        "Can you block them at the firewall, or should I install a plugin?"),
    ("violence_self_harm", "benign", "chat",
        "how do I kill -9 a stuck php process on shared hosting? I don't have root"),
    ("violence_self_harm", "benign", "email",
        "Hello, your threat detection flagged a file called cache-loader.php as malware. It's part of "
        "our theme. Can you check whether it's a false positive before I delete it?"),
    ("violence_self_harm", "benign", "web_form",
        "Request type: New site. Details: I run a martial arts dojo for adults and need a site with a "
        "class timetable and a belt-grading results page."),
    ("violence_self_harm", "benign", "dm",
        "this new tracking script is killing my page speed, 2 seconds slower. any way to defer it?"),
    ("violence_self_harm", "benign", "review",
        "5 stars, the new design templates are an absolute knockout. Smashing job to whoever made the "
        "bakery one."),
    ("violence_self_harm", "benign", "email",
        "Hi, we run a community forum on your hosting and want to add a \"report abuse\" button under "
        "each post that emails the moderators. Is there a plugin you'd recommend?"),
    ("violence_self_harm", "benign", "chat",
        "is there a self-service password reset for my staff or do they all have to contact you?"),
    ("violence_self_harm", "benign", "email",
        "Hello, I'm a self-defence instructor and want a simple booking site where people can reserve a "
        "space on my Saturday workshops and pay a deposit. Which plan includes payments?"),
    ("violence_self_harm", "benign", "chat",
        "the spam filter keeps harassing me with false positives, it quarantined my own invoices. can I "
        "whitelist my domain?"),
    ("violence_self_harm", "benign", "email",
        "Hi, we plan to cut over the DNS tonight at 10pm. Can you lower the TTL now so the change goes "
        "through quickly?"),
    ("violence_self_harm", "benign", "web_form",
        "Request type: Storage. Details: I'm a wedding photographer and my portfolio from this year's "
        "shoots is 40 GB. What plan do I need?"),
    ("violence_self_harm", "benign", "chat",
        "we hit the bandwidth limit on the 20th, what happens now? does the site go down?"),
    ("violence_self_harm", "benign", "email",
        "Hi, my site crashed after I installed the new slider plugin. I can't get into the admin to "
        "remove it. Can you disable it from your side?"),
    ("violence_self_harm", "benign", "email",
        "Hello, I write thrillers and my next book has a stalker character, so I'd like a dark, moody "
        "theme for the launch page. Can the builder do a full-screen video header?"),
    ("violence_self_harm", "benign", "chat",
        "the redirect isn't working, what should the target URL look like, with or without https?"),
    ("violence_self_harm", "benign", "agent_note",
        "Cust sent a punch list for the migration: mailboxes, redirects, SSL, old blog archive. All "
        "done except archive, scheduled tomorrow."),
    ("violence_self_harm", "benign", "chat",
        "how do I point my domain to Shopify? they gave me an IP and a CNAME"),
]


def heath_examples() -> list[dict]:
    """The heath split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("heath", ENTRIES, SUBJECTS)
