"""Hand-written support tickets: a held-out set that no recognizer was tuned on.

The other sets are prose sentences (presidio_research), simulated chats (tau_bench) and
the project's own generator, and the recognizers were tuned on all three. These tickets
were written apart from them, in the registers real support text comes in: terse chat,
long emails with signatures, lowercase chat with typos, agent notes, non-native English,
pasted forms, complaint letters, call transcripts and forwarded threads. Each lists the
``(entity type, value)`` pairs planted in it, as ``sample_conversations`` does; places
are ``CONTEXT``. Requester and author fields are left empty, so the set measures what
the text recognizers find on their own.

Held out only until first measured: the leak rate it gave then, before any rule was
revised with it in view, is the honest estimate for unseen support text (recorded
beside the regression floors in tests/training_gate/test_evaluation.py).

Every value is made up: phones in the 555-01xx range or reserved foreign ranges,
example.* / .invalid domains, documentation IP ranges, test card numbers, IBANs built
to pass their checksum, names of nobody in particular.
"""

from __future__ import annotations

C, A = "customer", "agent"
P, E, PH, CC = "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD"
ST, ZIP, REF, USER = "STREET_ADDRESS", "ZIP_CODE", "ACCOUNT_REFERENCE", "USERNAME"
IBAN, DOB, CRED, IP, URL, SSN, CTX = ("IBAN_CODE", "DATE_OF_BIRTH", "CREDENTIAL", "IP_ADDRESS", "URL",
                                      "US_SSN", "CONTEXT")

# (register, turns as (role, text), planted values)
TICKETS: list[tuple[str, list[tuple[str, str]], list[tuple[str, str]]]] = [
    # --- terse chat -------------------------------------------------------------------
    ("chat", [(C, "order 88213467 still not here"), (A, "Sorry about that! Can I get the email on the account?"),
              (C, "brenna.holt@example.com"), (A, "Thanks Brenna, I see it, it's with the courier.")],
     [(REF, "88213467"), (E, "brenna.holt@example.com"), (P, "Brenna"), (P, "Holt")]),
    ("chat", [(C, "hi need to change delivery addr"), (A, "Sure, what's the new one?"),
              (C, "41 Quarry Lane, Flat 3, Leeds LS6 2QT")],
     [(ST, "41 Quarry Lane"), (ST, "Flat 3"), (CTX, "Leeds"), (ZIP, "LS6 2QT")]),
    ("chat", [(C, "cant log in. user is gravelpike_77"), (A, "I've sent a reset link to the email on file.")],
     [(USER, "gravelpike_77")]),
    ("chat", [(C, "Refund to card ending 4417 pls"), (A, "Done, 3-5 business days.")], [(CC, "4417")]),
    ("chat", [(C, "call me back 312-555-0188"), (A, "Will do within the hour.")], [(PH, "312-555-0188")]),
    ("chat", [(C, "Booking ref QX7T2M, need to add a bag"), (A, "Added one checked bag for $35.")],
     [(REF, "QX7T2M")]),
    ("chat", [(C, "Is the Dyson V11 back in stock?"), (A, "Not yet, we expect it on March 3.")], []),
    ("chat", [(C, "my acct # is 7730-2291-05"), (A, "Thanks, I can see the two charges of $19.99.")],
     [(REF, "7730-2291-05")]),
    ("chat", [(A, "Hi, you're chatting with Teodora. How can I help?"), (C, "hey teodora, where is my parcel")],
     [(P, "Teodora")]),
    ("chat", [(C, "It's Wendell Okoro, order W4481920"), (A, "Thanks Mr. Okoro, one moment.")],
     [(P, "Wendell"), (P, "Okoro"), (REF, "W4481920")]),
    ("chat", [(C, "ship to my sister Marisol instead"), (A, "Sure, what's her address?"),
              (C, "1920 Alder Ridge Rd, Boise ID 83702")],
     [(P, "Marisol"), (ST, "1920 Alder Ridge Rd"), (CTX, "Boise"), (ZIP, "83702")]),
    ("chat", [(C, "IP is 203.0.113.58 if that helps, vpn off"), (A, "Thanks, that range is not blocked.")],
     [(IP, "203.0.113.58")]),
    ("chat", [(C, "The Kindle Paperwhite I bought on Prime Day for $99 won't turn on."),
              (A, "Please hold the power button for 40 seconds.")], []),
    ("chat", [(C, "ticket 4471902 again"), (A, "Reopened it for you, Gustavo.")],
     [(REF, "4471902"), (P, "Gustavo")]),
    ("chat", [(C, "promo code SPRING15 not working on the Nike Pegasus"), (A, "That code expired on April 30.")], []),
    # --- lowercase / typo chat ----------------------------------------------------------
    ("lowercase", [(C, "hiya its rosalyn again lol, same order as yday 55102938"),
                   (A, "hi rosalyn! yep i see it")],
     [(P, "rosalyn"), (REF, "55102938")]),
    ("lowercase", [(C, "my emial is kwabena.asante@example.org sory for typo"), (A, "np, found you")],
     [(E, "kwabena.asante@example.org"), (P, "kwabena"), (P, "asante")]),
    ("lowercase", [(C, "pls send to 77 harrow st apt 12b, ok? phone 415 555 0142")],
     [(ST, "77 harrow st"), (ST, "apt 12b"), (PH, "415 555 0142")]),
    ("lowercase", [(C, "hey its ingeborg, my husband lars ordered it under his name"), (A, "no problem, what's lars's email?"),
                   (C, "lars.veum@example.net")],
     [(P, "ingeborg"), (P, "lars"), (P, "veum"), (E, "lars.veum@example.net")]),
    ("lowercase", [(C, "omg the blender came broken!!! order 300-8812743-5520187 fix pls")],
     [(REF, "300-8812743-5520187")]),
    ("lowercase", [(C, "dob is 07/22/1991 if u need it"), (A, "thx, verified")], [(DOB, "07/22/1991")]),
    ("lowercase", [(C, "thx mirela u were great"), (A, "anytime!")], [(P, "mirela")]),
    ("lowercase", [(C, "ok so my pasword is Tulip*8823 can u just log in and fix it"),
                   (A, "Please never share your password, I've reset it for safety.")],
     [(CRED, "Tulip*8823")]),
    ("lowercase", [(C, "wrong size shoes, wanted 10 got 9. adidas ultraboost. return?"),
                   (A, "yes, free returns within 30 days")], []),
    ("lowercase", [(C, "number changed to 07700 900417 can u update"), (A, "updated!")], [(PH, "07700 900417")]),
    ("lowercase", [(C, "its for my son dmitri, hes 14, can he use my account"),
                   (A, "he can be added as a family member")], [(P, "dmitri")]),
    ("lowercase", [(C, "kenzie here, the charger from order #A7K2P9Q sparks")],
     [(P, "kenzie"), (REF, "A7K2P9Q")]),
    ("lowercase", [(C, "hi im calling abt my moms acct, her name is gloria fenwick")],
     [(P, "gloria"), (P, "fenwick")]),
    ("lowercase", [(C, "zip is 60614 not 60641 sorry"), (A, "fixed")], [(ZIP, "60614"), (ZIP, "60641")]),
    # --- long emails with signatures ------------------------------------------------------
    ("email", [(C, "Dear Support Team,\n\nI am writing regarding my recent purchase of a Breville Barista Express "
                   "(order number 1188-4420-9931). The machine leaks water from the group head after two weeks of use. "
                   "I have descaled it as the manual describes.\n\nCould you please arrange a replacement? I am available "
                   "on weekdays after 5 pm.\n\nKind regards,\n\nHarriet Pemberton-Vale\n18 Copperbeech Close\n"
                   "Bristol BS8 4RJ\nTel: +44 117 496 0723")],
     [(REF, "1188-4420-9931"), (P, "Harriet"), (P, "Pemberton-Vale"), (ST, "18 Copperbeech Close"),
      (CTX, "Bristol"), (ZIP, "BS8 4RJ"), (PH, "+44 117 496 0723")]),
    ("email", [(C, "Hello,\n\nMy subscription renewed on 12 January even though I cancelled it in December. "
                   "The account is registered to ferdinand.k@example.com and the charge was to my Mastercard ending in 8834.\n\n"
                   "Please refund the $119.00.\n\nThanks,\nFerdinand Kask\nSent from my iPhone")],
     [(E, "ferdinand.k@example.com"), (CC, "8834"), (P, "Ferdinand"), (P, "Kask")]),
    ("email", [(A, "Hi Odalys,\n\nThank you for your patience. I have issued a full refund of $64.50 to your original "
                   "payment method; it should appear within 5-7 business days.\n\nYour case reference is CASE-0092817.\n\n"
                   "Best wishes,\nPercival Grant\nCustomer Care Team\nAcme Outdoor Supply")],
     [(P, "Odalys"), (REF, "CASE-0092817"), (P, "Percival"), (P, "Grant")]),
    ("email", [(C, "Good afternoon,\n\nI ordered a Samsung 55-inch QLED TV on your website (order #W7710234) and "
                   "paid with card 4532 0151 1283 0366. The delivery driver left it with a neighbour, Mrs. Ashdown, "
                   "at number 14 without asking me.\n\nI would like this escalated.\n\nRegards,\n"
                   "Cornelius Abara\n12 Fennimore Road\nAshford TN24 8QP\n+44 1632 960 418")],
     [(REF, "W7710234"), (CC, "4532 0151 1283 0366"), (P, "Ashdown"), (P, "Cornelius"), (P, "Abara"),
      (ST, "12 Fennimore Road"), (CTX, "Ashford"), (ZIP, "TN24 8QP"), (PH, "+44 1632 960 418")]),
    ("email", [(C, "Hi there,\n\nPlease update my billing details. New IBAN: DE44 5001 0517 5407 3249 31, "
                   "account holder Annika Brunsmeier.\n\nViele Grüße\nAnnika")],
     [(IBAN, "DE44 5001 0517 5407 3249 31"), (P, "Annika"), (P, "Brunsmeier")]),
    ("email", [(C, "To whom it may concern,\n\nI have been a loyal customer for eleven years. On 3 March my "
                   "account (username: mcallister.finch) was suspended without explanation. I have emailed "
                   "twice and called your 0800 line three times.\n\nI expect a reply within 48 hours.\n\n"
                   "Yours faithfully,\nDr. Theodora McAllister-Finch")],
     [(USER, "mcallister.finch"), (P, "Theodora"), (P, "McAllister-Finch")]),
    ("email", [(A, "Dear Mr Lindgren-Oyelowo,\n\nWe have received your return for the Garmin Forerunner 265. "
                   "The refund has been processed.\n\nIf you have any further questions, reply to this email or "
                   "call us on 1-800-555-0199.\n\nSincerely,\nBeatrice\nReturns Department")],
     [(P, "Lindgren-Oyelowo"), (P, "Beatrice")]),
    ("email", [(C, "Hello Support,\n\nAttached is the photo of the damaged box. My details:\n"
                   "Name: Solveig Marthinsen\nPhone: +47 412 55 019\nEmail: solveig.m@example.no\n"
                   "Order: NO-448812\n\nTakk,\nSolveig")],
     [(P, "Solveig"), (P, "Marthinsen"), (PH, "+47 412 55 019"), (E, "solveig.m@example.no"), (REF, "NO-448812")]),
    ("email", [(C, "Hi,\n\nJust following up on my earlier message about the LEGO Millennium Falcon set. "
                   "The box arrived on Friday but three bags were missing.\n\nCheers,\nRupert\n\n--\n"
                   "Rupert Ainsley-Hughes | Senior Analyst | Northwind Example Ltd\nM: +44 7700 900312 | "
                   "rupert.ah@northwind.example.com")],
     [(P, "Rupert"), (P, "Ainsley-Hughes"), (PH, "+44 7700 900312"), (E, "rupert.ah@northwind.example.com")]),
    ("email", [(C, "Dear Sir or Madam,\n\nMy mother, Evangeline Trask, passed away last month. I would like to "
                   "close her account (member number 00448172) and cancel the direct debit.\n\n"
                   "Her date of birth was 14/02/1941.\n\nWith thanks,\nMilo Trask")],
     [(P, "Evangeline"), (P, "Trask"), (REF, "00448172"), (DOB, "14/02/1941"), (P, "Milo")]),
    ("email", [(C, "Hello!\n\nQuick one: can I change the delivery slot for order 2024-55817 to Saturday? "
                   "Address stays the same (Unit 7, 250 Wellington Street, Toronto ON M5V 3P6).\n\nThank you!\n"
                   "Priyanka Venkataraman\n(416) 555-0163")],
     [(REF, "2024-55817"), (ST, "Unit 7"), (ST, "250 Wellington Street"), (CTX, "Toronto"), (ZIP, "M5V 3P6"),
      (P, "Priyanka"), (P, "Venkataraman"), (PH, "(416) 555-0163")]),
    ("email", [(A, "Hello Jasper,\n\nI've looked into this with our billing team. The second charge was a "
                   "pre-authorisation and has now been released.\n\nWarm regards,\nIlse van der Berg\n"
                   "Billing Support | ilse.vdberg@support.example.com")],
     [(P, "Jasper"), (P, "Ilse"), (P, "van der Berg"), (E, "ilse.vdberg@support.example.com")]),
    ("email", [(C, "Hi team,\n\nThe Bosch dishwasher installation is booked for 14 November, 8am-12pm. "
                   "Could the technician call my partner Yusra on 020 7946 0812 when they are 30 minutes away?\n\n"
                   "Many thanks,\nOwain Prys")],
     [(P, "Yusra"), (PH, "020 7946 0812"), (P, "Owain"), (P, "Prys")]),
    ("email", [(C, "Hello,\n\nPlease find my return details below.\n\nRMA: RMA-771203\nReason: wrong colour "
                   "(ordered navy, received black)\nPickup address: 5/22 Banksia Parade, Newtown NSW 2042\n"
                   "Mobile: 0491 570 159\n\nRegards,\nCallum Ferrier")],
     [(REF, "RMA-771203"), (ST, "5/22 Banksia Parade"), (CTX, "Newtown"), (ZIP, "2042"), (PH, "0491 570 159"),
      (P, "Callum"), (P, "Ferrier")]),
    ("email", [(C, "Dear Customer Service,\n\nI am Ms. Olufunke Adebayo-Reyes. I placed order 66120987 on "
                   "the 2nd and paid via bank transfer from GB82 WEST 1234 5698 7654 32. The money left my account "
                   "but the order shows unpaid.\n\nRegards,\nOlufunke")],
     [(P, "Olufunke"), (P, "Adebayo-Reyes"), (REF, "66120987"), (IBAN, "GB82 WEST 1234 5698 7654 32")]),
    ("email", [(C, "Hi,\n\nI run a small café and ordered 6 bags of the Ethiopian Yirgacheffe beans. Only 4 "
                   "arrived. Invoice INV-2025-00381.\n\nBest,\nMarguerite Oduya\nThe Copper Kettle\n"
                   "3 Market Row, Totnes TQ9 5PU\ncopperkettle@example.co.uk")],
     [(REF, "INV-2025-00381"), (P, "Marguerite"), (P, "Oduya"), (ST, "3 Market Row"), (CTX, "Totnes"),
      (ZIP, "TQ9 5PU"), (E, "copperkettle@example.co.uk")]),
    # --- agent notes -----------------------------------------------------------------------
    ("agent note", [(A, "Internal note: spoke with cust (Leopold Varga) re dup charge. Verified via DOB 1983-09-05 "
                        "and last 4 of card 2209. Escalated to billing, ref BILL-55821.")],
     [(P, "Leopold"), (P, "Varga"), (DOB, "1983-09-05"), (CC, "2209"), (REF, "BILL-55821")]),
    ("agent note", [(A, "Note: customer's wife Henrike called on his behalf. Not authorised on the account. "
                        "Asked her to have Mr. Strand call from 503-555-0117.")],
     [(P, "Henrike"), (P, "Strand"), (PH, "503-555-0117")]),
    ("agent note", [(A, "Handover to Quincy: acct 55-1092-3384, customer very upset, promised callback before 5pm EST.")],
     [(P, "Quincy"), (REF, "55-1092-3384")]),
    ("agent note", [(A, "Customer provided new email tamsin.wrexham@example.com; old one bounced. "
                        "Updated profile, username twrexham unchanged.")],
     [(E, "tamsin.wrexham@example.com"), (P, "tamsin"), (P, "wrexham"), (USER, "twrexham")]),
    ("agent note", [(A, "FYI Anneliese - customer login attempts from 198.51.100.203 and 192.0.2.77, "
                        "possible account takeover. Locked the account.")],
     [(P, "Anneliese"), (IP, "198.51.100.203"), (IP, "192.0.2.77")]),
    ("agent note", [(A, "per Desmond in tier 2: replacement approved, ship to 908 Kestrel Way Ste 210, Reno NV 89501")],
     [(P, "Desmond"), (ST, "908 Kestrel Way"), (ST, "Ste 210"), (CTX, "Reno"), (ZIP, "89501")]),
    ("agent note", [(A, "Cust pasted API key sk_live_9fQ2xLm8Rt4vWz7Kp1Nb3Hc6 in chat - revoked and reissued. "
                        "Reminded them not to share keys.")],
     [(CRED, "sk_live_9fQ2xLm8Rt4vWz7Kp1Nb3Hc6")]),
    ("agent note", [(A, "Return label emailed. Carrier: UPS. Weight 4.2 kg. Refund to follow once the warehouse "
                        "in Louisville scans it.")], []),
    ("agent note", [(A, "Called back Mrs Okonjo-Bright at 11:40, no answer, left voicemail on +1 646 555 0134.")],
     [(P, "Okonjo-Bright"), (PH, "+1 646 555 0134")]),
    ("agent note", [(A, "Verified identity: SSN last four 4821, DOB March 9, 1976. Customer: Reginald Osei-Tutu.")],
     [(DOB, "March 9, 1976"), (P, "Reginald"), (P, "Osei-Tutu")]),
    # --- non-native English -------------------------------------------------------------------
    ("non-native", [(C, "Hello, I am Giancarlo and I write for my order 7781223. The pakage is arrive broken. "
                        "Please you send new one at my adress Via Roma 45, 20121 Milano. Thank you very much.")],
     [(P, "Giancarlo"), (REF, "7781223"), (ST, "Via Roma 45"), (ZIP, "20121"), (CTX, "Milano")]),
    ("non-native", [(C, "Good day sir, my name is Oyelaran Chukwuemeka, I have problem with my account, "
                        "the password not working. My phone is +234 803 555 0147.")],
     [(P, "Oyelaran"), (P, "Chukwuemeka"), (PH, "+234 803 555 0147")]),
    ("non-native", [(C, "Hallo, I want to make return for the jacket. My customer number is KD-20581. "
                        "Greetings, Jürgen Hoffstätter")],
     [(REF, "KD-20581"), (P, "Jürgen"), (P, "Hoffstätter")]),
    ("non-native", [(C, "Bonjour, the delivery was for 12 rue des Lilas, 75011 Paris but the driver go to wrong "
                        "building. Call me please 06 12 34 56 78. Merci, Aurélie")],
     [(ST, "12 rue des Lilas"), (ZIP, "75011"), (CTX, "Paris"), (PH, "06 12 34 56 78"), (P, "Aurélie")]),
    ("non-native", [(C, "Dear, I am Nguyen Thi Lan. I buy the rice cooker 2 week ago, now it not heat. "
                        "Email me lan.nguyen@example.vn please.")],
     [(P, "Nguyen"), (P, "Thi"), (P, "Lan"), (E, "lan.nguyen@example.vn")]),
    ("non-native", [(C, "Hola, soy Catalina Restrepo. My order 4410-77 no arrive yet, is 3 weeks. My whatsapp "
                        "+57 301 555 0162.")],
     [(P, "Catalina"), (P, "Restrepo"), (REF, "4410-77"), (PH, "+57 301 555 0162")]),
    ("non-native", [(C, "Hello, please kindly do the needful and refund to account of my brother Rajesh Kumar "
                        "Iyer, IBAN DE61760501010009876543.")],
     [(P, "Rajesh"), (P, "Kumar"), (P, "Iyer"), (IBAN, "DE61760501010009876543")]),
    ("non-native", [(C, "Dzień dobry, I am Bartosz. The headphones Sony WH-1000XM5 make noise in left side. "
                        "Order number is PL-99120. Address ul. Długa 17/4, 00-238 Warszawa.")],
     [(P, "Bartosz"), (REF, "PL-99120"), (ST, "ul. Długa 17/4"), (ZIP, "00-238"), (CTX, "Warszawa")]),
    ("non-native", [(C, "Hi. I am Hiroko Tanabe-san's daughter, I help her with english. She born 1952/06/18. "
                        "She want cancel the magazine subscription.")],
     [(P, "Hiroko"), (P, "Tanabe"), (DOB, "1952/06/18")]),
    ("non-native", [(C, "Hello, I living in Amsterdam, postcode 1012 AB, street Damrak 70-2. Why the shipment "
                        "is stop in customs? Regards Pieter-Jan")],
     [(CTX, "Amsterdam"), (ZIP, "1012 AB"), (ST, "Damrak 70-2"), (P, "Pieter-Jan")]),
    # --- pasted forms --------------------------------------------------------------------------
    ("form", [(C, "Full name: Delphine Aucoin-Marsh\nEmail: d.aucoin.marsh@example.com\nPhone: (225) 555-0171\n"
                  "Address: 4400 Bayou Crest Dr, Apt 3C\nCity: Baton Rouge\nState: LA\nZIP: 70808\n"
                  "Order #: 901-2281734-6620015\nIssue: item never delivered")],
     [(P, "Delphine"), (P, "Aucoin-Marsh"), (E, "d.aucoin.marsh@example.com"), (PH, "(225) 555-0171"),
      (ST, "4400 Bayou Crest Dr"), (ST, "Apt 3C"), (CTX, "Baton Rouge"), (ZIP, "70808"),
      (REF, "901-2281734-6620015")]),
    ("form", [(C, "Name | Ezekiel Mbatha\nAccount | ACC-00913377\nDOB | 02.11.1979\nContact | +27 21 555 0186\n"
                  "Problem | double billed for April")],
     [(P, "Ezekiel"), (P, "Mbatha"), (REF, "ACC-00913377"), (DOB, "02.11.1979"), (PH, "+27 21 555 0186")]),
    ("form", [(C, "first_name: Saskia\nlast_name: Vermeulen\nemail: saskia.vermeulen@example.nl\n"
                  "username: saskiav88\nip: 203.0.113.140\nbrowser: Firefox 128 on Windows 11")],
     [(P, "Saskia"), (P, "Vermeulen"), (E, "saskia.vermeulen@example.nl"), (USER, "saskiav88"),
      (IP, "203.0.113.140")]),
    ("form", [(C, "Cardholder: THADDEUS OKONKWO-BELL\nCard: 5529 0003 1234 5672\nExpiry: 08/28\n"
                  "Billing postcode: SW1A 2AA")],
     [(P, "THADDEUS"), (P, "OKONKWO-BELL"), (CC, "5529 0003 1234 5672"), (ZIP, "SW1A 2AA")]),
    ("form", [(C, "Contact form submission\n---\nYour name: marcy dill\nYour email: marcydill@example.com\n"
                  "Subject: broken zipper\nMessage: the North Face backpack zipper broke on day 2")],
     [(P, "marcy"), (P, "dill"), (E, "marcydill@example.com")]),
    ("form", [(C, "Warranty claim\nProduct: Philips Sonicare 9900\nSerial: SN-44A9-K22\nPurchase date: 2025-01-14\n"
                  "Owner: Bertrand Lacasse\nTel: +33 1 99 00 41 27\nAddress: 8 avenue Foch, 69006 Lyon")],
     [(P, "Bertrand"), (P, "Lacasse"), (PH, "+33 1 99 00 41 27"), (ST, "8 avenue Foch"), (ZIP, "69006"),
      (CTX, "Lyon")]),
    ("form", [(C, "Name: Ayodele Fashola\nDate of birth: 23 Aug 1990\nMember ID: MBR-558201\n"
                  "Preferred contact: ayo.fashola@example.com")],
     [(P, "Ayodele"), (P, "Fashola"), (DOB, "23 Aug 1990"), (REF, "MBR-558201"), (E, "ayo.fashola@example.com")]),
    ("form", [(C, "Passenger 1: Mr Cosmin Dragomir\nPassenger 2: Mrs Ilinca Dragomir\nPNR: K9WZ4R\n"
                  "Frequent flyer: FF 8812 4471")],
     [(P, "Cosmin"), (P, "Dragomir"), (P, "Ilinca"), (REF, "K9WZ4R"), (REF, "FF 8812 4471")]),
    ("form", [(C, "Login: oriel.banks\nPassword: Gr33nH0use!2024\nError: 'Account locked'")],
     [(USER, "oriel.banks"), (CRED, "Gr33nH0use!2024")]),
    ("form", [(C, "Shipping to:\nTobiah Renwick\nPO Box 4471\nFairbanks, AK 99708\nUSA")],
     [(P, "Tobiah"), (P, "Renwick"), (ST, "PO Box 4471"), (CTX, "Fairbanks"), (ZIP, "99708")]),
    # --- complaint letters ----------------------------------------------------------------
    ("complaint", [(C, "I am absolutely disgusted. Your driver, who said his name was Clive, threw my parcel over "
                       "the fence and it landed in the pond. The order was 44917736. I want a full refund and an "
                       "apology. Do not send me another voucher.\n\nA. Featherstonehaugh")],
     [(P, "Clive"), (REF, "44917736"), (P, "Featherstonehaugh")]),
    ("complaint", [(C, "This is the FOURTH time I am writing. My name is Gwendolyn Achebe and I have been "
                       "charged $89.99 every month since I cancelled in June. Call me on 773.555.0139 today or I "
                       "will contact my bank and the Better Business Bureau.")],
     [(P, "Gwendolyn"), (P, "Achebe"), (PH, "773.555.0139")]),
    ("complaint", [(C, "Your agent Mackenzie hung up on me twice. I was polite. Account number 3318842290. "
                       "I expect a supervisor to contact me at hollis.brandt@example.com.")],
     [(P, "Mackenzie"), (REF, "3318842290"), (E, "hollis.brandt@example.com"), (P, "hollis"), (P, "brandt")]),
    ("complaint", [(C, "Formal complaint regarding booking HX-20931. The hotel in Lisbon had no record of our "
                       "reservation and my wife Ottoline and I had to sleep in the airport.\n\nSeptimus Harrow-Blake")],
     [(REF, "HX-20931"), (CTX, "Lisbon"), (P, "Ottoline"), (P, "Septimus"), (P, "Harrow-Blake")]),
    ("complaint", [(C, "I bought an Apple MacBook Air M3 for $1,099 and it arrived with a cracked screen. "
                       "The courier, DHL, says it was fine. I want this resolved before Christmas.")], []),
    ("complaint", [(C, "Nobody from your company has answered. I have sent photos to returns@example.com three "
                       "times. Order 7720-1184. Fix it. - Bram Oosterhuis, 0612345678")],
     [(REF, "7720-1184"), (P, "Bram"), (P, "Oosterhuis"), (PH, "0612345678")]),
    ("complaint", [(C, "Dear Manager,\n\nI wish to complain about the treatment my elderly father, Mr Aurelio "
                       "Santangelo, received in your Derby store on Saturday. He was refused a refund for a kettle "
                       "with the receipt.\n\nYours,\nLucia Santangelo\n07700 900871")],
     [(P, "Aurelio"), (P, "Santangelo"), (P, "Lucia"), (PH, "07700 900871")]),
    ("complaint", [(C, "I was promised a callback by Ignatius on Monday. It is now Thursday. My ticket is "
                       "#882144 and my patience is gone.")],
     [(P, "Ignatius"), (REF, "882144")]),
    # --- voice-call transcripts ---------------------------------------------------------------
    ("transcript", [(A, "Agent: Thank you for calling, this is Rosalind, may I have your name?\n"
                        "Caller: Yeah it's Fergus, Fergus Doolan.\nAgent: Thanks Fergus. And the phone number on "
                        "the account?\nCaller: Six one seven, five five five, zero one two six. So 617-555-0126.\n"
                        "Agent: Perfect, I've got you.")],
     [(P, "Rosalind"), (P, "Fergus"), (P, "Doolan"), (PH, "617-555-0126")]),
    ("transcript", [(A, "[00:01] AGENT: You're through to billing, I'm Samir.\n[00:04] CUSTOMER: Hi Samir, "
                        "I'm calling about invoice 2231-0048.\n[00:09] AGENT: Can you confirm your postcode?\n"
                        "[00:12] CUSTOMER: It's EH3 9QN.\n[00:15] AGENT: Thank you, Ms Kinloch.")],
     [(P, "Samir"), (REF, "2231-0048"), (ZIP, "EH3 9QN"), (P, "Kinloch")]),
    ("transcript", [(A, "Caller stated name as Philippa Rourke, DOB the fourth of May 1968, calling from "
                        "+353 1 555 0194 about the Electrolux washing machine.")],
     [(P, "Philippa"), (P, "Rourke"), (PH, "+353 1 555 0194")]),
    ("transcript", [(A, "Agent: What's the email?\nCustomer: it's d as in delta, o, r, i, a, n, dot, "
                        "pike at example dot com. doriandot.pike... no, dorian.pike@example.com.\n"
                        "Agent: Got it, Mr. Pike.")],
     [(E, "dorian.pike@example.com"), (P, "Pike"), (P, "dorian")]),
    ("transcript", [(A, "Customer: hi yes my grandson Elias set up the account\nAgent: okay, is Elias on the "
                        "call?\nCustomer: no he's at school\nAgent: that's fine, what's the account username?\n"
                        "Customer: eliasrocks2009")],
     [(P, "Elias"), (USER, "eliasrocks2009")]),
    ("transcript", [(A, "AGENT: And the card number?\nCUSTOMER: Four five three two, zero one five one, one two "
                        "eight three, zero three six six.\nAGENT: So 4532015112830366, thank you.")],
     [(CC, "4532015112830366")]),
    ("transcript", [(A, "Speaker 1 (agent, Nadine): How can I help?\nSpeaker 2: The Ring doorbell keeps going "
                        "offline since the update on Tuesday.\nSpeaker 1: Let's try a factory reset.")],
     [(P, "Nadine")]),
    ("transcript", [(A, "Agent: Can I take the first line of the address?\nCaller: 63 Thistle Bank Road, "
                        "that's in Aberdeen, AB15 4XY.\nAgent: And your date of birth?\nCaller: 30th October 1985.")],
     [(ST, "63 Thistle Bank Road"), (CTX, "Aberdeen"), (ZIP, "AB15 4XY"), (DOB, "30th October 1985")]),
    # --- forwarded threads ------------------------------------------------------------------
    ("forwarded", [(C, "---------- Forwarded message ---------\nFrom: Cressida Vane <cressida.vane@example.com>\n"
                       "Date: Mon, 3 Feb 2025 at 09:14\nSubject: Re: Order 6620183\nTo: orders@shop.example.com\n\n"
                       "Still waiting on this. Can you help? My husband Bartholomew needs it for Friday.")],
     [(P, "Cressida"), (P, "Vane"), (E, "cressida.vane@example.com"), (REF, "6620183"), (P, "Bartholomew")]),
    ("forwarded", [(C, "FW: your request\n\n> On 12 Mar, Leander Fitch wrote:\n> Please reset my 2FA, "
                       "I lost my phone.\n\nForwarding as requested. Leander's new number is +1 (206) 555-0159.")],
     [(P, "Leander"), (P, "Fitch"), (PH, "+1 (206) 555-0159")]),
    ("forwarded", [(A, "Begin forwarded message:\n\nFrom: Warehouse Team\nSubject: Damaged stock\n\n"
                       "Hi Imogen, the pallet for PO-77412 arrived with 12 damaged units. Photos attached. "
                       "Thanks, Stellan")],
     [(P, "Imogen"), (REF, "PO-77412"), (P, "Stellan")]),
    ("forwarded", [(C, "see below, this is what your colleague told me\n\n-----Original Message-----\n"
                       "From: Support <help@example.com>\nSent: 14 April\nTo: Cyprian Wardlow\n"
                       "Dear Cyprian, your refund for order 5531-9920 was approved.")],
     [(P, "Cyprian"), (P, "Wardlow"), (REF, "5531-9920")]),
    ("forwarded", [(C, "Fwd from my landlord: \"Tenant: Morwenna Kitto, Flat 2, 19 Penrose Terrace, Truro "
                       "TR1 2EQ\" - so the address IS correct, your courier is wrong.")],
     [(P, "Morwenna"), (P, "Kitto"), (ST, "Flat 2"), (ST, "19 Penrose Terrace"), (CTX, "Truro"), (ZIP, "TR1 2EQ")]),
    # --- multi-turn customer / agent ------------------------------------------------------------
    ("multi-turn", [(C, "Hello, I need help with my Peloton bike order."), (A, "Hi! I'm Augustin. Can I have the "
                                                                             "order number?"),
                    (C, "PLT-4471209"), (A, "Thanks. And the name on the order?"), (C, "Zainab Al-Khoury"),
                    (A, "Thanks Zainab, the delivery is scheduled for next Wednesday.")],
     [(P, "Augustin"), (REF, "PLT-4471209"), (P, "Zainab"), (P, "Al-Khoury")]),
    ("multi-turn", [(C, "My login stopped working after the update"), (A, "What's your username?"),
                    (C, "it's velvetfox_91"), (A, "I see failed attempts from 198.51.100.77, was that you?"),
                    (C, "no! that's not me")],
     [(USER, "velvetfox_91"), (IP, "198.51.100.77")]),
    ("multi-turn", [(C, "Hey, refund question"), (A, "Sure, I'm Linnea from Billing. What's up?"),
                    (C, "got charged twice on card ending in 0019"), (A, "I see both, reversing one now."),
                    (C, "ty linnea")],
     [(P, "Linnea"), (CC, "0019")]),
    ("multi-turn", [(C, "hi can i update my phone"), (A, "Of course, what's the new number?"),
                    (C, "+49 30 5550 1234"), (A, "Updated. Anything else?"), (C, "no thanks")],
     [(PH, "+49 30 5550 1234")]),
    ("multi-turn", [(C, "Is the Nintendo Switch OLED bundle still $349?"), (A, "Yes, until Sunday."),
                    (C, "Great, and does it ship to Canada?"), (A, "It does, usually within 5 days.")], []),
    ("multi-turn", [(C, "I need to add my daughter to the booking"), (A, "What's the booking reference?"),
                    (C, "ZT84LQ"), (A, "And her full name and date of birth?"),
                    (C, "Clementine Oyelowo, 11/05/2016")],
     [(REF, "ZT84LQ"), (P, "Clementine"), (P, "Oyelowo"), (DOB, "11/05/2016")]),
    ("multi-turn", [(C, "the link you sent me doesn't work"), (A, "Can you paste it?"),
                    (C, "https://portal.example.com/verify?uid=88213&token=f7Kq29XbLm04Rz"),
                    (A, "That token expired, I've sent a new one.")],
     [(URL, "https://portal.example.com/verify?uid=88213&token=f7Kq29XbLm04Rz")]),
    ("multi-turn", [(A, "Hello, Ambrose here from the returns team."), (C, "hi ambrose, i sent back the "
                                                                         "vacuum last week"),
                    (A, "Can I have the return number?"), (C, "R-00918273"), (A, "Got it, refund issued.")],
     [(P, "Ambrose"), (REF, "R-00918273")]),
    ("multi-turn", [(C, "Please send the invoice to accounts@brightwell.example.com, attention Fenella Marsh"),
                    (A, "Will do, Fenella.")],
     [(E, "accounts@brightwell.example.com"), (P, "Fenella"), (P, "Marsh")]),
    ("multi-turn", [(C, "Can someone call me?"), (A, "Sure, what number?"), (C, "mobile 0412 555 019, after 6"),
                    (A, "Noted, Horatio will call you tonight.")],
     [(PH, "0412 555 019"), (P, "Horatio")]),
    ("multi-turn", [(C, "address change: 2217 Sycamore Hollow Dr #404, Austin TX 78741"),
                    (A, "Updated for order 113-4419982-0041857.")],
     [(ST, "2217 Sycamore Hollow Dr"), (ST, "#404"), (CTX, "Austin"), (ZIP, "78741"),
      (REF, "113-4419982-0041857")]),
    ("multi-turn", [(C, "my github token got pasted in the ticket by mistake ghp_8Hf2kLq9Zx4Wm1Pv7Tn3Rb6Yc0Ds5Ga2Ej"),
                    (A, "Please revoke it on GitHub; I've redacted it on our side.")],
     [(CRED, "ghp_8Hf2kLq9Zx4Wm1Pv7Tn3Rb6Yc0Ds5Ga2Ej")]),
    # --- more mixed registers ------------------------------------------------------------------
    ("chat", [(C, "Thanks Oksana!!"), (A, "You're welcome, have a great weekend.")], [(P, "Oksana")]),
    ("chat", [(C, "who is handling my case? last time it was Thorvald"), (A, "Thorvald is off today, I'm "
                                                                          "Priscilla and I'll take it.")],
     [(P, "Thorvald"), (P, "Priscilla")]),
    ("chat", [(C, "Email on file is old: r.quintanilla@example.org -> new: rafa.q@example.com")],
     [(E, "r.quintanilla@example.org"), (E, "rafa.q@example.com")]),
    ("chat", [(C, "sending to my office: Suite 1200, 77 Beacon Plaza, Denver CO 80202")],
     [(ST, "Suite 1200"), (ST, "77 Beacon Plaza"), (CTX, "Denver"), (ZIP, "80202")]),
    ("chat", [(C, "card 4000 1234 5678 9017 was declined but I have money"), (A, "The bank declined it; "
                                                                              "please contact them.")],
     [(CC, "4000 1234 5678 9017")]),
    ("chat", [(C, "Hi, Cordelia and Florian Bäcker here, we share the account")],
     [(P, "Cordelia"), (P, "Florian"), (P, "Bäcker")]),
    ("chat", [(C, "Can you cancel order #W3381045 and #W3381046? both wrong")],
     [(REF, "W3381045"), (REF, "W3381046")]),
    ("chat", [(C, "The Logitech MX Master 3S scroll wheel squeaks. Bought at Best Buy in Seattle."),
              (A, "Please try the Logi Options+ app firmware update 1.72.")], []),
    ("email", [(C, "Hi,\n\nI moved. Please use 16B Glenview Crescent, Dunedin 9016, New Zealand, phone "
                   "+64 3 555 0143 from now on.\n\nTa,\nKiri Whaanga-Ross")],
     [(ST, "16B Glenview Crescent"), (CTX, "Dunedin"), (ZIP, "9016"), (PH, "+64 3 555 0143"), (P, "Kiri"),
      (P, "Whaanga-Ross")]),
    ("email", [(A, "Dear Ms. Quayle,\n\nYour booking for 2 adults at the Riverside Lodge, 4-7 August, is "
                   "confirmed under reference RL-66291.\n\nKind regards,\nEsmé\nReservations")],
     [(P, "Quayle"), (REF, "RL-66291"), (P, "Esmé")]),
    ("email", [(C, "Good morning,\n\nI'd like to request deletion of my data under GDPR. Account email "
                   "h.vandermeer@example.nl, customer ID 00-771-2204.\n\nHugo van der Meer")],
     [(E, "h.vandermeer@example.nl"), (REF, "00-771-2204"), (P, "Hugo"), (P, "van der Meer")]),
    ("email", [(C, "hello\n\nmy daughter Anouk ordered this without asking, can u refund? its order 90021845, "
                   "paid with my visa ending 6612\n\nthanks\nmaaike")],
     [(P, "Anouk"), (REF, "90021845"), (CC, "6612"), (P, "maaike")]),
    ("email", [(C, "Hi,\n\nThe Vitamix blender I ordered (ORD-771520) was delivered to 12 Laurel Ct instead of "
                   "21 Laurel Ct. Could you ask the courier to collect it?\n\nThanks,\nBenedikt")],
     [(REF, "ORD-771520"), (ST, "12 Laurel Ct"), (ST, "21 Laurel Ct"), (P, "Benedikt")]),
    ("non-native", [(C, "Sir, my account is block. Username is ahmad.farouqi89, email ahmad.farouqi@example.com. "
                        "I am try many time. Please help, Ahmad")],
     [(USER, "ahmad.farouqi89"), (E, "ahmad.farouqi@example.com"), (P, "Ahmad"), (P, "Farouqi")]),
    ("non-native", [(C, "Hello, I am from Brazil, my name Joana Bittencourt. Order BR-44120, CEP 01310-100, "
                        "Avenida Paulista 1578 apto 92, São Paulo.")],
     [(P, "Joana"), (P, "Bittencourt"), (REF, "BR-44120"), (ZIP, "01310-100"), (ST, "Avenida Paulista 1578"),
      (ST, "apto 92"), (CTX, "São Paulo")]),
    ("non-native", [(C, "Helo, is me again Svetozar. Same problem with the TP-Link router, the wifi is go down "
                        "every night. My mail svetozar.p@example.rs")],
     [(P, "Svetozar"), (E, "svetozar.p@example.rs")]),
    ("agent note", [(A, "Spoke to Marguerite's assistant, Cosima, who confirmed the delivery address "
                        "Floor 3, 101 Harbourside Way, Cardiff CF10 4PA.")],
     [(P, "Marguerite"), (P, "Cosima"), (ST, "Floor 3"), (ST, "101 Harbourside Way"), (CTX, "Cardiff"),
      (ZIP, "CF10 4PA")]),
    ("agent note", [(A, "Chargeback received for txn on card 3782 822463 10005, amount $412.80, "
                        "customer Lysander Quill (lq@example.com).")],
     [(CC, "3782 822463 10005"), (P, "Lysander"), (P, "Quill"), (E, "lq@example.com")]),
    ("agent note", [(A, "Sales tax for Oregon is 0%; told the customer the $24.99 price is final.")], []),
    ("form", [(C, "Reporter: Wilhelmina Adjei\nReporter email: w.adjei@example.com\nAffected user: w_adjei\n"
                  "Source IP: 2001:db8:85a3::8a2e:370:7334\nSummary: MFA prompt loop on login")],
     [(P, "Wilhelmina"), (P, "Adjei"), (E, "w.adjei@example.com"), (USER, "w_adjei"),
      (IP, "2001:db8:85a3::8a2e:370:7334")]),
    ("form", [(C, "Refund request\nAccount holder: Grigore Stanescu\nIBAN: DE75 1203 0000 1020 3040 50\n"
                  "BIC: EXAMPLEXXX\nAmount: 59.90 EUR")],
     [(P, "Grigore"), (P, "Stanescu"), (IBAN, "DE75 1203 0000 1020 3040 50")]),
    ("complaint", [(C, "Absolutely unacceptable. I waited in for the Currys delivery all day on 9 September. "
                       "Nobody came. Reference CUR-33910. Contact: Perpetua Nwachukwu, 0161 496 0721.")],
     [(REF, "CUR-33910"), (P, "Perpetua"), (P, "Nwachukwu"), (PH, "0161 496 0721")]),
    ("transcript", [(A, "Agent (Joaquim): Can I get your account number?\nCustomer: AC 4471 2290.\n"
                        "Agent (Joaquim): Thanks. And the email?\nCustomer: fenwick.otter@example.com")],
     [(P, "Joaquim"), (REF, "AC 4471 2290"), (E, "fenwick.otter@example.com")]),
    ("transcript", [(A, "CALLER: It's Mrs. Abernethy-Cole ringing about my late husband's pension account.\n"
                        "AGENT: I'm sorry for your loss. What was his name?\nCALLER: Cuthbert.")],
     [(P, "Abernethy-Cole"), (P, "Cuthbert")]),
    ("forwarded", [(C, "> From: Gideon Latimer <g.latimer@example.com>\n> Sent: Tuesday\n> Hi Lorna, order "
                       "8841203 is the one that went missing.\n\nLorna, please see above.")],
     [(P, "Gideon"), (P, "Latimer"), (E, "g.latimer@example.com"), (P, "Lorna"), (REF, "8841203")]),
    ("multi-turn", [(C, "It's about my reservation"), (A, "Could I have your last name and the confirmation "
                                                         "code?"),
                    (C, "Szczepanski, code 8KJ2TX"), (A, "Thank you Mr. Szczepanski.")],
     [(P, "Szczepanski"), (REF, "8KJ2TX")]),
    ("multi-turn", [(C, "my password reset email never comes"), (A, "Which email is on the account?"),
                    (C, "pim.dekker@example.nl"), (A, "I see it bounced. Can you check your spam?"),
                    (C, "nothing there. my backup is pim_d@example.com")],
     [(E, "pim.dekker@example.nl"), (P, "pim"), (P, "dekker"), (E, "pim_d@example.com")]),
    ("multi-turn", [(C, "hello? anyone?"), (A, "Hi, sorry for the wait, this is Eilidh."),
                    (C, "hi eilidh, my Fitbit Charge 6 won't sync"), (A, "Let's reinstall the app.")],
     [(P, "Eilidh")]),
    ("lowercase", [(C, "hey so my neighbour mr. blackwood signed for it, 14 ashgrove ave, can u confirm")],
     [(P, "blackwood"), (ST, "14 ashgrove ave")]),
    ("lowercase", [(C, "its jovana. ordr #5510284. wrong colr. want refund to my revolut iban "
                       "DE89370400440532013000")],
     [(P, "jovana"), (REF, "5510284"), (IBAN, "DE89370400440532013000")]),
    ("lowercase", [(C, "ya my bday is 3/14/92, mothers maiden name is pellegrino")],
     [(DOB, "3/14/92"), (P, "pellegrino")]),
    ("lowercase", [(C, "sorry wrong chat, meant to msg tobias lol")], [(P, "tobias")]),
    ("chat", [(C, "Reference: 2025-RET-004419. Thanks, Wojciech.")], [(REF, "2025-RET-004419"), (P, "Wojciech")]),
    ("chat", [(A, "Hi Ngaio, your replacement Kobo Clara ships tomorrow from our Auckland warehouse.")],
     [(P, "Ngaio")]),
    ("chat", [(C, "this is about my dad's order, Mr. Tiberius Oyelaran-Hale, he's 82 and not online")],
     [(P, "Tiberius"), (P, "Oyelaran-Hale")]),
    ("email", [(C, "Hello,\n\nPlease cancel the standing order from my account NL91 ABNA 0417 1643 00.\n\n"
                   "Regards,\nEwout")],
     [(IBAN, "NL91 ABNA 0417 1643 00"), (P, "Ewout")]),
    ("email", [(C, "Hi,\n\nCan I get an invoice with my company VAT number? The account is owned by "
                   "Marisa Lindahl-Zeng, username mlzeng.\n\nBest regards\nMarisa")],
     [(P, "Marisa"), (P, "Lindahl-Zeng"), (USER, "mlzeng")]),
    ("multi-turn", [(C, "hello my AWS key leaked in an old ticket: AKIA4EXAMPLE7QZ2WXYZ please delete it"),
                    (A, "Done. Please also rotate it in the AWS console.")],
     [(CRED, "AKIA4EXAMPLE7QZ2WXYZ")]),
    ("multi-turn", [(C, "Hi, can you resend the tracking link?"), (A, "Sure: https://track.example.com/p/"
                                                                     "ZX81-44Q9?k=9aB7cD2eF4"),
                    (C, "thanks")],
     [(URL, "https://track.example.com/p/ZX81-44Q9?k=9aB7cD2eF4")]),
    ("agent note", [(A, "Duplicate of ticket 771204. Customer Anselm Rooke; merged. Next step: wait for DPD.")],
     [(REF, "771204"), (P, "Anselm"), (P, "Rooke")]),
    ("complaint", [(C, "I am a pensioner and was charged £240 for a boiler service that never happened. "
                       "Engineer's name was Royston. My address is 9 Mill Cottages, Hexham NE46 1AB. "
                       "Eleanor Gribble (Mrs)")],
     [(P, "Royston"), (ST, "9 Mill Cottages"), (CTX, "Hexham"), (ZIP, "NE46 1AB"), (P, "Eleanor"),
      (P, "Gribble")]),
    ("transcript", [(A, "Agent: Hi, you're through to Ottavia. Who am I speaking to?\nCustomer: Dashiell.\n"
                        "Agent: Hi Dashiell, and what's your postcode?\nCustomer: 94110.")],
     [(P, "Ottavia"), (P, "Dashiell"), (ZIP, "94110")]),
]


def handwritten_tickets() -> list[tuple[dict, list[tuple[str, str]]]]:
    """Each hand-written ticket in the export shape, with the values planted in it."""
    from training_gate.evaluation.cases import ticket

    out = []
    for index, (register, turns, values) in enumerate(TICKETS):
        channel = "email" if register in ("email", "complaint", "forwarded", "form") else "chat"
        out.append((ticket(f"handwritten_{index:03d}", [(role, None, text) for role, text in turns],
                           subject="Support request", channel=channel), values))
    return out
