# English threads: Tom Byrne (INV-2026-NNN, Dublin), Hannah Clarke (HC-0NNN, GBP, London), Priya Nair (PN-1NNN, USD, New York).
from common import *

TB_ = P("Tom Byrne", "tom@byrnedesign.ie", "Europe/Dublin", "en", "apple-en", APPLE)
HC = P("Hannah Clarke", "hannah@clarkecopy.co.uk", "Europe/London", "en", "gmail-en-gb")
PN = P("Priya Nair", "priya@nairux.com", "America/New_York", "en", "gmail-en-us")
letters.PAY[TB_.addr] = ("Tom Byrne Design", "IE29 AIBK 9311 5212 3456 78", "AIBKIE2D")
letters.PAY[HC.addr] = ("Hannah Clarke", "GB33 BUKB 2020 1555 5555 55", "BUKBGB22")
letters.PAY[PN.addr] = ("Nair UX LLC", "US-ACH 026009593 / 483101234567", "BOFAUS3N")

SIG_TB = "Tom\n\n--\nTom Byrne Design · Dublin 8\nbyrnedesign.ie"
SIG_HC = "Hannah\n\n--\nHannah Clarke · Copywriter\nclarkecopy.co.uk"
SIG_PN = "Priya\n\nPriya Nair | Nair UX LLC\nBrooklyn, NY"

CONF = ("This email and any attachments are confidential and intended solely for the addressee. If you have received "
        "it in error, please notify the sender and delete it. Any views expressed are those of the individual and not "
        "necessarily of the company. Registered in England and Wales.")

# ------------------------------------------------------------------ 1 paid: promise kept
c = P("Ciara Walsh", "ciara.walsh@walshbakery.ie", "Europe/Dublin", "en", "outlook-en-gb", OUTLOOK)
S([
    msg(TB_, c, "2026-10-22 10:00", f"""Hi Ciara,

Please find attached invoice INV-2026-118 for the new packaging range (€1,500.00 + VAT 23% = €1,845.00), payable within 30 days.

Thanks a million,
{SIG_TB}""", subject="Invoice INV-2026-118 – Walsh's Bakery packaging"),
    REM(TB_, c, "2026-11-30 09:00", "reminder", "Dear Ciara Walsh,", "INV-2026-118", "€1,845.00", "21 November 2026"),
    msg(c, TB_, "2026-11-30 11:00", """Hi Tom,

So sorry, it completely slipped with the Christmas orders. I'll pay it Friday.

Ciara""", subject="RE: Payment reminder: invoice INV-2026-118"),
    msg(TB_, c, "2026-11-30 11:20", "No worries at all, thanks Ciara.\n\nTom"),
    msg(c, TB_, "2026-12-04 15:10", "Done, as promised! Have a good weekend Tom\n\nCiara", subject="RE: Payment reminder: invoice INV-2026-118"),
], dict(kind="client-reply-paid", language="en",
        note="'Done, as promised!' on the Friday; the quoted 'I'll pay it Friday' must not yield a promise."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 2 promise: payment run pushed to the 21st
c = P("Mark Jennings", "mark@jenningsbuild.co.uk", "Europe/London", "en", "outlook-en-gb", OUTLOOK)
S([
    REM(HC, c, "2026-12-07 09:00", "reminder", "Dear Mark Jennings,", "HC-0147", "£720.00", "30 November 2026"),
    msg(c, HC, "2026-12-07 12:30", "Hannah, will sort it by the 15th.\nMark", subject="RE: Payment reminder: invoice HC-0147"),
    msg(HC, c, "2026-12-07 12:45", "Thanks Mark!\nHannah"),
    msg(c, HC, "2026-12-14 10:15", """Hannah — bad news I'm afraid. Our payment run got pushed to the 21st because of the year-end audit prep. Yours is in it though, I've checked.
Sorry for the faff.

Mark Jennings
Jennings Build Ltd

""" + CONF, subject="RE: Payment reminder: invoice HC-0147"),
], dict(kind="client-reply-promise", language="en", promised_date="2026-12-21",
        note="New date (run pushed to the 21st, invoice included) replaces the quoted 'by the 15th'."),
    fmt="html", cte="quoted-printable")

# ------------------------------------------------------------------ 3 promise: dispute settled, pays Friday
c = P("Greg Hoffman", "greg@hoffmanroasters.com", "America/New_York", "en", "gmail-en-us")
S([
    msg(c, PN, "2026-11-20 14:02", """Priya,

We agreed $2,800 flat for the app redesign. The extra $400 for the icon set was never approved on our end. Can you take another look at PN-1052?

Greg""", subject="Re: Invoice PN-1052"),
    msg(PN, c, "2026-11-23 10:30", f"""Hi Greg,

You're right that the icons weren't in the signed SOW — I'd offered them as an add-on over Slack and took the thumbs-up as a yes. I'll revise the invoice to $2,800; updated PDF attached (same number, rev. 1).

{SIG_PN}"""),
    msg(c, PN, "2026-12-09 16:45", """Thanks Priya, and sorry for the slow reply, it's been a month.
Appreciate you being flexible on that. $2,800 works. I'll send it Friday.

Greg Hoffman
Hoffman Roasters"""),
], dict(kind="client-reply-promise", language="en", promised_date="2026-12-11", amount="2800.00", currency="USD",
        note="Dispute (quoted) settled; promise of $2,800 'Friday' (Wed 9 Dec → Fri 11 Dec)."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 4 other: which IBAN?
c = P("Sinead Murphy", "sinead@murphyvets.ie", "Europe/Dublin", "en", "gmail-en-gb")
S([
    REM(TB_, c, "2026-12-10 09:00", "reminder", "Dear Accounts Team,", "INV-2026-121", "€615.00", "5 December 2026"),
    msg(c, TB_, "2026-12-10 13:40", "Hi Tom, apologies, I'll pay it next week.\nSinead"),
    msg(TB_, c, "2026-12-10 14:00", "Thanks Sinead, much appreciated.\nTom"),
    msg(c, TB_, "2026-12-15 11:22", """Hi Tom, quick one - is the IBAN on the invoice the AIB one or the Revolut one? Our bookkeeper has two on file for you and I don't want to send it to the wrong one.
Sinead

Sinead Murphy
Murphy Veterinary Clinic, Naas"""),
], dict(kind="client-reply-other", language="en",
        note="Question about which IBAN; the quoted 'next week' promise is not restated."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 5 paid after dispute
c = P("Oliver Grant", "oliver.grant@grantandpartners.co.uk", "Europe/London", "en", "outlook-en-gb", OUTLOOK)
S([
    msg(c, HC, "2026-11-18 09:40", """Hannah,

The invoice (HC-0139) is for four case studies but we've only received three (Hartley, Moss & Co, Pemberton). Can you check?

Oliver""", subject="Invoice HC-0139"),
    msg(HC, c, "2026-11-18 10:15", """Hi Oliver,

The fourth one (the Kew Gardens project) went to Julia on 2 November. Link again here: https://docs.clarkecopy.co.uk/s/kew-case-study

Hannah"""),
    msg(c, HC, "2026-11-19 08:50", "Ah — found it in the shared drive, apologies. We'll process it.\nOliver", subject="RE: Invoice HC-0139"),
    msg(HC, c, "2026-11-19 09:05", "Thanks Oliver!\nHannah"),
    msg(c, HC, "2026-12-01 11:30", """Paid this morning, the full £1,150. Sorry again for the confusion on our side.

Oliver Grant
Partner, Grant & Partners LLP

""" + CONF, subject="RE: Invoice HC-0139"),
], dict(kind="client-reply-paid", language="en", amount="1150.00", currency="GBP",
        note="Paid after a (quoted) dispute about a missing deliverable that turned out to be delivered."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 6 dispute after promise
c = P("Rachel Kim", "rachel.kim@kimdental.com", "America/New_York", "en", "outlook-en-us", OUTLOOK)
S([
    REM(PN, c, "2026-12-07 09:00", "reminder", "Dear Rachel Kim,", "PN-1049", "$4,500.00", "December 1, 2026"),
    msg(c, PN, "2026-12-07 10:10", "Hi Priya, we'll pay by the 15th.\nRachel", subject="RE: Payment reminder: invoice PN-1049"),
    msg(PN, c, "2026-12-07 10:30", "Thank you Rachel!\nPriya"),
    msg(c, PN, "2026-12-10 17:25", """Priya,

I have to put this on hold. Our developer says the Figma handoff is missing the mobile states for the booking flow, which was the whole point of phase 2. Until those are delivered we're holding the invoice.

Happy to jump on a call.

Rachel Kim, DDS
Kim Family Dental""", subject="RE: Payment reminder: invoice PN-1049"),
], dict(kind="client-reply-dispute", language="en",
        note="Withholds payment for missing deliverables after a quoted promise 'by the 15th'."),
    fmt="html", cte="quoted-printable")

# ------------------------------------------------------------------ 7 paid: AP remittance
c = P("Debbie Shaw", "ap@northwindmedia.co.uk", "Europe/London", "en", "outlook-en-gb", OUTLOOK)
S([
    REM(HC, c, "2026-12-02 09:00", "reminder", "Dear Accounts Team,", "HC-0151", "£2,340.00", "27 November 2026"),
    msg(c, HC, "2026-12-02 11:10", "Hi Hannah,\n\nThis is scheduled for our payment run on the 10th.\n\nKind regards,\nDebbie", subject="RE: Payment reminder: invoice HC-0151"),
    msg(HC, c, "2026-12-02 11:30", "Thank you Debbie!\nHannah"),
    msg(c, HC, "2026-12-11 10:05", """Hi Hannah,

This went out in yesterday's run. Remittance attached.

Kind regards,
Debbie Shaw | Accounts Payable
Northwind Media Ltd | 3rd Floor, 14 Charlotte Street, London W1T 2LX

""" + CONF, subject="RE: Payment reminder: invoice HC-0151"),
], dict(kind="client-reply-paid", language="en",
        note="'went out in yesterday's run' with remittance attached; quoted 'run on the 10th' is the old promise."),
    fmt="alt", cte="quoted-printable", attach=[("Remittance_Advice_HC-0151.pdf", "application/pdf", PDF)])

# ------------------------------------------------------------------ 8 promise: claimed paid, actually pending approval
c = P("Niall O'Connor", "niall@oconnorpubs.ie", "Europe/Dublin", "en", "ios-en", IPHONE)
S([
    REM(TB_, c, "2026-12-09 09:00", "reminder", "Dear Niall O'Connor,", "INV-2026-125", "€980.00", "4 December 2026"),
    msg(c, TB_, "2026-12-09 18:20", "Paid that last week Tom\n\nSent from my iPhone"),
    msg(TB_, c, "2026-12-15 10:00", "Hi Niall, I can't see it on my side yet — could you send me the confirmation when you get a chance?\nThanks, Tom"),
    msg(c, TB_, "2026-12-16 13:05", """Ah Jaysus Tom, you're right. It's sitting in the bank as "pending approval" since my business partner never signed it off. He's back tomorrow, it'll go then. Apologies.

Sent from my iPhone"""),
], dict(kind="client-reply-promise", language="en", promised_date="2026-12-17",
        note="The quoted paid claim is retracted; 'He's back tomorrow, it'll go then' (Wed 16 Dec) → 17 Dec."),
    fmt="plain", cs="utf-8", cte="quoted-printable")

# ------------------------------------------------------------------ 9 paid: Zelle, late Saturday in New York
c = P("Danny Alvarez", "danny@alvarezcoffee.com", "America/New_York", "en", "gmail-en-us")
S([
    REM(PN, c, "2026-12-08 09:00", "reminder", "Dear Danny Alvarez,", "PN-1055", "$850.00", "December 3, 2026"),
    msg(c, PN, "2026-12-08 12:15", "Sorry Priya, I'll pay Friday"),
    msg(PN, c, "2026-12-08 12:30", "Thanks Danny!\nPriya"),
    msg(c, PN, "2026-12-12 23:05", "sent via zelle just now, $850. lmk if it doesn't show"),
], dict(kind="client-reply-paid", language="en", amount="850.00", currency="USD",
        note="Lower-case one-liner, Zelle; sent late Saturday NY time (Sunday UTC). Quoted 'Friday' promise."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 10 promise: can't before the 28th
c = P("Fiona Reid", "fiona.reid@reidarchitects.co.uk", "Europe/London", "en", "gmail-en-gb")
S([
    REM(HC, c, "2026-12-07 09:00", "reminder", "Dear Fiona Reid,", "HC-0149", "£960.00", "2 December 2026"),
    msg(c, HC, "2026-12-07 15:00", "By Friday, Hannah, promise.\nFiona"),
    msg(HC, c, "2026-12-07 15:20", "Thanks Fiona!\nHannah"),
    msg(HC, c, "2026-12-15 09:30", "Hi Fiona, just checking on HC-0149 — nothing's come through yet.\nHannah", q="gmail-en-gb"),
    msg(c, HC, "2026-12-17 16:40", """Hannah, apologies — cash is tight until a big client settles and we can't pay before the 28th. It'll be that day, I've put it in the diary.

Fiona Reid RIBA
Reid Architects, Edinburgh"""),
], dict(kind="client-reply-promise", language="en", promised_date="2026-12-28",
        note="'can't pay before the 28th. It'll be that day' replaces the quoted 'By Friday'."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 11 other: loops in the payments person
c = P("Steve Parker", "steve@parkerfitness.ie", "Europe/Dublin", "en", "gmail-en-gb")
aoife = P("Aoife Kelly", "aoife@parkerfitness.ie", "Europe/Dublin", "en", "gmail-en-gb")
S([
    REM(TB_, c, "2026-12-14 09:00", "reminder", "Dear Steve Parker,", "INV-2026-127", "€1,107.00", "9 December 2026"),
    msg(c, TB_, "2026-12-14 12:00", "Will get that sorted this week Tom.\nSteve"),
    msg(TB_, c, "2026-12-14 12:20", "Cheers Steve.\nTom"),
    msg(c, [TB_], "2026-12-18 09:45", """Tom, looping in Aoife who looks after our supplier payments now.
Aoife - can you look at Tom's invoice please?
Cheers,
Steve""", cc=[aoife]),
], dict(kind="client-reply-other", language="en",
        note="Hands over to a colleague in cc; the quoted 'this week' promise is not restated."),
    fmt="plain", cs="utf-8", cte="8bit")

# ------------------------------------------------------------------ 12 dispute: VAT charged to a UK client
c = P("Laura Bennett", "laura@bennettpublishing.co.uk", "Europe/London", "en", "outlook-en-gb", OUTLOOK)
S([
    REM(TB_, c, "2026-12-14 09:00", "reminder", "Dear Accounts Team,", "INV-2026-123", "€2,460.00", "10 December 2026"),
    msg(c, TB_, "2026-12-14 10:30", "Hi Tom, we'll pay this by the end of the month.\nLaura", subject="RE: Payment reminder: invoice INV-2026-123"),
    msg(TB_, c, "2026-12-14 10:45", "Thanks Laura.\n\nTom"),
    msg(c, TB_, "2026-12-17 14:50", """Tom,

Our finance team has flagged that you've charged 23% Irish VAT. As a UK business we should be outside the scope of Irish VAT (reverse charge), so the invoice should be €2,000, not €2,460.

Could you reissue it? We can't pay the VAT portion.

Laura Bennett
Bennett Publishing Ltd

""" + CONF, subject="RE: Payment reminder: invoice INV-2026-123"),
], dict(kind="client-reply-dispute", language="en", amount="2000.00",
        note="Amount = the total the client accepts (€2,000). Wrong amount (VAT) after a quoted 'by the end of the month' promise."),
    fmt="alt", cs="iso-8859-1", cte="quoted-printable")

# ------------------------------------------------------------------ 13 promise: next week's payment run (vague)
c = P("Accounts Team", "accounts@harbourlightsltd.co.uk", "Europe/London", "en", "outlook-en-gb", OUTLOOK)
S([
    REM(HC, c, "2026-12-15 09:00", "reminder", "Dear Accounts Team,", "HC-0153", "£1,380.00", "11 December 2026"),
    msg(c, HC, "2026-12-15 11:00", "Hi Hannah,\n\nThis is scheduled for payment on 20 December.\n\nAccounts Team", subject="RE: Payment reminder: invoice HC-0153"),
    msg(HC, c, "2026-12-15 11:20", "Many thanks!\nHannah"),
    msg(HC, c, "2027-01-04 09:30", "Hi, happy new year! Just checking on HC-0153 — nothing has arrived yet.\nHannah", q="gmail-en-gb"),
    msg(c, HC, "2027-01-05 10:10", """Hi Hannah,

Happy new year to you too. Our office closed early so the December run didn't happen. Your invoice will go out with next week's payment run.

Kind regards,
Accounts Team
Harbour Lights Ltd""", subject="RE: Payment reminder: invoice HC-0153"),
], dict(kind="client-reply-promise", language="en",
        note="'will go out with next week's payment run': vague, no promised_date; the quoted '20 December' is obsolete."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 14 paid: Stripe link
c = P("Jess Morgan", "jess@morganstudio.co", "America/New_York", "en", "apple-en", APPLE)
S([
    REM(PN, c, "2027-01-06 09:00", "reminder", "Dear Jess Morgan,", "PN-1058", "$1,275.00", "January 2, 2027"),
    msg(c, PN, "2027-01-06 11:00", "Ahh sorry! Will pay via the Stripe link tomorrow."),
    msg(PN, c, "2027-01-06 11:10", "Great, thanks Jess!\nPriya"),
    msg(c, PN, "2027-01-09 14:20", "Paid via the link, should show on your end 🙂 Sorry it took forever.\n\nJess"),
], dict(kind="client-reply-paid", language="en",
        note="Paid via Stripe link, after a quoted promise for 'tomorrow' that slipped."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 15 promise: tomorrow, late evening New York
c = P("Marcus Lee", "marcus@leehospitality.com", "America/New_York", "en", "gmail-en-us")
S([
    REM(PN, c, "2027-01-04 09:00", "reminder", "Dear Marcus Lee,", "PN-1060", "$2,100.00", "December 30, 2026"),
    msg(c, PN, "2027-01-04 13:00", "Will pay this week, happy new year Priya"),
    msg(PN, c, "2027-01-04 13:15", "Thanks Marcus, happy new year!\nPriya"),
    msg(PN, c, "2027-01-12 10:00", "Hi Marcus, just checking in on PN-1060 — nothing has come through yet.\nPriya", q="gmail-en-us"),
    msg(c, PN, "2027-01-12 23:15", """Priya - totally on me, I'll do it first thing tomorrow. Apologies.

Marcus Lee
Lee Hospitality Group"""),
], dict(kind="client-reply-promise", language="en", promised_date="2027-01-13",
        note="Sent Tue 12 Jan 23:15 New York (13 Jan UTC): 'first thing tomorrow' = 13 Jan in the sender's zone."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 16 dispute: refuses the statutory fees
c = P("Derek Holmes", "derek@holmesjoinery.co.uk", "Europe/London", "en", "outlook-old-en", OUTLOOK)
S([
    REM(HC, c, "2026-12-02 09:00", "reminder", "Dear Derek Holmes,", "HC-0141", "£1,600.00", "25 November 2026"),
    msg(c, HC, "2026-12-02 17:40", "I'll pay on the 18th.\nDerek", subject="RE: Payment reminder: invoice HC-0141"),
    msg(HC, c, "2026-12-03 09:00", "Thanks Derek.\nHannah"),
    msg(c, HC, "2027-01-08 16:30", """Hannah, paid the £1,600 today.
I'm not paying the £70 and the interest on top, nobody mentioned any of that when we agreed the job. Take it or leave it.
Derek""", subject="RE: Payment reminder: invoice HC-0141"),
], dict(kind="client-reply-dispute", language="en", amount="1600.00", currency="GBP",
        note="Principal paid, statutory compensation and interest refused = dispute. Quoted 'on the 18th' promise was missed."),
    fmt="plain", cs="windows-1252", cte="quoted-printable")

# ------------------------------------------------------------------ 17 other: credit note received, passed on
c = P("Megan Hughes", "megan@hughesflorist.co.uk", "Europe/London", "en", "gmail-en-gb")
S([
    msg(c, HC, "2026-12-08 13:00", "Hi Hannah, you've billed 6 hours on HC-0150 but the quote was for 4. Can you have a look?\nMegan", subject="HC-0150"),
    msg(HC, c, "2026-12-08 15:30", "Hi Megan, you're right, sorry — the extra two were the blog edits I'd offered for free. Credit note CN-2026-04 for £150 attached.\nHannah"),
    msg(c, HC, "2026-12-09 09:15", """Got it, thanks Hannah. I've passed both to Gary who does our books.
Megan
Hughes Florist, Cardiff"""),
], dict(kind="client-reply-other", language="en",
        note="Acknowledges the credit note and passes it on; the dispute is quoted and settled, no payment or promise."),
    fmt="plain", cs="utf-8", cte="8bit")

# ------------------------------------------------------------------ 18 paid: 'Sorted'
c = P("Paddy Flynn", "paddy@flynnmotors.ie", "Europe/Dublin", "en", "ios-en", IPHONE)
S([
    REM(TB_, c, "2026-12-21 09:00", "reminder", "Dear Paddy Flynn,", "INV-2026-129", "€430.00", "16 December 2026"),
    msg(c, TB_, "2026-12-21 12:30", "Will sort it this week Tom, sorry\n\nSent from my iPhone"),
    msg(TB_, c, "2026-12-21 13:00", "No bother Paddy, happy Christmas!\nTom"),
    msg(TB_, c, "2027-01-06 10:00", "Hi Paddy, hope you had a good Christmas. Just a nudge on INV-2026-129 when you get a chance.\nTom", q="apple-en"),
    msg(c, TB_, "2027-01-07 09:20", "Sorted this morning Tom. Happy new year\n\nSent from my iPhone"),
], dict(kind="client-reply-paid", language="en",
        note="'Sorted this morning' = paid; quoted 'will sort it this week' was the old promise."),
    fmt="plain", cs="utf-8", cte="quoted-printable")

# ------------------------------------------------------------------ 19 promise: 'latest by the 5th' (next month)
c = P("Amy Chen", "amy.chen@chenlegal.com", "America/New_York", "en", "outlook-en-us", OUTLOOK)
S([
    REM(PN, c, "2026-12-28 09:00", "reminder", "Dear Amy Chen,", "PN-1061", "$1,900.00", "December 22, 2026"),
    msg(c, PN, "2026-12-28 11:40", "Priya, apologies — we'll have it paid by the 15th.\nAmy", subject="RE: Payment reminder: invoice PN-1061"),
    msg(PN, c, "2026-12-28 12:00", "Thanks Amy, happy holidays!\nPriya"),
    msg(PN, c, "2027-01-18 10:00", "Hi Amy, following up on PN-1061 — it hasn't come through yet.\nPriya", q="gmail-en-us"),
    msg(c, PN, "2027-01-19 09:05", """Priya, I'm so sorry this slipped again. Our new bookkeeper starts Monday and I've told her it's first on the list — latest by the 5th.

Amy Chen
Chen Legal PLLC""", subject="RE: Payment reminder: invoice PN-1061"),
], dict(kind="client-reply-promise", language="en", promised_date="2027-02-05",
        note="'latest by the 5th' on 19 Jan: the 5th has passed this month → 5 Feb. 'Monday' is when the bookkeeper starts, not a payment date."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 20 dispute: pays for 12 of 20
c = P("Owen Davies", "owen@daviesbrewing.co.uk", "Europe/London", "en", "gmail-en-gb")
S([
    REM(HC, c, "2026-12-09 09:00", "reminder", "Dear Owen Davies,", "HC-0145", "£2,400.00", "4 December 2026"),
    msg(c, HC, "2026-12-09 11:00", "Hannah, paying next Friday. Owen"),
    msg(HC, c, "2026-12-09 11:15", "Thanks Owen!\nHannah"),
    msg(c, HC, "2026-12-16 19:30", """Hannah — we've looked again and the brief was for 12 product descriptions, not 20. The extra 8 were your suggestion and never signed off.
We'll pay £1,440 for the 12 and that's it.

Owen
Davies Brewing Co."""),
], dict(kind="client-reply-dispute", language="en", amount="1440.00", currency="GBP",
        note="Amount = the part the client will pay (£1,440). Scope dispute, will pay only part; replaces the quoted 'paying next Friday'."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 21 paid: chatty gallery mail
c = P("Ellen Fitzgerald", "ellen@fitzgeraldgallery.ie", "Europe/Dublin", "en", "apple-en", APPLE)
S([
    REM(TB_, c, "2027-01-11 09:00", "reminder", "Dear Ellen Fitzgerald,", "INV-2026-131", "€1,230.00", "6 January 2027"),
    msg(c, TB_, "2027-01-11 12:00", "Tom, sorry! I'll get Siobhán to pay it this week.\nEllen"),
    msg(TB_, c, "2027-01-11 12:10", "Thanks Ellen!\nTom"),
    msg(c, TB_, "2027-01-15 17:45", """Tom!

The spring show is confirmed — Aisling Roche, 14 large canvases, opening night 6 March. We'd love you to do the poster and the catalogue again, same feel as the autumn one but maybe a bit bolder with the type? She's sending images next week. Budget is similar, I'll confirm with the board on Tuesday.

Also, do you know a good printer for large-format vinyl for the window? The last crowd were a disaster.

Oh and the invoice — Siobhán paid it on Tuesday, she said.

Talk soon,
Ellen

Fitzgerald Gallery
Francis Street, Dublin 8"""),
], dict(kind="client-reply-paid", language="en",
        note="Long chatty mail about new work; one line says the invoice was paid on Tuesday. 'Tuesday' for the board is not a payment date."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 22 other: duplicate? asks before releasing
c = P("Finance Team – Brightside", "payables@brightsidecharity.org.uk", "Europe/London", "en", "outlook-en-gb", OUTLOOK)
S([
    REM(HC, c, "2026-12-14 09:00", "reminder", "Dear Accounts Team,", "HC-0152", "£480.00", "9 December 2026"),
    msg(c, HC, "2026-12-14 10:30", "Hi Hannah,\nThis will be paid in our next BACS run.\nFinance Team", subject="RE: Payment reminder: invoice HC-0152"),
    msg(HC, c, "2026-12-14 10:45", "Thank you!\nHannah"),
    msg(c, HC, "2026-12-16 14:10", """Hi Hannah,

Before we release it — we have two invoices from you for £480.00 with the same PO reference (PO-7731): HC-0148 and HC-0152. Could you confirm whether HC-0152 is a duplicate of HC-0148 or a separate piece of work? We need to check before releasing either.

Many thanks,
Finance Team
Brightside (Registered Charity No. 1123456)""", subject="RE: Payment reminder: invoice HC-0152"),
], dict(kind="client-reply-other", language="en",
        note="A question whether one invoice duplicates another, without claiming it does; payment held pending the answer. The quoted 'next BACS run' promise is not restated."),
    fmt="html", cte="quoted-printable")

# ------------------------------------------------------------------ 23 other: accepts the discount, wants the revised invoice
c = P("Carl Jensen", "carl@jensenfurniture.com", "America/New_York", "en", "gmail-en-us")
S([
    msg(c, PN, "2026-12-01 15:00", """Priya, honestly the invoice is higher than I expected. $3,600 vs the $3,000 estimate.
Carl""", subject="Re: Invoice PN-1054"),
    msg(PN, c, "2026-12-02 10:00", """Hi Carl,

The extra came from the two landing pages you asked for in week 3. That said, I'd rather keep things simple: I can do 15% off the total, so $3,060.

Priya"""),
    msg(c, PN, "2026-12-02 11:30", "Let me think about it."),
    msg(PN, c, "2026-12-09 09:30", "Hi Carl, any thoughts on the above?\nPriya"),
    msg(c, PN, "2026-12-09 12:10", "OK. 15% off is fair. Send me the revised invoice and I'll pass it to Jenna in accounts.\nCarl"),
], dict(kind="client-reply-other", language="en",
        note="The dispute (quoted) is settled by accepting the offer; asks for the revised invoice and will forward it. No payment claim or promise to pay."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 24 promise: end of the month
c = P("Sarah O'Brien", "sarah@obrienhr.ie", "Europe/Dublin", "en", "gmail-en-gb")
S([
    msg(TB_, c, "2027-01-08 10:00", f"""Hi Sarah,

Invoice INV-2027-004 for the January newsletter templates attached (€600.00 + VAT = €738.00), due in 30 days.

{SIG_TB}""", subject="Invoice INV-2027-004"),
    msg(c, TB_, "2027-01-08 11:00", "Thanks Tom, will pay within 30 days as usual.\nSarah"),
    msg(TB_, c, "2027-02-08 10:00", "Hi Sarah, just a gentle nudge on INV-2027-004, which was due yesterday.\nThanks, Tom"),
    msg(c, TB_, "2027-02-09 09:40", "Hi Tom, apologies, it'll be paid by the end of the month.\nSarah\n\nSarah O'Brien\nO'Brien HR Consulting"),
], dict(kind="client-reply-promise", language="en", promised_date="2027-02-28",
        note="'by the end of the month' on 9 Feb 2027 → 28 Feb; the quoted '30 days as usual' has expired."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 25 paid: paid, vague 'will also look at the new one'
c = P("Rob King", "rob@kingevents.co.uk", "Europe/London", "en", "outlook-en-gb", OUTLOOK)
S([
    REM(HC, c, "2027-01-20 09:00", "reminder", "Dear Rob King,", "HC-0154", "£890.00", "15 January 2027"),
    msg(c, HC, "2027-01-20 10:10", "Hannah, will get this paid shortly.\nRob", subject="RE: Payment reminder: invoice HC-0154"),
    msg(HC, c, "2027-01-20 10:30", "Thanks Rob.\nHannah"),
    msg(c, HC, "2027-01-28 12:00", """Hi Hannah, we paid HC-0154 on Monday — should be with you by now. We'll also look at the new one when it comes in.
Rob

Rob King | Director
King Events Ltd""", subject="RE: Payment reminder: invoice HC-0154"),
], dict(kind="client-reply-paid", language="en", reference="HC-0154",
        note="Clear 'we paid HC-0154 on Monday' plus an undated vague 'will also look at the new one' → stays paid."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 26 promise: cheque on Friday
c = P("Linda Foster", "lfoster@fosterrealty.com", "America/New_York", "en", "outlook-en-us", OUTLOOK)
S([
    REM(PN, c, "2026-12-21 09:00", "reminder", "Dear Linda Foster,", "PN-1057", "$1,450.00", "December 16, 2026"),
    msg(c, PN, "2026-12-21 10:00", "Priya, we pay net 45, so expect it mid-January.\nLinda", subject="RE: Payment reminder: invoice PN-1057"),
    msg(PN, c, "2026-12-21 10:20", "Hi Linda, my terms are net 30 as per the contract, but understood — thank you.\nPriya"),
    msg(c, PN, "2027-01-05 14:30", """Hi Priya, our office manager will cut the check on Friday and mail it to your PO box. Happy new year!

Linda Foster
Foster Realty Group""", subject="RE: Payment reminder: invoice PN-1057"),
], dict(kind="client-reply-promise", language="en", promised_date="2027-01-08",
        note="Check cut 'on Friday' (Tue 5 Jan → Fri 8 Jan) replaces the quoted vague 'mid-January'."),
    fmt="html", cte="quoted-printable")

# ------------------------------------------------------------------ 27 other: W-9 needed
c = P("Brian Walsh", "bwalsh@walshcapital.com", "America/New_York", "en", "gmail-en-us")
S([
    REM(PN, c, "2027-01-11 09:00", "reminder", "Dear Brian Walsh,", "PN-1059", "$5,000.00", "January 6, 2027"),
    msg(c, PN, "2027-01-11 11:00", "We'll get this paid shortly, Priya."),
    msg(PN, c, "2027-01-11 11:15", "Thanks Brian!\nPriya"),
    msg(c, PN, "2027-01-13 15:40", """Priya — finance says they can't release payment without a W-9 on file. Can you send one over? Sorry, new controller, new rules.

Brian Walsh
Managing Partner, Walsh Capital"""),
], dict(kind="client-reply-other", language="en",
        note="Paperwork needed before payment (W-9); not a dispute, no new promise."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 28 paid: screenshot of the banking app
c = P("Gemma Doyle", "gemma@doylecafe.ie", "Europe/Dublin", "en", "ios-en", IPHONE)
S([
    REM(TB_, c, "2026-12-21 09:00", "reminder", "Dear Gemma Doyle,", "INV-2026-126", "€295.00", "16 December 2026"),
    msg(c, TB_, "2026-12-21 19:00", "Hi Tom, paid it yesterday!\n\nSent from my iPhone"),
    msg(TB_, c, "2027-01-05 10:00", "Hi Gemma, happy new year — I can't see it yet, could you send me the confirmation?\nTom"),
    msg(c, TB_, "2027-01-05 12:30", "Here you go - screenshot from the app. It says completed on the 20th.\nGemma\n\nSent from my iPhone"),
], dict(kind="client-reply-paid", language="en",
        note="Sends a screenshot backing the earlier paid claim."),
    fmt="plain", cs="utf-8", cte="quoted-printable", attach=[("IMG_4471.PNG", "image/png", PNG)])

# ------------------------------------------------------------------ 29 dispute: days not worked
c = P("Alan Wright", "alan@wrightlogistics.co.uk", "Europe/London", "en", "outlook-en-gb", OUTLOOK)
S([
    REM(HC, c, "2026-12-21 09:00", "reminder", "Dear Alan Wright,", "HC-0146", "£1,800.00", "16 December 2026"),
    msg(c, HC, "2026-12-21 11:00", "Hannah, will pay after Christmas.\nAlan", subject="RE: Payment reminder: invoice HC-0146"),
    msg(HC, c, "2026-12-21 11:20", "Thanks Alan, merry Christmas!\nHannah"),
    msg(c, HC, "2027-01-06 10:40", """Hannah,

We've gone through the timesheet attached to HC-0146. Three of the days listed (8, 9 and 10 December) you weren't in our office, and nothing was delivered for them as far as I can tell.
We won't pay for those three days. Please send a revised invoice.

Alan Wright
Operations Director, Wright Logistics Ltd""", subject="RE: Payment reminder: invoice HC-0146"),
], dict(kind="client-reply-dispute", language="en", reference="HC-0146",
        note="Contests three days on the timesheet and wants a revised invoice; the quoted 'after Christmas' promise is superseded."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 30 dispute: cancellation clause
c = P("Karen Mills", "karen@millsdance.co.uk", "Europe/London", "en", "gmail-en-gb")
S([
    REM(HC, c, "2027-01-25 09:00", "reminder", "Dear Karen Mills,", "HC-0155", "£540.00", "20 January 2027"),
    msg(c, HC, "2027-01-25 12:00", "Paying this Friday! x"),
    msg(HC, c, "2027-01-25 12:15", "Thanks Karen!\nHannah"),
    msg(c, HC, "2027-01-28 20:05", """Hannah, actually hang on. I've just re-read our agreement: the workshop on the 12th was cancelled by us more than 14 days ahead, and the cancellation clause says 50% in that case.
So I think we owe £270, not £540. Can you send a corrected invoice?
Karen"""),
], dict(kind="client-reply-dispute", language="en", amount="270.00", currency="GBP",
        note="Amount = what the client accepts to owe (£270). Wrong amount under the cancellation clause, the day before the quoted 'Paying this Friday!'."),
    fmt="plain", cs="utf-8", cte="8bit")

# ------------------------------------------------------------------ 31 promise: today
c = P("Jamie Collins", "jamie@collinsgym.ie", "Europe/Dublin", "en", "gmail-en-gb")
S([
    REM(TB_, c, "2027-01-13 09:00", "reminder", "Dear Jamie Collins,", "INV-2026-133", "€369.00", "8 January 2027"),
    msg(c, TB_, "2027-01-13 10:30", "Will do this week Tom"),
    msg(TB_, c, "2027-01-13 10:40", "Cheers Jamie.\nTom"),
    msg(TB_, c, "2027-01-21 09:30", "Hi Jamie, just checking in on INV-2026-133.\nTom", q="apple-en"),
    msg(c, TB_, "2027-01-21 12:30", "Totally forgot, doing it today! Sorry Tom"),
], dict(kind="client-reply-promise", language="en", promised_date="2027-01-21",
        note="'doing it today' (Thu 21 Jan); the quoted 'this week' lapsed."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 32 other: supplier portal
c = P("Procurement Team", "procurement@elmstreetmedia.com", "America/New_York", "en", "outlook-en-us", OUTLOOK)
S([
    REM(PN, c, "2027-01-19 09:00", "reminder", "Dear Accounts Team,", "PN-1062", "$2,750.00", "January 14, 2027"),
    msg(c, PN, "2027-01-19 11:00", "Hi Priya,\nWe'll look into this and get back to you.\nProcurement", subject="RE: Payment reminder: invoice PN-1062"),
    msg(PN, c, "2027-01-19 11:15", "Thank you!\nPriya"),
    msg(c, PN, "2027-01-21 13:20", """Hi Priya,

Invoices now have to be submitted through our Coupa supplier portal; emailed PDFs can't be processed anymore. I've sent you an invitation to register from supplier-onboarding@elmstreetmedia.com.

Best,
Procurement Team
Elm Street Media""", subject="RE: Payment reminder: invoice PN-1062"),
], dict(kind="client-reply-other", language="en",
        note="Process request (submit through the supplier portal); no claim or promise."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 33 promise: 'Monday's run' said on a Monday
c = P("Chris Taylor", "chris@taylorprint.co.uk", "Europe/London", "en", "outlook-en-gb", OUTLOOK)
S([
    REM(HC, c, "2027-01-28 09:00", "due", "Dear Chris Taylor,", "HC-0156", "£615.00", "27 January 2027"),
    msg(c, HC, "2027-01-28 10:30", "Hannah, will be in this week's run.\nChris", subject="RE: Invoice HC-0156 – payment due"),
    msg(HC, c, "2027-01-28 10:45", "Thanks Chris!\nHannah"),
    msg(HC, c, "2027-02-01 09:00", "Hi Chris, nothing arrived last week — did it make the run?\nHannah", q="gmail-en-gb"),
    msg(c, HC, "2027-02-01 14:20", """Hi Hannah, sorry, it missed last week's run. It'll go in Monday's run — today's has already closed.
Chris

Chris Taylor
Taylor Print Ltd""", subject="RE: Invoice HC-0156 – payment due"),
], dict(kind="client-reply-promise", language="en", promised_date="2027-02-08",
        note="'Monday's run' written on Monday 1 Feb (today's closed) → the next Monday, 8 Feb."),
    fmt="alt", cte="quoted-printable")
