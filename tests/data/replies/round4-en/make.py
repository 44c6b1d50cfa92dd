#!/usr/bin/env python3
"""Generate the round4-en blind test set: English replies to invoice mails and mailduns reminders,
plus English machine mail (payment notices, auto-replies, bounces, other).

Every message body below is hand-written. The MIME plumbing, HTML skeletons and the quoted
originals (invoice mails and reminders, rendered from the shipped English templates) are generated.

Run:  python3 make.py      (writes r4e-NNNN.eml and labels.toml next to this file, then re-parses them)
"""
from __future__ import annotations

import base64
import datetime as dt
import email
import email.policy
import hashlib
import html
import json
import quopri
import random
import sys
import tomllib
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
PREFIX = "r4e"

# --------------------------------------------------------------------------------------------
# The freelancers (mailbox owners) and their invoices
# --------------------------------------------------------------------------------------------

OWNERS = {
    "tom": dict(name="Tom Byrne", email="tom@byrnedesign.ie", domain="byrnedesign.ie", tz="Europe/Dublin",
                iban="IE29 AIBK 9311 5212 3456 78", bic="AIBKIE2D", beneficiary="Tom Byrne"),
    "hannah": dict(name="Hannah Okafor", email="hannah@okaforcopy.co.uk", domain="okaforcopy.co.uk",
                   tz="Europe/London", iban="GB33 BUKB 2020 1555 5555 55", bic="BUKBGB22",
                   beneficiary="Hannah Okafor"),
    "ale": dict(name="Alessandra Rossi", email="alessandra@example.it", domain="example.it", tz="Europe/Rome",
                iban="IT60 X054 2811 1010 0000 0123 456", bic="BPMOIT22XXX", beneficiary="Alessandra Rossi"),
    "lucia": dict(name="Lucía Martín", email="lucia@martinestudio.es", domain="martinestudio.es",
                  tz="Europe/Madrid", iban="ES91 2100 0418 4502 0005 1332", bic="CAIXESBBXXX",
                  beneficiary="Lucía Martín Estudio"),
}

# key: (owner, number, amount, currency symbol, issue, due, client_name, to, what)
INVOICES_RAW = [
    ("T31", "tom", "INV-2026-031", 2460.00, "€", "2026-11-02", "2026-12-02", "Harlow & Finch Ltd", "accounts@harlowfinch.co.uk", "brand refresh and brand guidelines"),
    ("T34", "tom", "INV-2026-034", 780.00, "€", "2026-11-09", "2026-12-09", "Declan Keane", "declan@keanebros.ie", "website updates (October)"),
    ("T36", "tom", "INV-2026-036", 3200.00, "$", "2026-11-10", "2026-12-10", "Brightwater Labs Inc", "ap@brightwaterlabs.com", "pitch deck design"),
    ("T38", "tom", "INV-2026-038", 1150.00, "€", "2026-11-12", "2026-12-12", "Bec Thornton", "bec@wattleandgum.com.au", "landing pages"),
    ("T40", "tom", "INV-2026-040", 4120.00, "€", "2026-11-16", "2026-12-16", "Stahlwerk Design GmbH", "buchhaltung@stahlwerk-design.de", "trade fair stand graphics"),
    ("T42", "tom", "INV-2026-042", 1875.00, "€", "2026-11-18", "2026-12-18", "Van Dijk Media B.V.", "sanne@vandijkmedia.nl", "explainer animation"),
    ("T44", "tom", "INV-2026-044", 6300.00, "€", "2026-11-20", "2026-12-20", "Northwind Retail Group", "apinvoices@northwindretail.com", "Q4 campaign artwork"),
    ("T45", "tom", "INV-2026-045", 950.00, "€", "2026-11-23", "2026-12-07", "Nell Ashby", "nell@loopkit.io", "app store screenshots"),
    ("T47", "tom", "INV-2026-047", 3690.00, "€", "2026-11-25", "2026-12-25", "O'Sullivan Whelan LLP", "accounts@oswhelan.ie", "website redesign"),
    ("T49", "tom", "INV-2026-049", 1640.00, "€", "2026-11-27", "2026-12-27", "Sharma Textiles Pvt Ltd", "accounts@sharmatextiles.in", "catalogue layout"),
    ("T50", "tom", "INV-2026-050", 2200.00, "€", "2026-11-30", "2026-12-30", "Camille Moreau", "camille@ateliermoreau.fr", "logo and visual identity"),
    ("T52", "tom", "INV-2026-052", 1480.00, "$", "2026-12-01", "2026-12-31", "Karen Holt", "office@pinecrestfamilydental.com", "website updates"),
    ("T53", "tom", "INV-2026-053", 420.00, "€", "2026-12-04", "2027-01-03", "Declan Keane", "declan@keanebros.ie", "Christmas banner and social posts"),
    ("T55", "tom", "INV-2026-055", 1230.00, "€", "2026-12-08", "2027-01-07", "Harlow & Finch Ltd", "accounts@harlowfinch.co.uk", "annual report cover"),
    ("T57", "tom", "INV-2026-057", 600.00, "€", "2026-11-20", "2026-12-20", "Clontarf RFC", "treasurer@clontarfrfc.ie", "club website"),
    ("T59", "tom", "INV-2026-059", 2340.00, "€", "2026-12-02", "2027-01-01", "Mossgiel Whisky Ltd", "alasdair@mossgielwhisky.co.uk", "e-shop design and Shopify migration"),
    ("T61", "tom", "INV-2026-061", 4000.00, "$", "2026-12-10", "2027-01-09", "Parcelbird Inc", "founders@parcelbird.com", "brand identity sprint"),
    ("T63", "tom", "INV-2026-063", 1200.00, "€", "2026-11-25", "2026-12-25", "Wexford County Council", "accountspayable@wexfordcoco.ie", "tourism brochure layout"),
    ("T65", "tom", "INV-2026-065", 450.00, "€", "2026-12-07", "2026-12-21", "Anand Krishnan", "anand.krishnan@gmail.com", "personal portfolio website"),
    ("T67", "tom", "INV-2026-067", 5700.00, "$", "2026-12-14", "2027-01-13", "Haverford & Stone LLP", "billing@haverfordstone.com", "website UX audit and redesign"),
    ("T69", "tom", "INV-2026-069", 980.00, "€", "2026-12-15", "2027-01-14", "Niamh Hegarty", "niamh@hegartyspharmacy.ie", "website changes"),
    ("T71", "tom", "INV-2026-071", 860.00, "€", "2026-12-16", "2027-01-15", "Shannon Valley Foods Ltd", "accounts@shannonvalleyfoods.ie", "label redesign"),
    ("T2702", "tom", "INV-2027-002", 2950.00, "€", "2027-01-05", "2027-02-04", "Fjordlys AS", "faktura@fjordlys.no", "product catalogue"),
    ("T2704", "tom", "INV-2027-004", 3400.00, "€", "2027-01-04", "2027-02-03", "Kowalski Software sp. z o.o.", "finance@kowalski-soft.pl", "UI design system"),
    ("T2706", "tom", "INV-2027-006", 1900.00, "€", "2027-01-12", "2027-01-26", "Nell Ashby", "nell@loopkit.io", "onboarding flow design"),
    ("H112", "hannah", "HO-0112", 1350.00, "£", "2026-11-03", "2026-12-03", "Bramley Housing Association", "comms@bramleyha.org.uk", "tenant newsletter copy"),
    ("H115", "hannah", "HO-0115", 420.00, "£", "2026-11-06", "2026-11-20", "Maureen Platt", "copperkettlecafe@btinternet.com", "menu and website copy"),
    ("H118", "hannah", "HO-0118", 2800.00, "£", "2026-11-10", "2026-12-10", "Edward Lyle", "edward.lyle@greyfieldcapital.co.uk", "annual review and investor letters"),
    ("H121", "hannah", "HO-0121", 975.00, "£", "2026-11-17", "2026-12-17", "Tillerman Events Ltd", "accounts@tillermanevents.co.uk", "festival programme copy"),
    ("H124", "hannah", "HO-0124", 4600.00, "£", "2026-11-24", "2027-01-23", "Meridian Health Trust", "ap.invoices@meridianhealthtrust.org.uk", "patient leaflet rewrite"),
    ("H127", "hannah", "HO-0127", 680.00, "£", "2026-12-01", "2026-12-31", "Bramley Housing Association", "invoices@bramleyha.org.uk", "annual report proofreading"),
    ("H130", "hannah", "HO-0130", 1850.00, "£", "2026-12-21", "2027-01-20", "Aldgate Legal Services Ltd", "accounts@aldgatelegal.co.uk", "website copy"),
    ("H133", "hannah", "HO-0133", 560.00, "£", "2027-01-04", "2027-02-03", "Kirsty Munro", "kirsty@thistlemarketing.co.uk", "blog package (January)"),
    ("H135", "hannah", "HO-0135", 890.00, "£", "2026-12-18", "2027-01-17", "Barry Whitcombe", "whitcombebuilders@aol.com", "brochure and website copy"),
    ("H136", "hannah", "HO-0136", 300.00, "£", "2027-01-06", "2027-02-05", "Northgate Academy Trust", "finance@northgatetrust.org.uk", "prospectus copy edit"),
    ("H137", "hannah", "HO-0137", 1420.00, "£", "2026-12-09", "2027-01-08", "Giles Rathbone", "giles@rathbone-estates.co.uk", "property brochure copy"),
    ("H139", "hannah", "HO-0139", 750.00, "£", "2026-12-15", "2027-01-14", "Lantern Theatre Company", "admin@lanterntheatre.org.uk", "season brochure copy"),
    ("H141", "hannah", "HO-0141", 1100.00, "£", "2026-12-28", "2027-01-27", "Cobalt Creative Ltd", "accounts@cobaltcreative.co.uk", "case studies"),
    ("H144", "hannah", "HO-0144", 1650.00, "£", "2027-01-11", "2027-02-10", "Cobalt Creative Ltd", "accounts@cobaltcreative.co.uk", "client web copy (rebillable)"),
    ("H146", "hannah", "HO-0146", 640.00, "£", "2027-01-14", "2027-02-13", "Lakeland Outdoor Gear Ltd", "accounts@lakelandoutdoorgear.co.uk", "product descriptions"),
    ("A14", "ale", "14/2026", 1800.00, "€", "2026-11-04", "2026-12-04", "Lindqvist Interiors AB", "karin@lindqvistinteriors.se", "catalogue translation EN-IT"),
    ("A17", "ale", "17/2026", 2135.00, "€", "2026-11-11", "2026-12-11", "Fiona McKay", "fiona.mckay@oakhurstpublishing.co.uk", "translation of 'The Salt Roads'"),
    ("A19", "ale", "19/2026", 640.00, "€", "2026-11-16", "2026-11-30", "Siobhan Brennan", "siobhan@brennantours.com", "brochure translation"),
    ("A21", "ale", "21/2026", 3250.00, "€", "2026-11-20", "2026-12-20", "Hofmann Verlag GmbH", "lektorat@hofmann-verlag.at", "translation, 25,000 words"),
    ("A23", "ale", "23/2026", 5400.00, "€", "2026-11-25", "2026-12-25", "Gridline Analytics Inc", "marcus@gridline.io", "app localisation"),
    ("A25", "ale", "25/2026", 1420.00, "€", "2026-12-01", "2026-12-31", "Dansk Lys ApS", "mette@dansklys.dk", "product sheet translation"),
    ("A27", "ale", "27/2026", 980.00, "€", "2026-12-03", "2027-01-02", "Müller & Söhne KG", "s.keller@mueller-soehne.de", "website translation"),
    ("A29", "ale", "29/2026", 2100.00, "€", "2026-12-07", "2027-01-06", "Nordic Sound Oy", "jukka@nordicsound.fi", "subtitles, episodes 1-6"),
    ("A2701", "ale", "1/2027", 3600.00, "€", "2027-01-04", "2027-02-03", "Beaumont Hotel Group", "olivia.hart@beaumonthotels.co.uk", "hotel website localisation"),
    ("A2702", "ale", "2/2027", 2780.00, "€", "2027-01-07", "2027-02-06", "Harbourside Architects Pty Ltd", "liam@harboursidearch.com.au", "competition entry translation"),
    ("A2703", "ale", "3/2027", 1500.00, "€", "2027-01-18", "2027-02-17", "Krakow Film Studio", "office@krakowfilmstudio.pl", "screenplay translation"),
    ("L41", "lucia", "2026-041", 3900.00, "€", "2026-11-03", "2026-12-03", "Kapoor Hospitality Group", "accounts@kapoorhospitality.in", "menu and interiors photography"),
    ("L44", "lucia", "2026-044", 1260.00, "€", "2026-11-09", "2026-12-09", "Baltic Amber Trading OÜ", "kristjan@balticamber.ee", "product photography, 60 images"),
    ("L46", "lucia", "2026-046", 2050.00, "€", "2026-11-13", "2026-12-13", "Quayside Studios Ltd", "rhys@quaysidestudios.co.uk", "location photography, Madrid"),
    ("L48", "lucia", "2026-048", 1590.00, "€", "2026-11-19", "2026-12-19", "Delacroix & Fils", "helene@delacroix-fils.be", "chocolate packaging shoot"),
    ("L51", "lucia", "2026-051", 2700.00, "$", "2026-11-26", "2026-12-26", "Summit Ridge Outfitters LLC", "ap@summitridgeoutfitters.com", "Pyrenees catalogue shoot"),
    ("L53", "lucia", "2026-053", 4480.00, "€", "2026-12-02", "2027-01-01", "Rotterdam Port Logistics BV", "j.bakker@rpl-logistics.nl", "annual report photography"),
    ("L55", "lucia", "2026-055", 850.00, "€", "2026-12-01", "2026-12-15", "Shanti Lakes Retreats", "hello@shantilakes.ca", "retreat photography, Lanzarote"),
    ("L57", "lucia", "2026-057", 2600.00, "€", "2026-12-08", "2027-01-07", "Hamburg Hafen Digital GmbH", "a.schulz@hh-hafendigital.de", "webshop product photos"),
    ("L59", "lucia", "2026-059", 1380.00, "€", "2026-12-11", "2027-01-10", "Blue Marlin Charters Ltd", "office@bluemarlin.com.mt", "yacht photography and drone footage"),
    ("L61", "lucia", "2026-061", 2250.00, "€", "2026-12-14", "2027-01-13", "Koala Kids Apparel Pty Ltd", "jess@koalakids.com.au", "five illustrations"),
    ("L63", "lucia", "2026-063", 990.00, "€", "2026-12-01", "2026-12-15", "Sunbeam Apps Pte Ltd", "finance@sunbeamapps.sg", "app screenshots"),
    ("L65", "lucia", "2026-065", 1750.00, "€", "2027-01-05", "2027-02-04", "Oceanic Yacht Services Ltd", "accounts@oceanicyacht.gi", "marina brochure photography"),
    ("L2703", "lucia", "2027-003", 1120.00, "€", "2027-01-11", "2027-02-10", "Finnegan Craft Brewing Ltd", "ciaran@finnegancraft.ie", "beer label illustration"),
]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def long_date(x: dt.date) -> str:
    return f"{x.day} {MONTHS[x.month - 1]} {x.year}"


def money(v: float, sym: str) -> str:
    return f"{sym}{v:,.2f}"


INV = {}
for key, owner, num, amount, sym, issue, due, cname, to, what in INVOICES_RAW:
    o = OWNERS[owner]
    INV[key] = dict(key=key, owner=owner, number=num, amount=amount, sym=sym, issue=d(issue), due=d(due),
                    client_name=cname, to=to, what=what, subject=f"Invoice {num}",
                    msgid=f"<{issue.replace('-', '')}.{hashlib.sha1(num.encode()).hexdigest()[:10]}@{o['domain']}>")

# --------------------------------------------------------------------------------------------
# The letters mailduns sends (from templates/en/*.txt.j2), rendered here so that quotes match
# --------------------------------------------------------------------------------------------

LEGAL = {"ltd", "limited", "plc", "llp", "inc", "llc", "gmbh", "kg", "bv", "ab", "aps", "as", "oy", "oü",
         "sarl", "pty", "oo", "pte"}
ORG = {"&", "studio", "agency", "group", "team", "company", "council", "association", "trust", "partners",
       "accounts", "office", "department", "holdings"}


def dear(name: str | None) -> str:
    if not name:
        return "Hello,"
    words = name.lower().replace(".", "").replace(",", " ").replace("(", " ").replace(")", " ").split()
    if words and (words[-1] in LEGAL or any(w in ORG for w in words)):
        return "Dear Accounts Team,"
    return f"Dear {name},"


def pay_block(inv) -> str:
    o = OWNERS[inv["owner"]]
    return ("Payment details:\n"
            f"- Account name: {o['beneficiary']}\n"
            f"- IBAN: {o['iban']}\n"
            f"- BIC (SWIFT): {o['bic']}\n"
            f"- Payment reference: {inv['number']}\n")


def deadline_of(today: dt.date) -> dt.date:
    x = today + dt.timedelta(days=7)
    while x.weekday() >= 5:
        x += dt.timedelta(days=1)
    return x


def fee_block(inv, today: dt.date) -> str:
    days = (today - inv["due"]).days
    amt = inv["amount"]
    interest = round(amt * 0.1015 * days / 365, 2)
    total = amt + interest + 40
    s = inv["sym"]
    return ("As this is a commercial transaction, the legislation implementing EU Directive 2011/7/EU on "
            "combating late payment applies: statutory interest for late payment runs from the day after the "
            "due date at the European Central Bank's main refinancing rate plus 8 percentage points "
            f"(currently 10.15% a year), and a fixed sum of {money(40, s)} is due as compensation for recovery costs.\n\n"
            f"The amount due as at {long_date(today)} (interest continues to run until payment) is:\n"
            f"- Invoice {inv['number']}: {money(amt, s)}\n"
            f"- Late payment interest: {money(amt, s)} × 10.15% × {days}/365 = {money(interest, s)}\n"
            f"- Compensation for recovery costs: {money(40, s)}\n"
            f"- Total due: {money(total, s)}\n\n")


def render(step: str, inv, today: dt.date, fees: bool = False, promise: dt.date | None = None,
           others: list | None = None) -> str:
    o = OWNERS[inv["owner"]]
    a = money(inv["amount"], inv["sym"])
    n = inv["number"]
    sal = dear(inv["client_name"])
    due = long_date(inv["due"])
    late = (today - inv["due"]).days
    dl = long_date(deadline_of(today))
    pay = pay_block(inv)
    if step == "invoice":
        first = inv["client_name"].split()[0] if dear(inv["client_name"]) != "Dear Accounts Team," else ""
        hi = f"Hi {first}," if first else "Hello,"
        return (f"{hi}\n\nPlease find attached invoice {n} for {inv['what']}, {a}, due on {due}.\n\n"
                f"{pay}\nMany thanks,\n{o['name']}\n")
    if step == "courtesy":
        return (f"{sal}\n\nThis is a friendly reminder that invoice {n} for {a}, issued on {long_date(inv['issue'])}, "
                f"is due for payment on {due}.\n\nIf payment is already on its way, thank you, and please disregard "
                f"this message.\n\n{pay}\nIf you have any questions, just reply to this email.\n\nKind regards,\n{o['name']}\n")
    if step == "due":
        if late > 0:
            line = (f"This is a quick reminder that invoice {n} for {a} was due for payment on {due}. If it has not "
                    "been paid yet, I would be grateful if you could arrange payment in the next few days.")
        else:
            line = f"This is a quick reminder that invoice {n} for {a} is due for payment today, {due}."
        return (f"{sal}\n\n{line}\n\nIf you have already paid, thank you, and please disregard this reminder.\n\n"
                f"{pay}\nIf you have any questions, just reply to this email.\n\nKind regards,\n{o['name']}\n")
    if step == "reminder":
        return (f"{sal}\n\nAccording to my records, invoice {n} for {a}, due on {due}, has not yet been paid. It may "
                "simply have been overlooked, so I would be grateful if you could arrange payment at your earliest "
                f"convenience.\n\n{fee_block(inv, today) if fees else ''}If you have already paid, thank you – please let me know the payment date so "
                "that I can update my records. If there is a problem with the invoice, please reply to this email and "
                f"we can sort it out.\n\n{pay}\nKind regards,\n{o['name']}\n")
    if step == "late_fee":
        return (f"{sal}\n\nInvoice {n} for {a}, due on {due}, is now {late} days overdue.\n\n"
                f"{fee_block(inv, today) if fees else ''}Please arrange payment{' of the total above' if fees else ''} by {dl}. If payment is already on its way, "
                "thank you – please let me know the date it was made. If there is a problem with the invoice or with "
                f"the timing, please reply to this email and we can find a solution.\n\n{pay}\nKind regards,\n{o['name']}\n")
    if step == "suspension":
        susp = long_date(deadline_of(today) + dt.timedelta(days=1))
        return (f"{sal}\n\nI am writing again about invoice {n} for {a}, which was due on {due} and remains unpaid.\n\n"
                f"{fee_block(inv, today) if fees else ''}If payment{' of the total above' if fees else ''} is not received by {dl}, I may have to suspend work in progress "
                f"and any services I provide to you from {susp} until the account is settled. If something is making "
                "payment difficult – for example, if you need to pay in instalments – please reply to this email and "
                f"we can agree a solution.\n\n{pay}\nKind regards,\n{o['name']}\n")
    if step == "final":
        formal = "Dear Sir or Madam," if sal == "Dear Accounts Team," else sal
        sign = "Yours faithfully," if sal == "Dear Accounts Team," else "Yours sincerely,"
        return (f"Final notice before debt recovery\n\nTo: {inv['client_name']}\nDate: {long_date(today)}\n"
                f"Invoice: {n}, issued on {long_date(inv['issue'])}, due on {due}\nAmount due: {a}\n"
                f"Payment deadline: {dl}\n\n{formal}\n\nDespite my previous reminders, invoice {n} for {a}, which was "
                f"due for payment on {due}, remains unpaid.\n\nI therefore formally request payment of {a} by {dl}.\n\n"
                "If payment is not received by that date, I intend to take steps to recover the debt. These may include "
                "referring the matter to a debt collection agency or a solicitor and, if necessary, starting court "
                "proceedings.\n\nI would much rather resolve this with you directly. If there is a reason for the delay, "
                "or if you would like to propose a payment plan, please reply to this email before "
                f"{dl}.\n\nIf you have paid in the meantime, thank you, and please accept my apologies for this notice; "
                "it would help if you could let me know the payment date so that I can update my records.\n\n"
                f"{pay}\n{sign}\n{o['name']}\n")
    if step == "promise_followup":
        if promise:
            line = f"Thank you for letting me know that invoice {n} for {a} would be paid by {long_date(promise)}."
        else:
            line = f"Thank you for your earlier message about invoice {n} for {a}, which was due on {due}."
        return (f"{sal}\n\n{line}\n\nThe payment has not reached me yet. If it is already on its way, thank you – "
                "please let me know the date it was made. If you need a little more time, could you let me know "
                f"when I can expect it?\n\n{pay}\nKind regards,\n{o['name']}\n")
    if step == "statement":
        invs = [inv] + (others or [])
        lines = []
        total = 0.0
        for i in invs:
            late_i = (today - i["due"]).days
            when = (f"due on {long_date(i['due'])} ({late_i} days overdue)" if late_i > 0 else
                    ("due today" if late_i == 0 else f"due on {long_date(i['due'])}"))
            lines.append(f"- {i['number']}, issued on {long_date(i['issue'])}, {when}: {money(i['amount'], i['sym'])}")
            total += i["amount"]
        return (f"{sal}\n\nAccording to my records, the following invoices are still outstanding:\n\n"
                + "\n".join(lines) + f"\n\nTotal due: {money(total, inv['sym'])}\n\nPlease arrange payment by {dl}. "
                "If some of these invoices have already been paid, thank you – please let me know which ones and the "
                "payment dates, so that I can update my records. If there is a problem with any of them, please reply "
                f"to this email and we can sort it out.\n\n{pay}\nKind regards,\n{o['name']}\n")
    raise ValueError(step)


# --------------------------------------------------------------------------------------------
# MIME plumbing
# --------------------------------------------------------------------------------------------

_rng = random.Random(20270228)


def rand_hex(n: int) -> str:
    return "".join(_rng.choice("0123456789abcdef") for _ in range(n))


def rand_alnum(n: int, upper: bool = True) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if upper else "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(_rng.choice(alphabet) for _ in range(n))


def boundary() -> str:
    return "----=_Part_" + rand_alnum(8) + "_" + rand_alnum(10)


def addr(name: str | None, email_: str) -> str:
    if not name:
        return email_
    try:
        name.encode("ascii")
        return formataddr((name, email_))
    except UnicodeEncodeError:
        return formataddr((name, email_), charset="utf-8")


def enc_addr_str(s: str) -> str:
    from email.utils import parseaddr
    name, a = parseaddr(s)
    return addr(name or None, a)


def enc_header(s: str) -> str:
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


class Part:
    def __init__(self, headers: list[tuple[str, str]], body: bytes):
        self.headers = headers
        self.body = body

    def bytes(self) -> bytes:
        h = "".join(f"{k}: {v}\n" for k, v in self.headers)
        return h.encode("ascii") + b"\n" + self.body


def text_part(text: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "8bit",
              encode_as: str | None = None, flowed: bool = False) -> Part:
    data = text.encode(encode_as or charset)
    if cte == "quoted-printable":
        body = quopri.encodestring(data)
    elif cte == "base64":
        body = base64.encodebytes(data)
    else:
        if cte == "7bit":
            data.decode("ascii")
        body = data
    if not body.endswith(b"\n"):
        body += b"\n"
    ct = f'text/{subtype}; charset="{charset}"'
    if flowed:
        ct += "; format=flowed"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], body)


def multipart(subtype: str, parts: list[Part], extra: str = "") -> Part:
    b = boundary()
    out = b"This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += f"--{b}\n".encode() + p.bytes() + b"\n"
    out += f"--{b}--\n".encode()
    return Part([("Content-Type", f'multipart/{subtype};{extra} boundary="{b}"')], out)


def attachment(ctype: str, filename: str, data: bytes, inline: bool = False, cid: str | None = None) -> Part:
    disp = "inline" if inline else "attachment"
    hs = [("Content-Type", f'{ctype}; name="{filename}"'),
          ("Content-Disposition", f'{disp}; filename="{filename}"'),
          ("Content-Transfer-Encoding", "base64")]
    if cid:
        hs.append(("Content-ID", f"<{cid}>"))
    return Part(hs, base64.encodebytes(data))


def fake_pdf(title: str, lines: list[str]) -> bytes:
    content = "BT /F1 11 Tf 50 780 Td (" + title + ") Tj " + " ".join(
        f"0 -16 Td ({ln}) Tj" for ln in lines) + " ET"
    content = content.replace("€", "EUR").replace("£", "GBP")
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offs = []
    for i, ob in enumerate(objs, 1):
        offs.append(len(out.encode("latin-1")))
        out += f"{i} 0 obj\n{ob}\nendobj\n"
    xref = len(out.encode("latin-1"))
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def fake_png(seed: str) -> bytes:
    import struct
    import zlib
    w, h = 4, 3
    raw = b"".join(b"\x00" + bytes((hash(seed + str(y)) & 0xFF,) * (w * 3)) for y in range(h))

    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def fold(name: str, value: str) -> str:
    """Fold a long header made of space-separated tokens (References)."""
    toks = value.split(" ")
    lines, cur = [], name + ": "
    for t in toks:
        if len(cur) + len(t) > 76 and cur.strip() != name + ":":
            lines.append(cur.rstrip())
            cur = " " + t + " "
        else:
            cur += t + " "
    lines.append(cur.rstrip())
    return "\n".join(lines)[len(name) + 2:]


def build_message(headers: list[tuple[str, str]], part: Part) -> bytes:
    out = ""
    for k, v in headers:
        if k in ("References",) and len(v) > 70:
            v = fold(k, v)
        out += f"{k}: {v}\n"
    out += "MIME-Version: 1.0\n"
    return out.encode("ascii") + part.bytes()


# --------------------------------------------------------------------------------------------
# Quoting styles
# --------------------------------------------------------------------------------------------

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def prefix_lines(text: str, p: str = "> ") -> str:
    return "\n".join((p + ln) if ln else p.rstrip() for ln in text.rstrip("\n").split("\n"))


def quote_header(style: str, who: str, when: dt.datetime, to: str = "", subject: str = "") -> str:
    if style == "gmail_uk":
        return f"On {DAYS[when.weekday()][:3]}, {when.day} {MONTHS[when.month - 1][:3]} {when.year} at {when:%H:%M}, {who} wrote:"
    if style == "gmail_us":
        h = when.hour % 12 or 12
        ap = "AM" if when.hour < 12 else "PM"
        return (f"On {DAYS[when.weekday()][:3]}, {MONTHS[when.month - 1][:3]} {when.day}, {when.year} at "
                f"{h}:{when:%M}\u202f{ap} {who} wrote:")
    if style == "apple":
        return f"On {when.day} {MONTHS[when.month - 1][:3]} {when.year}, at {when:%H:%M}, {who} wrote:"
    if style == "thunderbird":
        return f"On {when:%d/%m/%Y} {when:%H:%M}, {who} wrote:"
    raise ValueError(style)


def outlook_block(who: str, when: dt.datetime, to: str, subject: str, variant: str = "uk", cc: str = "") -> str:
    if variant == "us":
        h = when.hour % 12 or 12
        ap = "AM" if when.hour < 12 else "PM"
        sent = f"{DAYS[when.weekday()]}, {MONTHS[when.month - 1]} {when.day}, {when.year} {h}:{when:%M} {ap}"
        lab = ("From", "Sent", "To", "Cc", "Subject")
    elif variant == "de":
        sent = f"{DAYS_DE[when.weekday()]}, {when.day}. {MONATE[when.month - 1]} {when.year} {when:%H:%M}"
        lab = ("Von", "Gesendet", "An", "Cc", "Betreff")
    elif variant == "nl":
        sent = f"{['maandag','dinsdag','woensdag','donderdag','vrijdag','zaterdag','zondag'][when.weekday()]} {when.day} {['januari','februari','maart','april','mei','juni','juli','augustus','september','oktober','november','december'][when.month-1]} {when.year} {when:%H:%M}"
        lab = ("Van", "Verzonden", "Aan", "CC", "Onderwerp")
    else:
        sent = f"{when:%d} {MONTHS[when.month - 1]} {when.year} {when:%H:%M}"
        lab = ("From", "Sent", "To", "Cc", "Subject")
    lines = [f"{lab[0]}: {who}", f"{lab[1]}: {sent}", f"{lab[2]}: {to}"]
    if cc:
        lines.append(f"{lab[3]}: {cc}")
    lines.append(f"{lab[4]}: {subject}")
    return "\n".join(lines)


DAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]

# --------------------------------------------------------------------------------------------
# Message registry
# --------------------------------------------------------------------------------------------

MESSAGES: list[dict] = []


def split_of(persona: str) -> str:
    return "firstread3" if int(hashlib.sha1(persona.encode()).hexdigest(), 16) % 10 < 4 else "dev"


def aware(s: str, tz: str) -> dt.datetime:
    return dt.datetime.fromisoformat(s).replace(tzinfo=ZoneInfo(tz))


def msgid_for(mua: str, domain: str, when: dt.datetime) -> str:
    if mua in ("gmail", "android_gmail"):
        return f"<CA{rand_alnum(2)}{rand_alnum(40, False)}{rand_alnum(6)}@mail.gmail.com>"
    if mua in ("outlook", "outlook_us", "outlook_de", "outlook_nl"):
        srv = _rng.choice(["AM0PR07MB", "DB9PR02MB", "PAXPR08MB", "LO2P265MB", "SN6PR04MB", "BY5PR17MB", "VI1PR06MB"])
        n = _rng.randint(1000, 9999)
        region = "eurprd07" if srv[0] in "ADPV" else ("GBRP265" if srv.startswith("LO") else "namprd04")
        return f"<{srv}{n}{rand_alnum(24)}@{srv}{n}.{region}.prod.outlook.com>"
    if mua in ("apple", "iphone", "ipad"):
        return f"<{rand_alnum(8)}-{rand_alnum(4)}-{rand_alnum(4)}-{rand_alnum(4)}-{rand_alnum(12)}@{domain}>"
    if mua == "thunderbird":
        return f"<{rand_hex(8)}-{rand_hex(4)}-{rand_hex(4)}-{rand_hex(4)}-{rand_hex(12)}@{domain}>"
    return f"<{when:%Y%m%d%H%M%S}.{rand_hex(12)}@{domain}>"


MUA_HEADERS = {
    "outlook": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Thread-Topic", None), ("Thread-Index", None),
                ("Content-Language", "en-GB"), ("X-MS-Exchange-Organization-SCL", "1")],
    "outlook_us": [("Thread-Topic", None), ("Thread-Index", None), ("Content-Language", "en-US")],
    "outlook_de": [("Thread-Topic", None), ("Thread-Index", None), ("Content-Language", "de-DE")],
    "outlook_nl": [("Thread-Topic", None), ("Thread-Index", None), ("Content-Language", "nl-NL")],
    "apple": [("X-Mailer", "Apple Mail (2.3774.300.61.1.2)")],
    "iphone": [("X-Mailer", "iPhone Mail (22C152)")],
    "ipad": [("X-Mailer", "iPad Mail (22C152)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "gmail": [],
    "android_gmail": [],
    "generic": [],
}


def reminder_msgid(inv, step: str, when: dt.datetime) -> str:
    o = OWNERS[inv["owner"]]
    tag = inv["number"].replace("/", "-")
    return f"<mailduns.{tag}.{step}.{when:%Y%m%d%H%M}@{o['domain']}>"


def add(*, persona: str, kind: str, inv: str | None, date: str, tz: str, frm: tuple[str, str], body: str,
        quote: tuple | None = None, prefix: str = "Re:", subject: str | None = None, to: str | None = None,
        cc: list[str] | None = None, fmt: str = "plain", charset: str = "utf-8", cte: str = "8bit",
        encode_as: str | None = None, attach: list[tuple] | None = None, mua: str = "generic",
        labels: dict | None = None, note: str, extra_headers: list[tuple[str, str]] | None = None,
        html_body: str | None = None, quote_html_style: str = "gmail", flowed: bool = False,
        language: str = "en"):
    """A human reply. quote = (style, step, 'YYYY-MM-DD HH:MM' in owner tz [, opts dict])."""
    i = INV[inv] if inv else None
    o = OWNERS[i["owner"]] if i else None
    when = aware(date, tz)
    if len(date) == 16:
        when = when.replace(second=_rng.randint(0, 59))
    name, email_ = frm
    domain = email_.split("@", 1)[1]
    refs = []
    in_reply_to = None
    quoted_text = ""
    qhead = ""
    qmeta = None
    if i:
        refs.append(i["msgid"])
        in_reply_to = i["msgid"]
    if quote:
        style, step, qdate = quote[:3]
        opts = quote[3] if len(quote) > 3 else {}
        qwhen = aware(qdate, o["tz"])
        if step == "invoice":
            qtext = render("invoice", i, qwhen.date())
            qid = i["msgid"]
            qsubj = i["subject"]
        else:
            qtext = render(step, i, qwhen.date(), fees=opts.get("fees", False), promise=opts.get("promise"),
                           others=[INV[k] for k in opts.get("others", [])])
            qid = reminder_msgid(i, step, qwhen)
            qsubj = "Re: " + i["subject"]
            refs.append(qid)
        in_reply_to = qid
        who = f"{o['name']} <{o['email']}>"
        # the quote header shows the time as the client's mail program sees it (client tz)
        local = qwhen.astimezone(ZoneInfo(tz))
        qmeta = dict(style=style, who=who, when=local, to=to_addr_of(i), subj=qsubj, text=qtext)
        if style.startswith("outlook"):
            variant = {"outlook": "uk", "outlook_us": "us", "outlook_de": "de", "outlook_nl": "nl"}[style]
            sep = "-----Original Message-----" if opts.get("orig") else "________________________________"
            if variant in ("de", "nl"):
                sep = "-----Ursprüngliche Nachricht-----" if variant == "de" and opts.get("orig") else sep
            quoted_text = (sep + "\n" + outlook_block(f"{o['name']} <{o['email']}>", local, to_addr_of(i), qsubj,
                                                         variant) + "\n\n" + qtext)
        elif style == "none":
            quoted_text = ""
        else:
            qhead = quote_header(style, who, local)
            quoted_text = qhead + "\n" + prefix_lines(qtext)
            if style == "apple":
                quoted_text = qhead + "\n\n" + prefix_lines(qtext)
    elif i:
        pass
    if subject is None:
        subject = f"{prefix} {i['subject']}" if prefix else i["subject"]
    full_text = body.rstrip("\n") + "\n"
    if quoted_text:
        full_text += "\n" + quoted_text + "\n"
    # ---- parts
    if fmt == "plain":
        part = text_part(full_text, charset=charset, cte=cte, encode_as=encode_as, flowed=flowed)
    else:
        hb = html_body if html_body is not None else html_from_text(body, qmeta, quote_html_style)
        if fmt == "html":
            part = text_part(hb, subtype="html", charset=charset, cte=cte if cte != "8bit" else "quoted-printable",
                             encode_as=encode_as)
        else:  # alt
            part = multipart("alternative", [
                text_part(full_text, charset=charset, cte=cte, encode_as=encode_as),
                text_part(hb, subtype="html", charset=charset, cte="quoted-printable" if cte in ("8bit", "7bit") else cte,
                          encode_as=encode_as)])
    if attach:
        atts = []
        for a in attach:
            ctype, fname, data = a[0], a[1], a[2]
            atts.append(attachment(ctype, fname, data))
        part = multipart("mixed", [part] + atts)
    hdrs = []
    mid = msgid_for(mua, domain, when)
    hdrs.append(("From", addr(name, email_)))
    hdrs.append(("To", enc_addr_str(to) if to is not None else addr(o["name"], o["email"])))
    if cc:
        hdrs.append(("Cc", ", ".join(enc_addr_str(x) for x in cc)))
    hdrs.append(("Subject", enc_header(subject)))
    hdrs.append(("Date", format_datetime(when)))
    hdrs.append(("Message-ID", mid))
    if in_reply_to and prefix is not None and (quote or prefix):
        hdrs.append(("In-Reply-To", in_reply_to))
        hdrs.append(("References", " ".join(dict.fromkeys(refs))))
    for k, v in MUA_HEADERS.get(mua, []):
        if k == "Thread-Topic":
            v = enc_header(i["subject"] if i else subject)
        elif k == "Thread-Index":
            v = base64.b64encode(bytes(_rng.getrandbits(8) for _ in range(22))).decode()
        hdrs.append((k, v))
    for k, v in (extra_headers or []):
        hdrs.append((k, v))
    raw = build_message(hdrs, part)
    lab = dict(kind=kind, language=language, split=split_of(persona))
    for k, v in (labels or {}).items():
        lab[k] = v
    lab["note"] = note
    MESSAGES.append(dict(raw=raw, labels=lab, persona=persona))


def add_raw(*, persona: str, kind: str, headers: list[tuple[str, str]], part: Part, labels: dict | None = None,
            note: str, language: str = "en"):
    raw = build_message(headers, part)
    lab = dict(kind=kind, language=language, split=split_of(persona))
    for k, v in (labels or {}).items():
        lab[k] = v
    lab["note"] = note
    MESSAGES.append(dict(raw=raw, labels=lab, persona=persona))


def to_addr_of(inv) -> str:
    return inv["to"]


def html_from_text(body: str, qmeta: dict | None, style: str) -> str:
    paras = [p for p in body.strip("\n").split("\n\n")]
    if style == "outlook":
        inner = "".join(
            '<p class="MsoNormal">' + "<br>\n".join(html.escape(l, quote=False) for l in p.split("\n")) + "<o:p></o:p></p>\n"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' for p in paras)
        q = ""
        if qmeta:
            w = qmeta["when"]
            q = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                 f'<p class="MsoNormal"><b>From:</b> {html.escape(qmeta["who"])}<br>\n'
                 f'<b>Sent:</b> {w:%d} {MONTHS[w.month - 1]} {w.year} {w:%H:%M}<br>\n'
                 f'<b>To:</b> {html.escape(qmeta["to"])}<br>\n<b>Subject:</b> {html.escape(qmeta["subj"])}</p>\n</div>\n'
                 + "".join('<p class="MsoNormal">' + "<br>\n".join(html.escape(l, quote=False) for l in p.split("\n")) + "</p>\n"
                           for p in qmeta["text"].strip().split("\n\n")))
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
                '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
                '--></style></head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n' + inner + q + "</div>\n</body>\n</html>\n")
    inner = "".join("<div>" + "<br>".join(html.escape(l, quote=False) for l in p.split("\n")) + "</div><div><br></div>\n"
                    for p in paras)
    q = ""
    if qmeta:
        w = qmeta["when"]
        head = html.escape(quote_header("gmail_uk", qmeta["who"], w))
        q = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + head + '<br></div>'
             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
             + "<br>".join(html.escape(l, quote=False) for l in qmeta["text"].rstrip().split("\n")) + "</blockquote></div>\n")
    return f'<div dir="ltr">\n{inner}</div><br>\n{q}'


# ============================================================================================
# Hand-written messages. Tom Byrne (Dublin), invoices INV-2026-NNN / INV-2027-NNN
# ============================================================================================

def tom_messages():
    # ---------------- Harlow & Finch Ltd (London, accounts payable) ----------------
    gemma = ("Gemma Pryce", "gemma.pryce@harlowfinch.co.uk")
    gemma_sig = ("Gemma Pryce\nAccounts Payable Assistant\nHarlow & Finch Ltd\n"
                 "14 Clerkenwell Close, London EC1R 0AA\nT: 020 7946 0321\n\n"
                 "Harlow & Finch Ltd is registered in England and Wales, company no. 08812345. This email and any\n"
                 "attachments are confidential and intended solely for the addressee. If you have received it in\n"
                 "error please notify the sender and delete it. We process personal data in accordance with the\n"
                 "UK GDPR; see harlowfinch.co.uk/privacy.\n")
    add(persona="Harlow & Finch Ltd", kind="client-reply-other", inv="T31", date="2026-11-27 11:42",
        tz="Europe/London", frm=gemma, prefix="RE:", mua="outlook",
        quote=("outlook", "invoice", "2026-11-02 16:05"),
        body="Hi Tom,\n\nThanks for this. Before I can load it onto the system I'll need a PO number on the invoice – "
             "procurement tightened things up from 1 November and I can't get anything through without one now.\n\n"
             "Could you reissue it with PO-HF-20931 on it? Apologies for the faff.\n\nKind regards,\n\n" + gemma_sig,
        note="UK AP asks for a reissued invoice with a PO number: a request, no claim about payment")
    add(persona="Harlow & Finch Ltd", kind="client-reply-promise", inv="T31", date="2026-12-04 09:47",
        tz="Europe/London", frm=gemma, prefix="RE:", mua="outlook",
        quote=("outlook", "due", "2026-12-03 09:00"),
        body="Morning Tom,\n\nBear with me on this one – the reissued invoice is approved but it just missed this "
             "week's BACS run. It'll go in the next one, which is Tuesday 15th.\n\nI'll keep an eye on it.\n\n"
             "Kind regards,\n\n" + gemma_sig,
        labels=dict(promised_date="2026-12-15"),
        note="'missed this week's BACS run, next one Tuesday 15th' = promise for 15 Dec; 'bear with me' is not a delay without date")
    add(persona="Harlow & Finch Ltd", kind="client-reply-other", inv="T31", date="2026-12-17 15:20",
        tz="Europe/London", frm=gemma, prefix="RE:", mua="outlook", fmt="alt", quote_html_style="outlook",
        quote=("outlook", "promise_followup", "2026-12-17 09:00", {"promise": d("2026-12-15")}),
        cc=["Finance Team <finance@harlowfinch.co.uk>"],
        body="Hi Tom,\n\nSorry – I did put this in Tuesday's run but it looks like it was pulled at the approval stage, "
             "I'm not sure why. I've chased finance (copied) and will come back to you as soon as I hear anything.\n\n"
             "Kind regards,\n\n" + gemma_sig,
        note="the promised run did not happen; 'I've chased finance and will come back to you' is neither a new promise nor a payment: other")
    add(persona="Harlow & Finch Ltd", kind="client-reply-paid", inv="T55", date="2027-01-12 10:03",
        tz="Europe/London", frm=gemma, prefix="RE:", mua="outlook",
        quote=("outlook", "due", "2027-01-07 09:00"),
        attach=[("application/pdf", "Remittance_HF_PR0107.pdf",
                 fake_pdf("Harlow & Finch Ltd - Remittance Advice",
                          ["Payment run PR-0107, 08/01/2027", "Supplier: Tom Byrne", "INV-2026-055  EUR 1,230.00",
                           "Paid by SEPA transfer"]))],
        body="Hi Tom,\n\nThis one went out in Friday's payment run so it should be with you by now, or today at the "
             "latest. Remittance attached.\n\nKind regards,\n\n" + gemma_sig,
        note="'went out in Friday's payment run' + remittance PDF = paid; amount only in the attachment, so none labelled")

    # ---------------- Keane Brothers Hardware (Cork), chatty owner ----------------
    declan = ("Declan Keane", "declan@keanebros.ie")
    add(persona="Keane Brothers Hardware", kind="client-reply-promise", inv="T34", date="2026-12-10 21:14",
        tz="Europe/Dublin", frm=declan, mua="iphone",
        quote=("apple", "due", "2026-12-09 09:00"),
        body="Tom how's things\n\nSorry about that, the Christmas rush has us run off our feet. The new shelving came in "
             "Monday and half of it was the wrong size, don't get me started. And the van failed the NCT, so that's "
             "another few hundred gone.\n\nAnyway the website is flying, we've had more calls about the gas bottles this "
             "month than the whole of last year so fair play to you. Mairead says the online click and collect thing "
             "is a great idea too, we might talk about that in the new year.\n\nI'll sort you out Friday when Mairead "
             "does the wages.\n\nTalk soon\nDeclan\n\nSent from my iPhone",
        labels=dict(promised_date="2026-12-11"),
        note="long chatty Irish mail, the one sentence that matters: 'I'll sort you out Friday' (sent Thursday 10 Dec -> Friday 11 Dec)")
    add(persona="Keane Brothers Hardware", kind="client-reply-paid", inv="T34", date="2026-12-14 08:31",
        tz="Europe/Dublin", frm=declan, mua="iphone",
        quote=("none", "due", "2026-12-09 09:00"),
        body="Tom did that go through to you Friday? Mairead says it went Friday evening with the wages. Let me know if "
             "not and I'll get onto the bank\n\nDeclan\n\nSent from my iPhone",
        note="paid (Friday evening) plus a request to check it arrived: still paid")
    add(persona="Keane Brothers Hardware", kind="client-reply-paid", inv="T53", date="2027-01-06 13:52",
        tz="Europe/Dublin", frm=declan, mua="iphone",
        quote=("apple", "due", "2027-01-04 09:00"),
        body="Paid that last one there now, 420. Happy new year!\nD\n\nSent from my iPhone",
        labels=dict(amount="420.00"),
        note="Irish 'paid that there now' = just paid; one-liner with amount")

    # ---------------- Brightwater Labs Inc (New York) ----------------
    tina = ("Tina Alvarez", "ap@brightwaterlabs.com")
    tina_sig = ("Tina Alvarez\nAccounts Payable Specialist | Brightwater Labs, Inc.\n"
                "450 W 33rd St, New York, NY 10001\np: (212) 555-0148\n")
    add(persona="Brightwater Labs Inc", kind="client-reply-other", inv="T36", date="2026-11-12 14:26",
        tz="America/New_York", frm=tina, prefix="RE:", mua="outlook_us",
        quote=("outlook_us", "invoice", "2026-11-10 17:40"),
        body="Hi Tom,\n\nThank you for your invoice. In order to set you up as a new vendor in our system we need a "
             "completed W-8BEN-E form and your banking details on company letterhead (or a bank letter). Once we have "
             "those your invoice can be entered for approval.\n\nPlease send them to this address and reference the "
             "invoice number in the subject line.\n\nBest,\n\n" + tina_sig,
        note="US AP vendor onboarding request (W-8BEN-E, bank letter): question/other")
    add(persona="Brightwater Labs Inc", kind="client-reply-promise", inv="T36", date="2026-12-11 10:58",
        tz="America/New_York", frm=tina, prefix="RE:", mua="outlook_us",
        quote=("outlook_us", "due", "2026-12-10 09:00"),
        body="Hi Tom,\n\nYour invoice has been approved and is scheduled for payment on 12/18. International wires go "
             "out on Fridays, please allow 2-3 business days for the funds to post to your account.\n\nBest,\n\n"
             + tina_sig,
        labels=dict(promised_date="2026-12-18"),
        note="US m/d date '12/18' = 18 December; scheduled payment = promise")

    # ---------------- Wattle & Gum Co (Melbourne) ----------------
    bec = ("Bec Thornton", "bec@wattleandgum.com.au")
    add(persona="Wattle & Gum Co", kind="client-reply-dispute", inv="T38", date="2026-12-14 08:12",
        tz="Australia/Melbourne", frm=bec, mua="gmail",
        quote=("gmail_uk", "courtesy", "2026-12-09 09:00"),
        body="G'day Tom,\n\nSorry mate, only just getting to this now – it's been a flat out week.\n\nHad a proper look "
             "at the invoice and I reckon there's been a mix-up. We agreed 1,150 AUD for the landing pages, not euros "
             "(it's in my email from October). In euros it comes out about 700 bucks more than we budgeted for.\n\n"
             "Can you reissue it in AUD and I'll get it paid straight away?\n\nCheers,\nBec",
        note="wrong currency = wrong amount; the 'I'll pay straight away' is conditional on a reissue: dispute wins")
    add(persona="Wattle & Gum Co", kind="client-reply-paid", inv="T38", date="2026-12-22 16:40",
        tz="Australia/Melbourne", frm=bec, mua="gmail", fmt="alt",
        quote=("gmail_uk", "reminder", "2026-12-19 09:00"),
        body="No worries Tom, all sorted – paid the reissued one through Wise this arvo. Should land tomorrow your "
             "time.\n\nHave a ripper Christmas! 🎄\n\nBec",
        note="Australian slang ('this arvo'); paid the reissued invoice")

    # ---------------- Stahlwerk Design GmbH (German) ----------------
    jm = ("Jürgen Maier", "j.maier@stahlwerk-design.de")
    jm_sig = ("Mit freundlichen Grüßen / With kind regards\n\nJürgen Maier\nBuchhaltung / Accounting\n\n"
              "Stahlwerk Design GmbH\nHafenstraße 12 · 40213 Düsseldorf\nTel. +49 211 5550 3120\n\n"
              "Geschäftsführer: Stefan Kröger · Amtsgericht Düsseldorf HRB 81234 · USt-IdNr. DE298765432\n")
    add(persona="Stahlwerk Design GmbH", kind="client-reply-promise", inv="T40", date="2026-12-17 14:09",
        tz="Europe/Berlin", frm=jm, prefix="AW:", mua="outlook_de", charset="iso-8859-1", cte="quoted-printable",
        encode_as="cp1252",
        quote=("outlook_de", "due", "2026-12-16 09:00"),
        body="Dear Mr. Byrne,\n\nthank you for your reminder. Your invoice is released now and we will transfer the "
             "money at 22.12.\n\nPlease excuse the delay, our accounting was busy with the year-end closing.\n\n" + jm_sig,
        labels=dict(promised_date="2026-12-22"),
        note="German d.m. date '22.12.' = 22 December; Outlook German quote header; iso-8859-1 label with cp1252 bytes")
    add(persona="Stahlwerk Design GmbH", kind="client-reply-paid", inv="T40", date="2027-01-05 11:27",
        tz="Europe/Berlin", frm=jm, prefix="AW:", mua="outlook_de", charset="iso-8859-1", cte="quoted-printable",
        encode_as="cp1252",
        quote=("outlook_de", "reminder", "2027-01-05 09:00", {"fees": True}),
        attach=[("application/pdf", "Zahlungsavis_2026-12-22.pdf",
                 fake_pdf("Zahlungsavis", ["Empfaenger: Tom Byrne", "IBAN IE29 AIBK 9311 5212 3456 78",
                                           "Betrag: 4.120,00 EUR", "Ausfuehrung: 22.12.2026",
                                           "Verwendungszweck: INV-2026-040"]))],
        body="Dear Mr. Byrne,\n\nyour reminder from today has crossed with our payment. We have transferred the amount "
             "of 4.120,00 EUR on 22.12.2026 as announced. Please find attached the payment advice and correct your "
             "records.\n\n" + jm_sig,
        labels=dict(amount="4120.00"),
        note="reminder crossed with the payment: 4.120,00 EUR (German number format) transferred 22.12.2026, advice attached -> paid")

    # ---------------- Van Dijk Media B.V. (Dutch) ----------------
    sanne = ("Sanne de Vries", "sanne@vandijkmedia.nl")
    add(persona="Van Dijk Media B.V.", kind="client-reply-dispute", inv="T42", date="2026-12-21 10:15",
        tz="Europe/Amsterdam", frm=sanne, mua="thunderbird",
        quote=("thunderbird", "due", "2026-12-18 09:00"),
        body="Hi Tom,\n\nWe received your reminder. To be honest we are not happy to pay this invoice in full. The "
             "animation was delivered 2 weeks later than planned and because of that we had to postpone the campaign "
             "launch with our client.\n\nWe propose to pay 1.500 euro instead of 1.875 euro. If you agree we will pay "
             "this week.\n\nRegards,\nSanne de Vries\nVan Dijk Media B.V. | Keizersgracht 221 | Amsterdam",
        note="Dutch directness: wants a discount for late delivery; conditional 'we will pay this week' -> dispute")
    add(persona="Van Dijk Media B.V.", kind="client-reply-paid", inv="T42", date="2027-01-07 16:48",
        tz="Europe/Amsterdam", frm=sanne, mua="thunderbird",
        quote=("none", "due", "2026-12-18 09:00"),
        body="Hi Tom,\n\nThanks for the call yesterday. As agreed we paid 1.700 euro today, the rest will be settled "
             "with the credit note. Can you send me the credit note of 175 euro so our bookkeeper can close it?\n\n"
             "Groeten,\nSanne",
        labels=dict(amount="1700.00"),
        note="the dispute was settled by phone; they paid the agreed 1.700 and ask for the agreed credit note: paid")

    # ---------------- Northwind Retail Group (Coupa AP shared services) ----------------
    add(persona="Northwind Retail Group", kind="client-reply-other", inv="T44", date="2026-11-23 07:55",
        tz="America/Chicago", frm=("Northwind AP Shared Services", "apinvoices@northwindretail.com"), prefix="RE:",
        mua="outlook_us",
        quote=("outlook_us", "invoice", "2026-11-20 12:10"),
        body="Hello,\n\nThank you for your email. Please be advised that Northwind Retail Group does not accept invoices "
             "by email. All suppliers must submit invoices through the Coupa Supplier Portal (CSP) against a valid "
             "purchase order.\n\nYour invoice INV-2026-044 has not been processed. Please resubmit it via the CSP "
             "referencing PO 4500918832. If you are not yet registered, please contact your Northwind buyer for an "
             "invitation.\n\nKind regards,\n\nPriya R.\nAP Shared Services | Northwind Retail Group\n"
             "Ticket: NRG-AP-558201\n\nCONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for "
             "the sole use of the intended recipient(s) and may contain confidential and privileged information.\n",
        labels=dict(reference="INV-2026-044"),
        note="corporate AP (human, ticket number) says submit via Coupa: not processed, no claim -> other")
    add(persona="Northwind Retail Group", kind="client-reply-promise", inv="T44", date="2027-01-05 09:31",
        tz="America/Chicago", frm=("Northwind AP Shared Services", "apinvoices@northwindretail.com"), prefix="RE:",
        mua="outlook_us",
        quote=("outlook_us", "reminder", "2026-12-29 09:00"),
        body="Hello Tom,\n\nTicket NRG-AP-561877\n\nYour invoice INV-2026-044 (PO 4500918832) has now been approved in "
             "Coupa and is scheduled for payment in the 15 January payment run, in line with our Net 45 payment terms "
             "from the date of receipt in the portal.\n\nYou can follow the payment status in the CSP under Invoices > "
             "Payments.\n\nKind regards,\n\nMarek W.\nAP Shared Services | Northwind Retail Group\n",
        labels=dict(promised_date="2027-01-15", reference="INV-2026-044"),
        note="AP ticket reply: scheduled for the 15 January payment run = promise")

    # ---------------- Loopkit (Dublin startup founder, chat style) ----------------
    nell = ("Nell Ashby", "nell@loopkit.io")
    add(persona="Loopkit", kind="client-reply-promise", inv="T45", date="2026-12-08 23:41",
        tz="Europe/Dublin", frm=nell, mua="iphone",
        quote=("none", "due", "2026-12-07 09:00"),
        body="hey! yes sorry 🙈 payroll day is the 15th, will do it with that\n\nsent from my phone, pls excuse typos",
        labels=dict(promised_date="2026-12-15"),
        note="startup one-liner: pay with payroll on the 15th")
    add(persona="Loopkit", kind="client-reply-paid", inv="T45", date="2026-12-15 18:02",
        tz="Europe/Dublin", frm=nell, mua="iphone",
        quote=("none", "due", "2026-12-07 09:00"),
        body="done ✅ sorry again",
        note="two-word reply in the same thread after promising payroll day: paid")
    add(persona="Loopkit", kind="client-reply-dispute", inv="T2706", date="2027-01-28 12:19",
        tz="Europe/Dublin", frm=nell, mua="gmail",
        quote=("gmail_uk", "due", "2027-01-26 09:00"),
        body="hmm this one's 1,900? thought we said 1,500 for the onboarding flow and the extra screens were gonna be "
             "part of the retainer. can u check?",
        note="questions the amount against what was agreed ('thought we said 1,500'): dispute, not a plain question")
    add(persona="Loopkit", kind="client-reply-other", inv="T2706", date="2027-02-02 09:07",
        tz="Europe/Dublin", frm=nell, mua="gmail", cc=["Sam Okoro <sam@loopkit.io>"],
        quote=("gmail_uk", "reminder", "2027-02-02 09:00"),
        body="+ sam (cc) who does our finance now\n\nsam can u look at this w tom? I'm out at the investor thing all "
             "week. tom maybe a quick call thurs 10ish?",
        note="hands the thread to a cofounder and asks for a call; says nothing about paying -> other")

    # ---------------- O'Sullivan Whelan LLP (Dublin solicitors) ----------------
    osw_disc = ("\n\nO'Sullivan Whelan LLP | 28 Fitzwilliam Place | Dublin 2 | D02 X285\n"
                "This email and any attachments are confidential and may be legally privileged. If you are not the "
                "intended\nrecipient, please notify us immediately and delete it. O'Sullivan Whelan LLP is regulated by "
                "the Law Society\nof Ireland. Beware of cyber-fraud: we will never notify you of a change to our bank "
                "details by email.\n")
    add(persona="O'Sullivan Whelan LLP", kind="client-reply-other", inv="T47", date="2026-12-29 10:40",
        tz="Europe/Dublin", frm=("Orla Gaffney", "ogaffney@oswhelan.ie"), prefix="RE:", mua="outlook",
        quote=("outlook", "due", "2026-12-28 09:00"),
        body="Dear Mr Byrne,\n\nWe acknowledge receipt of your email of 28 December 2026 regarding your invoice "
             "reference INV-2026-047.\n\nMr Whelan is out of the office until the New Year and the matter has been "
             "referred to our Accounts Department, who will revert to you in due course.\n\nYours faithfully,\n\n"
             "Orla Gaffney\nLegal Secretary to Conor Whelan" + osw_disc,
        labels=dict(reference="INV-2026-047"),
        note="written by a secretary (not an auto-reply): acknowledgement + referred to accounts -> other")
    add(persona="O'Sullivan Whelan LLP", kind="client-reply-dispute", inv="T47", date="2027-01-14 16:22",
        tz="Europe/Dublin", frm=("Conor Whelan", "cwhelan@oswhelan.ie"), prefix="RE:", mua="outlook",
        quote=("outlook", "final", "2027-01-12 09:00"),
        cc=["accounts@oswhelan.ie"],
        body="Dear Mr Byrne,\n\nRe: Your invoice INV-2026-047\n\nWe refer to your final notice dated 12 January 2027.\n\n"
             "We do not accept that the sum of €3,690.00 is due. Our letter of engagement of 2 September 2026 provided "
             "for a fixed fee of €2,500.00 plus VAT, inclusive of two rounds of revisions. The additional charges "
             "included in your invoice were not authorised in writing, as clause 4.2 of that letter requires.\n\n"
             "We are prepared to discharge the fixed fee of €2,500.00 plus VAT (€3,075.00) upon receipt of a revised "
             "invoice. Pending this, we reserve all of our rights.\n\nYours faithfully,\n\nConor Whelan\nPartner"
             + osw_disc,
        labels=dict(reference="INV-2026-047", amount="3075.00"),
        note="formal lawyers' reply contesting extras; accepts only the fixed fee (3,075 incl. VAT) -> dispute")

    # ---------------- Sharma Textiles Pvt Ltd (Indian English) ----------------
    rk = ("Rajesh Kumar", "accounts@sharmatextiles.in")
    rk_sig = ("Thanks & Regards,\n\nRajesh Kumar\nSr. Executive - Accounts\nSharma Textiles Pvt. Ltd.\n"
              "Plot No. 42, Sector 8, IMT Manesar, Gurugram - 122050, Haryana\nMob: +91 98110 45213\n")
    add(persona="Sharma Textiles Pvt Ltd", kind="client-reply-promise", inv="T49", date="2026-12-29 12:35",
        tz="Asia/Kolkata", frm=rk, prefix="RE:", mua="outlook",
        quote=("outlook", "due", "2026-12-28 09:00"),
        body="Dear Sir,\n\nGreetings of the day!\n\nWith reference to your mail regarding the pending payment of invoice no. "
             "INV-2026-049, kindly note that the same has been processed from our end and is pending for approval of "
             "our Director, who is travelling.\n\nThe payment will be released by 05/01/2027 positively.\n\nKindly bear "
             "with us for the delay.\n\n" + rk_sig,
        labels=dict(promised_date="2027-01-05", reference="INV-2026-049"),
        note="'processed from our end' but pending approval: not paid; Indian d/m date 05/01/2027 = 5 January -> promise")
    add(persona="Sharma Textiles Pvt Ltd", kind="client-reply-paid", inv="T49", date="2027-01-07 15:02",
        tz="Asia/Kolkata", frm=rk, prefix="RE:", mua="outlook",
        quote=("outlook", "promise_followup", "2027-01-07 09:00", {"promise": d("2027-01-05")}),
        attach=[("application/pdf", "MT103_INV-2026-049.pdf",
                 fake_pdf("SWIFT MT103 Copy", [":20:HDFC2701060045", ":32A:270106EUR1640,00",
                                              ":59:/IE29AIBK93115212345678 TOM BYRNE",
                                              ":70:INV-2026-049"]))],
        body="Dear Sir,\n\nPlease find attached the SWIFT copy (MT103) for the payment of EUR 1,640.00 done on "
             "06.01.2027 against your invoice no. INV-2026-049.\n\nKindly confirm the receipt of the same at your end.\n\n"
             + rk_sig,
        labels=dict(amount="1640.00", reference="INV-2026-049"),
        note="SWIFT copy attached, 'payment ... done on 06.01.2027' -> paid")

    # ---------------- Atelier Moreau (French) ----------------
    cam = ("Camille Moreau", "camille@ateliermoreau.fr")
    add(persona="Atelier Moreau SARL", kind="client-reply-dispute", inv="T50", date="2027-01-06 17:25",
        tz="Europe/Paris", frm=cam, mua="apple",
        quote=("apple", "reminder", "2027-01-06 09:00"),
        body="Hello Tom,\n\nI come back to you concerning the invoice INV-2026-050.\n\nWe have a problem: the logo files "
             "you delivered are not in the vectorial format that we asked (we received only PNG and JPG). Our printer "
             "cannot use them for the signage.\n\nUntil we receive the files in AI or SVG we will not be able to "
             "validate the invoice for the payment. Thank you for your comprehension.\n\nBest regards,\n\n"
             "Camille Moreau\nAtelier Moreau – Ébénisterie d'art\n12 rue des Tanneurs, 69001 Lyon",
        labels=dict(reference="INV-2026-050"),
        note="French-English ('I come back to you', 'comprehension'): deliverable not as agreed, payment withheld -> dispute")
    add(persona="Atelier Moreau SARL", kind="client-reply-promise", inv="T50", date="2027-01-13 09:48",
        tz="Europe/Paris", frm=cam, mua="apple",
        quote=("none", "reminder", "2027-01-06 09:00"),
        body="Hello Tom,\n\nThank you very much for the files, it is perfect now.\n\nI have transmitted the invoice to our "
             "accountant, the payment will be done at the end of the month.\n\nBonne journée,\nCamille",
        labels=dict(promised_date="2027-01-31"),
        note="'at the end of the month' (January) -> 31 January 2027")

    # ---------------- Pinecrest Family Dental (US small practice) ----------------
    deb = ("Deb Kowalczyk", "office@pinecrestfamilydental.com")
    deb_sig = "Deb Kowalczyk\nOffice Manager\nPinecrest Family Dental\n(608) 555-0192\n"
    add(persona="Pinecrest Family Dental", kind="client-reply-promise", inv="T52", date="2027-01-04 10:17",
        tz="America/Chicago", frm=deb, mua="gmail", fmt="alt",
        quote=("gmail_us", "due", "2027-01-04 09:00"),
        body="Hi Tom,\n\nHappy New Year! Dr. Holt signs checks on Thursdays so I'll have her cut a check for you "
             "Thursday and I'll mail it out that afternoon.\n\nQuick question, can we even mail a check to Ireland?? "
             "I've never done that lol. If there's an easier way let me know.\n\nThanks so much,\n" + deb_sig,
        labels=dict(promised_date="2027-01-07"),
        note="US 'cut a check Thursday' (mail sent Monday 4 Jan -> Thursday 7 Jan) plus a question; promise wins")
    add(persona="Pinecrest Family Dental", kind="client-reply-other", inv="T52", date="2027-01-08 11:45",
        tz="America/Chicago", frm=deb, mua="gmail", fmt="alt",
        quote=("none", "due", "2027-01-04 09:00"),
        body="Hi Tom,\n\nOK so the bank says they can't send a check overseas and the wire fee is $45, which Dr. Holt "
             "isn't thrilled about. Would PayPal work for you instead? If so just send me a PayPal invoice or the email "
             "address to send it to.\n\nThanks!\n" + deb_sig,
        note="the promised check could not be sent; asks about another payment method: question -> other")

    # ---------------- Clontarf RFC (volunteer treasurer) ----------------
    add(persona="Clontarf RFC", kind="client-reply-paid", inv="T57", date="2027-01-15 22:06",
        tz="Europe/Dublin", frm=("Noel Dempsey", "treasurer@clontarfrfc.ie"), mua="gmail",
        quote=("gmail_uk", "reminder", "2027-01-14 09:00"),
        body="Hi Tom,\n\nApologies for the delay on this. The committee only meets once a month and I need two "
             "signatures on the club account for anything over 500. Both signed off at Tuesday's meeting and it went "
             "out yesterday, so you should have it early next week at the latest.\n\nThanks a million for the new site, "
             "the lads on the committee are delighted with it, and the online membership form has saved Breda hours.\n\n"
             "Noel Dempsey\nHon. Treasurer, Clontarf RFC",
        note="volunteer treasurer explains the delay; 'it went out yesterday' -> paid")

    # ---------------- Mossgiel Whisky Ltd (Scotland) ----------------
    add(persona="Mossgiel Whisky Ltd", kind="client-reply-dispute", inv="T59", date="2027-01-20 14:33",
        tz="Europe/London", frm=("Alasdair Reid", "alasdair@mossgielwhisky.co.uk"), mua="apple",
        quote=("apple", "reminder", "2027-01-08 09:00"),
        attach=[("message/rfc822", "Re quote for e-shop.eml",
                 b"From: Tom Byrne <tom@byrnedesign.ie>\nTo: alasdair@mossgielwhisky.co.uk\n"
                 b"Subject: Re: quote for e-shop\nDate: Sat, 3 Oct 2026 10:12:00 +0100\n\n"
                 b"Hi Alasdair,\n\nYes, moving the existing products across from the old shop is included.\n\nTom\n")],
        body="Tom,\n\nGot your reminder. To be straight with you, we're not paying for the Shopify migration line "
             "(€900). It was meant to be included in the quote – see your own email of 3 October, attached.\n\n"
             "Happy to settle the balance of €1,440 today if you send me a revised invoice.\n\nAlasdair\n\n"
             "Alasdair Reid | Mossgiel Whisky Ltd | Mauchline, Ayrshire",
        labels=dict(amount="1440.00"),
        note="contests one line (€900) with evidence; will pay the undisputed €1,440 on a revised invoice -> dispute")

    # ---------------- Parcelbird Inc (US startup founders) ----------------
    jay = ("Jay Patel", "jay@parcelbird.com")
    add(persona="Parcelbird Inc", kind="client-reply-promise", inv="T61", date="2027-01-22 17:55",
        tz="America/New_York", frm=jay, mua="iphone",
        quote=("none", "due", "2027-01-11 09:00"),
        body="yep on it. we just closed our seed extension 🎉 money lands monday and I'll send yours monday first thing, "
             "you're top of the list\n\n-j",
        labels=dict(promised_date="2027-01-25"),
        note="founder one-liner; 'I'll send yours monday' (sent Friday 22 Jan) -> 25 January")
    add(persona="Parcelbird Inc", kind="client-reply-paid", inv="T61", date="2027-01-26 09:14",
        tz="America/New_York", frm=jay, mua="iphone",
        quote=("none", "due", "2027-01-11 09:00"),
        body="sent! sorry for the chaos. wire conf # 20270125-88412\n\n-j",
        note="'sent!' with a wire confirmation number -> paid")

    # ---------------- Wexford County Council (Irish public body) ----------------
    aoife = ("Aoife Doyle", "accountspayable@wexfordcoco.ie")
    wcc_sig = ("Aoife Doyle\nAccounts Payable | Finance Department\nWexford County Council | Carricklawn, Wexford\n"
               "053 919 6000\n\nTá an ríomhphost seo agus aon iatán faoi rún. This email and any attachments are "
               "confidential.\n")
    add(persona="Wexford County Council", kind="client-reply-other", inv="T63", date="2026-12-30 11:11",
        tz="Europe/Dublin", frm=aoife, prefix="RE:", mua="outlook",
        quote=("outlook", "due", "2026-12-28 09:00"),
        body="Dear Tom,\n\nI'm writing from the Finance section regarding your invoice.\n\nBefore we can set up a "
             "payment, could you please confirm your tax reference number and provide a current Tax Clearance Access "
             "Number (TAN)? We are not permitted to make payments to suppliers without valid tax clearance.\n\n"
             "Regards,\n\n" + wcc_sig,
        note="public body needs tax clearance details before paying: request -> other")
    add(persona="Wexford County Council", kind="client-reply-promise", inv="T63", date="2027-01-13 15:38",
        tz="Europe/Dublin", frm=aoife, prefix="RE:", mua="outlook",
        quote=("none", "due", "2026-12-28 09:00"),
        body="Dear Tom,\n\nThank you for the tax clearance details, which we have now verified. Your invoice has been "
             "approved and will be included in the next EFT payment run on 21 January.\n\nRegards,\n\n" + wcc_sig,
        labels=dict(promised_date="2027-01-21"),
        note="next EFT run on 21 January -> promise")

    # ---------------- Dr Anand Krishnan (Indian English individual) ----------------
    add(persona="Anand Krishnan", kind="client-reply-paid", inv="T65", date="2027-01-04 19:20",
        tz="Asia/Kolkata", frm=("Anand Krishnan", "anand.krishnan@gmail.com"), mua="android_gmail",
        quote=("gmail_uk", "reminder", "2026-12-28 09:00"),
        body="Dear Tom,\n\nPayment has been done through my ICICI account on 2nd Jan itself. Kindly check and revert.\n\n"
             "Regards,\nAnand\n\nSent from my Android phone",
        note="Indian English 'done ... itself', 'kindly check and revert' -> paid with a request to check")

    # ---------------- Haverford & Stone LLP (US law firm as client) ----------------
    add(persona="Haverford & Stone LLP", kind="client-reply-dispute", inv="T67", date="2027-01-19 13:02",
        tz="America/New_York", frm=("Margaret Liu", "mliu@haverfordstone.com"), prefix="RE:", mua="outlook_us",
        quote=("outlook_us", "due", "2027-01-13 09:00"), cc=["billing@haverfordstone.com"],
        body="Dear Mr. Byrne:\n\nWe have reviewed invoice INV-2026-067. The invoice bills 38 hours at $150/hour, against "
             "the written estimate of 20 hours provided in your proposal dated October 14, 2026. We did not approve any "
             "work beyond the estimate.\n\nAccordingly, we are unable to approve the invoice for payment as submitted. "
             "Please provide a revised invoice not exceeding the estimate, or time records substantiating the "
             "additional hours and the written approval you relied on.\n\nVery truly yours,\n\nMargaret Liu\n"
             "Director of Operations\nHaverford & Stone LLP\n1600 Market Street, Suite 2400, Philadelphia, PA 19103\n\n"
             "This message may contain confidential and/or privileged information. If you are not the addressee or "
             "authorized to\nreceive this for the addressee, you must not use, copy, disclose, or take any action based "
             "on this message.\n",
        labels=dict(reference="INV-2026-067"),
        note="US law firm contests hours over estimate, refuses to approve as submitted -> dispute")

    # ---------------- Hegarty's Pharmacy (Irish, asks for a discount) ----------------
    add(persona="Hegarty's Pharmacy", kind="client-reply-dispute", inv="T69", date="2027-01-18 20:47",
        tz="Europe/Dublin", frm=("Niamh Hegarty", "niamh@hegartyspharmacy.ie"), mua="iphone",
        quote=("apple", "reminder", "2027-01-18 09:00"),
        body="Hi Tom,\n\nI got your reminder. Look, I'm not trying to get out of paying you, but €980 for what was meant "
             "to be a few small changes to the site is steep. Would you do it for €700 and we'll call it quits? I'd "
             "transfer it tomorrow.\n\nNiamh\n\nSent from my iPhone",
        note="asks for a discount (980 -> 700); the payment offer is conditional -> dispute")

    # ---------------- Shannon Valley Foods (which invoice?) ----------------
    add(persona="Shannon Valley Foods Ltd", kind="client-reply-other", inv="T71", date="2027-01-19 10:26",
        tz="Europe/Dublin", frm=("Bríd Nolan", "accounts@shannonvalleyfoods.ie"), prefix="RE:", mua="outlook",
        quote=("outlook", "due", "2027-01-15 09:00"),
        body="Hi Tom,\n\nI can't find an invoice INV-2026-071 anywhere on our system, are you sure it was sent to us? "
             "The only one I have from you is INV-2026-058, which was paid in November.\n\nCan you send me a copy and "
             "I'll look into it.\n\nThanks,\nBríd\n\nBríd Nolan | Accounts | Shannon Valley Foods Ltd | Limerick\n",
        labels=dict(reference="INV-2026-071"),
        note="cannot find the invoice, asks for a copy; the 'paid' refers to a different, older invoice -> other")

    # ---------------- Fjordlys AS (Norway) ----------------
    add(persona="Fjordlys AS", kind="client-reply-promise", inv="T2702", date="2027-02-05 08:44",
        tz="Europe/Oslo", frm=("Ingrid Solberg", "ingrid.solberg@fjordlys.no"), mua="outlook", prefix="SV:",
        quote=("outlook", "due", "2027-02-04 09:00"),
        body="Hi Tom,\n\nThank you for the reminder, and sorry. The invoice was stuck in our approval flow because I was "
             "on winter holiday. It is approved now and will be paid 12.2.\n\nBest regards\n\nIngrid Solberg\n"
             "Økonomiansvarlig | Fjordlys AS\nStrandkaien 4, 5013 Bergen\n",
        labels=dict(promised_date="2027-02-12"),
        note="Norwegian 'SV:' prefix; d.m. date '12.2.' = 12 February")

    # ---------------- Kowalski Software (Poland) ----------------
    add(persona="Kowalski Software sp. z o.o.", kind="client-reply-dispute", inv="T2704", date="2027-02-09 11:30",
        tz="Europe/Warsaw", frm=("Piotr Nowak", "finance@kowalski-soft.pl"), prefix="Odp:", mua="thunderbird",
        quote=("thunderbird", "late_fee", "2027-02-08 09:00", {"fees": True}),
        body="Dear Tom,\n\nRegarding invoice INV-2027-004. According to our contract (par. 7.2) the payment term is 60 "
             "days from the date of receiving the invoice, not 30 days. So this reminder is not correct and also the "
             "interest and 40 EUR which you calculated are not correct.\n\nWe will pay according to the contract, until "
             "5.03.2027.\n\nBest regards,\nPiotr Nowak\nFinance Specialist\nKowalski Software sp. z o.o.\n"
             "ul. Grabiszyńska 163, 53-439 Wrocław\n",
        labels=dict(reference="INV-2027-004"),
        note="Polish client contests the due date and the interest/compensation (reminder is 'not correct') and will pay "
             "only on the contract date: dispute > promise (5.03.2027 stated, not labelled as the kind is dispute)")


# ============================================================================================
# Hannah Okafor (London copywriter), invoices HO-0NNN, GBP
# ============================================================================================

def hannah_messages():
    # ---------------- Bramley Housing Association ----------------
    carol = ("Carol Fenwick", "carol.fenwick@bramleyha.org.uk")
    bha_sig = ("Carol Fenwick\nFinance Officer\nBramley Housing Association\nUnit 3, Kirkstall Road, Leeds LS4 2AZ\n"
               "Tel: 0113 496 0712\n\nBramley Housing Association is a registered society (no. 30417R) and a "
               "registered provider of social housing.\n")
    add(persona="Bramley Housing Association", kind="client-reply-other", inv="H112", date="2026-12-04 10:52",
        tz="Europe/London", frm=carol, prefix="RE:", mua="outlook",
        quote=("outlook", "due", "2026-12-03 09:00"),
        body="Hi Hannah,\n\nThanks for the reminder. I've checked and we don't seem to have this on the system at all "
             "– I suspect it went to the comms team and never got passed on.\n\nCould you resend the invoice to "
             "invoices@bramleyha.org.uk please? That's the only inbox finance pick up from.\n\nSorry about that.\n\n"
             "Carol\n\n" + bha_sig,
        note="invoice never reached finance; asks for it to be re-sent -> other")
    add(persona="Bramley Housing Association", kind="client-reply-promise", inv="H112", date="2026-12-10 14:18",
        tz="Europe/London", frm=carol, prefix="RE:", mua="outlook",
        quote=("none", "due", "2026-12-03 09:00"),
        body="Hi Hannah,\n\nAll loaded now and approved. Our payment runs are fortnightly on a Thursday and the next one "
             "is the 17th, so it'll be in that.\n\nMany thanks for your patience,\nCarol\n\n" + bha_sig,
        labels=dict(promised_date="2026-12-17"),
        note="fortnightly Thursday run, 'the next one is the 17th' -> promise 17 December")
    add(persona="Bramley Housing Association", kind="client-reply-paid", inv="H127", date="2027-01-08 09:12",
        tz="Europe/London", frm=carol, prefix="RE:", mua="outlook",
        quote=("outlook", "courtesy", "2026-12-28 09:00"),
        body="Hi Hannah,\n\nJust to let you know HO-0127 was paid in yesterday's run (£680.00), so you should see it "
             "today or Monday.\n\nBest wishes and happy new year,\nCarol\n\n" + bha_sig,
        labels=dict(amount="680.00", reference="HO-0127"),
        note="paid in yesterday's run, amount and invoice number named")

    # ---------------- The Copper Kettle (Yorkshire café owner) ----------------
    maureen = ("Maureen Platt", "copperkettlecafe@btinternet.com")
    add(persona="The Copper Kettle", kind="client-reply-promise", inv="H115", date="2026-11-23 15:37",
        tz="Europe/London", frm=maureen, mua="ipad",
        quote=("apple", "due", "2026-11-20 09:00"),
        body="Hiya love, so sorry, it's been mad here with the Christmas menus and Janice off with her knee. I'll do it "
             "tonight when I've cashed up, promise.\n\nMaureen x\n\nSent from my iPad",
        labels=dict(promised_date="2026-11-23"),
        note="'I'll do it tonight' = today (Monday 23 Nov)")
    add(persona="The Copper Kettle", kind="client-reply-paid", inv="H115", date="2026-11-30 16:05",
        tz="Europe/London", frm=maureen, mua="ipad",
        quote=("apple", "promise_followup", "2026-11-27 09:00", {"promise": d("2026-11-23")}),
        body="Oh heck, I thought I had! Just done it now through the banking app, £420 to Hannah Okafor ref HO-0115. "
             "Sorry pet, my head's all over the place this month.\n\nM x\n\nSent from my iPad",
        labels=dict(amount="420.00", reference="HO-0115"),
        note="Northern English voice; 'just done it now' -> paid, with amount and reference")

    # ---------------- Greyfield Capital LLP ----------------
    add(persona="Greyfield Capital LLP", kind="client-reply-dispute", inv="H118", date="2026-12-11 18:20",
        tz="Europe/London", frm=("Edward Lyle", "edward.lyle@greyfieldcapital.co.uk"), mua="outlook", fmt="html",
        quote_html_style="outlook", quote=("outlook", "due", "2026-12-10 09:00"),
        body="Hannah,\n\nThanks for this, and apologies for the slow reply.\n\nI'm afraid I'm going to have to push back "
             "slightly. The brief was for the annual review copy plus one round of amends; the invoice also includes "
             "three additional days for the investor letters, which I don't recall us ever agreeing.\n\nQuite happy to "
             "pay the review element (£1,600) now if you could split the invoice, and then perhaps we can talk about the "
             "rest.\n\nBest,\nEdward\n\nEdward Lyle | Partner | Greyfield Capital LLP\n"
             "Greyfield Capital LLP is authorised and regulated by the Financial Conduct Authority (FRN 612345).",
        labels=dict(amount="1600.00"),
        note="British understatement ('push back slightly'): contests part of the invoice, will pay the rest on a split "
             "invoice -> dispute; HTML-only Outlook mail")

    # ---------------- Tillerman Events Ltd ----------------
    josh = ("Josh Tiller", "josh@tillermanevents.co.uk")
    add(persona="Tillerman Events Ltd", kind="auto-reply", inv="H121", date="2026-12-17 09:01",
        tz="Europe/London", frm=("Kerry Ashworth", "accounts@tillermanevents.co.uk"), prefix="Automatic reply:",
        mua="outlook", quote=("none", "due", "2026-12-17 09:00"),
        subject="Automatic reply: Re: Invoice HO-0121",
        extra_headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
        body="Thank you for your email.\n\nI'm out of the office from Monday 14 December, returning Monday 4 January "
             "2027. Emails will not be forwarded.\n\nFor anything urgent please contact Josh Tiller on "
             "josh@tillermanevents.co.uk or 0161 496 0833.\n\nKind regards,\nKerry Ashworth\nAccounts | Tillerman "
             "Events Ltd",
        labels=dict(return_date="2027-01-04"),
        note="Exchange out-of-office with Auto-Submitted; back Monday 4 January 2027")
    add(persona="Tillerman Events Ltd", kind="client-reply-paid", inv="H121", date="2026-12-18 11:26",
        tz="Europe/London", frm=josh, prefix="RE:", mua="outlook", fmt="alt", quote_html_style="outlook",
        quote=("outlook", "due", "2026-12-17 09:00"),
        attach=[("image/png", "Screenshot 2026-12-18 at 11.24.51.png", fake_png("tillerman"))],
        body="Hi Hannah,\n\nApologies – Kerry's away and this slipped through the net. Paid this morning, screenshot "
             "attached.\n\nCheers,\nJosh\n\nJosh Tiller\nDirector | Tillerman Events Ltd\nManchester",
        note="paid this morning, screenshot PNG attached")

    # ---------------- Meridian Health Trust (SAP Ariba) ----------------
    ap = ("Daniel Okonjo", "ap.invoices@meridianhealthtrust.org.uk")
    mht_sig = ("Daniel Okonjo\nAccounts Payable Officer\nMeridian Health Trust | Finance Shared Services\n\n"
               "Please quote your invoice number and our PO number in all correspondence.\n"
               "This e-mail is confidential and privileged. If you are not the intended recipient please accept our "
               "apologies;\nplease do not disclose, copy or distribute information in this e-mail or take any action "
               "in reliance on its contents.\n")
    add(persona="Meridian Health Trust", kind="client-reply-other", inv="H124", date="2026-11-26 13:44",
        tz="Europe/London", frm=ap, prefix="RE:", mua="outlook",
        quote=("outlook", "invoice", "2026-11-24 10:30"),
        body="Hi Hannah,\n\nYour invoice HO-0124 has been forwarded to us by the Communications team.\n\nUnfortunately "
             "we can only process invoices submitted through SAP Ariba against a purchase order. You should have had a "
             "trading relationship request from Ariba Network at this address; if not, let me know and I'll have it "
             "re-sent. Once you're set up, please flip the PO (PO 7000214588) into an invoice in Ariba.\n\n"
             "Thanks,\n" + mht_sig,
        labels=dict(reference="HO-0124"),
        note="AP asks to resubmit through SAP Ariba: process request -> other")
    add(persona="Meridian Health Trust", kind="client-reply-dispute", inv="H124", date="2027-01-12 10:09",
        tz="Europe/London", frm=ap, prefix="RE:", mua="outlook",
        quote=("none", "invoice", "2026-11-24 10:30"),
        body="Hi Hannah,\n\nI've had to put HO-0124 on hold in Ariba with a price variance. The PO line is for £4,200.00 "
             "but the invoice is for £4,600.00, and I can't pay above the PO value.\n\nCould you either raise a credit "
             "note for the £400.00 difference or ask the requisitioner (Sarah Blake in Comms) to amend the PO? Once "
             "that's resolved it will go for payment.\n\nThanks,\n" + mht_sig,
        labels=dict(reference="HO-0124"),
        note="AP puts the invoice on hold for a price variance and asks for a credit note -> dispute (wrong amount vs PO)")
    add(persona="Meridian Health Trust", kind="client-reply-promise", inv="H124", date="2027-01-26 12:51",
        tz="Europe/London", frm=ap, prefix="RE:", mua="outlook",
        quote=("outlook", "due", "2027-01-25 09:00"),
        body="Hi Hannah,\n\nThe PO has now been amended and the requisitioner has receipted it, so HO-0124 is released "
             "and scheduled to be paid in Friday's payment run. Remittance will be emailed from Ariba.\n\nThanks,\n"
             + mht_sig,
        labels=dict(promised_date="2027-01-29", reference="HO-0124"),
        note="'scheduled in Friday's payment run' (sent Tuesday 26 Jan) -> 29 January")

    # ---------------- Aldgate Legal Services (formal, UK solicitors' accounts) ----------------
    add(persona="Aldgate Legal Services Ltd", kind="client-reply-paid", inv="H130", date="2027-02-03 12:15",
        tz="Europe/London", frm=("Aldgate Legal Accounts", "accounts@aldgatelegal.co.uk"), prefix="RE:",
        mua="outlook", cte="quoted-printable",
        quote=("outlook", "reminder", "2027-02-01 09:00"),
        attach=[("application/pdf", "Remittance Advice - Okafor H.pdf",
                 fake_pdf("REMITTANCE ADVICE", ["Aldgate Legal Services Ltd", "Payee: Hannah Okafor",
                                                "Invoice HO-0130  GBP 1,850.00", "BACS 29/01/2027"]))],
        body="Dear Ms Okafor,\n\nWe write further to your email of 1 February 2027.\n\nWe confirm that payment of your "
             "invoice HO-0130 in the sum of £1,850.00 was made by BACS on 29 January 2027. Please find enclosed a "
             "copy of the remittance advice.\n\nWe should be grateful if you would confirm receipt.\n\nYours sincerely,\n\n"
             "Accounts Department\nAldgate Legal Services Ltd\n7 Jewry Street, London EC3N 2EX\n\n"
             "Aldgate Legal Services Ltd is authorised and regulated by the Solicitors Regulation Authority (SRA no. "
             "654321).\nIMPORTANT: We will never change our bank details by email. Please telephone us before sending "
             "any money to us.\nThis email is confidential and may be privileged. If you have received it in error, "
             "please notify us and delete it.\n",
        labels=dict(amount="1850.00", reference="HO-0130"),
        note="formal solicitors' accounts letter: paid by BACS on 29 January, remittance attached; QP body")

    # ---------------- Thistle Marketing (Glasgow) ----------------
    add(persona="Thistle Marketing Ltd", kind="client-reply-dispute", inv="H133", date="2027-02-08 09:58",
        tz="Europe/London", frm=("Kirsty Munro", "kirsty@thistlemarketing.co.uk"), mua="gmail",
        quote=("gmail_uk", "due", "2027-02-03 09:00"),
        body="Hi Hannah,\n\nI'm a bit confused by this one. We cancelled the blog package back in December (see my email "
             "of 14/12) so I wasn't expecting a January invoice at all.\n\nCan you cancel it please?\n\nThanks,\nKirsty",
        note="service cancelled before the period invoiced; asks to cancel the invoice -> dispute")

    # ---------------- Barry Whitcombe (older builder, all caps) ----------------
    add(persona="Whitcombe & Sons Builders", kind="client-reply-paid", inv="H135", date="2027-01-21 07:02",
        tz="Europe/London", frm=("BARRY WHITCOMBE", "whitcombebuilders@aol.com"), mua="generic",
        extra_headers=[("X-Mailer", "AOL Webmail 44212-STANDARD")],
        quote=("none", "due", "2027-01-18 09:00"),
        body="HANNAH\nCHEQUE WENT IN THE POST MONDAY. SHOULD BE WITH YOU BY NOW OR TOMORROW.\nBARRY",
        note="all caps, cheque already posted -> paid")

    # ---------------- Northgate Academy Trust (wrong addressee) ----------------
    add(persona="Northgate Academy Trust", kind="client-reply-other", inv="H136", date="2027-02-08 14:40",
        tz="Europe/London", frm=("Sandra Kaur", "finance@northgatetrust.org.uk"), prefix="RE:", mua="outlook",
        quote=("outlook", "due", "2027-02-05 09:00"),
        body="Good afternoon Hannah,\n\nThe invoice is made out to the Trust, but this work was commissioned by Northgate "
             "Primary, which has its own budget. Please could you reissue it addressed to Northgate Primary Academy, "
             "FAO Mrs J Adebayo, and I'll get it processed.\n\nKind regards\n\nSandra Kaur\nTrust Finance Assistant\n"
             "Northgate Academy Trust\n",
        note="asks for the invoice to be re-addressed; no objection to the amount -> other")

    # ---------------- Rathbone Estates (refuses) ----------------
    add(persona="Rathbone Estates", kind="client-reply-dispute", inv="H137", date="2027-01-15 17:36",
        tz="Europe/London", frm=("Giles Rathbone", "giles@rathbone-estates.co.uk"), mua="outlook", prefix="RE:",
        quote=("outlook", "reminder", "2027-01-15 09:00"),
        body="Hannah,\n\nI have no intention of paying this. The copy was unusable – it read like a holiday brochure, "
             "not a country house listing – and we had it rewritten in-house in the end.\n\nI'm sorry it's come to "
             "this.\n\nRegards,\nGiles Rathbone\nRathbone Estates | Cirencester",
        note="refuses to pay, work not acceptable -> dispute")

    # ---------------- Lantern Theatre Company (paid, can you check?) ----------------
    add(persona="Lantern Theatre Company", kind="client-reply-paid", inv="H139", date="2027-01-22 11:03",
        tz="Europe/London", frm=("Pippa Lane", "admin@lanterntheatre.org.uk"), mua="gmail",
        quote=("gmail_uk", "due", "2027-01-14 09:00"),
        body="Hi Hannah,\n\nWe paid this on 19/01 – could you check it's arrived? Our bank statement shows it went out, "
             "but you're the second supplier this month to say they haven't had anything, so I'm slightly worried our "
             "new online banking is playing up!\n\nThanks so much, and the brochure looks fab by the way.\n\nPippa\n"
             "Lantern Theatre Company | Registered charity no. 1092233",
        note="'we paid this on 19/01 – could you check it arrived?' -> paid (with a question)")

    # ---------------- Cobalt Creative Ltd (statement, two invoices) ----------------
    add(persona="Cobalt Creative Ltd", kind="client-reply-promise", inv="H141", date="2027-02-15 10:22",
        tz="Europe/London", frm=("Marcus Bell", "accounts@cobaltcreative.co.uk"), mua="gmail",
        subject="Re: Invoice HO-0141",
        quote=("gmail_uk", "statement", "2027-02-15 09:00", {"others": ["H144"]}),
        body="Hi Hannah,\n\nHO-0141 was paid on Friday, you should have it today.\n\nHO-0144 I need to get signed off by "
             "our client first as it's rebillable – it'll go in our run on the 26th.\n\nThanks,\nMarcus\n\nMarcus Bell | "
             "Finance | Cobalt Creative Ltd",
        labels=dict(promised_date="2027-02-26", reference="HO-0144"),
        note="statement reply with two invoices: one paid, the other promised for the 26th -> promise (rule: paid one + "
             "promise other = promise)")

    # ---------------- Lakeland Outdoor Gear (received, thanks) ----------------
    add(persona="Lakeland Outdoor Gear Ltd", kind="client-reply-other", inv="H146", date="2027-01-14 16:51",
        tz="Europe/London", frm=("Lakeland Outdoor Gear - Accounts", "accounts@lakelandoutdoorgear.co.uk"),
        prefix="RE:", mua="outlook",
        quote=("outlook", "invoice", "2027-01-14 15:02"),
        body="Received with thanks.\n\nRegards\nAccounts\nLakeland Outdoor Gear Ltd\nUnit 9, Mintsfeet Road South, "
             "Kendal LA9 6ND",
        note="'received with thanks' in reply to the invoice itself -> other")


# ============================================================================================
# Alessandra Rossi (Italian translator invoicing in English), invoices N/2026
# ============================================================================================

def ale_messages():
    # ---------------- Lindqvist Interiors AB (Sweden) ----------------
    karin = ("Karin Lindqvist", "karin@lindqvistinteriors.se")
    add(persona="Lindqvist Interiors AB", kind="client-reply-paid", inv="A14", date="2026-12-07 13:31",
        tz="Europe/Stockholm", frm=karin, prefix="SV:", mua="outlook",
        quote=("outlook", "due", "2026-12-04 09:00"),
        attach=[("application/pdf", "Betalningskvitto_SEB.pdf",
                 fake_pdf("SEB - Utlandsbetalning", ["Mottagare: Alessandra Rossi", "Belopp: 1 800,00 EUR",
                                                     "Betalningsdag: 2026-12-03", "Meddelande: Invoice 14/2026"]))],
        body="Hi Alessandra!\n\nThank you for the reminder. The payment was made on 3/12, but it can take some days "
             "because it is international. I attach the receipt from our bank.\n\nBest regards,\nKarin\n\n"
             "Karin Lindqvist\nLindqvist Interiors AB | Götgatan 22, 116 46 Stockholm",
        note="Swedish 'SV:' prefix; paid on 3/12 (= 3 December, d/m), bank receipt attached")
    add(persona="Lindqvist Interiors AB", kind="client-reply-other", inv="A14", date="2027-01-19 10:05",
        tz="Europe/Stockholm", frm=karin, prefix="SV:", mua="outlook", fmt="alt", quote_html_style="outlook",
        quote=("none", "due", "2026-12-04 09:00"),
        body="Hi Alessandra,\n\nI hope you had a nice Christmas in Italy!\n\nWe have a new project for the spring: the "
             "new showroom in Göteborg opens in April and we need the catalogue and the website texts in Italian again. "
             "Do you have time in March?\n\nAlso, our accountant asks if you can send the invoice 14/2026 again with "
             "our VAT number on it (SE556677889901) – it is missing and she needs it for the reverse charge.\n\n"
             "Best regards,\nKarin",
        labels=dict(reference="14/2026"),
        note="new work + request to re-issue an already paid invoice with the VAT number; no payment claim -> other")

    # ---------------- Oakhurst Publishing Ltd (UK) ----------------
    fiona = ("Fiona McKay", "fiona.mckay@oakhurstpublishing.co.uk")
    oak_sig = ("Fiona McKay\nRights & Contracts Manager\nOakhurst Publishing Ltd\n3 Bedford Row, London WC1R 4BU\n")
    add(persona="Oakhurst Publishing Ltd", kind="client-reply-promise", inv="A17", date="2026-12-14 16:12",
        tz="Europe/London", frm=fiona, mua="apple",
        quote=("apple", "due", "2026-12-11 09:00"),
        body="Dear Alessandra,\n\nMany thanks for your patience. I've chased our finance team and they tell me that euro "
             "payments are only processed on the last working day of the month, so this will go out on 31 December. "
             "Apologies that it's not sooner.\n\nWith best wishes,\nFiona\n\n" + oak_sig,
        labels=dict(promised_date="2026-12-31"),
        note="'I've chased finance' + explicit date: will go out on 31 December -> promise")
    add(persona="Oakhurst Publishing Ltd", kind="client-reply-paid", inv="A17", date="2027-01-06 11:40",
        tz="Europe/London", frm=fiona, mua="apple", subject="Fwd: Remittance advice - Oakhurst Publishing",
        quote=("none", "due", "2026-12-11 09:00"),
        attach=[("application/pdf", "REMIT_0000451.pdf",
                 fake_pdf("Oakhurst Publishing Ltd - Remittance", ["Supplier: ROSSI A", "Inv 17/2026 EUR 2,135.00",
                                                                  "Paid 31/12/2026"]))],
        body="Dear Alessandra,\n\nI do hope you had a restful break. Finance have confirmed your invoice 17/2026 was paid "
             "on 31 December – they've sent me the remittance below and attached, which I'm forwarding. It may have "
             "been held up by the bank holidays.\n\nWarm wishes,\nFiona\n\n" + oak_sig + "\n\nBegin forwarded message:\n\n"
             "From: Oakhurst Finance <finance@oakhurstpublishing.co.uk>\nSubject: Remittance advice - Oakhurst "
             "Publishing\nDate: 4 January 2027 at 09:12:44 GMT\nTo: Fiona McKay <fiona.mckay@oakhurstpublishing.co.uk>\n\n"
             "Please find attached a remittance advice for payments made to ROSSI A on 31/12/2026.\n\n"
             "Invoice        Amount\n17/2026        EUR 2,135.00\n\nThis is an automatically generated email.",
        labels=dict(reference="17/2026", amount="2135.00"),
        note="client forwards finance's remittance advice with her own note: paid; amount from the forwarded "
             "remittance (client side), invoice named in her own words")

    # ---------------- Brennan Tours (Boston) ----------------
    add(persona="Brennan Tours", kind="client-reply-promise", inv="A19", date="2026-12-02 08:26",
        tz="America/New_York", frm=("Siobhan Brennan", "siobhan@brennantours.com"), mua="iphone",
        quote=("apple", "due", "2026-11-30 09:00"),
        body="Hi Alessandra!\n\nOh my gosh, I totally spaced on this, I'm so sorry. Our bookkeeper is out until Monday "
             "but I'll make sure it's paid by the 10th at the latest.\n\nThe translations were fantastic btw, our "
             "Italian guests LOVED the new brochures!! ❤️\n\nxo\nSiobhan\n\nSent from my iPhone",
        labels=dict(promised_date="2026-12-10"),
        note="US voice; 'paid by the 10th at the latest' (sent 2 Dec) -> 10 December; 'until Monday' is about the bookkeeper")

    # ---------------- Hofmann Verlag GmbH (Vienna) ----------------
    tg = ("Thomas Gruber", "t.gruber@hofmann-verlag.at")
    hv_sig = ("Mag. Thomas Gruber\nLektorat / Herstellung\nHofmann Verlag GmbH\nLindengasse 41, 1070 Wien\n"
              "FN 123456x, Handelsgericht Wien\n")
    add(persona="Hofmann Verlag GmbH", kind="client-reply-dispute", inv="A21", date="2026-12-23 10:44",
        tz="Europe/Vienna", frm=tg, prefix="AW:", mua="outlook_de", charset="windows-1252", cte="quoted-printable",
        quote=("outlook_de", "due", "2026-12-21 09:00"),
        body="Dear Ms Rossi,\n\nthank you for your e-mail. Unfortunately we cannot pay your invoice no. 21/2026 in the "
             "present form.\n\nYour invoice is calculated with 25.000 words at 0,13 EUR. Our count of the source text "
             "(Trados analysis, attached to our order) shows 22.480 words. We therefore ask you for a credit note or a "
             "corrected invoice of 2.922,40 EUR.\n\nWith best regards\n\n" + hv_sig,
        labels=dict(reference="21/2026"),
        note="Austrian publisher contests the word count, asks for a credit note -> dispute; windows-1252 QP")
    add(persona="Hofmann Verlag GmbH", kind="client-reply-paid", inv="A21", date="2027-01-11 14:02",
        tz="Europe/Vienna", frm=tg, prefix="AW:", mua="outlook_de", charset="windows-1252", cte="quoted-printable",
        quote=("none", "due", "2026-12-21 09:00"),
        body="Dear Ms Rossi,\n\nthank you for the credit note. We have transferred the remaining amount of 2.922,40 EUR "
             "today.\n\nWith best regards\n\n" + hv_sig,
        labels=dict(amount="2922.40"),
        note="after the credit note, the corrected amount (German format 2.922,40) was transferred today -> paid")

    # ---------------- Gridline Analytics Inc (US; Tipalti) ----------------
    add(persona="Gridline Analytics Inc", kind="client-reply-other", inv="A23", date="2026-11-30 09:13",
        tz="America/Los_Angeles", frm=("Marcus Lee", "marcus@gridline.io"), mua="gmail",
        cc=["Dana Whitfield <dana@gridline.io>", "ap@gridline.io"],
        quote=("gmail_us", "invoice", "2026-11-25 11:20"),
        body="Hi Alessandra – looping in our AP team (cc'd). Going forward please send invoices to ap@gridline.io and "
             "make sure you're onboarded in Tipalti, they should've sent you an invite.\n\n@Dana can you help here?\n\n"
             "Thanks!\nMarcus\n\n--\nMarcus Lee | Head of Ops | Gridline\nSent with Superhuman",
        note="forwards to AP, asks to onboard in Tipalti -> other")

    # ---------------- Dansk Lys ApS (Denmark) ----------------
    mette = ("Mette Kjær", "mette@dansklys.dk")
    add(persona="Dansk Lys ApS", kind="client-reply-promise", inv="A25", date="2027-01-04 09:37",
        tz="Europe/Copenhagen", frm=mette, mua="outlook", prefix="SV:",
        quote=("outlook", "due", "2027-01-04 09:00"),
        body="Hi Alessandra,\n\nHappy new year! We are a bit behind after the holidays. The invoice will be paid with our "
             "next payment run, which is on Friday.\n\nVenlig hilsen / Kind regards\nMette Kjær\nBogholder, Dansk Lys ApS",
        labels=dict(promised_date="2027-01-08"),
        note="Danish client: next payment run 'on Friday' (sent Monday 4 Jan) -> 8 January")
    add(persona="Dansk Lys ApS", kind="client-reply-promise", inv="A25", date="2027-01-12 13:20",
        tz="Europe/Copenhagen", frm=mette, mua="outlook", prefix="SV:",
        quote=("outlook", "promise_followup", "2027-01-12 09:00", {"promise": d("2027-01-08")}),
        body="Hi Alessandra,\n\nIt was paid on Friday as promised, but our bank (Danske Bank) says the payment came back "
             "because of a problem with the BIC. Can you please confirm your IBAN and BIC? Then we will send it again "
             "straight away.\n\nVenlig hilsen / Kind regards\nMette Kjær",
        note="the payment was returned by the bank, so not paid; they will send it again once details are confirmed "
             "(no date) -> promise without date")

    # ---------------- Müller & Söhne KG (Germany) ----------------
    sk = ("Sabine Keller", "s.keller@mueller-soehne.de")
    add(persona="Müller & Söhne KG", kind="client-reply-promise", inv="A27", date="2026-12-29 08:51",
        tz="Europe/Berlin", frm=sk, prefix="AW:", mua="outlook_de", charset="iso-8859-1", cte="8bit",
        encode_as="cp1252",
        quote=("outlook_de", "courtesy", "2026-12-29 08:00"),
        body="Dear Mrs. Rossi,\n\nwe will transfer the money at 15.1.\n\nBest regards\nSabine Keller\n\n"
             "Müller & Söhne KG · Buchhaltung\nIndustriestraße 7 · 70565 Stuttgart\n",
        labels=dict(promised_date="2027-01-15"),
        note="'we will transfer the money at 15.1.' (d.m.) -> 15 January 2027; 8bit latin-1 label, cp1252 bytes")
    add(persona="Müller & Söhne KG", kind="client-reply-paid", inv="A27", date="2027-01-15 10:14",
        tz="Europe/Berlin", frm=sk, prefix="AW:", mua="outlook_de", charset="iso-8859-1", cte="8bit",
        encode_as="cp1252",
        quote=("none", "courtesy", "2026-12-29 08:00"),
        body="Dear Mrs. Rossi,\n\nthe amount was transferred today, as announced.\n\nBest regards\nSabine Keller\n\n"
             "Müller & Söhne KG · Buchhaltung\nIndustriestraße 7 · 70565 Stuttgart\n",
        note="transferred today -> paid")

    # ---------------- Nordic Sound Oy (Finland) ----------------
    add(persona="Nordic Sound Oy", kind="client-reply-dispute", inv="A29", date="2027-01-08 14:55",
        tz="Europe/Helsinki", frm=("Jukka Virtanen", "jukka@nordicsound.fi"), mua="thunderbird", prefix="VS:",
        quote=("thunderbird", "due", "2027-01-06 09:00"),
        body="Hello Alessandra.\n\nThe subtitles for episodes 4-6 had many timing errors, our editor used 2 days to fix "
             "them. We think 20% discount is fair. Please send credit note 420 EUR and we pay the rest immediately.\n\n"
             "Regards\nJukka Virtanen\nProducer, Nordic Sound Oy",
        note="terse Finnish English, 'VS:' prefix: asks for a 20% credit note, pays the rest only after it -> dispute")

    # ---------------- Beaumont Hotel Group (forward of AP confirmation) ----------------
    add(persona="Beaumont Hotel Group", kind="client-reply-paid", inv="A2701", date="2027-01-22 15:31",
        tz="Europe/London", frm=("Olivia Hart", "olivia.hart@beaumonthotels.co.uk"), prefix="FW:",
        subject="FW: Invoice 1/2027 - payment", mua="outlook", fmt="alt", quote_html_style="outlook",
        quote=("none", "invoice", "2027-01-04 10:00"),
        body="Hi Alessandra,\n\nPlease see below confirmation from our AP team.\n\nRegards,\nOlivia\n\n"
             "Olivia Hart | Digital Marketing Manager | Beaumont Hotel Group\n\n"
             "From: Accounts Payable <accountspayable@beaumonthotels.co.uk>\nSent: 22 January 2027 14:58\n"
             "To: Olivia Hart <olivia.hart@beaumonthotels.co.uk>\nSubject: RE: Invoice 1/2027 - payment\n\n"
             "Hi Olivia,\n\nThe payment for invoice 1/2027 (Alessandra Rossi, EUR 3,600.00) has been released in today's "
             "payment run. Value date 22/01/2027.\n\nThanks,\nAP Team",
        labels=dict(reference="1/2027", amount="3600.00"),
        note="client forwards an internal AP confirmation ('released in today's payment run'): paid; facts from the "
             "forwarded AP text, which is the client's side, not the quoted reminder")

    # ---------------- Harbourside Architects Pty Ltd (Sydney) ----------------
    add(persona="Harbourside Architects Pty Ltd", kind="client-reply-promise", inv="A2702", date="2027-02-09 10:04",
        tz="Australia/Sydney", frm=("Liam Walsh", "liam@harboursidearch.com.au"), mua="outlook",
        quote=("outlook", "courtesy", "2027-02-03 09:00"),
        body="Hi Alessandra,\n\nThanks for the nudge. Our accounts team pays international suppliers fortnightly – "
             "you're in the batch for Thursday 18th.\n\nCheers,\nLiam Walsh\nPractice Manager\nHarbourside Architects "
             "| Level 4, 88 Cumberland St, The Rocks NSW 2000",
        labels=dict(promised_date="2027-02-18"),
        note="Australian: 'in the batch for Thursday 18th' -> 18 February")

    # ---------------- Krakow Film Studio (IBAN question) ----------------
    add(persona="Krakow Film Studio", kind="client-reply-other", inv="A2703", date="2027-02-18 12:40",
        tz="Europe/Warsaw", frm=("Agnieszka Wójcik", "office@krakowfilmstudio.pl"), prefix="Odp:", mua="gmail",
        quote=("gmail_uk", "due", "2027-02-17 09:00"),
        body="Hello,\n\nwe can not find your bank account on the invoice. Is it the same like before or a new one? We have "
             "new accounting system and we must add you again as supplier.\n\nThank you\nAgnieszka Wójcik\n"
             "Krakow Film Studio",
        note="Polish English: asks for the bank account details -> question/other")


# ============================================================================================
# Lucía Martín (Madrid photographer/illustrator invoicing in English), invoices 2026-0NN
# ============================================================================================

def lucia_messages():
    # ---------------- Kapoor Hospitality Group (India) ----------------
    ankit = ("Ankit Mehta", "accounts@kapoorhospitality.in")
    kh_sig = ("Thanks & Regards,\n\nAnkit Mehta\nManager - Finance & Accounts\nKapoor Hospitality Group\n"
              "Corporate Office: 5th Floor, Tower B, Peninsula Business Park, Lower Parel, Mumbai - 400013\n"
              "Ph: +91 22 6655 4400 | www.kapoorhospitality.in\n\n"
              "Please consider the environment before printing this e-mail.\n")
    add(persona="Kapoor Hospitality Group", kind="client-reply-promise", inv="L41", date="2026-12-05 11:48",
        tz="Asia/Kolkata", frm=ankit, prefix="RE:", mua="outlook",
        quote=("outlook", "due", "2026-12-03 09:00"),
        body="Dear Ma'am,\n\nGreetings from Kapoor Hospitality!\n\nThis is with reference to your mail dated 03-Dec-2026 "
             "regarding outstanding invoice no. 2026-041. We wish to inform you that the payment is under process and "
             "shall be remitted within 7 working days after receipt of approval from our Head Office.\n\nRequest you to "
             "kindly bear with us.\n\n" + kh_sig,
        labels=dict(reference="2026-041"),
        note="Indian corporate English: 'under process', 'shall be remitted within 7 working days after approval' -> "
             "promise without a date (depends on approval)")
    add(persona="Kapoor Hospitality Group", kind="client-reply-dispute", inv="L41", date="2026-12-16 15:05",
        tz="Asia/Kolkata", frm=ankit, prefix="RE:", mua="outlook",
        quote=("none", "due", "2026-12-03 09:00"),
        body="Dear Ma'am,\n\nFurther to our trailing mail, our management has reviewed the invoice and has observed that "
             "the rate charged for the menu photography (EUR 1,200 per day) is higher than what was agreed in the "
             "quotation dated 12-Sep-2026 (EUR 950 per day).\n\nKindly revise the invoice accordingly and share the same "
             "for release of payment.\n\n" + kh_sig,
        note="rate higher than quoted, asks for a revised invoice -> dispute")
    add(persona="Kapoor Hospitality Group", kind="client-reply-paid", inv="L41", date="2027-01-20 17:30",
        tz="Asia/Kolkata", frm=ankit, prefix="RE:", mua="outlook", cte="base64",
        quote=("none", "due", "2026-12-03 09:00"),
        attach=[("application/pdf", "Remittance_Advice_HDFC_20012027.pdf",
                 fake_pdf("HDFC BANK - Outward Remittance Advice", ["Beneficiary: LUCIA MARTIN ESTUDIO",
                                                                   "Amount: EUR 3,400.00", "Value date: 20-01-2027",
                                                                   "Purpose: Inv 2026-041 (revised)"]))],
        body="Dear Ma'am,\n\nPlease find enclosed the remittance advice for EUR 3,400.00 against your revised invoice "
             "no. 2026-041 dated 18-Dec-2026, remitted today through HDFC Bank.\n\nKindly acknowledge the receipt.\n\n"
             + kh_sig,
        labels=dict(amount="3400.00", reference="2026-041"),
        note="revised invoice remitted today, remittance attached -> paid; base64 body")

    # ---------------- Baltic Amber Trading OÜ (Estonia) ----------------
    add(persona="Baltic Amber Trading OÜ", kind="client-reply-dispute", inv="L44", date="2026-12-10 12:01",
        tz="Europe/Tallinn", frm=("Kristjan Tamm", "kristjan@balticamber.ee"), mua="gmail",
        quote=("gmail_uk", "due", "2026-12-09 09:00"),
        body="Hello Lucia,\n\nWe did not order the second set of product photos. We ordered 40 photos and you invoiced 60. "
             "We can pay 40 photos = 840 EUR. Please send new invoice.\n\nKristjan",
        labels=dict(amount="840.00"),
        note="blunt non-native English: invoiced quantity disputed, accepts 840 EUR -> dispute")

    # ---------------- Quayside Studios (Bristol) ----------------
    rhys = ("Rhys Morgan", "rhys@quaysidestudios.co.uk")
    add(persona="Quayside Studios Ltd", kind="client-reply-paid", inv="L46", date="2026-12-15 17:44",
        tz="Europe/London", frm=rhys, mua="gmail",
        quote=("gmail_uk", "due", "2026-12-14 09:00"),
        body="Hi Lucía,\n\nSorry for the radio silence – I thought this had gone out weeks ago. Turns out it was sat in "
             "drafts in the banking app (classic). It's now gone, €2,050 via Wise, so should be with you tomorrow.\n\n"
             "Cheers,\nRhys",
        labels=dict(amount="2050.00"),
        note="British: it 'was sat in drafts', 'it's now gone' -> paid")
    add(persona="Quayside Studios Ltd", kind="client-reply-other", inv="L46", date="2027-01-20 12:27",
        tz="Europe/London", frm=rhys, mua="gmail",
        quote=("none", "due", "2026-12-14 09:00"),
        body="Hi Lucía,\n\nThanks for the receipt. Speaking of which – are you free w/c 15 February? We've got a two-day "
             "shoot in Seville for a hotel group and could do with someone local who knows the light there. Same day "
             "rate as Madrid if that works.\n\nCheers,\nRhys",
        note="thanks + offer of new work, nothing about paying -> other")

    # ---------------- Delacroix & Fils (Brussels) ----------------
    hel = ("Hélène Delacroix", "helene@delacroix-fils.be")
    add(persona="Delacroix & Fils", kind="client-reply-promise", inv="L48", date="2026-12-21 10:31",
        tz="Europe/Brussels", frm=hel, mua="outlook", fmt="html", quote_html_style="outlook",
        quote=("outlook", "due", "2026-12-21 09:00"),
        body="Dear Lucía,\n\nThank you for your message. Our accountant is closed between Christmas and New Year. The "
             "payment will be done the 4th of January.\n\nI wish you happy holidays.\n\nKind regards,\nHélène Delacroix\n"
             "Delacroix & Fils – Chocolatiers depuis 1921\nRue de Namur 48, 1000 Bruxelles",
        labels=dict(promised_date="2027-01-04"),
        note="Belgian French-English, 'the 4th of January'; HTML-only")
    add(persona="Delacroix & Fils", kind="client-reply-paid", inv="L48", date="2027-01-05 09:12",
        tz="Europe/Brussels", frm=hel, mua="outlook", fmt="html", quote_html_style="outlook",
        quote=("none", "due", "2026-12-21 09:00"),
        attach=[("application/pdf", "preuve_virement.pdf",
                 fake_pdf("BNP Paribas Fortis - Virement", ["Beneficiaire: Lucia Martin Estudio", "Montant: 1.590,00 EUR",
                                                            "Date: 04/01/2027", "Communication: 2026-048"]))],
        body="Dear Lucía,\n\nThe transfer has been done yesterday as promised. You will find the proof in attachment.\n\n"
             "Best regards,\nHélène",
        note="'the transfer has been done yesterday', proof attached -> paid")

    # ---------------- Summit Ridge Outfitters LLC (Denver) ----------------
    sr = ("Kyle Brandt", "ap@summitridgeoutfitters.com")
    add(persona="Summit Ridge Outfitters LLC", kind="client-reply-promise", inv="L51", date="2026-12-28 10:40",
        tz="America/Denver", frm=sr, mua="outlook_us", prefix="RE:",
        quote=("outlook_us", "due", "2026-12-28 09:00"),
        body="Hi Lucia,\n\nThanks for following up. We logged your invoice as received on 12/1/2026, so under our Net 30 "
             "terms it's due 12/31. It's scheduled on the international wire run that day.\n\nThanks,\nKyle Brandt\n"
             "Accounts Payable | Summit Ridge Outfitters\nBoulder, CO\n",
        labels=dict(promised_date="2026-12-31"),
        note="US m/d dates, Net 30 from receipt -> scheduled for 12/31 = promise 31 December")
    add(persona="Summit Ridge Outfitters LLC", kind="client-reply-paid", inv="L51", date="2027-01-04 13:05",
        tz="America/Denver", frm=sr, mua="outlook_us", prefix="RE:",
        quote=("none", "due", "2026-12-28 09:00"),
        body="Hi Lucia,\n\nConfirming the wire for $2,700.00 went out 12/31, Fed reference 20261231MMQFMP9Z000412. "
             "International wires can take a few extra days around the holidays.\n\nThanks,\nKyle",
        labels=dict(amount="2700.00"),
        note="wire went out 12/31 with a reference -> paid")

    # ---------------- Rotterdam Port Logistics BV ----------------
    add(persona="Rotterdam Port Logistics BV", kind="client-reply-other", inv="L53", date="2027-01-04 08:58",
        tz="Europe/Amsterdam", frm=("Joost Bakker", "j.bakker@rpl-logistics.nl"), prefix="FW:", mua="outlook_nl",
        to="Femke Visser <f.visser@rpl-logistics.nl>", cc=["Lucía Martín <lucia@martinestudio.es>"],
        subject="FW: Invoice 2026-053",
        quote=("outlook_nl", "due", "2027-01-04 08:30"),
        body="Hoi Femke,\n\nKun jij deze even oppakken? Zie onderstaande herinnering van Lucía, de foto's voor het "
             "jaarverslag.\n\nLucía – I've forwarded this to Femke in finance, she will come back to you.\n\n"
             "Groet,\nJoost Bakker\nHead of Communications | Rotterdam Port Logistics BV",
        note="Dutch forward to a finance colleague with the freelancer in cc -> other")
    add(persona="Rotterdam Port Logistics BV", kind="client-reply-promise", inv="L53", date="2027-01-07 14:22",
        tz="Europe/Amsterdam", frm=("Femke Visser", "f.visser@rpl-logistics.nl"), prefix="RE:", mua="outlook_nl",
        quote=("none", "due", "2027-01-04 08:30"),
        body="Dear Lucía,\n\nYour invoice 2026-053 is approved and will be paid in week 3 with our regular payment run.\n\n"
             "Kind regards,\nFemke Visser\nFinancial Administration\nRotterdam Port Logistics BV",
        labels=dict(reference="2026-053"),
        note="Dutch 'week 3' (18-24 Jan) is a week, not a day -> promise without date")

    # ---------------- Shanti Lakes Retreats (Toronto) ----------------
    add(persona="Shanti Lakes Retreats", kind="client-reply-promise", inv="L55", date="2026-12-17 19:25",
        tz="America/Toronto", frm=("Maya Rosen", "hello@shantilakes.ca"), mua="gmail",
        quote=("gmail_us", "due", "2026-12-15 09:00"),
        body="Hi Lucía!! So sorry 🙏 Money is really tight until the January retreat bookings come in. I'll send half "
             "today and the rest by the 15th of January, if that works for you?\n\nThe photos are gorgeous by the way, "
             "our bookings page has never looked better.\n\nLove & light,\nMaya\nShanti Lakes Retreats",
        labels=dict(promised_date="2027-01-15"),
        note="instalment plan: half today, rest by 15 January; full payment promised by 15 Jan; no amount stated")

    # ---------------- Hamburg Hafen Digital GmbH (double billing) ----------------
    add(persona="Hamburg Hafen Digital GmbH", kind="client-reply-dispute", inv="L57", date="2027-01-11 09:19",
        tz="Europe/Berlin", frm=("Anja Schulz", "a.schulz@hh-hafendigital.de"), prefix="AW:", mua="outlook_de",
        quote=("outlook_de", "due", "2027-01-07 09:00", {"orig": True}),
        body="Dear Ms Martín,\n\nwe have received your reminder for invoice 2026-057. However, this service was already "
             "invoiced with your invoice 2026-049 in November and we paid it on 2.12.2026 – it is the same job "
             "(webshop photos, October). We think this is a double invoicing.\n\nPlease check and cancel the invoice.\n\n"
             "Best regards\nAnja Schulz\nHamburg Hafen Digital GmbH\n",
        labels=dict(reference="2026-057"),
        note="already billed under another invoice (the 'paid' is about 2026-049) -> dispute of 2026-057")

    # ---------------- Blue Marlin Charters (Malta) ----------------
    add(persona="Blue Marlin Charters Ltd", kind="client-reply-dispute", inv="L59", date="2027-01-14 11:06",
        tz="Europe/Malta", frm=("Joseph Camilleri", "office@bluemarlin.com.mt"), mua="outlook",
        quote=("outlook", "due", "2027-01-11 09:00"),
        body="Dear Lucia,\n\nWe transferred EUR 1,000 today. The balance of EUR 380 is for the drone footage, which was "
             "not usable because of the wind that day (everything is shaking), so we do not think it should be "
             "charged.\n\nBest regards,\nJoseph Camilleri\nBlue Marlin Charters Ltd | Sliema Ferries, Malta",
        labels=dict(amount="1000.00"),
        note="partial payment plus contesting the rest -> dispute (rule); amount = the part paid")

    # ---------------- Koala Kids Apparel (Brisbane) ----------------
    add(persona="Koala Kids Apparel Pty Ltd", kind="client-reply-dispute", inv="L61", date="2027-01-18 09:52",
        tz="Australia/Brisbane", frm=("Jess Nguyen", "jess@koalakids.com.au"), mua="iphone",
        quote=("none", "due", "2027-01-13 09:00"),
        body="Hey Lucía, bit of a problem – we've only got 3 of the 5 illustrations. Not gonna pay for work we haven't "
             "got, sorry. Send through the other two and we'll square up straight away.\n\nJess\n\nSent from my iPhone",
        note="work not delivered, payment withheld until delivered -> dispute")

    # ---------------- Sunbeam Apps (Singapore) ----------------
    add(persona="Sunbeam Apps Pte Ltd", kind="client-reply-paid", inv="L63", date="2026-12-21 16:16",
        tz="Asia/Singapore", frm=("Wei Ling Tan", "finance@sunbeamapps.sg"), mua="gmail",
        quote=("gmail_uk", "due", "2026-12-15 09:00"),
        body="Hi Lucia, payment done already on 15 Dec leh, pls check again. Thanks!\n\nWei Ling\nSunbeam Apps Pte Ltd",
        note="Singlish 'done already ... leh, pls check again' -> paid")

    # ---------------- Oceanic Yacht Services (Gibraltar; bank change check) ----------------
    add(persona="Oceanic Yacht Services Ltd", kind="client-reply-other", inv="L65", date="2027-02-05 10:37",
        tz="Europe/Gibraltar", frm=("Kelly Sanchez", "accounts@oceanicyacht.gi"), mua="outlook", prefix="RE:",
        quote=("outlook", "due", "2027-02-04 09:00"),
        body="Hi Lucía,\n\nBefore we pay this – last week we received an email, supposedly from you, saying your bank "
             "details had changed to an account in Lithuania. It didn't look right to me. Can you confirm the IBAN in "
             "your reminder below is still the correct one? I'd rather give you a quick ring too if you could send me "
             "your number.\n\nThanks,\nKelly Sanchez\nAccounts | Oceanic Yacht Services Ltd | Gibraltar",
        note="possible invoice-fraud check: asks to confirm bank details before paying; no promise with a date -> other")

    # ---------------- Finnegan Craft Brewing (Galway) ----------------
    add(persona="Finnegan Craft Brewing Ltd", kind="client-reply-dispute", inv="L2703", date="2027-02-12 18:30",
        tz="Europe/Dublin", frm=("Ciarán Finnegan", "ciaran@finnegancraft.ie"), mua="gmail",
        quote=("gmail_uk", "due", "2027-02-10 09:00"),
        body="Lucía,\n\nI have to be honest, I'm not paying the full whack for this. Half the labels went to print with "
             "the wrong ABV on them and we had to bin 2,000 of them. I'll pay half now and we can talk about the rest "
             "when the reprint's sorted.\n\nCiarán",
        note="Irish 'the full whack': partial payment offer while contesting the rest -> dispute")


# ============================================================================================
# Machine mail: payment notices, auto-replies, bounces, other
# ============================================================================================

def machine_headers(frm: str, to: str, subject: str, date: str, tz: str, mid_domain: str,
                    extra: list | None = None) -> list[tuple[str, str]]:
    when = aware(date, tz)
    if len(date) == 16:
        when = when.replace(second=_rng.randint(0, 59))
    h = [("From", frm), ("To", to), ("Subject", enc_header(subject)), ("Date", format_datetime(when)),
         ("Message-ID", f"<{rand_alnum(20, False)}.{when:%Y%m%d%H%M%S}@{mid_domain}>")]
    return h + (extra or [])


def simple_html(paras: list[str], brand: str, color: str = "#222") -> str:
    body = "".join(f'<p style="margin:0 0 14px 0">{p}</p>\n' for p in paras)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head>\n'
            '<body style="margin:0;padding:0;background:#f4f5f7">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;'
            f'font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:{color}">\n'
            f'<tr><td><div style="font-weight:bold;font-size:18px;margin-bottom:18px">{brand}</div>\n'
            + body + '</td></tr></table>\n</td></tr></table>\n</body></html>\n')


def machine_messages():
    tom = addr("Tom Byrne", "tom@byrnedesign.ie")
    hannah = addr("Hannah Okafor", "hannah@okaforcopy.co.uk")
    ale = addr("Alessandra Rossi", "alessandra@example.it")
    lucia = addr("Lucía Martín", "lucia@martinestudio.es")

    # ---- Bill.com payment notice (Tom <- Brightwater Labs) ----
    txt = ("Brightwater Labs, Inc. sent you a payment\n\n"
           "Amount: $3,200.00\nPayment method: International wire (USD)\nPayment date: Dec 18, 2026\n"
           "Estimated arrival: Dec 22, 2026\n\nInvoice #          Amount\nINV-2026-036       $3,200.00\n\n"
           "Memo: Pitch deck design - thank you!\n\n"
           "Questions about this payment? Contact Brightwater Labs, Inc. at ap@brightwaterlabs.com.\n\n"
           "You're receiving this email because Brightwater Labs, Inc. pays its vendors with BILL.\n"
           "BILL Holdings, Inc., 6220 America Center Drive, Suite 100, San Jose, CA 95002\n")
    html_ = simple_html(["<b>Brightwater Labs, Inc.</b> sent you a payment",
                         "Amount: <b>$3,200.00</b><br>Payment method: International wire (USD)<br>"
                         "Payment date: Dec 18, 2026<br>Estimated arrival: Dec 22, 2026",
                         "Invoice # INV-2026-036 &nbsp; $3,200.00", "Memo: Pitch deck design - thank you!",
                         '<span style="color:#888;font-size:12px">You\'re receiving this email because Brightwater '
                         'Labs, Inc. pays its vendors with BILL.</span>'], "BILL")
    add_raw(persona="Bill.com", kind="payment-notification",
            headers=machine_headers("Brightwater Labs, Inc. via BILL <notifications@hq.bill.com>", tom,
                                    "Brightwater Labs, Inc. sent you a payment of $3,200.00", "2026-12-18 11:02",
                                    "America/Los_Angeles", "hq.bill.com",
                                    [("Reply-To", "ap@brightwaterlabs.com"), ("List-Unsubscribe", "<https://app.bill.com/unsubscribe>")]),
            part=multipart("alternative", [text_part(txt, cte="quoted-printable"),
                                           text_part(html_, subtype="html", cte="quoted-printable")]),
            labels=dict(amount="3200.00", reference="INV-2026-036"),
            note="AP platform remittance: payment sent to the freelancer (incoming) -> payment-notification")

    # ---- Wise: money received (Tom <- Wattle & Gum) ----
    txt = ("Hi Tom,\n\nYou've received 1,150.00 AUD from WATTLE & GUM CO PTY LTD.\n\n"
           "It's now in your AUD balance. You can convert it, send it, or spend it with your Wise card.\n\n"
           "Reference: INV-2026-038\nTransaction ID: BALANCE_DEPOSIT-7f3a91c2\n\nThe Wise Team\n\n"
           "Wise Europe SA, Rue du Trône 100, 3rd floor, Brussels, 1050, Belgium.\n")
    add_raw(persona="Wise", kind="payment-notification",
            headers=machine_headers("Wise <noreply@wise.com>", tom, "You've received 1,150.00 AUD",
                                    "2026-12-23 02:17", "Europe/Dublin", "wise.com"),
            part=multipart("alternative", [text_part(txt),
                                           text_part(simple_html(["Hi Tom,", "You've received <b>1,150.00 AUD</b> from "
                                                                  "WATTLE &amp; GUM CO PTY LTD.",
                                                                  "It's now in your AUD balance.",
                                                                  "Reference: INV-2026-038", "The Wise Team"], "Wise",
                                                                 "#163300"), subtype="html", cte="quoted-printable")]),
            labels=dict(amount="1150.00", reference="INV-2026-038"),
            note="Wise incoming transfer in AUD (the reissued invoice) -> payment-notification")

    # ---- PayPal: you've got money (Tom <- Pinecrest) ----
    txt = ("Hello, Tom Byrne\n\nYou've got money\n\nPinecrest Family Dental sent you $1,480.00 USD\n\n"
           "Note from Pinecrest Family Dental:\n\"INV-2026-052 website updates - thanks Tom! Deb\"\n\n"
           "Transaction ID: 4RV91283KX5530914\nTransaction date: January 11, 2027\n\n"
           "It may take a few moments for this transaction to appear in your account.\n\n"
           "Help & Contact | Security | Apps\n\nPayPal is committed to preventing fraudulent emails. Emails from "
           "PayPal will always contain your full name.\n\nPayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard "
           "Royal, L-2449, Luxembourg\n")
    add_raw(persona="PayPal", kind="payment-notification",
            headers=machine_headers("service@intl.paypal.com", tom, "You've got money",
                                    "2027-01-11 17:44", "America/Los_Angeles", "intl.paypal.com",
                                    [("X-Email-Type-Id", "PP341")]),
            part=multipart("alternative", [text_part(txt, cte="quoted-printable"),
                                           text_part(simple_html(["Hello, Tom Byrne", "<b>You've got money</b>",
                                                                  "Pinecrest Family Dental sent you <b>$1,480.00 USD</b>",
                                                                  "Note from Pinecrest Family Dental:<br>&quot;INV-2026-052 "
                                                                  "website updates - thanks Tom! Deb&quot;",
                                                                  "Transaction ID: 4RV91283KX5530914"], "PayPal", "#2c2e2f"),
                                                     subtype="html", cte="base64")]),
            labels=dict(amount="1480.00", reference="INV-2026-052"),
            note="PayPal incoming payment; invoice number only in the payer's note")

    # ---- Tipalti (Alessandra <- Gridline) ----
    txt = ("Gridline Analytics Inc. has sent you a payment\n\nDear Alessandra Rossi,\n\n"
           "A payment has been issued to you by Gridline Analytics Inc.\n\n"
           "Payment amount: 5,400.00 EUR\nPayment method: SEPA bank transfer\nSubmission date: 12/28/2026\n"
           "Expected to arrive: within 1-3 business days\n\nInvoices included in this payment:\n"
           "  23/2026    5,400.00 EUR\n\nTo view payment details, log in to your Supplier Hub.\n\n"
           "This email was sent by Tipalti on behalf of Gridline Analytics Inc. Please do not reply.\n")
    add_raw(persona="Tipalti", kind="payment-notification",
            headers=machine_headers("Gridline Analytics Inc. <payments@notifications.tipalti.com>", ale,
                                    "Payment sent: 5,400.00 EUR from Gridline Analytics Inc.", "2026-12-28 10:30",
                                    "America/Los_Angeles", "notifications.tipalti.com"),
            part=text_part(txt, cte="7bit", charset="us-ascii"),
            labels=dict(amount="5400.00", reference="23/2026"),
            note="Tipalti payer-platform notice of a payment issued to the freelancer -> payment-notification")

    # ---- Revolut Business (Lucía <- Rotterdam Port Logistics) ----
    txt = ("Money in\n\nYou received €4,480.00 from ROTTERDAM PORT LOGISTICS B.V.\n\n"
           "Account: Main · EUR\nReference: 2026-053 Lucia Martin\nDate: 21 Jan 2027, 10:06\n\n"
           "Open the Revolut Business app to see the transaction.\n\n"
           "Revolut Bank UAB, Konstitucijos ave. 21B, 08130 Vilnius, Lithuania. Sucursal en España: "
           "Calle Príncipe de Vergara 132, Madrid.\n")
    add_raw(persona="Revolut Business", kind="payment-notification",
            headers=machine_headers("Revolut Business <no-reply@revolut.com>", lucia,
                                    "You received €4,480.00 from ROTTERDAM PORT LOGISTICS B.V.", "2027-01-21 10:06",
                                    "Europe/Madrid", "revolut.com"),
            part=multipart("alternative", [text_part(txt, cte="base64"),
                                           text_part(simple_html(["Money in", "You received <b>€4,480.00</b> from "
                                                                  "ROTTERDAM PORT LOGISTICS B.V.",
                                                                  "Reference: 2026-053 Lucia Martin"], "Revolut Business"),
                                                     subtype="html", cte="base64")]),
            labels=dict(amount="4480.00", reference="2026-053"),
            note="business bank incoming transfer -> payment-notification")

    # ---- Starling (Hannah <- Bramley) ----
    txt = ("You've been paid £1,350.00\n\nFrom: BRAMLEY HOUSING ASS\nReference: HO-0112 BHA PAY RUN 17/12\n"
           "Received: Thu 17 Dec 2026, 14:52\n\nYour balance has been updated in the Starling app.\n\n"
           "Starling Bank Limited is registered in England and Wales (No. 09092149), 5th Floor, London Fruit & "
           "Wool Exchange, 1 Duval Square, London E1 6PW.\n")
    add_raw(persona="Starling Bank", kind="payment-notification",
            headers=machine_headers("Starling Bank <notifications@starlingbank.com>", hannah,
                                    "You've been paid £1,350.00", "2026-12-17 14:52", "Europe/London",
                                    "starlingbank.com"),
            part=text_part(txt, cte="quoted-printable"),
            labels=dict(amount="1350.00", reference="HO-0112"),
            note="UK bank 'you've been paid' email with a truncated payer name -> payment-notification")

    # ---- Stripe (Lucía <- Shanti Lakes, half payment by card link) ----
    txt = ("Payment of €425.00 from Maya Rosen succeeded\n\nAmount: €425.00\nCustomer: hello@shantilakes.ca\n"
           "Description: Invoice 2026-055 - first half\nPayment method: Visa •••• 4417\nDate: Dec 17, 2026, 7:41 PM EST\n\n"
           "View payment in the Dashboard: https://dashboard.stripe.com/payments/pi_3QhR2kLmA8x91Fv0\n\n"
           "You're receiving this email because you've enabled successful payment notifications for Lucía Martín "
           "Estudio.\nStripe, 354 Oyster Point Blvd, South San Francisco, CA 94080\n")
    add_raw(persona="Stripe", kind="payment-notification",
            headers=machine_headers("Stripe <notifications@stripe.com>", lucia,
                                    "Payment of €425.00 from Maya Rosen succeeded", "2026-12-18 01:41",
                                    "Europe/Madrid", "stripe.com"),
            part=multipart("alternative", [text_part(txt, cte="quoted-printable"),
                                           text_part(simple_html(["Payment of <b>€425.00</b> from Maya Rosen succeeded",
                                                                  "Description: Invoice 2026-055 - first half",
                                                                  "Payment method: Visa •••• 4417"], "stripe", "#425466"),
                                                     subtype="html", cte="quoted-printable")]),
            labels=dict(amount="425.00", reference="2026-055"),
            note="Stripe card payment for the first half of an invoice (partial) -> payment-notification")

    # ---- Auto-reply: Fjordlys (Norwegian + English, until and including) ----
    inv = INV["T2702"]
    add_raw(persona="Fjordlys AS", kind="auto-reply",
            headers=machine_headers(addr("Ingrid Solberg", "ingrid.solberg@fjordlys.no"), tom,
                                    "Automatisk svar: Re: Invoice INV-2027-002", "2027-02-04 10:01", "Europe/Oslo",
                                    "fjordlys.no",
                                    [("In-Reply-To", reminder_msgid(inv, "due", aware("2027-02-04 09:00", "Europe/Dublin"))),
                                     ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                     ("Precedence", "auto_reply")]),
            part=text_part("Hei,\n\nJeg er på vinterferie til og med torsdag 4. februar og leser ikke e-post. "
                           "Haster det, kontakt okonomi@fjordlys.no.\n\n--\n\nHi,\n\nI am on winter holiday until and "
                           "including Thursday 4 February and will not read e-mail. For urgent matters please contact "
                           "okonomi@fjordlys.no.\n\nIngrid Solberg\nFjordlys AS\n", cte="quoted-printable"),
            labels=dict(return_date="2027-02-05"),
            note="bilingual NO/EN out-of-office, 'until and including Thursday 4 February' -> back 5 February")

    # ---- Auto-reply: Northwind AP help desk ticket ----
    inv = INV["T44"]
    add_raw(persona="Northwind Retail Group", kind="auto-reply",
            headers=machine_headers("Northwind AP Help Desk <aphelp@northwindretail.com>", tom,
                                    "[NRG-AP-560114] We have received your request: Re: Invoice INV-2026-044",
                                    "2026-12-21 03:02", "America/Chicago", "northwindretail.com",
                                    [("In-Reply-To", reminder_msgid(inv, "due", aware("2026-12-21 09:00", "Europe/Dublin"))),
                                     ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                                     ("X-ServiceNow-Source", "EmailInbound")]),
            part=text_part("This is an automated response. Please do not reply to this message.\n\n"
                           "Thank you for contacting Northwind Accounts Payable. Your request has been logged with "
                           "reference NRG-AP-560114.\n\nOur standard response time is 5 business days. Please note "
                           "that payments are made according to the agreed payment terms, and invoices must be submitted "
                           "through the Coupa Supplier Portal to be processed.\n\nYou can check the status of your "
                           "invoices at any time in the CSP.\n\nNorthwind AP Shared Services\n", cte="7bit",
                           charset="us-ascii"),
            note="help-desk ticket acknowledgement with RFC 3834 headers -> auto-reply (no return date)")

    # ---- Auto-reply: mailbox no longer in use, no auto headers (Gridline) ----
    inv = INV["A23"]
    add_raw(persona="Gridline Analytics Inc", kind="auto-reply",
            headers=machine_headers(addr("Marcus Lee", "marcus@gridline.io"), ale, "Re: Invoice 23/2026",
                                    "2026-12-28 00:03", "America/Los_Angeles", "gridline.io",
                                    [("In-Reply-To", reminder_msgid(inv, "due", aware("2026-12-28 09:00", "Europe/Rome")))]),
            part=text_part("Hi there,\n\nMarcus is no longer with Gridline and this mailbox is not monitored.\n\n"
                           "For invoices and payments please email ap@gridline.io. For anything else, reach out to "
                           "hello@gridline.io and we'll route it to the right person.\n\nThanks,\nThe Gridline team\n"),
            note="'no longer with the company, mailbox not monitored' autoresponder without Auto-Submitted headers and "
                 "with a plain 'Re:' subject -> auto-reply")

    # ---- Auto-reply: on leave, no return date, no headers (Kapoor) ----
    inv = INV["L41"]
    add_raw(persona="Kapoor Hospitality Group", kind="auto-reply",
            headers=machine_headers(addr("Ankit Mehta", "accounts@kapoorhospitality.in"), lucia,
                                    "Out of Office: RE: Invoice 2026-041", "2026-12-28 13:31", "Asia/Kolkata",
                                    "kapoorhospitality.in",
                                    [("In-Reply-To", reminder_msgid(inv, "reminder", aware("2026-12-28 09:00", "Europe/Madrid"))),
                                     ("Thread-Topic", "Invoice 2026-041")]),
            part=text_part("Dear Sender,\n\nThank you for your mail. I am currently on leave with limited access to "
                           "mails and shall respond on my return.\n\nFor any urgent matter kindly contact Mr. Sandeep "
                           "Rao at sandeep.rao@kapoorhospitality.in or call +91 22 6655 4412.\n\nThanks & Regards,\n"
                           "Ankit Mehta\n"),
            note="out-of-office with no return date and no RFC 3834 headers -> auto-reply, no return_date")

    # ---- Bounce: Exchange Online / Office 365 NDR (permanent) ----
    when = aware("2026-12-22 09:00", "Europe/Dublin")
    orig_id = f"<mailduns.INV-2026-048.due.{when:%Y%m%d%H%M}@byrnedesign.ie>"
    human = ("Your message to finance@corribkayaks.ie couldn't be delivered.\n\n"
             "finance wasn't found at corribkayaks.ie.\n\ntom        Office 365        finance\nAction Required"
             "                         Recipient\n\nUnknown To address\n\nHow to Fix It\nThe address may be misspelled "
             "or may not exist. Try one or more of the following:\n  - Retype the recipient's address, then resend the "
             "message.\n  - If you're sure the address is right, contact the recipient by some other means and let them "
             "know they need to check their email system.\n\nMore Info for Email Admins\nStatus code: 550 5.1.10\n\n"
             "This error occurs because the recipient's email address doesn't exist in their organization.\n\n"
             "Original Message Details\nCreated Date:    12/22/2026 9:00:04 AM\nSender Address:  tom@byrnedesign.ie\n"
             "Recipient Address: finance@corribkayaks.ie\nSubject:         Re: Invoice INV-2026-048\n\n"
             "Error Details\nReported error:  550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
             "finance@corribkayaks.ie not found by SMTP address lookup\nDSN generated by: DB9PR02MB7141.eurprd02.prod.outlook.com\n")
    dsn = ("Reporting-MTA: dns;DB9PR02MB7141.eurprd02.prod.outlook.com\nReceived-From-MTA: dns;mail.byrnedesign.ie\n"
           "Arrival-Date: Tue, 22 Dec 2026 09:00:04 +0000\n\nFinal-Recipient: rfc822;finance@corribkayaks.ie\n"
           "Action: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
           "finance@corribkayaks.ie not found by SMTP address lookup\n")
    orig_headers = (f"From: Tom Byrne <tom@byrnedesign.ie>\nTo: finance@corribkayaks.ie\nSubject: Re: Invoice INV-2026-048\n"
                    f"Date: {format_datetime(when)}\nMessage-ID: {orig_id}\n"
                    "In-Reply-To: <20261122.5f1c0e9a3b@byrnedesign.ie>\nMIME-Version: 1.0\n"
                    'Content-Type: text/plain; charset="utf-8"\n')
    add_raw(persona="Microsoft Exchange Online", kind="bounce",
            headers=machine_headers("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@byrnedesign.ie>",
                                    tom, "Undeliverable: Re: Invoice INV-2026-048", "2026-12-22 09:00:06",
                                    "Europe/Dublin", "DB9PR02MB7141.eurprd02.prod.outlook.com",
                                    [("In-Reply-To", orig_id), ("References", orig_id),
                                     ("Auto-Submitted", "auto-replied"), ("Content-Language", "en-US"),
                                     ("X-MS-Exchange-Message-Is-Ndr", "")]),
            part=multipart("report", [
                multipart("alternative", [text_part(human, cte="quoted-printable"),
                                          text_part(simple_html([html.escape(l) for l in human.split("\n\n")],
                                                                "Microsoft Outlook"), subtype="html",
                                                    cte="quoted-printable")]),
                Part([("Content-Type", "message/delivery-status")], dsn.encode()),
                Part([("Content-Type", "text/rfc822-headers")], orig_headers.encode()),
            ], extra=' report-type=delivery-status;'),
            labels=dict(failed_recipient="finance@corribkayaks.ie", permanent=True),
            note="Office 365 NDR 550 5.1.10 recipient not found -> permanent bounce")

    # ---- Bounce: Gmail delay (temporary) ----
    when = aware("2026-11-30 09:00", "Europe/Rome")
    orig_id = reminder_msgid(INV["A19"], "due", when)
    human = ("** Message not delivered yet **\n\nThere was a temporary problem delivering your message to "
             "siobhan@brennantours.com. Gmail will retry for 44 more hours. You'll be notified if the delivery "
             "fails permanently.\n\nThe response from the remote server was:\n"
             "451 4.7.1 <siobhan@brennantours.com>: Recipient address rejected: Mailbox temporarily unavailable, try "
             "again later\n")
    dsn = ("Reporting-MTA: dns; googlemail.com\nArrival-Date: Mon, 30 Nov 2026 00:00:03 -0800 (PST)\n"
           "X-Original-Message-ID: " + orig_id + "\n\nFinal-Recipient: rfc822; siobhan@brennantours.com\n"
           "Action: delayed\nStatus: 4.7.1\nRemote-MTA: dns; mx.brennantours.com. (203.0.113.44, the server for the "
           "domain brennantours.com.)\nDiagnostic-Code: smtp; 451 4.7.1 <siobhan@brennantours.com>: Recipient "
           "address rejected: Mailbox temporarily unavailable, try again later\n"
           "Last-Attempt-Date: Mon, 30 Nov 2026 04:12:40 -0800 (PST)\nWill-Retry-Until: Wed, 2 Dec 2026 00:00:03 -0800 (PST)\n")
    orig_headers = (f"From: Alessandra Rossi <alessandra@example.it>\nTo: siobhan@brennantours.com\n"
                    f"Subject: Re: Invoice 19/2026\nDate: {format_datetime(when)}\nMessage-ID: {orig_id}\n")
    add_raw(persona="Gmail delivery notices", kind="bounce",
            headers=machine_headers("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", ale,
                                    "Delivery Status Notification (Delay)", "2026-11-30 13:12", "Europe/Rome",
                                    "mx.google.com",
                                    [("In-Reply-To", orig_id), ("References", orig_id), ("Auto-Submitted", "auto-replied")]),
            part=multipart("report", [
                text_part(human, cte="7bit", charset="UTF-8"),
                Part([("Content-Type", "message/delivery-status")], dsn.encode()),
                Part([("Content-Type", "message/rfc822")], (orig_headers + "\n" + render("due", INV["A19"], when.date())).encode()),
            ], extra=' report-type=delivery-status;'),
            labels=dict(failed_recipient="siobhan@brennantours.com", permanent=False),
            note="Gmail 'message not delivered yet', Action: delayed, 4.7.1 -> temporary bounce")

    # ---- Bounce: Postfix (permanent, user unknown) ----
    when = aware("2027-01-25 09:00", "Europe/Madrid")
    orig_id = f"<mailduns.2026-060.reminder.{when:%Y%m%d%H%M}@martinestudio.es>"
    human = ("This is the mail system at host mail.martinestudio.es.\n\nI'm sorry to have to inform you that your "
             "message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, "
             "please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your "
             "own text from the attached returned message.\n\n                   The mail system\n\n"
             "<billing@northlightfilms.co.uk>: host mx1.northlightfilms.co.uk[198.51.100.23] said:\n    550 5.1.1 "
             "<billing@northlightfilms.co.uk>: Recipient address rejected: User unknown\n    in virtual mailbox table "
             "(in reply to RCPT TO command)\n")
    dsn = ("Reporting-MTA: dns; mail.martinestudio.es\nX-Postfix-Queue-ID: 4Ks9Tq1bZLz9sWm\n"
           "X-Postfix-Sender: rfc822; lucia@martinestudio.es\nArrival-Date: Mon, 25 Jan 2027 09:00:02 +0100 (CET)\n\n"
           "Final-Recipient: rfc822; billing@northlightfilms.co.uk\nOriginal-Recipient: rfc822;billing@northlightfilms.co.uk\n"
           "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx1.northlightfilms.co.uk\nDiagnostic-Code: smtp; 550 5.1.1 "
           "<billing@northlightfilms.co.uk>: Recipient address rejected: User unknown in virtual mailbox table\n")
    orig = (f"From: =?utf-8?q?Luc=C3=ADa_Mart=C3=ADn?= <lucia@martinestudio.es>\nTo: billing@northlightfilms.co.uk\n"
            f"Subject: Re: Invoice 2026-060\nDate: {format_datetime(when)}\nMessage-ID: {orig_id}\nMIME-Version: 1.0\n"
            'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n'
            "Dear Accounts Team,\n\nAccording to my records, invoice 2026-060 for €1,640.00, due on 18 January 2027, "
            "has not yet been paid.\n")
    add_raw(persona="Postfix martinestudio.es", kind="bounce",
            headers=machine_headers("MAILER-DAEMON@mail.martinestudio.es (Mail Delivery System)", lucia,
                                    "Undelivered Mail Returned to Sender", "2027-01-25 09:00:04", "Europe/Madrid",
                                    "mail.martinestudio.es",
                                    [("Auto-Submitted", "auto-replied")]),
            part=multipart("report", [
                Part([("Content-Type", "text/plain; charset=us-ascii"), ("Content-Description", "Notification")],
                     human.encode()),
                Part([("Content-Type", "message/delivery-status"), ("Content-Description", "Delivery report")], dsn.encode()),
                Part([("Content-Type", "message/rfc822"), ("Content-Description", "Undelivered Message")], orig.encode()),
            ], extra=' report-type=delivery-status;'),
            labels=dict(failed_recipient="billing@northlightfilms.co.uk", permanent=True),
            note="Postfix bounce, 550 5.1.1 user unknown -> permanent")

    # ---- Other: Peppol access point delivery notice ----
    txt = ("Document delivered\n\nYour invoice INV-2027-002 to Fjordlys AS has been delivered via the Peppol network.\n\n"
           "Receiver: Fjordlys AS (0192:998877665)\nDocument type: Invoice (Peppol BIS Billing 3.0)\n"
           "Amount: EUR 2,950.00\nDelivered: 05-01-2027 14:21 CET\nReceiving access point: POP000123\n\n"
           "Delivery confirms that the document reached the receiver's access point. It does not mean that the "
           "invoice has been approved or paid.\n\nLedgerlink Peppol Access Point · Amsterdam\n")
    add_raw(persona="Ledgerlink Peppol", kind="other",
            headers=machine_headers("Ledgerlink <no-reply@ledgerlink.eu>", tom,
                                    "Delivered: invoice INV-2027-002 to Fjordlys AS", "2027-01-05 14:22",
                                    "Europe/Amsterdam", "ledgerlink.eu", [("Auto-Submitted", "auto-generated")]),
            part=text_part(txt),
            labels=dict(reference="INV-2027-002"),
            note="e-invoicing access point 'delivered' notice; states an amount but it is not a payment -> other")

    # ---- Other: Wise outgoing transfer (Hannah paid a subcontractor) ----
    txt = ("Hi Hannah,\n\nYour money's on its way.\n\nYou sent 300.00 GBP to Joanna Pike.\n\n"
           "Reference: Proofreading HO-0137\nShould arrive: by Friday, 15 January\n\nTransfer #918273645\n\n"
           "The Wise Team\n\nWise Payments Limited, 6th Floor, The Tea Building, 56 Shoreditch High Street, London E1 6JJ.\n")
    add_raw(persona="Wise", kind="other",
            headers=machine_headers("Wise <noreply@wise.com>", hannah, "Your money's on its way to Joanna Pike",
                                    "2027-01-13 16:09", "Europe/London", "wise.com"),
            part=multipart("alternative", [text_part(txt),
                                           text_part(simple_html(["Hi Hannah,", "Your money's on its way.",
                                                                  "You sent <b>300.00 GBP</b> to Joanna Pike.",
                                                                  "Reference: Proofreading HO-0137"], "Wise", "#163300"),
                                                     subtype="html", cte="quoted-printable")]),
            note="outgoing payment by the owner to a subcontractor (reference mentions one of her invoice numbers) -> other")


# ============================================================================================
# Output
# ============================================================================================

def toml_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    return json.dumps(v, ensure_ascii=False)


KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other", "invoice"}
ORDER = ["kind", "language", "split", "amount", "reference", "promised_date", "return_date", "failed_recipient",
         "permanent", "note"]


def main() -> int:
    tom_messages()
    hannah_messages()
    ale_messages()
    lucia_messages()
    machine_messages()
    msgs = list(MESSAGES)
    random.Random(4242).shuffle(msgs)
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    out = ["# round4-en: English replies and machine mail, hand-written (see make.py). Generated by make.py.\n"]
    for n, m in enumerate(msgs, 1):
        name = f"{PREFIX}-{n:04d}.eml"
        (HERE / name).write_bytes(m["raw"])
        lab = m["labels"]
        assert lab["kind"] in KINDS, lab
        out.append(f'[files."{name}"]\n')
        for k in ORDER:
            if k in lab:
                out.append(f"{k} = {toml_value(lab[k])}\n")
        out.append("\n")
    (HERE / "labels.toml").write_text("".join(out), encoding="utf-8")
    return check(len(msgs))


def check(n: int) -> int:
    labels = tomllib.loads((HERE / "labels.toml").read_text(encoding="utf-8"))["files"]
    assert len(labels) == n
    bad = 0
    for name in sorted(labels):
        raw = (HERE / name).read_bytes()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            if not msg[h]:
                print(name, "missing", h)
                bad += 1
        msg["Date"].datetime  # parses
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        if msg.defects:
            print(name, "defects", msg.defects)
    from collections import Counter
    c = Counter((v["kind"]) for v in labels.values())
    s = Counter((v["split"]) for v in labels.values())
    print(f"{n} messages;", dict(sorted(c.items())), dict(s))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
