# English client replies (round 11, dates). Bodies written by hand.
from make import png_bytes

DISCLAIMER_UK = """
--
This email and any attachments are confidential and intended solely for the addressee. If you have
received it in error, please notify the sender and delete it. Registered in England and Wales."""

MSGS = [
# 1 ---------------------------------------------------------------- Friday (Dublin)
dict(owner="tom", lang="en", frm=("Niamh Kelly", "niamh.kelly@harbourlights.ie"),
     date="2026-11-09 11:14:26", tz="+0000", mua="outlook", quote="outlook", re="RE:",
     thread=dict(tpl="reminder", inv="INV-2026-071", amount="€1,845.00", due="2026-11-02",
                 sent="2026-11-09 08:00", client="Harbour Lights Ltd", ckind="company"),
     body="""Hi Tom,

Apologies – it's been approved, it just got stuck in someone's inbox. It'll go out Friday.

Niamh
""",
     kind="client-reply-promise", label=dict(promised_date="2026-11-13"),
     note="'It'll go out Friday' written Mon 9 Nov = Fri 13 Nov."),

# 2 ---------------------------------------------------------------- next Monday, said on Wednesday
dict(owner="priya", lang="en", frm=("Oliver Grant", "oliver@grantandfield.co.uk"),
     date="2026-12-02 14:50:03", tz="+0000", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="PS-2026-58", amount="£960.00", due="2026-11-27",
                 sent="2026-12-02 08:00", client="Oliver Grant", ckind="person"),
     body="""Hi Priya,

So sorry, this completely slipped through. I'm away until the weekend but I'll pay it next Monday when I'm back at my desk.

Best,
Oliver
""",
     kind="client-reply-promise", label=dict(promised_date="2026-12-07"),
     note="'next Monday' written Wed 2 Dec: the only sensible reading is Mon 7 Dec (he is back after the weekend)."),

# 3 ---------------------------------------------------------------- this coming Friday, sent Sunday
dict(owner="tom", lang="en", frm=("Ciarán Doyle", "ciaran@doylebrewing.ie"),
     date="2027-01-10 20:41:37", tz="+0000", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="INV-2026-088", amount="€2,460.00", due="2026-12-31",
                 sent="2027-01-08 08:00", client="Doyle Brewing Co.", ckind="company"),
     body="""Tom – sorry man, the Christmas rush wrecked my head and the admin went out the window. I'll have it sorted this coming Friday, promise. The new labels are flying off the shelves btw.

Ciarán
""",
     kind="client-reply-promise", label=dict(promised_date="2027-01-15"),
     note="Irish voice; 'this coming Friday' written Sun 10 Jan = Fri 15 Jan."),

# 4 ---------------------------------------------------------------- Friday week
dict(owner="priya", lang="en", frm=("Hugh Pemberton", "h.pemberton@pembertonwines.co.uk"),
     date="2026-11-16 09:22:48", tz="+0000", mua="outlook", quote="outlook", re="RE:",
     thread=dict(tpl="reminder", inv="PS-2026-51", amount="£1,320.00", due="2026-11-10",
                 sent="2026-11-16 08:00", client="Pemberton Wines Ltd", ckind="company"),
     body="""Dear Priya,

Thank you for the nudge. Our bookkeeper only comes in fortnightly, so I'm afraid it will be Friday week before the payment goes through. I hope that's acceptable.

Kind regards,
Hugh Pemberton
Pemberton Wines Ltd
""" + DISCLAIMER_UK,
     kind="client-reply-promise", label=dict(promised_date="2026-11-27"),
     note="British 'Friday week' written Mon 16 Nov = the Friday after this coming one: 27 Nov."),

# 5 ---------------------------------------------------------------- first thing Monday
dict(owner="tom", lang="en", frm=("Sinéad Murphy", "sinead@murphyphysio.ie"),
     date="2027-02-05 17:40:12", tz="+0000", mua="apple", quote="apple",
     thread=dict(tpl="reminder", inv="INV-2027-009", amount="€615.00", due="2027-01-29",
                 sent="2027-02-05 08:00", client="Sinéad Murphy", ckind="person"),
     body="""Ah Tom I'm mortified, I thought I'd paid that. Will do it first thing Monday.

Sinéad

Sent from my iPhone
""",
     kind="client-reply-promise", label=dict(promised_date="2027-02-08"),
     note="'first thing Monday' written Fri 5 Feb = Mon 8 Feb."),

# 6 ---------------------------------------------------------------- New York late evening, tomorrow
dict(owner="tom", lang="en", frm=("Jessica Park", "jpark@brightlinemedia.com"),
     date="2026-12-10 22:15:09", tz="-0500", mua="gmail", quote="gmail-us",
     thread=dict(tpl="reminder", inv="INV-2026-083", amount="$2,400.00", due="2026-12-04",
                 sent="2026-12-10 08:00", client="Jessica Park", ckind="person"),
     body="""Hi Tom,

Ugh, sorry about this — our AP person left last month and things have been falling through the cracks. I just approved it in Bill.com, the wire should go out tomorrow.

Thanks for your patience,
Jess

--
Jessica Park
Creative Director, Brightline Media
New York, NY
""",
     kind="client-reply-promise", label=dict(promised_date="2026-12-11"),
     note="New York 22:15 -0500 on Thu 10 Dec (Fri 11 in UTC/Dublin): 'tomorrow' = 11 Dec in the sender's zone."),

# 7 ---------------------------------------------------------------- Sydney morning, today
dict(owner="priya", lang="en", frm=("Mitch Harrison", "mitch@harrisonoutdoors.com.au"),
     date="2027-01-05 09:10:55", tz="+1100", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="PS-2026-66", amount="£780.00", due="2026-12-28",
                 sent="2027-01-04 08:00", client="Harrison Outdoors Pty Ltd", ckind="company"),
     body="""G'day Priya,

No worries at all, my fault – we shut down over Christmas. I'll pay it today, just need to set you up as a new international payee first.

Cheers,
Mitch
""",
     kind="client-reply-promise", label=dict(promised_date="2027-01-05"),
     note="Sydney +1100 at 09:10 on Tue 5 Jan (still Mon 4 in London/UTC): 'today' = 5 Jan in the sender's zone."),

# 8 ---------------------------------------------------------------- by the 15th (next month)
dict(owner="tom", lang="en", frm=("Declan Walsh", "accounts@walshjoinery.ie"),
     date="2026-12-17 15:33:21", tz="+0000", mua="outlook", quote="outlook", re="RE:",
     thread=dict(tpl="reminder", inv="INV-2026-086", amount="€1,107.00", due="2026-12-10",
                 sent="2026-12-17 08:00", client="Walsh Joinery Ltd", ckind="company"),
     body="""Hi Tom,

Cash is tight until the December invoices are paid to us, but you'll have it by the 15th at the latest.

Regards,
Declan
Walsh Joinery Ltd
""",
     kind="client-reply-promise", label=dict(promised_date="2027-01-15"),
     note="'by the 15th' written 17 Dec: the 15th has passed this month, so 15 Jan 2027."),

# 9 ---------------------------------------------------------------- US check run on 1/14
dict(owner="priya", lang="en", frm=("Accounts Payable", "ap@lakeshorefoods.com"),
     date="2026-12-18 16:02:44", tz="-0500", mua="outlook", quote="outlook", re="RE:",
     fmt="alt",
     thread=dict(tpl="reminder", inv="PS-2026-63", amount="£1,450.00", due="2026-12-11",
                 sent="2026-12-18 08:00", client="Lakeshore Foods Inc.", ckind="company"),
     body="""Hello,

Invoice PS-2026-63 has been approved and is scheduled for payment in our 1/14 international payment run. Please allow 3-5 business days for the wire to post to your account.

Please note our office will be closed 12/24 through 1/1.

Thank you,
Accounts Payable
Lakeshore Foods Inc. | Chicago, IL
""",
     kind="client-reply-promise", label=dict(promised_date="2027-01-14", reference="PS-2026-63"),
     note="US accounts payable (sent -0500 on 18 Dec): '1/14 payment run' = 14 Jan 2027 (month/day); 12/24-1/1 is the office closure."),

# 10 --------------------------------------------------------------- US 2/5
dict(owner="tom", lang="en", frm=("Ryan Cooper", "ryan.cooper@northfieldsaas.com"),
     date="2027-01-12 13:27:18", tz="-0500", mua="gmail", quote="gmail-us",
     thread=dict(tpl="reminder", inv="INV-2026-089", amount="$3,150.00", due="2027-01-05",
                 sent="2027-01-12 08:00", client="Northfield Software", ckind="company"),
     body="""Hey Tom,

Checked with finance. Vendor payments over $2,500 need a second approver and our controller is out this week, so it's landing in the 2/5 batch. Sorry it's not sooner!

Ryan
""",
     kind="client-reply-promise", label=dict(promised_date="2027-02-05"),
     note="US sender, '2/5 batch' = 5 Feb 2027 (month/day), not 2 May."),

# 11 --------------------------------------------------------------- end of the month
dict(owner="priya", lang="en", frm=("Rachel Osei", "rachel@oseiandco.co.uk"),
     date="2026-11-18 12:15:30", tz="+0000", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="PS-2026-55", amount="£640.00", due="2026-11-13",
                 sent="2026-11-18 08:00", client="Rachel Osei", ckind="person"),
     body="""Hi Priya,

Thanks for the reminder. We pay all our freelancers at the end of the month – yours is on the list for this one.

Rachel
""",
     kind="client-reply-promise", label=dict(promised_date="2026-11-30"),
     note="'at the end of the month... this one' written 18 Nov = 30 Nov."),

# 12 --------------------------------------------------------------- end of next month
dict(owner="tom", lang="en", frm=("Gráinne Byrne-Ní Bhriain", "grainne@lirtheatre.ie"),
     date="2027-01-06 10:44:12", tz="+0000", mua="outlook", quote="outlook", re="RE:",
     thread=dict(tpl="reminder", inv="INV-2026-087", amount="€1,968.00", due="2026-12-31",
                 sent="2027-01-06 08:00", client="Lír Theatre Company", ckind="company"),
     body="""Dear Tom,

I'm sorry to say our Arts Council drawdown for the new year hasn't come through yet. The board has agreed that all outstanding supplier invoices will be settled by the end of next month at the latest.

With apologies,
Gráinne
General Manager, Lír Theatre Company
""",
     kind="client-reply-promise", label=dict(promised_date="2027-02-28"),
     note="'by the end of next month' written 6 Jan 2027 = 28 Feb 2027."),

# 13 --------------------------------------------------------------- India, not before the 28th
dict(owner="priya", lang="en", frm=("Rahul Mehta", "rahul.mehta@zenithsoft.in"),
     date="2026-12-14 15:20:07", tz="+0530", mua="outlook", quote="outlook", re="RE:",
     thread=dict(tpl="reminder", inv="PS-2026-61", amount="£2,100.00", due="2026-12-07",
                 sent="2026-12-14 08:00", client="Zenith Soft Pvt Ltd", ckind="company"),
     body="""Dear Priya Ma'am,

Greetings from Zenith Soft. Kindly note that due to our year-end closing the foreign remittances are on hold and we will not be able to release the payment before 28th Dec. Request you to kindly bear with us.

Thanks & Regards,
Rahul Mehta
Finance Executive | Zenith Soft Pvt Ltd | Pune
""",
     kind="client-reply-promise", label=dict(promised_date="2026-12-28"),
     note="Indian English, +0530; 'not able to release the payment before 28th Dec' = 28 Dec."),

# 14 --------------------------------------------------------------- not today, Thursday
dict(owner="tom", lang="en", frm=("Aoife Brennan", "aoife@brennanflowers.ie"),
     date="2027-02-16 09:05:42", tz="+0000", mua="gmail", quote="none",
     thread=dict(tpl="reminder", inv="INV-2027-012", amount="€430.00", due="2027-02-09",
                 sent="2027-02-16 08:00", client="Aoife Brennan", ckind="person"),
     body="""Hi Tom, not today I'm afraid – we're flat out with the Valentine's returns. Thursday, I promise! x
""",
     kind="client-reply-promise", label=dict(promised_date="2027-02-18"),
     note="'not today... Thursday' written Tue 16 Feb = Thu 18 Feb."),

# 15 --------------------------------------------------------------- said Thursday, actually Friday
dict(owner="priya", lang="en", frm=("Dan Whitaker", "dan@whitakerbikes.co.uk"),
     date="2026-11-30 13:48:36", tz="+0000", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="PS-2026-57", amount="£875.00", due="2026-11-24",
                 sent="2026-11-30 08:00", client="Whitaker Bikes", ckind="company"),
     body="""Hi Priya,

I know I said Thursday on the phone but it'll actually be Friday – our card takings only clear on Thursday night. Sorry for messing you about.

Dan
""",
     kind="client-reply-promise", label=dict(promised_date="2026-12-04"),
     note="Thursday corrected to Friday (Thursday is when takings clear): Mon 30 Nov -> Fri 4 Dec."),

# 16 --------------------------------------------------------------- two instalments, both dated
dict(owner="priya", lang="en", frm=("Fiona MacLeod", "fiona@macleodknitwear.scot"),
     date="2027-01-04 10:33:14", tz="+0000", mua="apple", quote="apple",
     thread=dict(tpl="reminder", inv="PS-2026-65", amount="£1,150.00", due="2026-12-22",
                 sent="2027-01-04 08:00", client="Fiona MacLeod", ckind="person"),
     body="""Hi Priya,

Happy new year! I'm really sorry this is late. January's a slow month for us so could I do £500 on the 8th and the balance on the 22nd? If that's a problem just say and I'll try to find another way.

Thanks,
Fiona

Sent from my iPad
""",
     kind="client-reply-promise", label=dict(promised_date="2027-01-22"),
     note="Two instalments (8 Jan and 22 Jan): fully paid by 22 Jan."),

# 17 --------------------------------------------------------------- half now, half when funding comes
dict(owner="tom", lang="en", frm=("Peter Quinn", "peter@quinnfoundation.ie"),
     date="2026-11-12 16:12:29", tz="+0000", mua="outlook", quote="outlook", re="RE:",
     thread=dict(tpl="reminder", inv="INV-2026-074", amount="€3,690.00", due="2026-11-05",
                 sent="2026-11-12 08:00", client="Quinn Foundation CLG", ckind="company"),
     body="""Hi Tom,

We can pay half now and the other half once the Pobal funding comes through – we've been told "before Christmas" but I wouldn't put money on it. Is that OK with you?

Peter
""",
     kind="client-reply-promise",
     note="Half now, the rest when funding arrives (no day): no promised_date."),

# 18 --------------------------------------------------------------- FD meeting Thursday, next run after
dict(owner="priya", lang="en", frm=("Sophie Turner", "sophie.turner@brightwaterhomes.co.uk"),
     date="2026-12-01 11:26:51", tz="+0000", mua="outlook", quote="outlook", re="RE:",
     fmt="alt",
     thread=dict(tpl="reminder", inv="PS-2026-59", amount="£2,400.00", due="2026-11-25",
                 sent="2026-12-01 08:00", client="Brightwater Homes Ltd", ckind="company"),
     body="""Hi Priya,

Sorry for the delay. Anything over £2k needs sign-off from our FD and I'm seeing her on Thursday. Once it's signed it'll go out with the next weekly payment run.

Many thanks,
Sophie Turner
Marketing Manager | Brightwater Homes
""" + DISCLAIMER_UK,
     kind="client-reply-promise",
     note="Thursday is the sign-off meeting; payment is 'the next weekly run' after it, no day: no promised_date."),

# 19 --------------------------------------------------------------- our client pays us on the 20th
dict(owner="tom", lang="en", frm=("Conor Fitzgerald", "conor@fitzdigital.ie"),
     date="2027-01-29 12:02:40", tz="+0000", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="INV-2027-004", amount="€1,230.00", due="2027-01-22",
                 sent="2027-01-29 08:00", client="Fitz Digital", ckind="company"),
     body="""Tom,

Straight up: the client on that job pays us on the 20th, and we'll pay you as soon as that lands. Not ideal, I know.

Conor
""",
     kind="client-reply-promise",
     note="The 20th is when their client pays them; our payment is 'as soon as that lands': no promised_date."),

# 20 --------------------------------------------------------------- next week
dict(owner="priya", lang="en", frm=("James Ellery", "james@elleryarchitects.co.uk"),
     date="2026-11-26 17:55:19", tz="+0000", mua="apple", quote="apple",
     thread=dict(tpl="reminder", inv="PS-2026-56", amount="£1,080.00", due="2026-11-20",
                 sent="2026-11-26 08:00", client="Ellery Architects", ckind="company"),
     body="""Priya – will get this paid next week. Apologies.
J

Sent from my iPhone
""",
     kind="client-reply-promise",
     note="'next week', no day: promise without date."),

# 21 --------------------------------------------------------------- early January
dict(owner="tom", lang="en", frm=("Mark O'Sullivan", "mark.osullivan@osullivanmotors.ie"),
     date="2026-12-15 14:37:08", tz="+0000", mua="outlook", quote="outlook", re="RE:",
     thread=dict(tpl="reminder", inv="INV-2026-084", amount="€2,091.00", due="2026-12-08",
                 sent="2026-12-15 08:00", client="O'Sullivan Motors", ckind="company"),
     body="""Hi Tom,

Our year end is the 31st and the accountant has frozen all outgoing payments until it's closed. It'll be paid early January.

Mark
""",
     kind="client-reply-promise",
     note="'early January' is vague; the 31st is their year end: no promised_date."),

# 22 --------------------------------------------------------------- after the holidays
dict(owner="priya", lang="en", frm=("Lucy Chambers", "lucy@chamberscandles.co.uk"),
     date="2026-12-18 21:03:51", tz="+0000", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="PS-2026-62", amount="£420.00", due="2026-12-11",
                 sent="2026-12-18 08:00", client="Lucy Chambers", ckind="person"),
     body="""Hiya Priya, so sorry – total chaos here with the Christmas markets. I'll sort it after the holidays if that's ok?? 🎄🕯️
Lucy x
""",
     kind="client-reply-promise",
     note="'after the holidays' is vague: promise without date."),

# 23 --------------------------------------------------------------- within 10 days
dict(owner="tom", lang="en", frm=("Finance Department", "finance@atlanticsurveys.ie"),
     date="2027-02-22 10:18:26", tz="+0000", mua="outlook", quote="outlook", re="RE:",
     thread=dict(tpl="late_fee", inv="INV-2027-006", amount="€1,476.00", due="2027-01-25", deadline="2027-03-05",
                 sent="2027-02-22 08:00", client="Atlantic Surveys Ltd", ckind="company"),
     body="""Dear Mr Byrne,

We acknowledge receipt of your reminder. The invoice has now been approved and will be settled within 10 days.

Yours sincerely,
Finance Department
Atlantic Surveys Ltd
""",
     kind="client-reply-promise",
     note="'within 10 days' is treated as vague: promise without date."),

# 24 --------------------------------------------------------------- payment run Thursday 14th, HTML
dict(owner="priya", lang="en", frm=("Purchase Ledger", "purchaseledger@hallamgroup.co.uk"),
     date="2027-01-08 09:51:33", tz="+0000", mua="outlook", quote="outlook", re="RE:",
     fmt="html",
     thread=dict(tpl="reminder", inv="PS-2026-67", amount="£3,200.00", due="2027-01-04",
                 sent="2027-01-08 08:00", client="Hallam Group plc", ckind="company"),
     body="x",
     html="""<p class="MsoNormal"><span style="font-family:Arial">Good morning,</span></p>
<p class="MsoNormal"><span style="font-family:Arial">Thank you for your email. Your invoice <b>PS-2026-67</b> has been approved and will be included in our next BACS payment run on <b>Thursday 14th</b>. Funds normally reach the supplier's account the following working day.</span></p>
<p class="MsoNormal"><span style="font-family:Arial">Kind regards,</span></p>
<p class="MsoNormal"><span style="font-family:Arial;color:#002060"><b>Purchase Ledger Team</b><br>Hallam Group plc | Sheffield S1 2GH</span></p>
<p class="MsoNormal"><span style="font-size:7pt;color:#7f7f7f">This email and any attachments are confidential. Hallam Group plc is registered in England and Wales, no. 01234567.</span></p>
""",
     kind="client-reply-promise", label=dict(promised_date="2027-01-14", reference="PS-2026-67"),
     note="HTML-only purchase ledger mail: BACS run 'Thursday 14th' (written Fri 8 Jan) = 14 Jan; arrival the day after is not the promise."),

# 25 --------------------------------------------------------------- closed 23rd to 4th; pay 8th of January
dict(owner="tom", lang="en", frm=("Bríd Gallagher", "brid@gallaghertours.ie"),
     date="2026-12-21 12:20:17", tz="+0000", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="INV-2026-085", amount="€1,353.00", due="2026-12-14",
                 sent="2026-12-21 08:00", client="Gallagher Tours", ckind="company"),
     body="""Hi Tom,

Grand, thanks for the reminder. We're closed from the 23rd until the 4th so there's no one here to sign off payments, but I've it in the diary to go on the 8th of January, first run of the new year.

Happy Christmas!
Bríd
""",
     kind="client-reply-promise", label=dict(promised_date="2027-01-08"),
     note="Closure 23 Dec - 4 Jan is not a payment day; 'on the 8th of January' = 8 Jan 2027."),

# 26 --------------------------------------------------------------- Wednesday the 6th (across year end)
dict(owner="priya", lang="en", frm=("Tom Ashworth", "tom@ashworthlegal.co.uk"),
     date="2026-12-29 11:11:45", tz="+0000", mua="outlook", quote="outlook", re="RE:",
     thread=dict(tpl="reminder", inv="PS-2026-64", amount="£1,560.00", due="2026-12-21",
                 sent="2026-12-29 08:00", client="Ashworth Legal LLP", ckind="company"),
     body="""Dear Priya,

Our cashier is back on Monday and the payment will be made on Wednesday the 6th.

Best wishes,
Tom Ashworth
Partner, Ashworth Legal LLP
""" + DISCLAIMER_UK,
     kind="client-reply-promise", label=dict(promised_date="2027-01-06"),
     note="'Wednesday the 6th' written 29 Dec 2026 = 6 Jan 2027; Monday is the cashier's return."),

# 27 --------------------------------------------------------------- by close of business today
dict(owner="tom", lang="en", frm=("Laura Keane", "laura.keane@keaneevents.ie"),
     date="2026-11-27 10:02:31", tz="+0000", mua="outlook", quote="outlook", re="RE:",
     thread=dict(tpl="reminder", inv="INV-2026-079", amount="€738.00", due="2026-11-20",
                 sent="2026-11-27 08:00", client="Keane Events", ckind="company"),
     body="""Morning Tom,

That's on me, sorry. I'll have it paid by close of business today.

Laura
""",
     kind="client-reply-promise", label=dict(promised_date="2026-11-27"),
     note="'by close of business today' = Fri 27 Nov."),

# 28 --------------------------------------------------------------- on the 1st
dict(owner="priya", lang="en", frm=("Ben Hollis", "ben@hollisbakery.co.uk"),
     date="2027-01-19 19:40:16", tz="+0000", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="PS-2026-68", amount="£310.00", due="2027-01-12",
                 sent="2027-01-19 08:00", client="Ben Hollis", ckind="person"),
     body="""Hi Priya – sorry, January's brutal. I get paid on the 1st so I'll send it then, if that's alright?
Ben
""",
     kind="client-reply-promise", label=dict(promised_date="2027-02-01"),
     note="'I'll send it then' = on the 1st (his payday), written 19 Jan: 1 Feb 2027."),

# ================================================================= PAID with days
# 29
dict(owner="tom", lang="en", frm=("Eoin Kavanagh", "eoin@kavanaghcycles.ie"),
     date="2026-12-09 10:40:22", tz="+0000", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="INV-2026-082", amount="€925.00", due="2026-12-02",
                 sent="2026-12-09 08:00", client="Kavanagh Cycles", ckind="company"),
     body="""Hi Tom,

Paid on Monday, reference INV-2026-082 – should be with you by now. Shout if not.

Eoin
""",
     kind="client-reply-paid", label=dict(reference="INV-2026-082"),
     note="'Paid on Monday' written Wed 9 Dec: paid, with the reference."),

# 30
dict(owner="priya", lang="en", frm=("Hannah Reid", "hannah@reidstudio.co.uk"),
     attach=[dict(name="IMG_4471.PNG", ctype="image/png", data=png_bytes(6, 10, (159, 232, 112)))],
     date="2027-01-15 08:47:05", tz="+0000", mua="apple", quote="apple",
     thread=dict(tpl="reminder", inv="PS-2026-69", amount="£540.00", due="2027-01-08",
                 sent="2027-01-15 08:00", client="Hannah Reid", ckind="person"),
     body="""Morning! I sent it via Wise yesterday (the 14th) so it should land today or Monday – screenshot attached. Sorry for the wait!
H x
""",
     kind="client-reply-paid",
     note="Sent via Wise yesterday (14 Jan), with a PNG screenshot: paid; arrival days are not a promise."),

# 31 BACS run Thursday, GBP amount
dict(owner="priya", lang="en", frm=("Accounts Payable", "accounts.payable@northgatehousing.org.uk"),
     date="2026-11-27 09:12:48", tz="+0000", mua="outlook", quote="outlook", re="RE:",
     thread=dict(tpl="reminder", inv="PS-2026-54", amount="£1,850.00", due="2026-11-20",
                 sent="2026-11-27 08:00", client="Northgate Housing Association", ckind="company"),
     body="""Good morning,

Invoice PS-2026-54 for £1,850.00 was processed in Thursday's BACS run and should reach your account today.

Regards,
Accounts Payable
Northgate Housing Association
""" + DISCLAIMER_UK,
     kind="client-reply-paid", label=dict(amount="1850.00", currency="GBP", reference="PS-2026-54"),
     note="'processed in Thursday's BACS run' (yesterday): paid, GBP."),

# 32 US ACH initiated 12/3
dict(owner="tom", lang="en", frm=("Megan Foster", "mfoster@summitoutfitters.com"),
     date="2026-12-04 11:22:37", tz="-0500", mua="gmail", quote="gmail-us",
     thread=dict(tpl="reminder", inv="INV-2026-078", amount="$2,400.00", due="2026-11-27",
                 sent="2026-12-04 08:00", client="Summit Outfitters", ckind="company"),
     body="""Hi Tom,

An ACH for $2,400.00 was initiated on 12/3 – please allow 2-3 business days for it to show. Let me know if you don't see it by Wednesday.

Thanks!
Megan Foster
Summit Outfitters | Denver, CO
""",
     kind="client-reply-paid", label=dict(amount="2400.00", currency="USD"),
     note="US: ACH initiated on 12/3 (3 Dec): paid; 'by Wednesday' is when to check, not a promise."),

# 33 paid on the 2nd, asks to confirm
dict(owner="tom", lang="en", frm=("Karen Lynch", "karen.lynch@lynchdental.ie"),
     date="2027-02-08 15:06:58", tz="+0000", mua="outlook", quote="outlook", re="RE:",
     thread=dict(tpl="reminder", inv="INV-2027-008", amount="€590.00", due="2027-01-31",
                 sent="2027-02-08 08:00", client="Lynch Dental", ckind="company"),
     body="""Hi Tom,

We paid this on the 2nd by EFT. Could you confirm it arrived? Our bank is showing it as completed.

Thanks,
Karen
Practice Manager, Lynch Dental
""",
     kind="client-reply-paid",
     note="'We paid this on the 2nd' + asks for confirmation: paid."),

# 34 paid on the 29th from personal account
dict(owner="priya", lang="en", frm=("Jo Walsh", "jo@walshwellness.co.uk"),
     date="2026-12-02 20:17:26", tz="+0000", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="PS-2026-60", amount="£395.00", due="2026-11-27",
                 sent="2026-12-02 08:00", client="Walsh Wellness", ckind="company"),
     body="""Hi Priya, I paid it on the 29th but from my personal account by mistake, so it'll show as J WALSH rather than the business name. Sorry for the confusion!
Jo
""",
     kind="client-reply-paid",
     note="Paid on 29 Nov from a personal account (payer name differs): paid."),

# ================================================================= DISPUTE with days
# 35
dict(owner="priya", lang="en", frm=("Graham Stokes", "graham@stokesprint.co.uk"),
     date="2026-12-03 16:41:12", tz="+0000", mua="outlook", quote="outlook", re="RE:",
     thread=dict(tpl="reminder", inv="PS-2026-52", amount="£2,250.00", due="2026-11-26",
                 sent="2026-12-03 08:00", client="Stokes Print Ltd", ckind="company"),
     body="""Priya,

We'll pay the agreed £1,800 on Friday, but not the extra £450 for the revisions. Those changes were needed because the first draft missed the brief, and we never agreed to pay for them. Please send a revised invoice for £1,800.

Graham Stokes
""",
     kind="client-reply-dispute", label=dict(amount="1800.00", currency="GBP"),
     note="Pays £1,800 on Friday but refuses the £450 extra and wants a revised invoice: dispute."),

# 36
dict(owner="tom", lang="en", frm=("Alan Hegarty", "alan.hegarty@hegartyengineering.ie"),
     date="2027-01-11 11:55:03", tz="+0000", mua="outlook", quote="outlook", re="RE:",
     thread=dict(tpl="reminder", inv="INV-2026-090", amount="€4,920.00", due="2027-01-04",
                 sent="2027-01-11 08:00", client="Hegarty Engineering Ltd", ckind="company"),
     body="""Tom,

Before we pay this: the invoice bills 12 days, but we agreed 10 days for the brand guidelines, and the last two were spent fixing the logo files you sent on 9 December. I'm not paying for those. Send me an invoice for 10 days and I'll get it through on the next run.

Alan
""",
     kind="client-reply-dispute",
     note="Contests 2 of 12 billed days; payment only after a corrected invoice: dispute. 9 December is a delivery date."),

# ================================================================= OTHER with days
# 37
dict(owner="tom", lang="en", frm=("Orla Dunne", "orla.dunne@dunnepharma.ie"),
     date="2027-02-09 14:28:50", tz="+0000", mua="outlook", quote="outlook", re="RE:",
     thread=dict(tpl="reminder", inv="INV-2027-010", amount="€1,722.00", due="2027-02-02",
                 sent="2027-02-09 08:00", client="Dunne Pharma Ltd", ckind="company"),
     body="""Hi Tom,

Could we do a quick call on Thursday at 3 to go through your statement? I've three invoices from you on the system and I'm not sure which of them are still open – I think one may have been paid twice.

Orla
""",
     kind="client-reply-other",
     note="Asks for a call on Thursday about which invoices are open: a question, no claim or promise."),

# ================================================================= AUTO-REPLY
# 38
dict(owner="priya", lang="en", frm=("Emma Clarke", "emma.clarke@fernleydesign.co.uk"),
     date="2026-12-22 08:00:37", tz="+0000", mua="outlook", quote="none",
     thread=dict(tpl="reminder", inv="PS-2026-70", amount="£720.00", due="2026-12-15",
                 sent="2026-12-22 08:00", client="Fernley Design", ckind="company"),
     subject="Automatic reply: Reminder: invoice PS-2026-70 is overdue",
     headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Thank you for your email. I am out of the office for the Christmas break, returning on Monday 4 January. I will have no access to email during this time.

For anything urgent please contact studio@fernleydesign.co.uk.

Emma Clarke
""",
     kind="auto-reply", label=dict(return_date="2027-01-04"),
     note="Out of office 'returning on Monday 4 January' = 4 Jan 2027; RFC 3834 header."),
]
