#!/usr/bin/env python3
"""round8-auto: auto-replies, bounces and their look-alikes, written by hand.

Run: python3 make.py   -> writes r8a-NNNN.eml and labels.toml next to this file.
Only the MIME plumbing, the quoted originals (mailduns reminders) and the DSN skeletons are generated;
every body a human or a machine "wrote" is literal text below.
"""
import base64
import datetime as _dt
import email
import email.policy
import email.utils
import hashlib
import os
import quopri
import re
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r8a"

# ---------------------------------------------------------------- plumbing

def D(stamp, off):
    """'2026-12-22 09:14:03', '+0100' -> RFC 5322 date."""
    sign = 1 if off[0] == "+" else -1
    tz = _dt.timezone(sign * _dt.timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    d = _dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
    return email.utils.format_datetime(d)


def dtobj(stamp, off):
    return email.utils.parsedate_to_datetime(D(stamp, off))


def H(s, charset="utf-8"):
    """Encode a header value if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76)


def A(name, addr, charset="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name, addr)
        return "%s <%s>" % (name, addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), addr)


def AX(s):
    """Encode an already formatted 'Name <addr>' header value if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        name, addr = email.utils.parseaddr(s)
        return A(name, addr)


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes

    def render(self):
        out = b""
        for k, v in self.headers:
            out += ("%s: %s\n" % (k, v)).encode("ascii")
        return out + b"\n" + self.body


def _encode(data, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    return data if data.endswith(b"\n") else data + b"\n"


def T(text, sub="plain", charset="utf-8", cte=None, codec=None, extra=None, flowed=False):
    """A text part. codec lets a part declare iso-8859-1 while holding windows-1252 bytes (Outlook)."""
    data = text.encode(codec or charset)
    if cte is None:
        try:
            text.encode("ascii")
            cte = "7bit" if max(len(l) for l in text.split("\n")) < 900 else "quoted-printable"
        except UnicodeEncodeError:
            cte = "quoted-printable"
    ct = "text/%s; charset=\"%s\"" % (sub, charset)
    if flowed:
        ct += "; format=flowed"
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    hs += list(extra or [])
    return Part(hs, _encode(data, cte))


def HT(html, **kw):
    return T(html, sub="html", **kw)


_bcount = [0]


def _boundary(tag):
    _bcount[0] += 1
    h = hashlib.md5(("%s-%d" % (tag, _bcount[0])).encode()).hexdigest()
    return "%s%s" % (tag, h[:24])


def MP(sub, parts, params="", tag="----=_Part_", preamble=None, extra=None):
    b = _boundary(tag)
    ct = 'multipart/%s; boundary="%s"%s' % (sub, b, params)
    body = b""
    if preamble:
        body += preamble.encode() + b"\n"
    for p in parts:
        body += b"\n--" + b.encode() + b"\n" + p.render()
        if not body.endswith(b"\n"):
            body += b"\n"
    body += b"\n--" + b.encode() + b"--\n"
    return Part([("Content-Type", ct)] + list(extra or []), body)


def ALT(text, html, **kw):
    return MP("alternative", [text, html], **kw)


def ATT(filename, ctype, data, inline=False, cid=None):
    hs = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
          ("Content-Disposition", '%s; filename="%s"' % ("inline" if inline else "attachment", filename)),
          ("Content-Transfer-Encoding", "base64")]
    if cid:
        hs.append(("Content-ID", "<%s>" % cid))
    return Part(hs, base64.encodebytes(data))


def RAW(ctype, text, cte="7bit", extra=None):
    data = text.encode("utf-8")
    return Part([("Content-Type", ctype)] + ([("Content-Transfer-Encoding", cte)] if cte else []) + list(extra or []),
                data if data.endswith(b"\n") else data + b"\n")


def RFC822(msgbytes, desc=None):
    hs = [("Content-Type", "message/rfc822")]
    if desc:
        hs.append(("Content-Description", desc))
    return Part(hs, msgbytes)


def HEADERS_ONLY(msgbytes, ctype="text/rfc822-headers"):
    head = msgbytes.split(b"\n\n", 1)[0] + b"\n"
    return Part([("Content-Type", ctype), ("Content-Description", "Undelivered Message Headers")], head)


def DSN(human, status, original, headers_only=False, tag="----=_DSN_", extra_parts=()):
    """multipart/report: human part, message/delivery-status, then the original (or its headers)."""
    st = Part([("Content-Type", "message/delivery-status"), ("Content-Description", "Delivery report")],
              (status.strip("\n") + "\n").encode("utf-8"))
    orig = HEADERS_ONLY(original) if headers_only else RFC822(original, "Undelivered Message")
    return MP("report", [human, st] + list(extra_parts) + [orig], params="; report-type=delivery-status", tag=tag)


FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")
FAKE_PNG = base64.b64decode(
    b"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")

MESSAGES = []  # (labels dict, bytes)


def mid(domain, seed):
    return "<%s@%s>" % (hashlib.sha1(seed.encode()).hexdigest()[:20].upper(), domain)


def add(label, frm, to, date, subject, part, extra=(), irt=None, cc=None, msgid=None, mime_version=True,
        subject_charset="utf-8", lead=()):
    n = len(MESSAGES) + 1
    hs = list(lead)
    hs.append(("From", AX(frm)))
    hs.append(("To", AX(to)))
    if cc:
        hs.append(("Cc", AX(cc)))
    hs.append(("Subject", H(subject, subject_charset)))
    hs.append(("Date", date))
    dom = re.search(r"@([A-Za-z0-9.\-]+)", frm).group(1)
    hs.append(("Message-ID", msgid or mid(dom, "%d-%s-%s" % (n, subject, date))))
    if irt:
        hs.append(("In-Reply-To", irt))
        hs.append(("References", irt))
    hs += list(extra)
    if mime_version:
        hs.append(("MIME-Version", "1.0"))
    out = b""
    for k, v in hs:
        out += ("%s: %s\n" % (k, v)).encode("ascii")
    out += part.render()
    MESSAGES.append((label, out))
    return n


def L(kind, lang, note, **facts):
    d = {"kind": kind, "language": lang, "split": "dev"}
    d.update(facts)
    d["note"] = note
    return d


# ---------------------------------------------------------------- the owners and their reminders

OWNERS = {
    "alessandra": ("Alessandra Rossi", "alessandra@example.it", "it", "IT60 X054 2811 1010 0000 0123 456", None),
    "marco": ("Marco Ferretti", "marco@ferrettifoto.it", "it", "IT02 A030 6909 6061 0000 0065 432", None),
    "giulia": ("Giulia Conti", "giulia@contitraduzioni.it", "it", "IT15 M036 4601 6005 2641 2378 903", None),
    "lucia": ("Lucía Martín", "lucia@martinestudio.es", "es", "ES91 2100 0418 4502 0005 1332", None),
    "pablo": ("Pablo Ortega", "pablo@ortegafotografia.es", "es", "ES76 0081 0216 7100 0123 4567", None),
    "tom": ("Tom Byrne", "tom@byrnedesign.ie", "en", "IE29 AIBK 9311 5212 3456 78", "AIBKIE2D"),
    "hannah": ("Hannah Okafor", "hannah@okaforstudio.co.uk", "en", "GB33 BUKB 2020 1555 5555 55", "BUKBGB22"),
    "dan": ("Dan Mitchell", "dan@mitchell.dev", "en", None, None),
}

MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
        "ottobre", "novembre", "dicembre"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
GIORNI = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fdate(lang, iso):
    d = _dt.date.fromisoformat(iso)
    if lang == "it":
        return "%d %s %d" % (d.day, MESI[d.month - 1], d.year)
    if lang == "es":
        return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def il(iso):
    """Italian article before a date, as the templates' art("il") filter writes it: l'8, l'11, il 20."""
    d = _dt.date.fromisoformat(iso)
    return ("l'" if d.day in (8, 11) else "il ") + fdate("it", iso)


def famount(lang, amt, cur="EUR"):
    whole, cents = ("%.2f" % amt).split(".")
    groups = "{:,}".format(int(whole))
    if lang in ("it", "es"):
        return "%s,%s €" % (groups.replace(",", "."), cents)
    sym = {"EUR": "€", "GBP": "£", "USD": "$"}[cur]
    return "%s%s.%s" % (sym, groups, cents)


def salutation(lang, client, ckind):
    if lang == "it":
        if ckind == "company":
            return "Spett.le %s," % client
        return "Gentile %s," % client if client else "Buongiorno,"
    if lang == "es":
        if ckind == "company":
            return "Estimados señores:"
        return "Buenos días, %s:" % client if client else "Buenos días:"
    if ckind == "company":
        return "Dear Accounts Team,"
    return "Dear %s," % client if client else "Hello,"


def payment_block(owner, inv):
    name, addr, lang, iban, bic = OWNERS[owner]
    if not iban:
        if lang == "en":
            return "The payment details are on the invoice, in my original email in this thread."
    if lang == "it":
        return ("Per il pagamento:\n- beneficiario: %s\n- IBAN: %s\n- causale: Saldo fattura n. %s" % (name, iban, inv))
    if lang == "es":
        return ("Datos para el pago:\n- beneficiario: %s\n- IBAN: %s\n- concepto: Factura %s" % (name, iban, inv))
    s = "Payment details:\n- Account name: %s\n- IBAN: %s\n" % (name, iban)
    if bic:
        s += "- BIC (SWIFT): %s\n" % bic
    return s + "- Payment reference: %s" % inv


def reminder(owner, step, client, ckind, inv, amount, due, issue=None, cur="EUR", deadline=None, days_late=10):
    """Text and subject of a mailduns letter, as the templates write them (fees off)."""
    name, addr, lang, iban, bic = OWNERS[owner]
    a = famount(lang, amount, cur) if amount else None
    dd = il(due) if lang == "it" else fdate(lang, due)
    pay = payment_block(owner, inv)
    sal = salutation(lang, client, ckind)
    if lang == "it":
        am = " di %s" % a if a else ""
        if step == "courtesy":
            subj = "Promemoria: fattura n. %s in scadenza" % inv
            body = ("%s\n\nun breve promemoria: la fattura n. %s%s%s è in scadenza %s.\n\n"
                    "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                    "%s\n\nPer qualsiasi domanda basta rispondere a questa email.\n\nCordiali saluti,\n%s\n"
                    % (sal, inv, am, (", emessa %s," % il(issue)) if issue else "", dd, pay, name))
        elif step == "due":
            subj = "Fattura n. %s in scadenza" % inv
            body = ("%s\n\nun promemoria: la fattura n. %s%s è scaduta %s. Se il pagamento non è ancora stato disposto, "
                    "chiedo gentilmente di provvedere nei prossimi giorni.\n\n"
                    "Se il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                    "%s\n\nPer qualsiasi domanda basta rispondere a questa email.\n\nCordiali saluti,\n%s\n"
                    % (sal, inv, am, dd, pay, name))
        elif step == "reminder":
            subj = "Sollecito: fattura n. %s" % inv
            body = ("%s\n\nda un controllo la fattura n. %s%s, scaduta %s, risulta ancora da saldare. Potrebbe trattarsi "
                    "di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                    "Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso "
                    "aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche "
                    "problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.\n\n"
                    "%s\n\nCordiali saluti,\n%s\n" % (sal, inv, am, dd, pay, name))
        else:
            subj = "Secondo sollecito: fattura n. %s" % inv
            body = ("%s\n\nla fattura n. %s%s, scaduta %s, risulta ancora da saldare: sono trascorsi %d giorni dalla "
                    "scadenza.\n\nChiedo cortesemente di provvedere al pagamento entro %s. Se il pagamento è già stato "
                    "disposto, basta rispondere indicando la data del bonifico. Se c'è un problema con la fattura o con i "
                    "tempi di pagamento, possiamo trovare insieme una soluzione: basta rispondere a questa email.\n\n"
                    "%s\n\nCordiali saluti,\n%s\n" % (sal, inv, am, dd, days_late, il(deadline), pay, name))
    elif lang == "es":
        am = " de %s" % a if a else ""
        if step == "courtesy":
            subj = "Recordatorio: factura n.º %s" % inv
            body = ("%s\n\nUn breve recordatorio: la factura n.º %s%s%s vence el %s.\n\n"
                    "Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.\n\n"
                    "%s\n\nPara cualquier duda, basta con responder a este correo.\n\nUn cordial saludo,\n%s\n"
                    % (sal, inv, am, (", emitida el %s," % fdate(lang, issue)) if issue else "", dd, pay, name))
        elif step == "due":
            subj = "Factura n.º %s: vencimiento" % inv
            body = ("%s\n\nLa factura n.º %s%s venció el %s y, según mis registros, el pago aún no consta. Agradecería "
                    "que se tramitara en los próximos días.\n\nSi el pago ya se ha realizado, muchas gracias: no es "
                    "necesario hacer nada más.\n\n%s\n\nPara cualquier duda, basta con responder a este correo.\n\n"
                    "Un cordial saludo,\n%s\n" % (sal, inv, am, dd, pay, name))
        else:
            subj = "Factura n.º %s pendiente de pago" % inv
            body = ("%s\n\nRevisando mis cuentas, veo que la factura n.º %s%s, vencida el %s, sigue pendiente de pago. "
                    "Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea "
                    "posible.\n\nSi el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando "
                    "la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema con la "
                    "factura, podemos aclararlo por esta misma vía.\n\n%s\n\nUn cordial saludo,\n%s\n"
                    % (sal, inv, am, dd, pay, name))
    else:
        am = " for %s" % a if a else ""
        if step == "courtesy":
            subj = "Invoice %s: payment due on %s" % (inv, dd)
            body = ("%s\n\nThis is a friendly reminder that invoice %s%s%s is due for payment on %s.\n\n"
                    "If payment is already on its way, thank you, and please disregard this message.\n\n"
                    "%s\n\nIf you have any questions, just reply to this email.\n\nKind regards,\n%s\n"
                    % (sal, inv, am, (", issued on %s," % fdate(lang, issue)) if issue else "", dd, pay, name))
        elif step == "due":
            subj = "Invoice %s is now due" % inv
            body = ("%s\n\nThis is a quick reminder that invoice %s%s was due for payment on %s. If it has not been paid "
                    "yet, I would be grateful if you could arrange payment in the next few days.\n\n"
                    "If you have already paid, thank you, and please disregard this reminder.\n\n"
                    "%s\n\nIf you have any questions, just reply to this email.\n\nKind regards,\n%s\n"
                    % (sal, inv, am, dd, pay, name))
        elif step == "reminder":
            subj = "Reminder: invoice %s" % inv
            body = ("%s\n\nAccording to my records, invoice %s%s, due on %s, has not yet been paid. It may simply have "
                    "been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.\n\n"
                    "If you have already paid, thank you – please let me know the payment date so that I can update my "
                    "records. If there is a problem with the invoice, please reply to this email and we can sort it out.\n\n"
                    "%s\n\nKind regards,\n%s\n" % (sal, inv, am, dd, pay, name))
        else:
            subj = "Invoice %s: %d days overdue" % (inv, days_late)
            body = ("%s\n\nInvoice %s%s, due on %s, is now %d days overdue.\n\nPlease arrange payment by %s. If payment "
                    "is already on its way, thank you – please let me know the date it was made. If there is a problem "
                    "with the invoice or with the timing, please reply to this email and we can find a solution.\n\n"
                    "%s\n\nKind regards,\n%s\n" % (sal, inv, am, dd, days_late, fdate(lang, deadline), pay, name))
    return subj, body


class Sent:
    """A reminder the owner sent: used for bounces (the original) and for quoting."""

    def __init__(self, owner, to, stamp, off, step, client, ckind, inv, amount, due, cc=None, **kw):
        self.owner = owner
        self.name, self.addr, self.lang = OWNERS[owner][:3]
        self.to = to
        self.cc = cc
        self.date = D(stamp, off)
        self.dt = dtobj(stamp, off)
        self.subject, self.body = reminder(owner, step, client, ckind, inv, amount, due, **kw)
        dom = self.addr.split("@")[1]
        self.msgid = "<mailduns.%s.%s@%s>" % (re.sub(r"[^0-9A-Za-z]", "-", inv),
                                              hashlib.md5((stamp + inv).encode()).hexdigest()[:10], dom)

    def bytes(self):
        hs = [("From", A(self.name, self.addr)), ("To", AX(self.to))]
        if self.cc:
            hs.append(("Cc", self.cc))
        hs += [("Subject", H(self.subject)), ("Date", self.date), ("Message-ID", self.msgid),
               ("MIME-Version", "1.0"), ("X-Mailer", "mailduns")]
        out = b"".join(("%s: %s\n" % (k, v)).encode("ascii") for k, v in hs)
        return out + T(self.body).render()

    # quoting styles -------------------------------------------------
    def q_gmail(self):
        d = self.dt
        if self.lang == "it":
            head = "Il giorno %s %d %s %d alle ore %02d:%02d %s <%s> ha scritto:" % (
                ["lun", "mar", "mer", "gio", "ven", "sab", "dom"][d.weekday()], d.day, MESI[d.month - 1][:3], d.year,
                d.hour, d.minute, self.name, self.addr)
        elif self.lang == "es":
            head = "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (
                ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"][d.weekday()], d.day, MESES[d.month - 1][:3], d.year,
                d.hour, d.minute, self.name, self.addr)
        else:
            head = "On %s, %d %s %d at %02d:%02d, %s <%s> wrote:" % (
                DAYS[d.weekday()][:3], d.day, MONTHS[d.month - 1][:3], d.year, d.hour, d.minute, self.name, self.addr)
        return head + "\n\n" + "\n".join(("> " + l) if l else ">" for l in self.body.rstrip("\n").split("\n")) + "\n"

    def q_outlook(self, lang=None):
        lang = lang or self.lang
        d = self.dt
        if lang == "it":
            head = "Da: %s <%s>\nInviato: %s %d %s %d %02d:%02d\nA: %s\nOggetto: %s" % (
                self.name, self.addr, GIORNI[d.weekday()], d.day, MESI[d.month - 1], d.year, d.hour, d.minute,
                self.to, self.subject)
        elif lang == "es":
            head = "De: %s <%s>\nEnviado el: %s, %d de %s de %d %d:%02d\nPara: %s\nAsunto: %s" % (
                self.name, self.addr, DIAS[d.weekday()], d.day, MESES[d.month - 1], d.year, d.hour, d.minute,
                self.to, self.subject)
        else:
            h12 = d.hour % 12 or 12
            head = "From: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s" % (
                self.name, self.addr, DAYS[d.weekday()], MONTHS[d.month - 1], d.day, d.year, h12, d.minute,
                "AM" if d.hour < 12 else "PM", self.to, self.subject)
        return "________________________________\n" + head + "\n\n" + self.body

    def q_apple(self):
        d = self.dt
        if self.lang == "it":
            head = "Il giorno %d %s %d, alle ore %02d:%02d, %s <%s> ha scritto:" % (
                d.day, MESI[d.month - 1][:3], d.year, d.hour, d.minute, self.name, self.addr)
        elif self.lang == "es":
            head = "El %d %s %d, a las %d:%02d, %s <%s> escribió:" % (
                d.day, MESES[d.month - 1][:3], d.year, d.hour, d.minute, self.name, self.addr)
        else:
            head = "On %d %s %d, at %02d:%02d, %s <%s> wrote:" % (d.day, MONTHS[d.month - 1][:3], d.year, d.hour,
                                                                    d.minute, self.name, self.addr)
        return head + "\n\n" + "\n".join(("> " + l) if l else ">" for l in self.body.rstrip("\n").split("\n")) + "\n"

    def q_html(self):
        import html as _h
        paras = "".join("<p>%s</p>" % _h.escape(p).replace("\n", "<br>") for p in self.body.strip().split("\n\n"))
        return ('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>'
                % paras)


def re_subj(prefix, s):
    return "%s %s" % (prefix, s)


# ================================================================ ITALIAN auto-replies

def exch_oof_headers(addr, lang="it-IT", topic=None):
    h = [("Thread-Topic", H(topic)) if topic else None,
         ("Thread-Index", "AQHdV" + hashlib.md5(addr.encode()).hexdigest()[:18] + "=="),
         ("Auto-Submitted", "auto-generated"),
         ("X-Auto-Response-Suppress", "All"),
         ("X-MS-Exchange-Inbox-Rules-Loop", addr),
         ("X-MS-Has-Attach", ""),
         ("X-MS-Exchange-Organization-SCL", "-1"),
         ("Content-Language", lang)]
    return [x for x in h if x]


def outlook_html(text, font="Calibri", size="11pt"):
    import html as _h
    paras = "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (_h.escape(l) if l else "&nbsp;")
                    for l in text.split("\n"))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style><!-- p.MsoNormal {margin:0cm; font-size:%s; font-family:"%s",sans-serif;} --></style></head>\n'
            '<body lang="IT" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n%s</div></body></html>\n'
            % (size, font, paras))


# 1 -------- Exchange OOF, holiday with explicit return day
s = Sent("alessandra", "Paola Bernasconi <p.bernasconi@tessilcomo.it>", "2026-12-23 09:00:00", "+0100",
         "reminder", "Tessil Como S.p.A.", "company", "41/2026", 1830.00, "2026-12-15")
txt = """Buongiorno,

sono fuori ufficio dal 23 dicembre al 6 gennaio compresi, con accesso limitato alla posta elettronica. Rientrerò in ufficio giovedì 7 gennaio.

Per questioni amministrative urgenti potete rivolgervi a amministrazione@tessilcomo.it (tel. 031 555 2190).

Cordiali saluti
Paola Bernasconi
Ufficio Acquisti – Tessil Como S.p.A.
"""
add(L("auto-reply", "it", "Exchange out-of-office (Auto-Submitted: auto-generated); 'dal 23 dicembre al 6 gennaio compresi' and 'Rientrerò giovedì 7 gennaio' agree.",
      return_date="2027-01-07"),
    A("Paola Bernasconi", "p.bernasconi@tessilcomo.it"), A(s.name, s.addr), D("2026-12-23 09:00:07", "+0100"),
    "Risposta automatica: " + s.subject, ALT(T(txt), HT(outlook_html(txt))),
    extra=exch_oof_headers("p.bernasconi@tessilcomo.it", topic=s.subject), irt=s.msgid)

# 2 -------- Gmail vacation responder, away until a Sunday
s = Sent("giulia", "Chiara Fumagalli <chiara.fumagalli.design@gmail.com>", "2027-01-04 11:30:00", "+0100",
         "courtesy", "Chiara Fumagalli", "person", "3/2027", 480.00, "2027-01-12", issue="2026-12-28")
txt = """Ciao! 🌴
Sono in ferie fino a domenica 10 gennaio, senza pc e (quasi) senza telefono.
Dal giorno dopo torno operativa e rispondo a tutto, promesso!

Chiara
"""
add(L("auto-reply", "it", "Gmail vacation responder. Away 'fino a domenica 10 gennaio', back 'dal giorno dopo' = Monday 11.",
      return_date="2027-01-11"),
    A("Chiara Fumagalli", "chiara.fumagalli.design@gmail.com"), A(s.name, s.addr), D("2027-01-04 11:30:41", "+0100"),
    "Re: " + s.subject, ALT(T(txt, flowed=True), HT('<div dir="ltr">Ciao! 🌴<br>Sono in ferie fino a domenica 10 gennaio, senza pc e (quasi) senza telefono.<br>Dal giorno dopo torno operativa e rispondo a tutto, promesso!<br><br>Chiara</div>\n'),
                                        tag="0000000000000"),
    extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"), ("X-Autoreply", "yes")], irt=s.msgid)

# 3 -------- Libero responder, no RFC 3834 headers, looks like a human "Re:"
s = Sent("marco", "elenasala.dentista@libero.it", "2026-11-16 08:45:00", "+0100",
         "courtesy", "Dott.ssa Elena Sala", "person", "7/2026", 650.00, "2026-11-20", issue="2026-10-21")
txt = """RISPOSTA AUTOMATICA

Sono in maternità fino a giugno 2027.
Per appuntamenti e per le pratiche dello studio scrivete a segreteria.studiosala@gmail.com o chiamate lo 0341 28 44 10 (lun-ven 9-13).
Grazie

Dott.ssa Elena Sala
Odontoiatra
"""
add(L("auto-reply", "it", "Libero auto-responder with no Auto-Submitted/X-Autoreply header and a plain 'Re:' subject; maternity leave until a month only = vague, no return_date."),
    "elenasala.dentista@libero.it", A(s.name, s.addr), D("2026-11-16 08:45:12", "+0100"),
    "Re: " + s.subject, T(txt, charset="iso-8859-1", cte="quoted-printable"),
    extra=[("X-Mailer", "Libero Mail")], irt=s.msgid)

# 4 -------- Aruba webmail (sieve vacation), Christmas closure
s = Sent("marco", "Falegnameria Brambilla <info@falegnameriabrambilla.it>", "2026-12-28 10:05:00", "+0100",
         "reminder", "Falegnameria Brambilla snc", "company", "49/2026", 366.00, "2026-12-18")
txt = """Gentile cliente,

vi informiamo che la Falegnameria Brambilla resterà chiusa per le festività natalizie dal 24/12/2026 al 06/01/2027.
Riapertura giovedì 07/01/2027 con il consueto orario 8-12 / 14-18.

Le email ricevute in questo periodo saranno evase al rientro.

Buone feste!
Falegnameria Brambilla snc
Via dei Mille 14 – 20851 Lissone (MB)
"""
add(L("auto-reply", "it", "Aruba webmail vacation (sieve, 'Auto-Submitted: auto-replied (vacation)'), closure 24/12-06/01, reopening stated 07/01/2027.",
      return_date="2027-01-07"),
    A("Falegnameria Brambilla", "info@falegnameriabrambilla.it"), A(s.name, s.addr), D("2026-12-28 10:05:03", "+0100"),
    "Chiusura per ferie natalizie", T(txt),
    extra=[("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk"),
           ("X-Sieve", "Pigeonhole Sieve 0.5.16"), ("X-Aruba-Vacation", "yes")], irt=s.msgid)

# 5 -------- Zimbra, sick leave
s = Sent("alessandra", "Luca Moretti <l.moretti@comunicarte.it>", "2026-11-24 09:10:00", "+0100",
         "due", "Comunicarte srl", "company", "36/2026", 2440.00, "2026-11-20")
txt = """Sono assente per malattia. Rientro previsto lunedì 30 novembre.

Nel frattempo, per la contabilità fornitori scrivere a fornitori@comunicarte.it.

Luca Moretti
"""
add(L("auto-reply", "it", "Zimbra vacation reply (Auto-Submitted: auto-replied (zimbra; vacation)); sick leave, 'Rientro previsto lunedì 30 novembre'.",
      return_date="2026-11-30"),
    A("Luca Moretti", "l.moretti@comunicarte.it"), A(s.name, s.addr), D("2026-11-24 09:10:02", "+0100"),
    "Assente per malattia", T(txt),
    extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("X-Mailer", "Zimbra 10.0.6_GA_4600")], irt=s.msgid)

# 6 -------- PEC box answering automatically, wrapped in a PEC envelope
s = Sent("alessandra", "amministrazione@pec.edilnord.it", "2026-12-14 10:21:00", "+0100",
         "reminder", "Edil Nord S.r.l.", "company", "12/2026", 1220.00, "2026-12-04")
inner_txt = """Questo è un messaggio automatico.

La presente casella di Posta Elettronica Certificata è destinata esclusivamente alla ricezione di comunicazioni aventi valore legale provenienti da altre caselle PEC.
I messaggi provenienti da caselle di posta ordinaria non vengono letti né protocollati.

Per comunicazioni commerciali o amministrative: info@edilnord.it
Edil Nord S.r.l. – P.IVA 03412870165
"""
inner = (b"From: amministrazione@pec.edilnord.it\nTo: alessandra@example.it\n"
         b"Subject: Risposta automatica: " + s.subject.encode() + b"\n"
         b"Date: " + D("2026-12-14 10:22:05", "+0100").encode() + b"\n"
         b"Message-ID: <AUTO-pec-edilnord-20261214102205@pec.edilnord.it>\n"
         b"Auto-Submitted: auto-replied\nMIME-Version: 1.0\n" + T(inner_txt).render())
daticert = """<?xml version="1.0" encoding="UTF-8"?>
<postacert tipo="posta-certificata" errore="nessuno">
  <intestazione>
    <mittente>amministrazione@pec.edilnord.it</mittente>
    <destinatari tipo="esterno">alessandra@example.it</destinatari>
    <risposte>amministrazione@pec.edilnord.it</risposte>
    <oggetto>Risposta automatica: %s</oggetto>
  </intestazione>
  <dati>
    <gestore-emittente>ARUBA PEC S.p.A.</gestore-emittente>
    <data zona="+0100"><giorno>14/12/2026</giorno><ora>10:22:05</ora></data>
    <identificativo>opec21019.20261214102205.04412.812.1.53@pec.aruba.it</identificativo>
    <msgid>&lt;AUTO-pec-edilnord-20261214102205@pec.edilnord.it&gt;</msgid>
  </dati>
</postacert>
""" % s.subject
body = """Messaggio di posta certificata

Il giorno 14/12/2026 alle ore 10:22:05 (+0100) il messaggio
"Risposta automatica: %s" è stato inviato da "amministrazione@pec.edilnord.it"
indirizzato a:
alessandra@example.it
Il messaggio originale è incluso in allegato.
Identificativo messaggio: opec21019.20261214102205.04412.812.1.53@pec.aruba.it
""" % s.subject
add(L("auto-reply", "it", "An automatic answer from a client's PEC box ('only reads PEC'), delivered inside a PEC envelope (POSTA CERTIFICATA:, daticert.xml, postacert.eml). Not a bounce: it was delivered."),
    A("Per conto di: amministrazione@pec.edilnord.it", "posta-certificata@pec.aruba.it"), A(s.name, s.addr),
    D("2026-12-14 10:22:05", "+0100"), "POSTA CERTIFICATA: Risposta automatica: " + s.subject,
    MP("mixed", [MP("alternative", [T(body), HT("<html><body><p>" + body.replace("\n", "<br>\n") + "</p></body></html>")]),
                 Part([("Content-Type", 'application/xml; name="daticert.xml"'),
                       ("Content-Disposition", 'inline; filename="daticert.xml"'),
                       ("Content-Transfer-Encoding", "base64")], base64.encodebytes(daticert.encode())),
                 Part([("Content-Type", 'message/rfc822; name="postacert.eml"'),
                       ("Content-Disposition", 'inline; filename="postacert.eml"')], inner)]),
    extra=[("X-Trasporto", "posta-certificata"), ("X-Riferimento-Message-ID", "<AUTO-pec-edilnord-20261214102205@pec.edilnord.it>"),
           ("Reply-To", "amministrazione@pec.edilnord.it")],
    msgid="<opec21019.20261214102205.04412.812.1.53@pec.aruba.it>")

# 7 -------- Comune: automatic protocol number
s = Sent("alessandra", "protocollo@comune.vallerana.it", "2026-12-03 11:40:00", "+0100",
         "reminder", "Comune di Vallerana", "company", "31/2026", 2196.00, "2026-11-25")
txt = """COMUNE DI VALLERANA
Servizio Protocollo e Archivio

Si comunica che il messaggio in oggetto è stato registrato al Protocollo Generale dell'Ente con i seguenti estremi:

  Numero di protocollo: 0048213
  Data di registrazione: 03/12/2026
  Tipo: ENTRATA
  Classificazione: 4.1 - Bilancio e contabilità
  Mittente: alessandra@example.it
  Oggetto: %s
  Assegnato a: SETTORE II - SERVIZI FINANZIARI

Si ricorda che, ai sensi del D.M. 55/2013, le fatture nei confronti della Pubblica Amministrazione devono essere trasmesse esclusivamente tramite il Sistema di Interscambio (SdI). Codice Univoco Ufficio: UFK9LM.

Messaggio generato automaticamente dal sistema di protocollo informatico. Si prega di non rispondere.
""" % s.subject
add(L("auto-reply", "it", "Public office: automatic registration at the protocol with number (Auto-Submitted: auto-generated). Mentions invoices/SdI but says nothing about payment."),
    A("Protocollo Comune di Vallerana", "protocollo@comune.vallerana.it"), A(s.name, s.addr),
    D("2026-12-03 11:42:19", "+0100"), "Conferma di protocollazione - Prot. n. 0048213 del 03/12/2026",
    T(txt, charset="iso-8859-1", cte="quoted-printable"),
    extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Protocollo Informatico 4.2")], irt=s.msgid)

# 8 -------- Accounts-payable acknowledgement with payment terms (no promise)
s = Sent("giulia", "Contabilità Fornitori <contabilita.fornitori@gruppopadano.it>", "2026-11-27 09:00:00", "+0100",
         "reminder", "Gruppo Alimentare Padano S.p.A.", "company", "28/2026", 915.00, "2026-11-15")
txt = """Gentile Fornitore,

confermiamo la ricezione della Sua comunicazione, che verrà inoltrata all'ufficio competente.

Le ricordiamo che, secondo le condizioni generali di acquisto, i pagamenti vengono effettuati a 60 giorni data fattura fine mese, con valuta il giorno 10 del mese successivo alla scadenza. Lo stato delle fatture e dei pagamenti è consultabile sul Portale Fornitori (https://fornitori.gruppopadano.it).

Questa è una email generata automaticamente: si prega di non rispondere.

Gruppo Alimentare Padano S.p.A.
Amministrazione – Contabilità Fornitori
"""
add(L("auto-reply", "it", "Accounts-payable automatic acknowledgement quoting its standard payment terms ('giorno 10 del mese'): general policy, not a promise to pay this invoice."),
    A("Contabilità Fornitori", "noreply-fornitori@gruppopadano.it"), A(s.name, s.addr), D("2026-11-27 09:00:31", "+0100"),
    "Ricezione comunicazione fornitore - " + s.subject, ALT(T(txt), HT(outlook_html(txt, font="Arial", size="10pt"))),
    extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "auto_reply")], irt=s.msgid)

# 9 -------- Has left the company
s = Sent("alessandra", "Fabio Bassi <f.bassi@graficlario.it>", "2026-12-09 09:00:00", "+0100",
         "reminder", "Grafiche Lario S.r.l.", "company", "38/2026", 1586.00, "2026-11-30")
txt = """Fabio Bassi non fa più parte di Grafiche Lario S.r.l.
Questa casella non è più presidiata e i messaggi non vengono inoltrati.

Per questioni amministrative e pagamenti scrivere a amministrazione@graficlario.it
Per questioni commerciali: commerciale@graficlario.it

Grazie.
"""
add(L("auto-reply", "it", "Exchange auto-reply: person has left the company, mailbox not monitored, write to another address."),
    A("Fabio Bassi", "f.bassi@graficlario.it"), A(s.name, s.addr), D("2026-12-09 09:00:04", "+0100"),
    "Risposta automatica: " + s.subject, ALT(T(txt), HT(outlook_html(txt))),
    extra=exch_oof_headers("f.bassi@graficlario.it", topic=s.subject), irt=s.msgid)

# 10 -------- Trade fair
s = Sent("giulia", "Arredo Mazzucchelli <ufficio@arredomazzucchelli.it>", "2026-11-23 08:30:00", "+0100",
         "courtesy", "Arredo Mazzucchelli srl", "company", "44/2026", 732.00, "2026-11-30", issue="2026-10-30")
txt = """Grazie per il messaggio.

Dal 23 al 27 novembre siamo in fiera a Verona (Padiglione 7, stand B12) e risponderemo alle email con qualche giorno di ritardo.
Saremo di nuovo in sede da lunedì 30 novembre.

Vi aspettiamo in fiera!
Arredo Mazzucchelli srl
"""
add(L("auto-reply", "it", "Trade-fair auto-reply; back 'da lunedì 30 novembre'.", return_date="2026-11-30"),
    A("Arredo Mazzucchelli", "ufficio@arredomazzucchelli.it"), A(s.name, s.addr), D("2026-11-23 08:30:09", "+0100"),
    "Risposta automatica: " + s.subject, T(txt),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Microsoft Outlook 16.0")], irt=s.msgid)

# 11 -------- Reduced hours, no return
s = Sent("giulia", "Sara Colombo <sara@colombolab.it>", "2027-01-18 09:00:00", "+0100",
         "due", "Sara Colombo", "person", "51/2026", 290.00, "2027-01-15")
txt = """Ciao,
in questo periodo lavoro a orario ridotto (lunedì, mercoledì e venerdì mattina).
Leggo tutte le email e rispondo appena riesco, grazie della pazienza :)

Sara
--
Colombo Lab – ceramiche
"""
add(L("auto-reply", "it", "Auto-reply about reduced working hours; no absence and no return date."),
    A("Sara Colombo", "sara@colombolab.it"), A(s.name, s.addr), D("2027-01-18 09:00:15", "+0100"),
    "Orario ridotto", T(txt, flowed=True),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("X-Mailer", "Roundcube Webmail/1.6.7")], irt=s.msgid)

# 12 -------- Only on Mondays
s = Sent("marco", "Agriturismo Il Poggio <info@ilpoggioagriturismo.it>", "2026-12-16 15:20:00", "+0100",
         "reminder", "Agriturismo Il Poggio", "company", "47/2026", 540.00, "2026-12-05")
txt = """Gentile cliente,
in questo periodo di bassa stagione controlliamo la posta elettronica solo il lunedì mattina.
Per prenotazioni urgenti chiamate il 347 555 0192.

Agriturismo Il Poggio
Loc. Poggio alle Vigne – Montalcino (SI)
"""
add(L("auto-reply", "it", "'Controlliamo la posta solo il lunedì': a recurring habit, not a return date."),
    A("Agriturismo Il Poggio", "info@ilpoggioagriturismo.it"), A(s.name, s.addr), D("2026-12-16 15:20:02", "+0100"),
    "Re: " + s.subject, T(txt), extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)

# 13 -------- Bilingual it/en Exchange
s = Sent("alessandra", "Roberto Giordano <r.giordano@meccanicagiordano.com>", "2026-12-21 10:00:00", "+0100",
         "courtesy", "Meccanica Giordano S.p.A.", "company", "46/2026", 3050.00, "2026-12-31", issue="2026-12-01")
txt = """Sono fuori ufficio fino a lunedì 4 gennaio 2027. Per urgenze contattare il centralino allo 011 555 8800.

I am out of the office until Monday, 4 January 2027. For urgent matters please call our switchboard at +39 011 555 8800.

Roberto Giordano
Responsabile Amministrativo | Meccanica Giordano S.p.A.
"""
add(L("auto-reply", "it", "Bilingual Italian/English Exchange OOF; 'fino a lunedì 4 gennaio' = back that Monday.",
      return_date="2027-01-04"),
    A("Roberto Giordano", "r.giordano@meccanicagiordano.com"), A(s.name, s.addr), D("2026-12-21 10:00:03", "+0100"),
    "Risposta automatica: " + s.subject, ALT(T(txt), HT(outlook_html(txt))),
    extra=exch_oof_headers("r.giordano@meccanicagiordano.com", topic=s.subject), irt=s.msgid)

# 14 -------- Paternity, vague
s = Sent("giulia", "Andrea Ricci <andrea.ricci@edizionilibeccio.it>", "2026-11-30 09:30:00", "+0100",
         "due", "Edizioni Libeccio", "company", "40/2026", 1100.00, "2026-11-27")
txt = """Buongiorno,
sono in congedo di paternità 👶 e rientrerò a metà dicembre.
Per la redazione scrivere a redazione@edizionilibeccio.it, per l'amministrazione a amministrazione@edizionilibeccio.it.

Andrea Ricci
Edizioni Libeccio
"""
add(L("auto-reply", "it", "Paternity leave, back 'a metà dicembre' = vague, no return_date."),
    A("Andrea Ricci", "andrea.ricci@edizionilibeccio.it"), A(s.name, s.addr), D("2026-11-30 09:30:22", "+0100"),
    "Fuori ufficio", T(txt), extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Zoho Mail")], irt=s.msgid)

# 15 -------- "dopo Pasqua"
s = Sent("marco", "Studio Architetti Pozzi <studio@architettipozzi.it>", "2027-02-10 09:00:00", "+0100",
         "reminder", "Studio Architetti Pozzi", "company", "5/2027", 427.00, "2027-02-01")
txt = """Lo studio è in trasloco!

Da febbraio stiamo trasferendo tutto nella nuova sede di via Solferino 22 e riapriremo al pubblico dopo Pasqua.
In questo periodo le email vengono lette saltuariamente: per urgenze chiamate il 338 555 7710 (arch. Pozzi).

Studio Architetti Pozzi
"""
add(L("auto-reply", "it", "Office move auto-reply; 'dopo Pasqua' is vague, no return_date."),
    A("Studio Architetti Pozzi", "studio@architettipozzi.it"), A(s.name, s.addr), D("2027-02-10 09:00:08", "+0100"),
    "Risposta automatica", T(txt), extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)

# 16 -------- Zoho, return date with weekday
s = Sent("giulia", "Valentina Greco <valentina@grecoeventi.it>", "2027-01-25 09:15:00", "+0100",
         "due", "Greco Eventi", "company", "2/2027", 610.00, "2027-01-22")
txt = """Grazie per il messaggio!

Sono in ferie e rientro martedì 2 febbraio. Ti rispondo appena torno.

Valentina
Greco Eventi – wedding & event planning
"""
add(L("auto-reply", "it", "Zoho Mail auto-reply; 'rientro martedì 2 febbraio'.", return_date="2027-02-02"),
    A("Valentina Greco", "valentina@grecoeventi.it"), A(s.name, s.addr), D("2027-01-25 09:15:04", "+0100"),
    "Re: " + s.subject, ALT(T(txt), HT("<div style=\"font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;\"><div>Grazie per il messaggio!</div><div><br></div><div>Sono in ferie e rientro martedì 2 febbraio. Ti rispondo appena torno.</div><div><br></div><div>Valentina<br>Greco Eventi – wedding &amp; event planning</div></div>\n")),
    extra=[("Auto-Submitted", "auto-replied"), ("X-ZohoMail-Owner", "<valentina@grecoeventi.it>"),
           ("X-Zoho-Virus-Status", "1"), ("User-Agent", "Zoho Mail")], irt=s.msgid)

# 17 -------- Yahoo, course today and tomorrow, reply Friday
s = Sent("marco", "Stefano Villa <stefano_villa73@yahoo.it>", "2027-01-20 08:00:00", "+0100",
         "reminder", "Stefano Villa", "person", "1/2027", 250.00, "2027-01-10")
txt = """Oggi e domani sono a un corso di formazione fuori sede e non riesco a leggere la posta. Rispondo venerdì 22.
Stefano
"""
add(L("auto-reply", "it", "Yahoo auto-reply; course 'oggi e domani' (Wed-Thu), 'Rispondo venerdì 22' = first day back.",
      return_date="2027-01-22"),
    A("Stefano Villa", "stefano_villa73@yahoo.it"), A(s.name, s.addr), D("2027-01-20 08:00:17", "+0100"),
    "Risposta automatica: " + s.subject, T(txt),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "WebService/1.1.21952 YMailNorrin")], irt=s.msgid)

# 18 -------- OTRS ticket acknowledgement
s = Sent("alessandra", "Amministrazione <amministrazione@coopsolidale.it>", "2026-12-15 09:00:00", "+0100",
         "reminder", "Cooperativa Sociale Solidale", "company", "45/2026", 854.00, "2026-12-05")
txt = """Gentile utente,

la Sua richiesta è stata registrata con il numero di ticket 2026121510000417 ed è stata assegnata alla coda "Amministrazione::Fornitori".

Un operatore la prenderà in carico al più presto. Per aggiungere informazioni risponda a questa email mantenendo invariato il numero di ticket nell'oggetto.

Cordiali saluti
Cooperativa Sociale Solidale – Servizio Amministrativo

--
Questo messaggio è stato generato automaticamente dal sistema di ticketing OTRS.
"""
add(L("auto-reply", "it", "OTRS help-desk ticket acknowledgement."),
    A("Supporto Amministrativo", "helpdesk@coopsolidale.it"), A(s.name, s.addr), D("2026-12-15 09:00:44", "+0100"),
    "[Ticket#2026121510000417] Conferma di ricezione: " + s.subject, T(txt),
    extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"), ("X-Loop", "yes"),
           ("X-Mailer", "OTRS Mail Service (6.0.40)"), ("X-OTRS-Queue", "Amministrazione::Fornitori")], irt=s.msgid)

# 19 -------- Freshdesk
s = Sent("giulia", "amministrazione@viaggiarebene.it", "2027-01-11 09:00:00", "+0100",
         "reminder", "Viaggiare Bene srl", "company", "52/2026", 1342.00, "2026-12-31")
html = """<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#183247">
<p>Ciao,</p>
<p>grazie per averci scritto! Questa è una risposta automatica per confermarti che abbiamo ricevuto la tua richiesta: il numero di riferimento è <b>#48211</b>.</p>
<p>Il team Amministrazione ti risponderà entro 2 giorni lavorativi.</p>
<p>Puoi seguire lo stato della richiesta dal nostro <a href="https://viaggiarebene.freshdesk.com/support/tickets/48211">portale di assistenza</a>.</p>
<p>A presto,<br>Viaggiare Bene – Assistenza</p>
</div>
"""
add(L("auto-reply", "it", "Freshdesk ticket acknowledgement, HTML only."),
    A("Viaggiare Bene", "assistenza@viaggiarebene.freshdesk.com"), A(s.name, s.addr), D("2027-01-11 09:01:10", "+0100"),
    "Abbiamo ricevuto la tua richiesta [#48211]", HT(html),
    extra=[("Auto-Submitted", "auto-generated"), ("X-Freshdesk-Ticket-Id", "48211"),
           ("Reply-To", "assistenza@viaggiarebene.freshdesk.com")], irt=s.msgid)

# 20 -------- iCloud, honeymoon, vague
s = Sent("giulia", "Martina Lombardi <martina.lombardi@icloud.com>", "2026-12-29 10:00:00", "+0100",
         "due", "Martina Lombardi", "person", "50/2026", 380.00, "2026-12-28")
txt = """Sono in viaggio di nozze 💍✈️ fino a metà gennaio!
Rispondo a tutto al rientro.
Un abbraccio,
Martina
"""
add(L("auto-reply", "it", "iCloud vacation reply; 'fino a metà gennaio' is vague, no return_date."),
    A("Martina Lombardi", "martina.lombardi@icloud.com"), A(s.name, s.addr), D("2026-12-29 10:00:02", "+0100"),
    "Risposta automatica: " + s.subject, T(txt),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], irt=s.msgid)

# 21 -------- Accountants' office closed for the Immacolata bridge
s = Sent("alessandra", "Studio Dott. Carraro <segreteria@studiocarraro.it>", "2026-12-07 09:00:00", "+0100",
         "reminder", "Studio Commercialista Carraro", "company", "39/2026", 610.00, "2026-11-30")
txt = """Gentile Cliente,

lo Studio resterà chiuso lunedì 7 e martedì 8 dicembre per il ponte dell'Immacolata.
Riapriremo mercoledì 9 dicembre alle ore 9:00.

Cordiali saluti
Studio Dott. Paolo Carraro – Dottore Commercialista
"""
add(L("auto-reply", "it", "Office closed for the December bridge; reopening 'mercoledì 9 dicembre'.",
      return_date="2026-12-09"),
    A("Studio Dott. Carraro", "segreteria@studiocarraro.it"), A(s.name, s.addr), D("2026-12-07 09:00:05", "+0100"),
    "Studio chiuso", T(txt, charset="windows-1252", cte="quoted-printable"),
    extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)

# 22 -------- Terse numeric return date
s = Sent("marco", "Ottica Fontana <ottica.fontana@tin.it>", "2026-12-22 09:00:00", "+0100",
         "due", "Ottica Fontana", "company", "48/2026", 198.00, "2026-12-20")
txt = "Assente. Rientro il 11/01.\n"
add(L("auto-reply", "it", "Two-word auto-reply with a numeric return date dd/mm (11 January).", return_date="2027-01-11"),
    A("Ottica Fontana", "ottica.fontana@tin.it"), A(s.name, s.addr), D("2026-12-22 09:00:02", "+0100"),
    "Risposta automatica: " + s.subject, T(txt), extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)

# 23 -------- Bereavement, no date
s = Sent("giulia", "Daniele Esposito <d.esposito@espositoimport.it>", "2026-11-11 09:00:00", "+0100",
         "reminder", "Esposito Import srl", "company", "37/2026", 1464.00, "2026-10-31")
txt = """Sono assente per un lutto familiare e risponderò appena possibile.
Per urgenze: segreteria@espositoimport.it

Daniele Esposito
"""
add(L("auto-reply", "it", "Auto-reply, absence for bereavement, no return date."),
    A("Daniele Esposito", "d.esposito@espositoimport.it"), A(s.name, s.addr), D("2026-11-11 09:00:06", "+0100"),
    "Risposta automatica: " + s.subject, ALT(T(txt), HT(outlook_html(txt))),
    extra=exch_oof_headers("d.esposito@espositoimport.it", topic=s.subject), irt=s.msgid)

# 24 -------- cPanel autoresponder echoing the original (with "pagamento già effettuato" words)
s = Sent("alessandra", "info@hotelbelvedere-garda.it", "2027-01-15 09:00:00", "+0100",
         "reminder", "Hotel Belvedere", "company", "1/2027", 488.00, "2027-01-08")
txt = """Grazie per averci contattato.
Il Suo messaggio è stato ricevuto e verrà gestito al più presto dall'ufficio competente.
L'hotel è chiuso per la pausa invernale: la reception risponde dal lunedì al venerdì, 10-12.

Hotel Belvedere *** – Torri del Benaco (VR)

---- Messaggio originale ----
Oggetto: %s
Data: %s

%s""" % (s.subject, s.date, s.body)
add(L("auto-reply", "it", "cPanel autoresponder (X-Autorespond only) that echoes the whole original reminder, including 'Se il pagamento è già stato effettuato'. Winter closure, no return date."),
    A("Hotel Belvedere", "info@hotelbelvedere-garda.it"), A(s.name, s.addr), D("2027-01-15 09:00:01", "+0100"),
    "Re: " + s.subject, T(txt), extra=[("X-Autorespond", "Re: " + s.subject)], irt=None)

# 25 -------- no-reply mailbox answering
s = Sent("marco", "ordini@ristorantedapeppino.it", "2026-11-19 18:00:00", "+0100",
         "due", "Ristorante Da Peppino", "company", "35/2026", 305.00, "2026-11-15")
txt = """Questo indirizzo è utilizzato esclusivamente per l'invio automatico delle conferme d'ordine e non è presidiato.
I messaggi inviati a questo indirizzo non verranno letti.

Per informazioni: info@ristorantedapeppino.it – tel. 081 555 3321
"""
add(L("auto-reply", "it", "Unattended order-confirmation mailbox answering automatically; delivered, so not a bounce."),
    A("Ristorante Da Peppino", "ordini@ristorantedapeppino.it"), A(s.name, s.addr), D("2026-11-19 18:00:04", "+0100"),
    "Casella non presidiata", T(txt), extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "junk")], irt=s.msgid)

# 26 -------- business trip, "da lunedì 18 gennaio sarò nuovamente in ufficio"
s = Sent("alessandra", "Ing. Carlo Benedetti <c.benedetti@benedettiengineering.it>", "2027-01-08 09:00:00", "+0100",
         "reminder", "Benedetti Engineering srl", "company", "47/2026", 2745.00, "2026-12-31")
txt = """Gentile mittente,

sono in missione a Dubai per un cantiere e la mia disponibilità via email è limitata.
Da lunedì 18 gennaio sarò nuovamente in ufficio.

Per questioni amministrative: amministrazione@benedettiengineering.it

Ing. Carlo Benedetti
"""
add(L("auto-reply", "it", "Business-trip auto-reply; 'Da lunedì 18 gennaio sarò nuovamente in ufficio'.",
      return_date="2027-01-18"),
    A("Ing. Carlo Benedetti", "c.benedetti@benedettiengineering.it"), A(s.name, s.addr),
    D("2027-01-08 09:00:03", "+0100"), "Risposta automatica: " + s.subject,
    ALT(T(txt, charset="iso-8859-1", codec="cp1252", cte="quoted-printable"),
        HT(outlook_html(txt).replace("utf-8", "iso-8859-1"), charset="iso-8859-1", codec="cp1252", cte="quoted-printable")),
    extra=exch_oof_headers("c.benedetti@benedettiengineering.it", topic=s.subject), irt=s.msgid, subject_charset="iso-8859-1")

# 27 -------- "in viaggio fino a giovedì"
s = Sent("giulia", "Francesca Marino <francesca.marino@marinotessuti.it>", "2026-11-09 09:00:00", "+0100",
         "courtesy", "Marino Tessuti", "company", "42/2026", 520.00, "2026-11-16", issue="2026-10-16")
txt = """Sono in viaggio per lavoro fino a giovedì, con accesso limitato alla posta.
Vi risponderò al più presto.
F. Marino
"""
add(L("auto-reply", "it", "Travelling 'fino a giovedì' (message on Monday 9 Nov): back that Thursday, 12 Nov.",
      return_date="2026-11-12"),
    A("Francesca Marino", "francesca.marino@marinotessuti.it"), A(s.name, s.addr), D("2026-11-09 09:00:09", "+0100"),
    "Risposta automatica: " + s.subject, T(txt), extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)

# 28 -------- ASL: e-invoices only via SdI, check PCC
s = Sent("giulia", "ragioneria@asl-valdarno.it", "2026-12-10 09:00:00", "+0100",
         "reminder", "ASL Valdarno", "company", "33/2026", 1220.00, "2026-11-30")
txt = """AZIENDA SANITARIA LOCALE VALDARNO
U.O.C. Gestione Economico-Finanziaria

Messaggio automatico.

Si informa che le fatture nei confronti di questa Azienda devono essere trasmesse esclusivamente in formato elettronico tramite il Sistema di Interscambio (SdI). Le comunicazioni inviate a questa casella non costituiscono solleciti formali di pagamento.

Lo stato di lavorazione e di pagamento delle fatture può essere verificato sulla Piattaforma dei Crediti Commerciali (PCC) del Ministero dell'Economia e delle Finanze.

Questa casella non è abilitata alla ricezione di risposte.
"""
add(L("auto-reply", "it", "Public health authority's automatic message: invoices only through SdI, check the PCC platform. No payment information."),
    A("ASL Valdarno - Ragioneria", "noreply@asl-valdarno.it"), A(s.name, s.addr), D("2026-12-10 09:00:39", "+0100"),
    "Messaggio automatico - U.O.C. Gestione Economico-Finanziaria", T(txt, charset="iso-8859-1", cte="quoted-printable"),
    extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")], irt=s.msgid)

# 29 -------- Outlook client rule (template) with no headers and 'R:' subject, "compreso"
s = Sent("alessandra", "Avv. Maria Teresa Galli <mt.galli@studiolegalegalli.it>", "2026-12-10 12:00:00", "+0100",
         "due", "Avv. Maria Teresa Galli", "person", "43/2026", 976.00, "2026-12-07")
txt = """Gentile mittente,

la ringrazio per la sua email. Sarò fuori sede per impegni professionali fino a mercoledì 16 dicembre compreso; al mio rientro le risponderò.

Avv. Maria Teresa Galli
Studio Legale Galli – Corso Vittorio Emanuele II 118, Torino

Le informazioni contenute in questo messaggio sono riservate e ad uso esclusivo del destinatario. Qualora il messaggio Le fosse pervenuto per errore, La preghiamo di eliminarlo senza copiarlo e di darne notizia al mittente. (Reg. UE 2016/679)
"""
add(L("auto-reply", "it", "Outlook client-side rule reply: no Auto-Submitted header, subject 'R:' like a human; 'fino a mercoledì 16 dicembre compreso' = back Thursday 17.",
      return_date="2026-12-17"),
    A("Avv. Maria Teresa Galli", "mt.galli@studiolegalegalli.it"), A(s.name, s.addr), D("2026-12-10 12:00:41", "+0100"),
    "R: " + s.subject, T(txt, charset="iso-8859-1", codec="cp1252", cte="quoted-printable"),
    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtqEw3kYx7TQ2pXRlK1bV8sAa3c9Q==")], irt=s.msgid)

# 30 -------- Maternity until end of March inclusive
s = Sent("marco", "Silvia Ferraro <silvia.ferraro@ferrarocomunicazione.it>", "2027-02-15 09:00:00", "+0100",
         "reminder", "Ferraro Comunicazione", "company", "6/2027", 854.00, "2027-02-05")
txt = """Ciao, sono in congedo di maternità fino al 31 marzo 2027 compreso.
Per tutto ciò che riguarda progetti e amministrazione potete scrivere a Giorgio (giorgio@ferrarocomunicazione.it).
Grazie!
Silvia
"""
add(L("auto-reply", "it", "Maternity leave 'fino al 31 marzo 2027 compreso' = first day back 1 April 2027.",
      return_date="2027-04-01"),
    A("Silvia Ferraro", "silvia.ferraro@ferrarocomunicazione.it"), A(s.name, s.addr), D("2027-02-15 09:00:06", "+0100"),
    "Fuori ufficio: " + s.subject, T(txt), extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], irt=s.msgid)


# ================================================================ SPANISH auto-replies

# 31 -------- Outlook, "hasta el lunes 11 de enero"
s = Sent("lucia", "Javier Navarro <jnavarro@levantelogistica.es>", "2026-12-28 09:00:00", "+0100",
         "reminder", "Levante Logística S.L.", "company", "2026-058", 1452.00, "2026-12-15")
txt = """Gracias por su mensaje.

Estaré fuera de la oficina hasta el lunes 11 de enero, sin acceso regular al correo. Para asuntos urgentes, pueden contactar con administracion@levantelogistica.es o llamar al 96 555 40 12.

Un saludo,
Javier Navarro
Dpto. Compras | Levante Logística S.L.
"""
add(L("auto-reply", "es", "Exchange OOF in Spanish, 'hasta el lunes 11 de enero' = back that Monday.", return_date="2027-01-11"),
    A("Javier Navarro", "jnavarro@levantelogistica.es"), A(s.name, s.addr), D("2026-12-28 09:00:05", "+0100"),
    "Respuesta automática: " + s.subject, ALT(T(txt, charset="iso-8859-1", codec="cp1252", cte="quoted-printable"),
                                              HT(outlook_html(txt).replace("utf-8", "iso-8859-1").replace('lang="IT"', 'lang="ES"'),
                                                 charset="iso-8859-1", codec="cp1252", cte="quoted-printable")),
    extra=exch_oof_headers("jnavarro@levantelogistica.es", lang="es-ES", topic=s.subject), irt=s.msgid,
    subject_charset="iso-8859-1")

# 32 -------- Gmail: until after Reyes (vague)
s = Sent("pablo", "Nuria Campos <nuriacampos.yoga@gmail.com>", "2026-12-28 10:00:00", "+0100",
         "due", "Nuria Campos", "person", "FV-2026-071", 240.00, "2026-12-22")
txt = """¡Hola! 🎄
Estoy de vacaciones hasta después de Reyes y apenas miro el correo.
Si es algo de las clases, escríbeme por WhatsApp.
¡Felices fiestas!
Nuria
"""
add(L("auto-reply", "es", "Gmail vacation responder; 'hasta después de Reyes' is vague (no day), no return_date."),
    A("Nuria Campos", "nuriacampos.yoga@gmail.com"), A(s.name, s.addr), D("2026-12-28 10:00:33", "+0100"),
    "Re: " + s.subject, ALT(T(txt), HT('<div dir="ltr">¡Hola! 🎄<div>Estoy de vacaciones hasta después de Reyes y apenas miro el correo.</div><div>Si es algo de las clases, escríbeme por WhatsApp.</div><div>¡Felices fiestas!</div><div>Nuria</div></div>\n'),
                                        tag="000000000000"),
    extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")], irt=s.msgid)

# 33 -------- mediados de enero (vague)
s = Sent("lucia", "Ignacio Herrera <ignacio@herreravinos.com>", "2027-01-04 09:00:00", "+0100",
         "reminder", "Bodegas Herrera", "company", "2026-061", 968.00, "2026-12-20")
txt = """Me encuentro fuera por un viaje familiar y regresaré a mediados de enero.
Durante estos días no tendré acceso al correo. Para pedidos, contacte con pedidos@herreravinos.com.

Ignacio Herrera
Bodegas Herrera – Ribera del Duero
"""
add(L("auto-reply", "es", "'Regresaré a mediados de enero' = vague, no return_date."),
    A("Ignacio Herrera", "ignacio@herreravinos.com"), A(s.name, s.addr), D("2027-01-04 09:00:07", "+0100"),
    "Fuera de la oficina", T(txt), extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)

# 34 -------- At a congress until Friday
s = Sent("pablo", "Arq. Elena Vidal <evidal@vidalarquitectura.es>", "2026-11-18 10:00:00", "+0100",
         "courtesy", "Vidal Arquitectura SLP", "company", "FV-2026-064", 1210.00, "2026-11-25", issue="2026-10-26")
txt = """Buenos días:

Me encuentro en el Congreso Nacional de Arquitectura en Valencia hasta el viernes. Contestaré a su correo a mi regreso.

Atentamente,
Elena Vidal
Vidal Arquitectura SLP
"""
add(L("auto-reply", "es", "Congress 'hasta el viernes' (sent Wednesday 18 Nov) = Friday 20 Nov.", return_date="2026-11-20"),
    A("Elena Vidal", "evidal@vidalarquitectura.es"), A(s.name, s.addr), D("2026-11-18 10:00:02", "+0100"),
    "Respuesta automática: " + s.subject, ALT(T(txt), HT(outlook_html(txt).replace('lang="IT"', 'lang="ES"'))),
    extra=exch_oof_headers("evidal@vidalarquitectura.es", lang="es-ES", topic=s.subject), irt=s.msgid)

# 35 -------- Maternity leave, back 1 March
s = Sent("lucia", "Carmen Ruiz <carmen.ruiz@editorialalba.es>", "2027-01-20 09:00:00", "+0100",
         "reminder", "Editorial Alba", "company", "2026-066", 780.00, "2027-01-10")
txt = """Hola,
estoy de baja por maternidad. Me reincorporo el 1 de marzo de 2027.
Mientras tanto, para temas de producción escribe a Óscar (oscar.prieto@editorialalba.es) y para facturas a administracion@editorialalba.es.
Gracias,
Carmen
"""
add(L("auto-reply", "es", "Maternity leave, 'Me reincorporo el 1 de marzo de 2027'.", return_date="2027-03-01"),
    A("Carmen Ruiz", "carmen.ruiz@editorialalba.es"), A(s.name, s.addr), D("2027-01-20 09:00:12", "+0100"),
    "Respuesta automática: " + s.subject, T(txt), extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)

# 36 -------- No longer works here
s = Sent("lucia", "Marta Gil <marta.gil@grupolevante.es>", "2026-12-02 09:00:00", "+0100",
         "due", "Grupo Levante", "company", "2026-052", 2299.00, "2026-11-30")
txt = """Marta Gil ya no trabaja en Grupo Levante. Este buzón no se revisa y los correos no se reenvían.

Para temas de facturación y pagos: facturas@grupolevante.es
Para cualquier otro asunto: info@grupolevante.es

Gracias.
"""
add(L("auto-reply", "es", "'Ya no trabaja en la empresa', mailbox unattended: auto-reply, not a bounce."),
    A("Marta Gil", "marta.gil@grupolevante.es"), A(s.name, s.addr), D("2026-12-02 09:00:01", "+0100"),
    "Respuesta automática: " + s.subject, ALT(T(txt), HT(outlook_html(txt).replace('lang="IT"', 'lang="ES"'))),
    extra=exch_oof_headers("marta.gil@grupolevante.es", lang="es-ES", topic=s.subject), irt=s.msgid)

# 37 -------- Zendesk, Spanish
s = Sent("pablo", "facturacion@tiendaverde.es", "2027-01-12 10:00:00", "+0100",
         "reminder", "Tienda Verde S.L.", "company", "FV-2026-078", 423.50, "2027-01-02")
txt = """##- Escribe tu respuesta por encima de esta línea -##

Hola,

Hemos recibido tu solicitud (#83412) y nuestro equipo de Administración la revisará lo antes posible. Normalmente respondemos en 1-2 días laborables.

Para añadir comentarios, simplemente responde a este correo.

Tienda Verde · Atención al cliente

[Y2V7RM-J8K1]
"""
add(L("auto-reply", "es", "Zendesk request-received acknowledgement (Spanish)."),
    A("Tienda Verde", "soporte@tiendaverde.zendesk.com"), A(s.name, s.addr), D("2027-01-12 10:00:28", "+0100"),
    "[Tienda Verde] Re: " + s.subject, T(txt),
    extra=[("Auto-Submitted", "auto-generated"), ("X-Zendesk-From-Account-Id", "a93c1f2"),
           ("Reply-To", "Tienda Verde <soporte@tiendaverde.zendesk.com>")], irt=s.msgid)

# 38 -------- Jira Service Management, Spanish
s = Sent("lucia", "cuentasapagar@mediterraneahoteles.com", "2026-11-24 12:00:00", "+0100",
         "courtesy", "Mediterránea Hoteles S.A.", "company", "2026-049", 3025.00, "2026-11-30", issue="2026-10-31")
html = """<table width="100%" cellpadding="0" cellspacing="0" style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:14px;color:#172B4D">
<tr><td style="padding:16px 0">Su solicitud <b>FIN-2291</b> se ha recibido.</td></tr>
<tr><td>Hemos registrado su correo en el portal de <b>Cuentas a Pagar</b>. Un agente lo revisará y le responderá en este mismo hilo.</td></tr>
<tr><td style="padding-top:12px">Estado: <span style="background:#DFE1E6;padding:2px 6px;border-radius:3px">ESPERANDO SOPORTE</span></td></tr>
<tr><td style="padding-top:16px;color:#6B778C;font-size:12px">Responda por encima de esta línea para añadir un comentario.<br>Con tecnología de Jira Service Management</td></tr>
</table>
"""
add(L("auto-reply", "es", "Jira Service Management request-received notice, HTML only."),
    A("Cuentas a Pagar", "jira@mediterraneahoteles.atlassian.net"), A(s.name, s.addr), D("2026-11-24 12:00:51", "+0100"),
    "FIN-2291 " + s.subject, HT(html),
    extra=[("Auto-Submitted", "auto-generated"), ("X-JIRA-FingerPrint", "5a7c0e3a1b2d"),
           ("Precedence", "bulk")], irt=s.msgid)

# 39 -------- Ayuntamiento: only via FACe
s = Sent("pablo", "intervencion@ayto-villanuevadelrio.es", "2026-12-11 10:00:00", "+0100",
         "reminder", "Ayuntamiento de Villanueva del Río", "company", "FV-2026-066", 1815.00, "2026-12-01")
txt = """AYUNTAMIENTO DE VILLANUEVA DEL RÍO
Intervención General

Este es un mensaje automático, por favor no responda.

Le recordamos que, de acuerdo con la Ley 25/2013, de impulso de la factura electrónica, las facturas dirigidas a este Ayuntamiento deben presentarse obligatoriamente a través del Punto General de Entrada de Facturas Electrónicas (FACe), indicando los códigos DIR3 correspondientes (Oficina contable: L01410101, Órgano gestor: L01410101, Unidad tramitadora: L01410101).

Este buzón no tramita facturas ni reclamaciones de pago. El estado de sus facturas puede consultarse en https://face.gob.es.
"""
add(L("auto-reply", "es", "Town hall's automatic notice: invoices only via FACe, this mailbox does not handle payment claims. No payment information."),
    A("Intervención - Ayto. Villanueva del Río", "no-responder@ayto-villanuevadelrio.es"), A(s.name, s.addr),
    D("2026-12-11 10:00:14", "+0100"), "Acuse automático - Intervención General",
    T(txt, charset="iso-8859-1", cte="quoted-printable"), extra=[("Auto-Submitted", "auto-generated")], irt=s.msgid)

# 40 -------- Hospital suppliers mailbox: payment calendar, no promise
s = Sent("lucia", "proveedores@clinicasanrafael.es", "2027-01-26 09:00:00", "+0100",
         "reminder", "Clínica San Rafael", "company", "2026-063", 605.00, "2027-01-15")
txt = """Acuse de recibo automático

Hemos recibido su correo en el buzón de Proveedores de Clínica San Rafael.

Le informamos de que las facturas conformadas se abonan según el calendario de pagos de la entidad, los días 10 y 25 de cada mes, mediante transferencia bancaria. Las consultas sobre el estado de una factura se atienden en un plazo máximo de 5 días hábiles.

Por favor, no responda a este mensaje.
Departamento de Administración – Clínica San Rafael
"""
add(L("auto-reply", "es", "Suppliers mailbox acknowledgement quoting the general payment calendar (days 10 and 25): policy, not a promise."),
    A("Proveedores Clínica San Rafael", "proveedores@clinicasanrafael.es"), A(s.name, s.addr),
    D("2027-01-26 09:00:04", "+0100"), "Acuse de recibo: " + s.subject, T(txt),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], irt=s.msgid)

# 41 -------- Canary Islands, Sunday night, "mañana lunes"
s = Sent("pablo", "Daniel Rodríguez <daniel@surfcanarias.com>", "2027-01-11 08:45:00", "+0000",
         "reminder", "Surf Canarias", "company", "FV-2026-075", 350.00, "2026-12-30")
txt = """Hola! Hoy estoy fuera por un tema familiar y vuelvo a la oficina mañana martes.
Te respondo entonces 🤙
Dani – Surf Canarias
"""
add(L("auto-reply", "es", "Canary Islands sender (+0000), Monday 11 Jan: 'vuelvo a la oficina mañana martes' = 12 Jan.",
      return_date="2027-01-12"),
    A("Daniel Rodríguez", "daniel@surfcanarias.com"), A(OWNERS["pablo"][0], OWNERS["pablo"][1]),
    D("2027-01-11 08:45:10", "+0000"), "Re: " + s.subject, T(txt),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], irt=s.msgid)

# 42 -------- Zoho, "vuelvo el 8/1"
s = Sent("lucia", "Laura Sánchez <laura@sanchezinteriorismo.es>", "2026-12-28 11:00:00", "+0100",
         "due", "Laura Sánchez", "person", "2026-062", 544.50, "2026-12-23")
txt = """Gracias por tu correo.
Estoy disfrutando de unos días libres 🏖️ y vuelvo el 8/1. Te contesto en cuanto regrese.
Laura
"""
add(L("auto-reply", "es", "Zoho auto-reply, 'vuelvo el 8/1' = 8 January 2027 (Friday).", return_date="2027-01-08"),
    A("Laura Sánchez", "laura@sanchezinteriorismo.es"), A(s.name, s.addr), D("2026-12-28 11:00:02", "+0100"),
    "Respuesta automática: " + s.subject, T(txt),
    extra=[("Auto-Submitted", "auto-replied"), ("X-ZohoMail-Owner", "<laura@sanchezinteriorismo.es>"), ("User-Agent", "Zoho Mail")],
    irt=s.msgid)

# 43 -------- Yahoo, no headers, generic
s = Sent("pablo", "pacomoreno_fotos@yahoo.es", "2026-11-30 10:00:00", "+0100",
         "due", "Francisco Moreno", "person", "FV-2026-067", 180.00, "2026-11-27")
txt = """Este es un mensaje automático.
En estos momentos no puedo atenderle. Le responderé lo antes posible.
Gracias.
"""
add(L("auto-reply", "es", "Yahoo auto-reply without any RFC 3834 header and a 'Re:' subject; generic, no date."),
    "pacomoreno_fotos@yahoo.es", A(s.name, s.addr), D("2026-11-30 10:00:09", "+0100"),
    "Re: " + s.subject, T(txt, charset="iso-8859-1"), irt=s.msgid)

# 44 -------- Proton: only Mondays
s = Sent("lucia", "Álvaro Díaz <alvaro.diaz@proton.me>", "2027-02-03 09:00:00", "+0100",
         "reminder", "Álvaro Díaz", "person", "2027-004", 300.00, "2027-01-25")
txt = """Hola,
para poder concentrarme en mis proyectos solo reviso el correo los lunes por la mañana.
Si es urgente, llámame al 655 55 12 34.
Álvaro
"""
add(L("auto-reply", "es", "Proton auto-reply: 'solo reviso el correo los lunes' is a habit, no return date."),
    A("Álvaro Díaz", "alvaro.diaz@proton.me"), A(s.name, s.addr), D("2027-02-03 09:00:01", "+0100"),
    "Respuesta automática", T(txt), extra=[("Auto-Submitted", "auto-replied"), ("X-Pm-Origin", "internal")], irt=s.msgid)

# 45 -------- Reduced hours
s = Sent("pablo", "Rocío Fernández <rocio@floristeriaelrocio.es>", "2027-02-09 09:00:00", "+0100",
         "courtesy", "Floristería El Rocío", "company", "FV-2027-006", 215.00, "2027-02-15", issue="2027-01-15")
txt = """Hola, ¿qué tal?
Estos meses trabajo en jornada reducida (de 9 a 14 h) y tardo un poco más en contestar. Te respondo en cuanto pueda.
Un abrazo,
Rocío
"""
add(L("auto-reply", "es", "Reduced working hours auto-reply, no absence, no date."),
    A("Rocío Fernández", "rocio@floristeriaelrocio.es"), A(s.name, s.addr), D("2027-02-09 09:00:22", "+0100"),
    "Jornada reducida", T(txt), extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)

# 46 -------- Christmas closure "ambos inclusive"
s = Sent("lucia", "Administración Gráficas Norte <administracion@graficasnorte.es>", "2026-12-29 09:00:00", "+0100",
         "reminder", "Gráficas Norte S.A.", "company", "2026-059", 1936.00, "2026-12-18")
txt = """Estimado cliente / proveedor:

Le informamos de que nuestras oficinas permanecerán cerradas del 24 de diciembre al 6 de enero, ambos inclusive.
Atenderemos su consulta a partir de nuestra reincorporación.

Les deseamos unas felices fiestas.
Gráficas Norte S.A.
"""
add(L("auto-reply", "es", "Christmas closure 'del 24 de diciembre al 6 de enero, ambos inclusive' = back Thursday 7 January.",
      return_date="2027-01-07"),
    A("Gráficas Norte", "administracion@graficasnorte.es"), A(s.name, s.addr), D("2026-12-29 09:00:04", "+0100"),
    "Respuesta automática: " + s.subject,
    ALT(T(txt, charset="windows-1252", cte="quoted-printable"),
        HT(outlook_html(txt).replace("utf-8", "windows-1252").replace('lang="IT"', 'lang="ES"'), charset="windows-1252",
           cte="quoted-printable")),
    extra=exch_oof_headers("administracion@graficasnorte.es", lang="es-ES", topic=s.subject), irt=s.msgid,
    subject_charset="iso-8859-1")

# 47 -------- Closed until after Easter (vague)
s = Sent("pablo", "Estudio Cerámica Albaida <hola@ceramicaalbaida.es>", "2027-02-17 09:00:00", "+0100",
         "reminder", "Cerámica Albaida", "company", "FV-2027-003", 660.00, "2027-02-05")
txt = """¡Hola!
Durante el mes de febrero el taller está cerrado por obras. Reabriremos tras Semana Santa.
Leemos el correo de vez en cuando, ¡gracias por la paciencia!
Cerámica Albaida
"""
add(L("auto-reply", "es", "Workshop closed, reopens 'tras Semana Santa' = vague, no return_date."),
    A("Cerámica Albaida", "hola@ceramicaalbaida.es"), A(s.name, s.addr), D("2027-02-17 09:00:30", "+0100"),
    "Cerrado por obras", T(txt), extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)

# 48 -------- Catalan + Spanish
s = Sent("lucia", "Jordi Soler <jsoler@solerassociats.cat>", "2027-01-12 09:00:00", "+0100",
         "reminder", "Soler Associats", "company", "2026-064", 1089.00, "2027-01-05")
txt = """Estaré fora de l'oficina fins dilluns 18 de gener. Per a qualsevol urgència, truqueu al 93 555 21 40.

Estaré fuera de la oficina hasta el lunes 18 de enero. Para cualquier urgencia, llamen al 93 555 21 40.

Jordi Soler
Soler Associats – Advocats
"""
add(L("auto-reply", "es", "Catalan + Spanish OOF; 'hasta el lunes 18 de enero' = that Monday.", return_date="2027-01-18"),
    A("Jordi Soler", "jsoler@solerassociats.cat"), A(s.name, s.addr), D("2027-01-12 09:00:03", "+0100"),
    "Resposta automàtica: " + s.subject, ALT(T(txt), HT(outlook_html(txt).replace('lang="IT"', 'lang="CA"'))),
    extra=exch_oof_headers("jsoler@solerassociats.cat", lang="ca-ES", topic=s.subject), irt=s.msgid)

# 49 -------- Help Scout (Spanish)
s = Sent("pablo", "hola@cafesdeorigen.com", "2026-12-04 09:00:00", "+0100",
         "due", "Cafés de Origen S.L.", "company", "FV-2026-068", 484.00, "2026-12-01")
html = """<div style="font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#314351">
<p>¡Hola!</p>
<p>Gracias por escribirnos. Hemos recibido tu mensaje y te responderemos en un plazo de 48 horas laborables.</p>
<p>Mientras tanto, quizá encuentres la respuesta en nuestro <a href="https://cafesdeorigen.helpscoutdocs.com">centro de ayuda</a>.</p>
<p>Un saludo,<br>El equipo de Cafés de Origen</p>
</div>
"""
add(L("auto-reply", "es", "Help Scout auto-acknowledgement, HTML only."),
    A("Cafés de Origen", "hola@cafesdeorigen.com"), A(s.name, s.addr), D("2026-12-04 09:00:18", "+0100"),
    "Re: " + s.subject, HT(html),
    extra=[("Auto-Submitted", "auto-replied"), ("X-HelpScout-Auto-Reply", "true")], irt=s.msgid)

# 50 -------- HubSpot ticket (Spanish)
s = Sent("lucia", "admin@academiaidiomasplus.es", "2027-02-08 09:00:00", "+0100",
         "reminder", "Academia Idiomas Plus", "company", "2027-007", 450.00, "2027-01-29")
html = """<div style="font-family:Lexend Deca,Helvetica,Arial,sans-serif;font-size:14px;color:#33475b">
<p>Hola,</p>
<p>Hemos creado el ticket <strong>#3498721</strong> con tu consulta. Nuestro equipo de administración se pondrá en contacto contigo lo antes posible.</p>
<p>Horario de atención: lunes a viernes, de 9:00 a 18:00.</p>
<p>Academia Idiomas Plus</p>
</div>
"""
add(L("auto-reply", "es", "HubSpot ticket-created acknowledgement."),
    A("Academia Idiomas Plus", "admin@academiaidiomasplus.es"), A(s.name, s.addr), D("2027-02-08 09:00:40", "+0100"),
    "Ticket #3498721: " + s.subject, ALT(T("Hola,\n\nHemos creado el ticket #3498721 con tu consulta. Nuestro equipo de administración se pondrá en contacto contigo lo antes posible.\n\nHorario de atención: lunes a viernes, de 9:00 a 18:00.\n\nAcademia Idiomas Plus\n"), HT(html)),
    extra=[("Auto-Submitted", "auto-generated"), ("X-HubSpot-Ticket-Id", "3498721")], irt=s.msgid)

# 51 -------- Address no longer operative
s = Sent("pablo", "compras@distribucionesmarin.es", "2026-11-13 09:00:00", "+0100",
         "reminder", "Distribuciones Marín", "company", "FV-2026-058", 998.25, "2026-11-03")
txt = """ESTA DIRECCIÓN YA NO ESTÁ OPERATIVA.
Por favor, dirija sus correos a contabilidad@distribucionesmarin.es
Disculpe las molestias.
"""
add(L("auto-reply", "es", "Auto-reply 'esta dirección ya no está operativa', in capitals. Delivered (so not a bounce)."),
    A("Distribuciones Marín", "compras@distribucionesmarin.es"), A(s.name, s.addr), D("2026-11-13 09:00:02", "+0100"),
    "Re: " + s.subject, T(txt, charset="iso-8859-1", cte="quoted-printable"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Autorespond", "yes")], irt=s.msgid)

# 52 -------- Argentina, "licencia hasta el 15 de febrero inclusive"
s = Sent("lucia", "Sofía Benítez <sbenitez@estudiobenitez.com.ar>", "2027-02-01 09:00:00", "+0100",
         "reminder", "Estudio Benítez", "company", "2027-003", 1200.00, "2027-01-22")
txt = """Hola, ¿cómo estás?
Estoy de licencia hasta el 15 de febrero inclusive. A la vuelta respondo todo.
Cualquier urgencia, escribile a Tomás (tomas@estudiobenitez.com.ar).
Saludos,
Sofi
"""
add(L("auto-reply", "es", "Argentine client (-0300), 'licencia hasta el 15 de febrero inclusive' = back Tuesday 16 February.",
      return_date="2027-02-16"),
    A("Sofía Benítez", "sbenitez@estudiobenitez.com.ar"), A(s.name, s.addr), D("2027-02-01 05:00:09", "-0300"),
    "Respuesta automática: " + s.subject, T(txt), extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)

# 53 -------- Business trip to Bogotá, "regreso el martes"
s = Sent("pablo", "Hugo Castillo <hcastillo@castilloexport.es>", "2027-02-04 09:00:00", "+0100",
         "reminder", "Castillo Export S.L.", "company", "FV-2027-001", 1573.00, "2027-01-25")
txt = """Buenos días,
estoy de viaje de trabajo en Bogotá y regreso el martes. Durante estos días el acceso al correo será limitado.
Saludos,
Hugo Castillo
Director Comercial – Castillo Export S.L.
"""
add(L("auto-reply", "es", "Business trip, sent Thursday 4 Feb: 'regreso el martes' = Tuesday 9 Feb.", return_date="2027-02-09"),
    A("Hugo Castillo", "hcastillo@castilloexport.es"), A(s.name, s.addr), D("2027-02-04 09:00:05", "+0100"),
    "Respuesta automática: " + s.subject, ALT(T(txt), HT(outlook_html(txt).replace('lang="IT"', 'lang="ES"'))),
    extra=exch_oof_headers("hcastillo@castilloexport.es", lang="es-ES", topic=s.subject), irt=s.msgid)

# 54 -------- Procurement platform acknowledgement naming the invoice
s = Sent("lucia", "facturas@energiasdelsur.es", "2026-12-14 09:00:00", "+0100",
         "reminder", "Energías del Sur S.A.", "company", "2026-053", 4356.00, "2026-12-01")
txt = """Estimado proveedor:

Su factura 2026-053 ha sido recibida por el sistema de gestión de facturas de Energías del Sur S.A. y se encuentra en estado PENDIENTE DE VALIDACIÓN.

Recuerde que el plazo de pago es de 60 días desde la fecha de recepción de la factura conformada. Puede consultar el estado de sus facturas en el Portal del Proveedor.

Este mensaje se ha generado automáticamente. No responda a esta dirección.
"""
add(L("auto-reply", "es", "AP platform acknowledgement naming the invoice; 'plazo de pago 60 días' is policy, not a promise.",
      reference="2026-053"),
    A("Portal Proveedores Energías del Sur", "no-reply@proveedores.energiasdelsur.es"), A(s.name, s.addr),
    D("2026-12-14 09:02:12", "+0100"), "Factura 2026-053 - Recibida", T(txt),
    extra=[("Auto-Submitted", "auto-generated")], irt=s.msgid)

# 55 -------- Outlook iso-8859-1, "vuelvo el 07/01"
s = Sent("pablo", "Beatriz Lozano <blozano@lozanoabogados.es>", "2026-12-22 09:00:00", "+0100",
         "due", "Lozano Abogados", "company", "FV-2026-073", 726.00, "2026-12-20")
txt = """Fuera de la oficina: vuelvo el 07/01.
Para urgencias: recepcion@lozanoabogados.es

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. En cumplimiento del Reglamento (UE) 2016/679 le informamos de que sus datos serán tratados por LOZANO ABOGADOS S.L.P. con la finalidad de gestionar la relación profesional.
"""
add(L("auto-reply", "es", "Outlook OOF, 'vuelvo el 07/01', with a long legal footer.", return_date="2027-01-07"),
    A("Beatriz Lozano", "blozano@lozanoabogados.es"), A(s.name, s.addr), D("2026-12-22 09:00:01", "+0100"),
    "Respuesta automática: " + s.subject, T(txt, charset="iso-8859-1", codec="cp1252", cte="quoted-printable"),
    extra=exch_oof_headers("blozano@lozanoabogados.es", lang="es-ES", topic=s.subject), irt=s.msgid)

# 56 -------- iCloud, sick leave, unknown return
s = Sent("lucia", "Pilar Gómez <pilargomez@me.com>", "2026-11-26 09:00:00", "+0100",
         "reminder", "Pilar Gómez", "person", "2026-050", 275.00, "2026-11-16")
txt = """Hola,
estoy de baja médica y no sé todavía cuándo volveré. Contestaré en cuanto pueda.
Gracias por la comprensión.
Pilar
"""
add(L("auto-reply", "es", "Sick leave with unknown return: no return_date."),
    A("Pilar Gómez", "pilargomez@me.com"), A(s.name, s.addr), D("2026-11-26 09:00:02", "+0100"),
    "Respuesta automática: " + s.subject, T(txt), extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
    irt=s.msgid)

# 57 -------- Paternity leave, "me reincorporo el 22 de febrero"
s = Sent("pablo", "Sergio Molina <smolina@molinaeventos.es>", "2027-01-25 09:00:00", "+0100",
         "reminder", "Molina Eventos", "company", "FV-2027-002", 847.00, "2027-01-15")
txt = """¡Hola! Estoy de permiso de paternidad 👶🍼 Me reincorporo el 22 de febrero.
Mientras tanto, mi compañera Irene (irene@molinaeventos.es) se encarga de todo.
Sergio
"""
add(L("auto-reply", "es", "Paternity leave, 'Me reincorporo el 22 de febrero'.", return_date="2027-02-22"),
    A("Sergio Molina", "smolina@molinaeventos.es"), A(s.name, s.addr), D("2027-01-25 09:00:07", "+0100"),
    "Permiso de paternidad", T(txt), extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)

# 58 -------- Mexico City client, "Regreso el martes 5 de enero"
s = Sent("lucia", "Ana Paula Treviño <aptrevino@grupotrevino.mx>", "2026-12-22 17:00:00", "+0100",
         "reminder", "Grupo Treviño", "company", "2026-060", 2100.00, "2026-12-12")
txt = """Gracias por tu correo. Estaré fuera de la oficina del 21 de diciembre al 4 de enero. Regreso el martes 5 de enero.
Para temas urgentes contactar a mi asistente Lupita Ramírez (lramirez@grupotrevino.mx).
Saludos cordiales,
Ana Paula Treviño
"""
add(L("auto-reply", "es", "Mexican client (-0600); 'Regreso el martes 5 de enero'.", return_date="2027-01-05"),
    A("Ana Paula Treviño", "aptrevino@grupotrevino.mx"), A(s.name, s.addr), D("2026-12-22 10:00:03", "-0600"),
    "Respuesta automática: " + s.subject, ALT(T(txt), HT(outlook_html(txt).replace('lang="IT"', 'lang="ES-MX"'))),
    extra=exch_oof_headers("aptrevino@grupotrevino.mx", lang="es-MX", topic=s.subject), irt=s.msgid)

# 59 -------- Holiday opening hours (no absence)
s = Sent("pablo", "info@opticavision.es", "2026-12-21 09:00:00", "+0100",
         "reminder", "Óptica Visión", "company", "FV-2026-069", 290.40, "2026-12-10")
txt = """Gracias por contactar con Óptica Visión.

Durante las fiestas nuestro horario será de 10:00 a 14:00. Los días 24 y 31 de diciembre permaneceremos cerrados.
Responderemos a su mensaje lo antes posible.

¡Felices fiestas!
"""
add(L("auto-reply", "es", "Holiday opening-hours auto-reply; the office is open, so no return_date (the 24th/31st closures are not a return)."),
    A("Óptica Visión", "info@opticavision.es"), A(s.name, s.addr), D("2026-12-21 09:00:04", "+0100"),
    "Horario de Navidad", T(txt), extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)


# ================================================================ ENGLISH auto-replies

# 60 -------- Exchange, Irish client, "until Monday 4 January"
s = Sent("tom", "Siobhan Kelly <siobhan.kelly@kellyfoods.ie>", "2026-12-22 09:00:00", "+0000",
         "reminder", "Kelly Foods Ltd", "company", "INV-2026-041", 1845.00, "2026-12-12")
txt = """Thank you for your email.

I'm out of the office until Monday 4 January with no access to email. For anything urgent, please contact accounts@kellyfoods.ie or call reception on +353 1 555 0190.

Wishing you a happy Christmas,
Siobhan Kelly
Procurement Manager | Kelly Foods Ltd
"""
add(L("auto-reply", "en", "Exchange OOF, 'until Monday 4 January' = back that Monday.", return_date="2027-01-04"),
    A("Siobhan Kelly", "siobhan.kelly@kellyfoods.ie"), A(s.name, s.addr), D("2026-12-22 09:00:02", "+0000"),
    "Automatic reply: " + s.subject, ALT(T(txt), HT(outlook_html(txt).replace('lang="IT"', 'lang="EN-IE"'))),
    extra=exch_oof_headers("siobhan.kelly@kellyfoods.ie", lang="en-IE", topic=s.subject), irt=s.msgid)

# 61 -------- US sender, "back 01/04" (= 4 January)
s = Sent("dan", "Kevin Walsh <kwalsh@brightpathhealth.com>", "2026-12-23 14:00:00", "-0500",
         "reminder", "BrightPath Health Inc.", "company", "DM-1042", 4800.00, "2026-12-15", cur="USD")
txt = """OOO 12/23 - 01/01, back 01/04.

For billing questions please email ap@brightpathhealth.com.

Kevin Walsh | IT Director | BrightPath Health
"""
add(L("auto-reply", "en", "US sender (-0500): 'back 01/04' in US month/day order = 4 January 2027.", return_date="2027-01-04"),
    A("Kevin Walsh", "kwalsh@brightpathhealth.com"), A(s.name, s.addr), D("2026-12-23 14:00:06", "-0500"),
    "Automatic reply: " + s.subject, ALT(T(txt), HT(outlook_html(txt, font="Aptos", size="12pt").replace('lang="IT"', 'lang="EN-US"'))),
    extra=exch_oof_headers("kwalsh@brightpathhealth.com", lang="en-US", topic=s.subject), irt=s.msgid)

# 62 -------- New York, late evening: "back tomorrow (Wednesday)"
s = Sent("dan", "Rachel Stein <rachel@steinandpartners.com>", "2026-12-29 22:15:00", "-0500",
         "due", "Rachel Stein", "person", "DM-1047", 1250.00, "2026-12-28", cur="USD")
txt = """Hi there,
I'm out of the office today and back tomorrow (Wednesday). I'll get back to you then.
Rachel
"""
add(L("auto-reply", "en", "New York sender, Tuesday 29 Dec 22:15 -0500 (already Wednesday in UTC): 'back tomorrow (Wednesday)' = 30 Dec.",
      return_date="2026-12-30"),
    A("Rachel Stein", "rachel@steinandpartners.com"), A(s.name, s.addr), D("2026-12-29 22:15:04", "-0500"),
    "Out of office: " + s.subject, T(txt), extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)

# 63 -------- Sabbatical until March (vague)
s = Sent("hannah", "Oliver Grant <olivergrant.writes@gmail.com>", "2027-01-14 10:00:00", "+0000",
         "reminder", "Oliver Grant", "person", "HO-2026-038", 720.00, "2027-01-04", cur="GBP")
txt = """Hello,

I'm on sabbatical until March and not checking email. If it's about the book, please contact my agent, Fiona, at fiona@harrowliterary.co.uk.

Oliver
"""
add(L("auto-reply", "en", "Gmail vacation responder; 'until March' = month only, vague."),
    A("Oliver Grant", "olivergrant.writes@gmail.com"), A(s.name, s.addr), D("2027-01-14 10:00:44", "+0000"),
    "Re: " + s.subject, ALT(T(txt), HT('<div dir="ltr"><div>Hello,</div><div><br></div><div>I\'m on sabbatical until March and not checking email. If it\'s about the book, please contact my agent, Fiona, at <a href="mailto:fiona@harrowliterary.co.uk">fiona@harrowliterary.co.uk</a>.</div><div><br></div><div>Oliver</div></div>\n'),
                                        tag="00000000000000"),
    extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")], irt=s.msgid)

# 64 -------- Mailbox no longer monitored
s = Sent("hannah", "Finance <finance@northwindmedia.co.uk>", "2026-11-20 09:00:00", "+0000",
         "reminder", "Northwind Media Ltd", "company", "HO-2026-031", 1560.00, "2026-11-10", cur="GBP")
txt = """This mailbox is no longer monitored.

Please send invoices, statements and remittance queries to ap@northwindmedia.co.uk. Emails sent to this address are not forwarded.

Northwind Media Ltd
Registered in England and Wales No. 08812345
"""
add(L("auto-reply", "en", "'This mailbox is no longer monitored': delivered auto-reply pointing elsewhere, not a bounce."),
    A("Finance", "finance@northwindmedia.co.uk"), A(s.name, s.addr), D("2026-11-20 09:00:03", "+0000"),
    "Automatic reply: " + s.subject, ALT(T(txt), HT(outlook_html(txt).replace('lang="IT"', 'lang="EN-GB"'))),
    extra=exch_oof_headers("finance@northwindmedia.co.uk", lang="en-GB", topic=s.subject), irt=s.msgid)

# 65 -------- Zendesk (English)
s = Sent("tom", "accounts@corkcoffeeroasters.ie", "2027-01-19 09:00:00", "+0000",
         "reminder", "Cork Coffee Roasters", "company", "INV-2026-058", 615.00, "2027-01-08")
txt = """##- Please type your reply above this line -##

Your request (48213) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

Cork Coffee Roasters

This email is a service from Cork Coffee Roasters. Delivered by Zendesk

[N7Q4XZ-2K0R]
"""
add(L("auto-reply", "en", "Zendesk 'request received' acknowledgement."),
    A("Cork Coffee Roasters", "support@corkcoffeeroasters.zendesk.com"), A(s.name, s.addr), D("2027-01-19 09:00:25", "+0000"),
    "[Cork Coffee Roasters] Re: " + s.subject, T(txt),
    extra=[("Auto-Submitted", "auto-generated"), ("X-Zendesk-From-Account-Id", "f7e1b09"),
           ("Reply-To", "Cork Coffee Roasters <support@corkcoffeeroasters.zendesk.com>")], irt=s.msgid)

# 66 -------- Freshdesk (English)
s = Sent("hannah", "billing@brixtonbikes.co.uk", "2026-12-08 09:00:00", "+0000",
         "due", "Brixton Bikes", "company", "HO-2026-034", 480.00, "2026-12-05", cur="GBP")
html = """<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Dear Hannah,</p>
<p>We would like to acknowledge that we have received your request and a ticket has been created.<br>
A support representative will be reviewing your request and will send you a personal response (usually within 24 hours).</p>
<p>To view the status of the ticket or add comments, please visit<br>
<a href="https://brixtonbikes.freshdesk.com/helpdesk/tickets/12907">https://brixtonbikes.freshdesk.com/helpdesk/tickets/12907</a></p>
<p>Thank you for your patience.</p>
<p>Sincerely,<br>Brixton Bikes Support Team</p>
</div>
"""
add(L("auto-reply", "en", "Freshdesk default 'ticket created' acknowledgement, HTML only, greets the owner by name."),
    A("Brixton Bikes Support", "support@brixtonbikes.freshdesk.com"), A(s.name, s.addr), D("2026-12-08 09:01:02", "+0000"),
    "Ticket Received - " + s.subject, HT(html),
    extra=[("Auto-Submitted", "auto-generated"), ("X-Freshdesk-Ticket-Id", "12907")], irt=s.msgid)

# 67 -------- Intercom-style "team typically replies in a day"
s = Sent("dan", "hello@fernandfig.co", "2027-02-02 11:00:00", "-0500",
         "reminder", "Fern & Fig", "company", "DM-1055", 900.00, "2027-01-25", cur="USD")
html = """<div style="font-family:-apple-system,BlinkMacSystemFont,sans-serif;font-size:15px;color:#1a1a1a">
<p>Thanks for reaching out! 👋</p>
<p>We got your message. The Fern &amp; Fig team typically replies within a day.</p>
<p style="color:#737376;font-size:13px">You can reply to this email to add more details.</p>
</div>
"""
add(L("auto-reply", "en", "Intercom-style bot acknowledgement, HTML only, no absence."),
    A("Fern & Fig", "hello@fernandfig.intercom-mail.com"), A(s.name, s.addr), D("2027-02-02 11:00:09", "-0500"),
    "Re: " + s.subject, HT(html), extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)

# 68 -------- Jira Service Management (English)
s = Sent("tom", "ap@galwaybaytours.ie", "2026-11-17 09:00:00", "+0000",
         "courtesy", "Galway Bay Tours Ltd", "company", "INV-2026-033", 2214.00, "2026-11-24", issue="2026-10-25")
txt = """Your request AP-1042 has been received.

Hi Tom,

We've received your email and logged it as AP-1042 in the Finance Service Desk. A member of the accounts payable team will look at it shortly.

View request: https://galwaybaytours.atlassian.net/servicedesk/customer/portal/3/AP-1042

Reply above this line to add a comment.
Powered by Jira Service Management
"""
add(L("auto-reply", "en", "Jira Service Management request acknowledgement addressed to the owner by name."),
    A("Finance Service Desk", "jira@galwaybaytours.atlassian.net"), A(s.name, s.addr), D("2026-11-17 09:00:37", "+0000"),
    "AP-1042 " + s.subject, T(txt),
    extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"), ("X-JIRA-FingerPrint", "b81f2c77aa")], irt=s.msgid)

# 69 -------- AP acknowledgement "processed within 30 days"
s = Sent("hannah", "invoices@meridianretail.co.uk", "2026-12-01 09:00:00", "+0000",
         "reminder", "Meridian Retail Group plc", "company", "HO-2026-032", 3240.00, "2026-11-20", cur="GBP")
txt = """Thank you for your email, which has been received by the Meridian Retail Group Accounts Payable team.

Invoices are processed within 30 days of receipt in line with our standard payment terms. If your query relates to an invoice that is more than 30 days old, please call the Supplier Helpline on 0345 555 0170.

Please do not reply to this message; this mailbox is not monitored.

Meridian Retail Group plc, registered in England No. 02231456. Registered office: 1 Meridian Way, Leeds LS1 4AP.
"""
add(L("auto-reply", "en", "AP acknowledgement: 'processed within 30 days' is the standard policy, not a promise."),
    A("Meridian Accounts Payable", "noreply-ap@meridianretail.co.uk"), A(s.name, s.addr), D("2026-12-01 09:00:12", "+0000"),
    "Automatic reply: " + s.subject, T(txt), extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    irt=s.msgid)

# 70 -------- "We no longer accept invoices by email"
s = Sent("dan", "ap-invoices@harborlinefreight.com", "2027-01-11 10:00:00", "-0500",
         "reminder", "Harborline Freight LLC", "company", "DM-1049", 3600.00, "2027-01-02", cur="USD")
txt = """IMPORTANT: Harborline Freight no longer accepts invoices or payment inquiries by email.

Please submit invoices and check payment status through our supplier portal: https://harborline.supplierportal.example.com

If you are not yet registered, click "New Supplier" on the portal home page. Emails sent to this address are deleted automatically.

Harborline Freight LLC – Accounts Payable
"""
add(L("auto-reply", "en", "AP mailbox auto-reply redirecting to a supplier portal. No statement about this invoice."),
    A("Harborline AP", "ap-invoices@harborlinefreight.com"), A(s.name, s.addr), D("2027-01-11 10:00:02", "-0500"),
    "Automatic reply: " + s.subject, T(txt), extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")],
    irt=s.msgid)

# 71 -------- UK "back on 11/01"
s = Sent("hannah", "James Whitfield <j.whitfield@whitfieldarchitects.co.uk>", "2026-12-21 09:00:00", "+0000",
         "due", "Whitfield Architects LLP", "company", "HO-2026-035", 960.00, "2026-12-18", cur="GBP")
txt = """Thank you for your email. The office is closed for Christmas and I'll be back on 11/01. I will respond to your email on my return.

Kind regards,
James Whitfield RIBA
Whitfield Architects LLP
"""
add(L("auto-reply", "en", "UK sender: 'back on 11/01' in day/month order = 11 January 2027.", return_date="2027-01-11"),
    A("James Whitfield", "j.whitfield@whitfieldarchitects.co.uk"), A(s.name, s.addr), D("2026-12-21 09:00:01", "+0000"),
    "Automatic reply: " + s.subject, ALT(T(txt), HT(outlook_html(txt).replace('lang="IT"', 'lang="EN-GB"'))),
    extra=exch_oof_headers("j.whitfield@whitfieldarchitects.co.uk", lang="en-GB", topic=s.subject), irt=s.msgid)

# 72 -------- Maternity until September (vague)
s = Sent("hannah", "Priya Shah <priya@shahstudio.co.uk>", "2027-02-22 09:00:00", "+0000",
         "reminder", "Shah Studio", "company", "HO-2027-004", 650.00, "2027-02-12", cur="GBP")
txt = """Hi,

I'm currently on maternity leave until September 2027 and won't be checking this inbox.
For studio matters please contact Ben (ben@shahstudio.co.uk).

Thanks,
Priya
"""
add(L("auto-reply", "en", "Maternity leave 'until September 2027': month only, vague."),
    A("Priya Shah", "priya@shahstudio.co.uk"), A(s.name, s.addr), D("2027-02-22 09:00:05", "+0000"),
    "Automatic reply: " + s.subject, T(txt), extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)

# 73 -------- Part-time
s = Sent("tom", "Aoife Brennan <aoife@brennanhomes.ie>", "2026-11-23 09:00:00", "+0000",
         "due", "Brennan Homes", "company", "INV-2026-036", 540.00, "2026-11-20")
txt = """Hi, thanks for your email. I work part-time, Tuesdays to Thursdays, so there may be a delay in my reply.
Aoife
"""
add(L("auto-reply", "en", "Part-time working days, no absence and no date."),
    A("Aoife Brennan", "aoife@brennanhomes.ie"), A(s.name, s.addr), D("2026-11-23 09:00:01", "+0000"),
    "Automatic reply: " + s.subject, T(txt), extra=exch_oof_headers("aoife@brennanhomes.ie", lang="en-IE", topic=s.subject),
    irt=s.msgid)

# 74 -------- Trade show this week, back Monday
s = Sent("tom", "Niall Doyle <niall@doyleav.ie>", "2027-02-03 09:00:00", "+0000",
         "reminder", "Doyle AV Ltd", "company", "INV-2027-002", 1230.00, "2027-01-25")
txt = """Hi,

We're exhibiting at ISE in Barcelona this week (stand 3K400 – come say hello!). I'm back in the office Monday and will reply then.

Niall Doyle
Doyle AV Ltd
"""
add(L("auto-reply", "en", "Trade-show auto-reply sent Wednesday 3 Feb: 'back in the office Monday' = 8 Feb.", return_date="2027-02-08"),
    A("Niall Doyle", "niall@doyleav.ie"), A(s.name, s.addr), D("2027-02-03 09:00:03", "+0000"),
    "Out of Office: " + s.subject, T(txt), extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)

# 75 -------- Christmas closure, reopen Tuesday 5 January
s = Sent("tom", "Accounts <accounts@shannonprint.ie>", "2026-12-24 09:00:00", "+0000",
         "reminder", "Shannon Print Ltd", "company", "INV-2026-044", 980.00, "2026-12-14")
txt = """Season's greetings from all at Shannon Print!

Our offices close at 1pm on Wednesday 23 December and reopen on Tuesday 5 January. Emails received during the closure will be dealt with on our return.

Shannon Print Ltd
"""
add(L("auto-reply", "en", "Christmas closure; 'reopen on Tuesday 5 January'.", return_date="2027-01-05"),
    A("Shannon Print Accounts", "accounts@shannonprint.ie"), A(s.name, s.addr), D("2026-12-24 09:00:02", "+0000"),
    "Christmas closure", ALT(T(txt), HT(outlook_html(txt).replace('lang="IT"', 'lang="EN-IE"'))),
    extra=exch_oof_headers("accounts@shannonprint.ie", lang="en-IE"), irt=s.msgid)

# 76 -------- Off sick
s = Sent("hannah", "Tom Hughes <tom.hughes@hughesevents.co.uk>", "2026-11-09 09:00:00", "+0000",
         "due", "Hughes Events", "company", "HO-2026-029", 400.00, "2026-11-06", cur="GBP")
txt = "I'm currently off sick. I'll reply when I'm back. For urgent event queries call the office on 020 7946 0321.\n"
add(L("auto-reply", "en", "Off sick, no date."),
    A("Tom Hughes", "tom.hughes@hughesevents.co.uk"), A(s.name, s.addr), D("2026-11-09 09:00:03", "+0000"),
    "Automatic reply: " + s.subject, T(txt), extra=exch_oof_headers("tom.hughes@hughesevents.co.uk", lang="en-GB", topic=s.subject),
    irt=s.msgid)

# 77 -------- Travelling in Asia until 15 Jan, back Monday 18th
s = Sent("tom", "Conor Murphy <conor@murphyimports.ie>", "2027-01-06 09:00:00", "+0000",
         "reminder", "Murphy Imports", "company", "INV-2026-049", 2460.00, "2026-12-28")
txt = """Hi,

I'm travelling in Asia until 15 Jan visiting suppliers, with patchy access to email. Back in the office Monday 18th.

For accounts queries please contact Deirdre at deirdre@murphyimports.ie.

Conor
"""
add(L("auto-reply", "en", "Business trip; 'until 15 Jan' then explicitly 'Back in the office Monday 18th'.", return_date="2027-01-18"),
    A("Conor Murphy", "conor@murphyimports.ie"), A(s.name, s.addr), D("2027-01-06 09:00:06", "+0000"),
    "Automatic reply: " + s.subject, T(txt), extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)

# 78 -------- iCloud, X-Autoreply, "Away until Thursday"
s = Sent("hannah", "Lucy Palmer <lucypalmer@icloud.com>", "2026-11-16 09:00:00", "+0000",
         "courtesy", "Lucy Palmer", "person", "HO-2026-030", 350.00, "2026-11-23", issue="2026-10-24", cur="GBP")
txt = "Away until Thursday – will reply then. Lucy x\n"
add(L("auto-reply", "en", "iCloud auto-reply (X-Autoreply only), sent Monday 16 Nov: 'Away until Thursday' = 19 Nov.",
      return_date="2026-11-19"),
    A("Lucy Palmer", "lucypalmer@icloud.com"), A(s.name, s.addr), D("2026-11-16 09:00:01", "+0000"),
    "Re: " + s.subject, T(txt), extra=[("X-Autoreply", "yes")], irt=s.msgid)

# 79 -------- Proton, "back on the 5th" (December message -> 5 January)
s = Sent("dan", "Maya Lin <maya@mayalin.studio>", "2026-12-24 10:00:00", "-0500",
         "due", "Maya Lin", "person", "DM-1046", 1100.00, "2026-12-22", cur="USD")
txt = """Hi! I'm offline for the holidays 🎄 and back on the 5th. I'll get to your email then.
— Maya
"""
add(L("auto-reply", "en", "Proton auto-reply dated 24 December: 'back on the 5th' = 5 January 2027.", return_date="2027-01-05"),
    A("Maya Lin", "maya@mayalin.studio"), A(s.name, s.addr), D("2026-12-24 10:00:02", "-0500"),
    "Auto: " + s.subject, T(txt), extra=[("Auto-Submitted", "auto-replied"), ("X-Pm-Origin", "internal")], irt=s.msgid)

# 80 -------- Yahoo, no headers, generic, "Re:"
s = Sent("dan", "bob_kowalski55@yahoo.com", "2026-12-07 10:00:00", "-0500",
         "reminder", "Bob Kowalski", "person", "DM-1043", 650.00, "2026-11-28", cur="USD")
txt = """Thank you for your email. I am away from my desk at the moment. Your message is important to me and I will respond as soon as I can.

Bob
"""
add(L("auto-reply", "en", "Yahoo vacation reply with no RFC 3834 header and a 'Re:' subject; generic, no date."),
    "bob_kowalski55@yahoo.com", A(s.name, s.addr), D("2026-12-07 10:00:04", "-0500"), "Re: " + s.subject, T(txt), irt=s.msgid)

# 81 -------- Challenge-response anti-spam
s = Sent("dan", "Greg Foster <greg@fosterlawoffice.com>", "2027-01-20 10:00:00", "-0500",
         "reminder", "Greg Foster", "person", "DM-1051", 2000.00, "2027-01-10", cur="USD")
txt = """The message you sent requires that you verify that you are a real live human being and not a spam source.

To complete this verification, simply reply to this message and leave the subject line intact or click the link below:

https://fosterlawoffice.com:2096/bxtrap/verify?id=GF-20270120-99812

The headers of the message sent from your address are shown below:

From: Dan Mitchell <dan@mitchell.dev>
To: Greg Foster <greg@fosterlawoffice.com>
Subject: %s
Date: %s

Your message will be delivered once you have verified your address. Unverified messages are deleted after 7 days.
""" % (s.subject, s.date)
add(L("auto-reply", "en", "BoxTrapper challenge-response: an automatic reply holding the message until verification; not a human and not (yet) a bounce."),
    A("Greg Foster", "greg@fosterlawoffice.com"), A(s.name, s.addr), D("2027-01-20 10:00:05", "-0500"),
    "Verify email address: greg@fosterlawoffice.com", T(txt),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Boxtrapper", "greg@fosterlawoffice.com"), ("Precedence", "bulk")],
    irt=s.msgid)

# 82 -------- Paternity "until Friday 12 February inclusive; back Monday 15th"
s = Sent("hannah", "Sam Reid <sam@reidandco.co.uk>", "2027-01-29 09:00:00", "+0000",
         "reminder", "Reid & Co", "company", "HO-2027-002", 1150.00, "2027-01-19", cur="GBP")
txt = """Hello,

I'm on paternity leave until Friday 12 February inclusive – back Monday 15th.
In the meantime please contact hello@reidandco.co.uk.

Sam
"""
add(L("auto-reply", "en", "Paternity leave until Friday 12 Feb inclusive, back Monday 15 Feb (both forms agree).",
      return_date="2027-02-15"),
    A("Sam Reid", "sam@reidandco.co.uk"), A(s.name, s.addr), D("2027-01-29 09:00:04", "+0000"),
    "Automatic reply: " + s.subject, T(txt), extra=exch_oof_headers("sam@reidandco.co.uk", lang="en-GB", topic=s.subject),
    irt=s.msgid)

# 83 -------- Digital detox, vague
s = Sent("tom", "Ciara Walsh <ciara@walshwellness.ie>", "2027-01-12 09:00:00", "+0000",
         "reminder", "Walsh Wellness", "company", "INV-2026-052", 390.00, "2027-01-02")
txt = """Hi there!

I'm taking a digital detox for January 🧘 Emails will be read in February.

If it's about a booking, you can manage it at walshwellness.ie/bookings.

Ciara
"""
add(L("auto-reply", "en", "Digital detox, 'emails will be read in February': vague, no return_date."),
    A("Ciara Walsh", "ciara@walshwellness.ie"), A(s.name, s.addr), D("2027-01-12 09:00:33", "+0000"),
    "Re: " + s.subject, T(txt), extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)

# 84 -------- AP "fortnightly payment run" acknowledgement
s = Sent("tom", "payables@atlanticfisheries.ie", "2026-12-03 09:00:00", "+0000",
         "reminder", "Atlantic Fisheries Ltd", "company", "INV-2026-039", 1476.00, "2026-11-23")
txt = """Thank you for contacting Atlantic Fisheries Accounts Payable.

Your email has been logged. Approved invoices are paid in our fortnightly payment run; invoices awaiting approval will be paid in the first run after approval by the budget holder.

This is an automated message. Please do not reply.
"""
add(L("auto-reply", "en", "AP auto-acknowledgement describing the fortnightly payment run in general: no promise for this invoice."),
    A("Atlantic Fisheries AP", "payables@atlanticfisheries.ie"), A(s.name, s.addr), D("2026-12-03 09:00:29", "+0000"),
    "Automatic reply: " + s.subject, T(txt), extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)

# 85 -------- "out until the 7th inclusive", sent 2 January
s = Sent("hannah", "Emma Clarke <emma.clarke@clarkepr.co.uk>", "2027-01-04 10:00:00", "+0000",
         "reminder", "Clarke PR", "company", "HO-2026-036", 875.00, "2026-12-23", cur="GBP")
txt = "Thanks for your message. I'm out until the 7th inclusive and will reply when I'm back.\nEmma\n"
add(L("auto-reply", "en", "Sent Monday 4 January: 'out until the 7th inclusive' = back Friday 8 January.", return_date="2027-01-08"),
    A("Emma Clarke", "emma.clarke@clarkepr.co.uk"), A(s.name, s.addr), D("2027-01-04 10:00:03", "+0000"),
    "Automatic reply: " + s.subject, T(txt), extra=exch_oof_headers("emma.clarke@clarkepr.co.uk", lang="en-GB", topic=s.subject),
    irt=s.msgid)

# 86 -------- "back Wednesday", sent Friday
s = Sent("tom", "Declan Ryan <d.ryan@ryanengineering.ie>", "2027-01-15 09:00:00", "+0000",
         "due", "Ryan Engineering", "company", "INV-2026-054", 3075.00, "2027-01-13")
txt = "Out of office – back Wednesday. D. Ryan\n"
add(L("auto-reply", "en", "Sent Friday 15 Jan: 'back Wednesday' = 20 Jan.", return_date="2027-01-20"),
    A("Declan Ryan", "d.ryan@ryanengineering.ie"), A(s.name, s.addr), D("2027-01-15 09:00:01", "+0000"),
    "Out of Office: " + s.subject, T(txt), extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)

# 87 -------- Shared finance mailbox acknowledgement
s = Sent("hannah", "finance@lanternhousetheatre.org.uk", "2026-11-26 09:00:00", "+0000",
         "reminder", "Lantern House Theatre", "company", "HO-2026-033", 600.00, "2026-11-16", cur="GBP")
txt = """Thank you for your email to the Lantern House Theatre Finance team.

This is a shared mailbox. Someone from the team will respond within 3 working days.

Lantern House Theatre is a registered charity (No. 1098765).
"""
add(L("auto-reply", "en", "Shared finance mailbox acknowledgement."),
    A("Lantern House Finance", "finance@lanternhousetheatre.org.uk"), A(s.name, s.addr), D("2026-11-26 09:00:08", "+0000"),
    "Automatic reply: " + s.subject, T(txt), extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)

# 88 -------- Thanksgiving closure
s = Sent("dan", "accounting@summitoutdoorco.com", "2026-11-26 09:00:00", "-0500",
         "due", "Summit Outdoor Co.", "company", "DM-1040", 2750.00, "2026-11-25", cur="USD")
txt = """Happy Thanksgiving!

Our offices are closed Thursday and Friday for the holiday. We'll be back Monday, November 30 and will respond to your message then.

Summit Outdoor Co. – Accounting
"""
add(L("auto-reply", "en", "US Thanksgiving closure; 'back Monday, November 30'.", return_date="2026-11-30"),
    A("Summit Outdoor Accounting", "accounting@summitoutdoorco.com"), A(s.name, s.addr), D("2026-11-26 09:00:02", "-0500"),
    "Automatic reply: " + s.subject, T(txt), extra=exch_oof_headers("accounting@summitoutdoorco.com", lang="en-US", topic=s.subject),
    irt=s.msgid)

# 89 -------- Jury duty
s = Sent("dan", "Linda Park <linda@parkdentalgroup.com>", "2027-02-16 10:00:00", "-0500",
         "reminder", "Park Dental Group", "company", "DM-1058", 1400.00, "2027-02-06", cur="USD")
txt = "I'm on jury duty this week and may be slow to respond. Thank you for your patience! – Linda\n"
add(L("auto-reply", "en", "Jury duty 'this week', no return day stated."),
    A("Linda Park", "linda@parkdentalgroup.com"), A(s.name, s.addr), D("2027-02-16 10:00:06", "-0500"),
    "Automatic reply: " + s.subject, T(txt), extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)

# 90 -------- Festive closure, vague reopening
s = Sent("hannah", "office@hollowaydental.co.uk", "2026-12-28 09:00:00", "+0000",
         "due", "Holloway Dental Practice", "company", "HO-2026-037", 520.00, "2026-12-24", cur="GBP")
txt = """The practice is closed over the festive period and this inbox is not being monitored.
We will reopen in the new year. For dental emergencies please call NHS 111.
"""
add(L("auto-reply", "en", "Festive closure, reopening 'in the new year' = vague."),
    A("Holloway Dental Practice", "office@hollowaydental.co.uk"), A(s.name, s.addr), D("2026-12-28 09:00:00", "+0000"),
    "Automatic reply: " + s.subject, T(txt), extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)


# ================================================================ BOUNCES

OWNERS["rebecca"] = ("Rebecca Hale", "rebecca@halecopy.com", "en", "GB94 BARC 2004 0155 5555 55", "BARCGB22")
OWNERS["alessandra_pec"] = ("Alessandra Rossi", "alessandra.rossi@pec.it", "it", "IT60 X054 2811 1010 0000 0123 456", None)


def st(reporting, arrival, final, action, status, diag=None, remote=None, retry=None, pre=(), orig=None, last=None,
       post=()):
    lines = ["Reporting-MTA: dns; %s" % reporting] + list(pre)
    if arrival:
        lines.append("Arrival-Date: %s" % arrival)
    lines.append("")
    if orig:
        lines.append("Original-Recipient: rfc822;%s" % orig)
    lines.append("Final-Recipient: rfc822; %s" % final)
    lines.append("Action: %s" % action)
    lines.append("Status: %s" % status)
    if remote:
        lines.append("Remote-MTA: dns; %s" % remote)
    if diag:
        lines.append("Diagnostic-Code: smtp; %s" % diag)
    if last:
        lines.append("Last-Attempt-Date: %s" % last)
    if retry:
        lines.append("Will-Retry-Until: %s" % retry)
    lines += list(post)
    return "\n".join(lines) + "\n"


POSTFIX_HEAD = """This is the mail system at host %s.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""
POSTFIX_DELAY = """This is the mail system at host %s.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than %s.
It will be retried until it is %s old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""


def postfix_headers(host, sent_date):
    return [("Auto-Submitted", "auto-replied"), ("Content-Description", "Notification"),
            ("X-Original-Date", sent_date)]


def mailer_daemon(host, name="Mail Delivery System"):
    return "MAILER-DAEMON@%s (%s)" % (host, name)


# 91 -------- Postfix, user unknown
s = Sent("hannah", "accounts@thamesdesignhouse.co.uk", "2026-11-25 09:00:00", "+0000",
         "reminder", "Thames Design House Ltd", "company", "HO-2026-027", 1380.00, "2026-11-14", cur="GBP")
host = "smtp.okaforstudio.co.uk"
human = POSTFIX_HEAD % host + """<accounts@thamesdesignhouse.co.uk>: host mx1.thamesdesignhouse.co.uk[185.43.18.22]
    said: 550 5.1.1 <accounts@thamesdesignhouse.co.uk>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
"""
add(L("bounce", "en", "Postfix DSN, 550 5.1.1 user unknown.", failed_recipient="accounts@thamesdesignhouse.co.uk", permanent=True),
    mailer_daemon(host), A(s.name, s.addr), D("2026-11-25 09:00:04", "+0000"), "Undelivered Mail Returned to Sender",
    DSN(T(human, extra=[("Content-Description", "Notification")]),
        st(host, D("2026-11-25 09:00:01", "+0000"), "accounts@thamesdesignhouse.co.uk", "failed", "5.1.1",
           "550 5.1.1 <accounts@thamesdesignhouse.co.uk>: Recipient address rejected: User unknown in virtual mailbox table",
           "mx1.thamesdesignhouse.co.uk", pre=["X-Postfix-Queue-ID: 4Qx7Lm2Z9bz1xR3", "X-Postfix-Sender: rfc822; hannah@okaforstudio.co.uk"],
           orig="accounts@thamesdesignhouse.co.uk"), s.bytes(), tag=""),
    extra=[("Auto-Submitted", "auto-replied")], msgid="<4Qx7Ln0K3Lz1xR5@smtp.okaforstudio.co.uk>")

# 92 -------- Postfix, domain not found (typo)
s = Sent("hannah", "Jack Turner <billing@acmeprint.co>", "2026-12-02 10:30:00", "+0000",
         "due", "Acme Print", "company", "HO-2026-040", 230.00, "2026-11-30", cur="GBP")
human = POSTFIX_HEAD % host + """<billing@acmeprint.co>: Host or domain name not found. Name service error for
    name=acmeprint.co type=AAAA: Host not found
"""
add(L("bounce", "en", "Postfix DSN: domain does not exist (typo .co for .co.uk), 5.4.4.", failed_recipient="billing@acmeprint.co", permanent=True),
    mailer_daemon(host), A(s.name, s.addr), D("2026-12-02 10:30:02", "+0000"), "Undelivered Mail Returned to Sender",
    DSN(T(human), st(host, D("2026-12-02 10:30:01", "+0000"), "billing@acmeprint.co", "failed", "5.4.4",
                     None, pre=["X-Postfix-Queue-ID: 4R1bZk3mH8z2pQw", "X-Postfix-Sender: rfc822; hannah@okaforstudio.co.uk"],
                     post=["Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for name=acmeprint.co type=AAAA: Host not found"]),
        s.bytes(), tag=""),
    extra=[("Auto-Submitted", "auto-replied")], msgid="<4R1bZk5nQ1z2pQy@smtp.okaforstudio.co.uk>")

# 93 -------- Postfix delayed (connection timed out), headers only
s = Sent("hannah", "jenna@quillandink.co.uk", "2027-01-11 09:00:00", "+0000",
         "reminder", "Quill & Ink", "company", "HO-2026-039", 560.00, "2026-12-31", cur="GBP")
human = POSTFIX_DELAY % (host, "4 hours", "5 days") + """<jenna@quillandink.co.uk>: connect to mx.quillandink.co.uk[93.184.41.7]:25:
    Connection timed out
"""
add(L("bounce", "en", "Postfix delay warning ('THIS IS A WARNING ONLY'), Action: delayed, 4.4.1: temporary.",
      failed_recipient="jenna@quillandink.co.uk", permanent=False),
    mailer_daemon(host), A(s.name, s.addr), D("2027-01-11 13:05:11", "+0000"), "Delayed Mail (still being retried)",
    DSN(T(human), st(host, D("2027-01-11 09:00:01", "+0000"), "jenna@quillandink.co.uk", "delayed", "4.4.1",
                     None, pre=["X-Postfix-Queue-ID: 4SkP2w0bYJz3hTn", "X-Postfix-Sender: rfc822; hannah@okaforstudio.co.uk"],
                     retry=D("2027-01-16 09:00:01", "+0000"),
                     post=["Diagnostic-Code: X-Postfix; connect to mx.quillandink.co.uk[93.184.41.7]:25: Connection timed out"]),
        s.bytes(), headers_only=True, tag=""),
    extra=[("Auto-Submitted", "auto-replied")], msgid="<4SkP6y1vQbz3hTq@smtp.okaforstudio.co.uk>")

# 94 -------- Exim plain-text bounce (cPanel host), no such user
s = Sent("rebecca", "info@greenleafcafe.co.uk", "2026-11-30 09:00:00", "+0000",
         "reminder", "Greenleaf Café", "company", "HC-2026-044", 320.00, "2026-11-20", cur="GBP")
orig = s.bytes().decode()
txt = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  info@greenleafcafe.co.uk
    host mail.greenleafcafe.co.uk [81.27.84.19]
    SMTP error from remote mail server after RCPT TO:<info@greenleafcafe.co.uk>:
    550 No Such User Here"

------ This is a copy of the message, including all the headers. ------

Return-path: <rebecca@halecopy.com>
Received: from [82.132.45.200] (port=52114 helo=[192.168.1.64])
	by uk12.hostingco.net with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.98)
	(envelope-from <rebecca@halecopy.com>)
	id 1tHq2L-0007Zx-1f
	for info@greenleafcafe.co.uk;
	Mon, 30 Nov 2026 09:00:01 +0000
""" + orig
add(L("bounce", "en", "Exim plain-text bounce (no multipart/report), 'This is a permanent error', 550 No Such User Here; the copy of the reminder follows inline.",
      failed_recipient="info@greenleafcafe.co.uk", permanent=True),
    "Mail Delivery System <Mailer-Daemon@uk12.hostingco.net>", A("Rebecca Hale", "rebecca@halecopy.com"),
    D("2026-11-30 09:00:03", "+0000"), "Mail delivery failed: returning message to sender", T(txt),
    extra=[("X-Failed-Recipients", "info@greenleafcafe.co.uk"), ("Auto-Submitted", "auto-replied")],
    msgid="<E1tHq2M-0007a3-2k@uk12.hostingco.net>", mime_version=True)

# 95 -------- Exim delay warning (greylisting)
s = Sent("rebecca", "orders@peakdistrictcandles.co.uk", "2027-01-18 09:00:00", "+0000",
         "due", "Peak District Candles", "company", "HC-2027-003", 275.00, "2027-01-15", cur="GBP")
txt = """This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on uk12.hostingco.net.

The message identifier is:     1tYk0B-0002Qe-3H
The subject of the message is: %s
The date of the message is:    %s

The address to which the message has not yet been delivered is:

  orders@peakdistrictcandles.co.uk
    host mx.peakdistrictcandles.co.uk [46.32.240.18]
    Delay reason: SMTP error from remote mail server after RCPT TO:<orders@peakdistrictcandles.co.uk>:
    451 4.7.1 Greylisting in action, please come back later

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
""" % (s.subject, s.date)
add(L("bounce", "en", "Exim delay warning after 24h (greylisting 451): 'No action is required', temporary.",
      failed_recipient="orders@peakdistrictcandles.co.uk", permanent=False),
    "Mail Delivery System <Mailer-Daemon@uk12.hostingco.net>", A("Rebecca Hale", "rebecca@halecopy.com"),
    D("2027-01-19 09:02:44", "+0000"), "Warning: message 1tYk0B-0002Qe-3H delayed 24 hours", T(txt),
    extra=[("X-Failed-Recipients", "orders@peakdistrictcandles.co.uk"), ("Auto-Submitted", "auto-replied")],
    msgid="<E1tZ6nI-0004Pq-0c@uk12.hostingco.net>")


def o365_ndr_html(title_line, explain, fix, recipient, diag, server, lang="en"):
    return """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body dir="ltr" lang="%s">
<div style="font-family:'Segoe UI',Frutiger,Arial,sans-serif">
<p style="font-size:16pt;color:#000000">%s</p>
<p style="font-size:10pt;color:#666666"><b>%s</b></p>
<p style="font-size:10pt">%s</p>
<table style="width:100%%;border-collapse:collapse"><tr>
<td style="background-color:#C00000;color:#FFFFFF;padding:4pt;font-size:10pt">%s</td></tr></table>
<hr>
<p style="font-size:9pt;color:#666666"><b>Diagnostic information for administrators:</b><br>
Generating server: %s<br><br>
%s<br>
Remote server returned '%s'</p>
</div></body></html>
""" % (lang, title_line, explain, fix, {"en": "Action Required", "it": "Azione richiesta", "es": "Acción requerida"}[lang],
       server, recipient, diag)


# 96 -------- Office 365, RecipientNotFound
s = Sent("tom", "Mark O'Connor <m.oconnor@limerickmotors.ie>", "2026-12-07 09:00:00", "+0000",
         "reminder", "Limerick Motors Ltd", "company", "INV-2026-040", 1968.00, "2026-11-27")
diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient m.oconnor@limerickmotors.ie not found by SMTP address lookup"
txt = """Your message to m.oconnor@limerickmotors.ie couldn't be delivered.

m.oconnor wasn't found at limerickmotors.ie.

tom             Office 365             m.oconnor
Action Required                                  Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If the address is correct, contact the recipient by some other means and ask them to check with their email admin.

Diagnostic information for administrators:
Generating server: DB9PR03MB7411.eurprd03.prod.outlook.com
m.oconnor@limerickmotors.ie
Remote server returned '%s'
""" % diag
html = o365_ndr_html("Your message to m.oconnor@limerickmotors.ie couldn't be delivered.",
                     "m.oconnor wasn't found at limerickmotors.ie.",
                     "The address may be misspelled or may not exist. Retype the recipient's address, then resend the message.",
                     "m.oconnor@limerickmotors.ie", diag, "DB9PR03MB7411.eurprd03.prod.outlook.com")
add(L("bounce", "en", "Office 365 NDR (multipart/report, text+HTML), 550 5.1.10 RecipientNotFound.",
      failed_recipient="m.oconnor@limerickmotors.ie", permanent=True),
    A("Microsoft Outlook", "postmaster@byrnedesign.ie"), A(s.name, s.addr), D("2026-12-07 09:00:05", "+0000"),
    "Undeliverable: " + s.subject,
    DSN(ALT(T(txt), HT(html)), st("DB9PR03MB7411.eurprd03.prod.outlook.com", D("2026-12-07 09:00:02", "+0000"),
                                   "m.oconnor@limerickmotors.ie", "failed", "5.1.10", diag, "limerickmotors-ie.mail.protection.outlook.com"),
        s.bytes(), tag="_000_"),
    extra=[("Thread-Topic", s.subject), ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("Content-Language", "en-US")], irt=s.msgid)

# 97 -------- Office 365, group only accepts internal senders
s = Sent("tom", "Accounts Payable <accountspayable@dublinportlogistics.ie>", "2027-01-12 09:00:00", "+0000",
         "reminder", "Dublin Port Logistics DAC", "company", "INV-2026-050", 5535.00, "2027-01-01")
diag = ("550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction "
        "check failed because the sender was not authenticated when sending to this group")
txt = """Your message to accountspayable@dublinportlogistics.ie couldn't be delivered.

The group accountspayable only accepts messages from people in its organization or on its allowed senders list, and your email address isn't on the list.

tom             Office 365             accountspayable
Action Required                                  Recipient

How to Fix It
Contact the owner of the group by some other means and ask to be added to the group's allowed senders list.

Diagnostic information for administrators:
Generating server: AM9PR07MB7761.eurprd07.prod.outlook.com
accountspayable@dublinportlogistics.ie
Remote server returned '%s'
""" % diag
add(L("bounce", "en", "Office 365 NDR: the AP group refuses external senders (5.7.133): permanent, the address will never accept this sender.",
      failed_recipient="accountspayable@dublinportlogistics.ie", permanent=True),
    A("Microsoft Outlook", "postmaster@byrnedesign.ie"), A(s.name, s.addr), D("2027-01-12 09:00:03", "+0000"),
    "Undeliverable: " + s.subject,
    DSN(ALT(T(txt), HT(o365_ndr_html("Your message to accountspayable@dublinportlogistics.ie couldn't be delivered.",
                                     "The group accountspayable only accepts messages from people in its organization or on its allowed senders list.",
                                     "Contact the owner of the group by some other means and ask to be added to the group's allowed senders list.",
                                     "accountspayable@dublinportlogistics.ie", diag, "AM9PR07MB7761.eurprd07.prod.outlook.com"))),
        st("AM9PR07MB7761.eurprd07.prod.outlook.com", D("2027-01-12 09:00:01", "+0000"),
           "accountspayable@dublinportlogistics.ie", "failed", "5.7.133", diag), s.bytes(), tag="_000_"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US")], irt=s.msgid)

# 98 -------- On-premises Exchange at the recipient, accepted then NDR
s = Sent("tom", "p.nolan@nolanbuilders.ie", "2026-11-20 09:00:00", "+0000",
         "reminder", "Nolan Builders", "company", "INV-2026-035", 4305.00, "2026-11-10")
txt = """Delivery has failed to these recipients or groups:

p.nolan@nolanbuilders.ie
The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.


Diagnostic information for administrators:

Generating server: NB-EXCH01.nolanbuilders.local

p.nolan@nolanbuilders.ie
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

Original message headers:

Received: from mail.nolanbuilders.ie (10.0.0.12) by NB-EXCH01.nolanbuilders.local
 (10.0.0.10) with Microsoft SMTP Server id 15.1.2507.39; Fri, 20 Nov 2026 09:00:04 +0000
From: Tom Byrne <tom@byrnedesign.ie>
To: p.nolan@nolanbuilders.ie
Subject: %s
Date: %s
Message-ID: %s
""" % (s.subject, s.date, s.msgid)
add(L("bounce", "en", "On-premises Exchange 2016 NDR, sent by the recipient's server after accepting: 'Delivery has failed...', #550 5.1.1.",
      failed_recipient="p.nolan@nolanbuilders.ie", permanent=True),
    A("Microsoft Exchange", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nolanbuilders.ie"), A(s.name, s.addr),
    D("2026-11-20 09:00:06", "+0000"), "Undeliverable: " + s.subject,
    DSN(T(txt), st("NB-EXCH01.nolanbuilders.local", None, "p.nolan@nolanbuilders.ie", "failed", "5.1.1",
                   "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", pre=[]), s.bytes(), headers_only=True, tag="_000_"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")], irt=s.msgid)

# 99 -------- Office 365 delivery delayed
s = Sent("tom", "Gráinne Fitzgerald <grainne@fitzgeraldarchitects.ie>", "2026-12-15 09:00:00", "+0000",
         "due", "Fitzgerald Architects", "company", "INV-2026-045", 1722.00, "2026-12-12")
txt = """Delivery is delayed to these recipients or groups:

grainne@fitzgeraldarchitects.ie

Subject: %s

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. You'll be notified if the message can't be delivered by that time.

Diagnostic information for administrators:
Generating server: DB9PR03MB7411.eurprd03.prod.outlook.com
Receiving server: mail.fitzgeraldarchitects.ie (212.17.40.101)
grainne@fitzgeraldarchitects.ie
Remote server returned '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to SocketError." Attempted failover to alternate host, but that did not succeed.'
""" % s.subject
add(L("bounce", "en", "Office 365 'Delivery delayed' notice (Action: delayed, 4.4.0): temporary.",
      failed_recipient="grainne@fitzgeraldarchitects.ie", permanent=False),
    A("Microsoft Outlook", "postmaster@byrnedesign.ie"), A(s.name, s.addr), D("2026-12-15 13:08:00", "+0000"),
    "Delivery delayed:" + s.subject,
    DSN(T(txt), st("DB9PR03MB7411.eurprd03.prod.outlook.com", D("2026-12-15 09:00:02", "+0000"),
                   "grainne@fitzgeraldarchitects.ie", "delayed", "4.4.0",
                   "451 4.4.0 Primary target IP address responded with: 421 4.4.2 Connection dropped due to SocketError.",
                   retry=D("2026-12-17 09:00:02", "+0000")), s.bytes(), headers_only=True, tag="_000_"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")], irt=s.msgid)


def gmail_bounce(s, lang, title, line, resp, status, action, recip, remote, perm_hint=None, date=None):
    """Gmail-style bounce: multipart/report with text+HTML explanation, the DSN, and the original."""
    import html as _h
    txt = "\n** %s **\n\n%s\n\n%s\n\n%s\n" % (title, line, resp[0], resp[1])
    html = ('<html><head></head><body><table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff"><tbody><tr><td>'
            '<table cellpadding="0" cellspacing="0"><tbody><tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px">'
            '<img style="padding:0 24px 16px 0;float:left" width="72" height="72" alt="%s" src="cid:icon.png">'
            '<table style="min-width:272px;padding-top:8px"><tbody><tr><td><h2 style="font-size:20px;color:#212121;font-weight:bold;margin:0">%s</h2></td></tr>'
            '<tr><td style="padding-top:20px;color:#757575;font-size:16px;font-weight:normal;text-align:left">%s</td></tr>'
            '</tbody></table></td></tr></tbody></table></td></tr><tr style="border:none;background-color:#fff;font-size:12.8px;width:90%%">'
            '<td align="left" style="padding:48px 10px">%s<p style="font-family:monospace">%s</p></td></tr></tbody></table></body></html>\n'
            % ({"en": "Error Icon", "it": "Icona di errore", "es": "Icono de error"}[lang], _h.escape(title), _h.escape(line),
               _h.escape(resp[0]), _h.escape(resp[1]).replace("\n", "<br>")))
    rel = MP("related", [ALT(T(txt), HT(html), tag="000000000000"),
                         ATT("icon.png", "image/png", FAKE_PNG, inline=True, cid="icon.png")], tag="000000000000")
    status_txt = st("googlemail.com", date or s.date, recip, action, status, resp[1].replace("\n", " "), remote,
                    pre=["Received-From-MTA: dns; %s" % OWNERS[s.owner][1]],
                    retry=None, last=None)
    return DSN(rel, status_txt, s.bytes(), tag="000000000000")


# 100 -------- Gmail (English): address not found
s = Sent("dan", "tyler@sunsetsurfshop.com", "2026-11-12 10:00:00", "-0500",
         "due", "Sunset Surf Shop", "company", "DM-1038", 780.00, "2026-11-10", cur="USD")
part = gmail_bounce(s, "en", "Address not found",
                    "Your message wasn't delivered to tyler@sunsetsurfshop.com because the address couldn't be found, or is unable to receive mail.",
                    ("The response from the remote server was:",
                     "550 5.1.1 <tyler@sunsetsurfshop.com>: Recipient address rejected: User unknown in local recipient table"),
                    "5.1.1", "failed", "tyler@sunsetsurfshop.com", "mx.sunsetsurfshop.com")
add(L("bounce", "en", "Gmail 'Address not found' bounce (multipart/report with related HTML and icon).",
      failed_recipient="tyler@sunsetsurfshop.com", permanent=True),
    A("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), A(s.name, s.addr), D("2026-11-12 10:00:03", "-0500"),
    "Delivery Status Notification (Failure)", part,
    extra=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "tyler@sunsetsurfshop.com")], irt=s.msgid)

# 101 -------- Gmail (English): delivery incomplete, temporary
s = Sent("dan", "carla@redrockcatering.com", "2027-01-05 10:00:00", "-0500",
         "reminder", "Red Rock Catering", "company", "DM-1044", 1650.00, "2026-12-26", cur="USD")
part = gmail_bounce(s, "en", "Delivery incomplete",
                    "There was a temporary problem delivering your message to carla@redrockcatering.com. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.",
                    ("The response was:",
                     "421 4.7.0 [TSS04] Messages from 209.85.220.41 temporarily deferred due to unexpected volume or user complaints"),
                    "4.7.0", "delayed", "carla@redrockcatering.com", "mx.redrockcatering.com")
add(L("bounce", "en", "Gmail 'Delivery incomplete': temporary problem, will retry 46 more hours.",
      failed_recipient="carla@redrockcatering.com", permanent=False),
    A("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), A(s.name, s.addr), D("2027-01-05 12:11:40", "-0500"),
    "Delivery Status Notification (Delay)", part, extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)

# 102 -------- Yahoo "Failure Notice" (plain text)
s = Sent("dan", "jimmyb_1984@yahoo.com", "2026-12-10 10:00:00", "-0500",
         "reminder", "Jimmy Brooks", "person", "DM-1045", 350.00, "2026-11-30", cur="USD")
txt = """Sorry, we were unable to deliver your message to the following address.

<jimmyb_1984@yahoo.com>:
554: delivery error: dd This user doesn't have a yahoo.com account (jimmyb_1984@yahoo.com) [0] - mta4045.mail.gq1.yahoo.com

--- Below this line is a copy of the message.

""" + s.bytes().decode()
add(L("bounce", "en", "Yahoo-style 'Failure Notice' plain-text bounce: 554 dd This user doesn't have a yahoo.com account.",
      failed_recipient="jimmyb_1984@yahoo.com", permanent=True),
    "MAILER-DAEMON@yahoo.com", A(s.name, s.addr), D("2026-12-10 15:00:07", "+0000"), "Failure Notice", T(txt),
    extra=[("Auto-Submitted", "auto-replied")], msgid="<1765378807.3321@mta4045.mail.gq1.yahoo.com>")

# 103 -------- qmail at the recipient
s = Sent("tom", "info@clarebnb.ie", "2026-11-16 09:00:00", "+0000",
         "due", "Clare B&B", "company", "INV-2026-034", 295.00, "2026-11-13")
txt = """Hi. This is the qmail-send program at mail.westhost.ie.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<info@clarebnb.ie>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <tom@byrnedesign.ie>
Received: (qmail 28311 invoked from network); 16 Nov 2026 09:00:03 -0000
""" + s.bytes().decode()
add(L("bounce", "en", "qmail-send bounce: 'permanent error; I've given up', #5.1.1.", failed_recipient="info@clarebnb.ie", permanent=True),
    "MAILER-DAEMON@mail.westhost.ie", A(s.name, s.addr), D("2026-11-16 09:00:04", "+0000"), "failure notice", T(txt),
    msgid="<20261116090004.28313.qmail@mail.westhost.ie>", mime_version=False, lead=[("Return-Path", "<>")])

# 104 -------- Mimecast: envelope blocked by the recipient (Postfix DSN)
s = Sent("hannah", "Rob Ellis <r.ellis@ellisandwardlaw.co.uk>", "2026-12-14 09:00:00", "+0000",
         "reminder", "Ellis & Ward Solicitors", "company", "HO-2026-041", 1900.00, "2026-12-04", cur="GBP")
diag = "550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550 [oq8kT3cZNyy0sXnbrvAO2A.uk283]"
human = POSTFIX_HEAD % host + """<r.ellis@ellisandwardlaw.co.uk>: host eu-smtp-inbound-1.mimecast.com[195.130.217.211]
    said: %s (in reply to RCPT TO command)
""" % diag
add(L("bounce", "en", "Postfix DSN of a Mimecast rejection: 'Envelope blocked - User Entry' (the recipient blocked the sender): permanent.",
      failed_recipient="r.ellis@ellisandwardlaw.co.uk", permanent=True),
    mailer_daemon(host), A(s.name, s.addr), D("2026-12-14 09:00:04", "+0000"), "Undelivered Mail Returned to Sender",
    DSN(T(human), st(host, D("2026-12-14 09:00:01", "+0000"), "r.ellis@ellisandwardlaw.co.uk", "failed", "5.0.0", diag,
                     "eu-smtp-inbound-1.mimecast.com", pre=["X-Postfix-Queue-ID: 4Sb9Qn2K1Vz4dWm"]), s.bytes(), tag=""),
    extra=[("Auto-Submitted", "auto-replied")], msgid="<4Sb9Qp0Hq6z4dWp@smtp.okaforstudio.co.uk>")

# 105 -------- Proofpoint: message blocked (Gmail "Message blocked")
s = Sent("dan", "ap@cascadeinsurancegroup.com", "2027-01-26 10:00:00", "-0500",
         "reminder", "Cascade Insurance Group", "company", "DM-1052", 6200.00, "2027-01-15", cur="USD")
part = gmail_bounce(s, "en", "Message blocked",
                    "Your message to ap@cascadeinsurancegroup.com has been blocked. See technical details below for more information.",
                    ("The response from the remote server was:",
                     "550 5.7.1 Message blocked by Proofpoint Essentials due to content policy. Contact your administrator. [ppe-hosted.com-mx1 1769439601-m1Tq2]"),
                    "5.7.1", "failed", "ap@cascadeinsurancegroup.com", "mx1-us1.ppe-hosted.com")
add(L("bounce", "en", "Gmail 'Message blocked' bounce of a Proofpoint content-policy rejection (550 5.7.1).",
      failed_recipient="ap@cascadeinsurancegroup.com", permanent=True),
    A("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), A(s.name, s.addr), D("2027-01-26 10:00:06", "-0500"),
    "Delivery Status Notification (Failure)", part, extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)

# 106 -------- Barracuda reputation block (Exim, multipart/report)
s = Sent("rebecca", "office@bramleyestates.co.uk", "2026-12-01 09:00:00", "+0000",
         "reminder", "Bramley Estates", "company", "HC-2026-046", 890.00, "2026-11-21", cur="GBP")
txt = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  office@bramleyestates.co.uk
    host d147482a.ess.barracudanetworks.com [209.222.82.253]
    SMTP error from remote mail server after initial connection:
    554 Service unavailable; Client host [185.53.178.12] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?r=1&ip=185.53.178.12
"""
add(L("bounce", "en", "Exim multipart/report bounce: sending host blocked by Barracuda Reputation (554), permanent error.",
      failed_recipient="office@bramleyestates.co.uk", permanent=True),
    "Mail Delivery System <Mailer-Daemon@uk12.hostingco.net>", A("Rebecca Hale", "rebecca@halecopy.com"),
    D("2026-12-01 09:00:05", "+0000"), "Mail delivery failed: returning message to sender",
    DSN(T(txt), st("uk12.hostingco.net", None, "office@bramleyestates.co.uk", "failed", "5.0.0",
                   "554 Service unavailable; Client host [185.53.178.12] blocked using Barracuda Reputation",
                   "d147482a.ess.barracudanetworks.com"), s.bytes(), headers_only=True, tag="1701421205-eximdsn-"),
    extra=[("X-Failed-Recipients", "office@bramleyestates.co.uk"), ("Auto-Submitted", "auto-replied")],
    msgid="<E1tQa2p-0001Kd-3m@uk12.hostingco.net>")

# 107 -------- Sophos Email: message blocked notification (from the recipient's gateway)
s = Sent("hannah", "accounts@kingsleyhealthcare.co.uk", "2027-02-08 09:00:00", "+0000",
         "reminder", "Kingsley Healthcare Ltd", "company", "HO-2027-003", 2100.00, "2027-01-29", cur="GBP")
html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<table width="600" style="border:1px solid #ddd"><tr><td style="background:#0b4b8c;color:#fff;padding:10px;font-size:16px">Sophos Email</td></tr>
<tr><td style="padding:14px">
<p><b>Your message could not be delivered.</b></p>
<p>The message you sent to <b>accounts@kingsleyhealthcare.co.uk</b> was blocked by the recipient organisation's email security policy and has not been delivered.</p>
<table style="font-size:12px">
<tr><td>Subject:</td><td>%s</td></tr>
<tr><td>Sent:</td><td>08/02/2027 09:00 GMT</td></tr>
<tr><td>Reason:</td><td>Blocked sender domain (admin policy)</td></tr>
</table>
<p>If you believe this is an error, contact the recipient by other means.</p>
</td></tr></table></body></html>
""" % s.subject
add(L("bounce", "en", "Sophos Email gateway notification that the message was blocked by policy (HTML only, no DSN): permanent.",
      failed_recipient="accounts@kingsleyhealthcare.co.uk", permanent=True),
    A("Sophos Email", "do-not-reply@notifications.sophos.com"), A(s.name, s.addr), D("2027-02-08 09:00:41", "+0000"),
    "Message not delivered: " + s.subject, HT(html), extra=[("Auto-Submitted", "auto-generated")], irt=s.msgid)

# 108 -------- Postfix, recipient over quota: still retrying (temporary)
s = Sent("hannah", "nina@ninascakes.co.uk", "2026-11-18 09:00:00", "+0000",
         "due", "Nina's Cakes", "company", "HO-2026-028", 180.00, "2026-11-16", cur="GBP")
human = POSTFIX_DELAY % (host, "4 hours", "5 days") + """<nina@ninascakes.co.uk>: host mx.ninascakes.co.uk[77.72.0.91] said: 452 4.2.2
    <nina@ninascakes.co.uk>: Mailbox full, try again later (in reply to RCPT TO
    command)
"""
add(L("bounce", "en", "Postfix delay warning: 452 4.2.2 mailbox full, still retrying: temporary.",
      failed_recipient="nina@ninascakes.co.uk", permanent=False),
    mailer_daemon(host), A(s.name, s.addr), D("2026-11-18 13:01:30", "+0000"), "Delayed Mail (still being retried)",
    DSN(T(human), st(host, D("2026-11-18 09:00:01", "+0000"), "nina@ninascakes.co.uk", "delayed", "4.2.2",
                     "452 4.2.2 <nina@ninascakes.co.uk>: Mailbox full, try again later", "mx.ninascakes.co.uk",
                     retry=D("2026-11-23 09:00:01", "+0000")), s.bytes(), headers_only=True, tag=""),
    extra=[("Auto-Submitted", "auto-replied")], msgid="<4Qq1Wn5tLsz5mRk@smtp.okaforstudio.co.uk>")

# 109 -------- Gmail: recipient inbox out of storage (permanent)
s = Sent("dan", "mike.torres.ph@gmail.com", "2027-02-09 10:00:00", "-0500",
         "reminder", "Mike Torres", "person", "DM-1056", 450.00, "2027-01-30", cur="USD")
part = gmail_bounce(s, "en", "Message not delivered",
                    "Your message couldn't be delivered to mike.torres.ph@gmail.com because the recipient's inbox is out of storage space and inactive.",
                    ("The response was:",
                     "552 5.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to\n552 5.2.2  https://support.google.com/mail/?p=OverQuotaPerm"),
                    "5.2.2", "failed", "mike.torres.ph@gmail.com", "gmail-smtp-in.l.google.com")
add(L("bounce", "en", "Gmail bounce: recipient inbox out of storage AND inactive (OverQuotaPerm): permanent mailbox-full.",
      failed_recipient="mike.torres.ph@gmail.com", permanent=True),
    A("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), A(s.name, s.addr), D("2027-02-09 10:00:02", "-0500"),
    "Delivery Status Notification (Failure)", part, extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)

# 110 -------- Exim: only the Cc (accounts) bounced
s = Sent("rebecca", "Lauren Price <lauren@pricecoaching.co.uk>", "2027-01-25 09:00:00", "+0000",
         "reminder", "Lauren Price", "person", "HC-2027-001", 640.00, "2027-01-15", cur="GBP",
         cc="accounts@pricecoaching.co.uk")
s.cc = "accounts@pricecoaching.co.uk"
txt = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  accounts@pricecoaching.co.uk
    host mx1.pricecoaching.co.uk [62.233.121.5]
    SMTP error from remote mail server after RCPT TO:<accounts@pricecoaching.co.uk>:
    550 5.1.1 <accounts@pricecoaching.co.uk>: Recipient address rejected: mailbox unavailable
"""
add(L("bounce", "en", "Exim bounce for the Cc address only (accounts@); the main To recipient is not listed as failed.",
      failed_recipient="accounts@pricecoaching.co.uk", permanent=True),
    "Mail Delivery System <Mailer-Daemon@uk12.hostingco.net>", A("Rebecca Hale", "rebecca@halecopy.com"),
    D("2027-01-25 09:00:04", "+0000"), "Mail delivery failed: returning message to sender",
    DSN(T(txt), st("uk12.hostingco.net", None, "accounts@pricecoaching.co.uk", "failed", "5.1.1",
                   "550 5.1.1 <accounts@pricecoaching.co.uk>: Recipient address rejected: mailbox unavailable",
                   "mx1.pricecoaching.co.uk"), s.bytes(), tag="1769331604-eximdsn-"),
    extra=[("X-Failed-Recipients", "accounts@pricecoaching.co.uk"), ("Auto-Submitted", "auto-replied")],
    msgid="<E1tbF9c-0008Rt-0x@uk12.hostingco.net>")


# ---------------------------------------------------------------- Italian bounces

# 111 -------- Aruba, user unknown, Italian text
s = Sent("alessandra", "m.conti@tipografiaconti.it", "2026-11-26 09:00:00", "+0100",
         "reminder", "Tipografia Conti", "company", "34/2026", 732.00, "2026-11-16")
txt = """Questo è il sistema di posta di smtpauth.aruba.it.

Siamo spiacenti di informarLa che il Suo messaggio non è stato recapitato
a uno o più destinatari. Il messaggio è allegato qui sotto.

Per ulteriore assistenza può scrivere a postmaster@aruba.it includendo
questo rapporto.

                   Il sistema di posta

<m.conti@tipografiaconti.it>: il server mx.tipografiaconti.it[89.46.108.20] ha risposto:
    550 5.1.1 <m.conti@tipografiaconti.it>: Recipient address rejected: User
    unknown in virtual mailbox table (in risposta al comando RCPT TO)
"""
add(L("bounce", "it", "Aruba bounce with the Postfix notice translated into Italian, 550 5.1.1 user unknown.",
      failed_recipient="m.conti@tipografiaconti.it", permanent=True),
    "MAILER-DAEMON@aruba.it (Sistema di consegna posta)", A(s.name, s.addr), D("2026-11-26 09:00:03", "+0100"),
    "Messaggio non recapitato: " + s.subject,
    DSN(T(txt), st("smtpauth.aruba.it", D("2026-11-26 09:00:01", "+0100"), "m.conti@tipografiaconti.it", "failed", "5.1.1",
                   "550 5.1.1 <m.conti@tipografiaconti.it>: Recipient address rejected: User unknown in virtual mailbox table",
                   "mx.tipografiaconti.it", pre=["X-Postfix-Queue-ID: 4Qy3Nd1tG7z6kLp"]), s.bytes(), tag=""),
    extra=[("Auto-Submitted", "auto-replied")], msgid="<4Qy3Nf0bMsz6kLr@smtpauth.aruba.it>")

# 112 -------- Libero: mailbox disabled for inactivity (Italian, plain text)
s = Sent("marco", "rossana.bellini58@libero.it", "2026-12-04 09:00:00", "+0100",
         "due", "Rossana Bellini", "person", "46/2026", 220.00, "2026-12-01")
txt = """Gentile utente,

il messaggio da lei inviato non è stato consegnato al seguente destinatario:

    rossana.bellini58@libero.it

Motivo: la casella di posta del destinatario è stata disattivata per inutilizzo
e non può più ricevere messaggi. (550 5.2.1 mailbox disabled)

Questo messaggio è stato generato automaticamente dal sistema di posta di Libero.
Non rispondere a questa email.

------ Intestazioni del messaggio originale ------
From: %s <%s>
To: rossana.bellini58@libero.it
Subject: %s
Date: %s
Message-ID: %s
""" % (s.name, s.addr, s.subject, s.date, s.msgid)
add(L("bounce", "it", "Libero plain-text bounce in Italian: mailbox disabled for inactivity (550 5.2.1): permanent.",
      failed_recipient="rossana.bellini58@libero.it", permanent=True),
    A("Sistema di posta Libero", "mailer-daemon@libero.it"), A(s.name, s.addr), D("2026-12-04 09:00:09", "+0100"),
    "Mancata consegna: " + s.subject, T(txt, charset="iso-8859-1", cte="quoted-printable"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "rossana.bellini58@libero.it")], irt=s.msgid)

# 113 -------- Register.it, still trying (temporary), Italian
s = Sent("marco", "info@pasticceriamarchetti.it", "2027-01-13 09:00:00", "+0100",
         "reminder", "Pasticceria Marchetti", "company", "50/2026", 410.00, "2027-01-03")
txt = """AVVISO - NON È NECESSARIO REINVIARE IL MESSAGGIO

Il messaggio da lei inviato a info@pasticceriamarchetti.it non è ancora stato
consegnato. Il server di posta del destinatario ha risposto con un errore
temporaneo:

    421 4.7.0 Try again later, closing connection.

Il nostro sistema continuerà a tentare la consegna per altri 4 giorni. Se la
consegna non andrà a buon fine entro questo periodo, riceverà un nuovo avviso.

Servizio di posta Register.it
"""
add(L("bounce", "it", "Register.it delay notice in Italian ('non è necessario reinviare', 421, will keep trying 4 days): temporary.",
      failed_recipient="info@pasticceriamarchetti.it", permanent=False),
    "MAILER-DAEMON@register.it (Mail Delivery System)", A(s.name, s.addr), D("2027-01-13 13:04:55", "+0100"),
    "Avviso di ritardo nella consegna: " + s.subject,
    DSN(T(txt), st("smtp.register.it", D("2027-01-13 09:00:02", "+0100"), "info@pasticceriamarchetti.it", "delayed", "4.7.0",
                   "421 4.7.0 Try again later, closing connection.", "mx.pasticceriamarchetti.it",
                   retry=D("2027-01-17 09:00:02", "+0100")), s.bytes(), headers_only=True, tag=""),
    extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)

# 114 -------- PEC: avviso di mancata consegna (formal notice sent by PEC)
s = Sent("alessandra_pec", "amministrazione@pec.tipografiabelli.it", "2027-01-18 10:15:00", "+0100",
         "late", "Tipografia Belli S.r.l.", "company", "29/2026", 1464.00, "2026-11-15", deadline="2027-02-01", days_late=64)
s.subject = "Diffida di pagamento – fattura n. 29/2026"
ident = "opec21019.20270118101522.11830.233.1.61@pec.it"
txt = """Avviso di mancata consegna

Il giorno 18/01/2027 alle ore 10:15:22 (+0100) nel messaggio
"%s" proveniente da "alessandra.rossi@pec.it"
ed indirizzato a:
amministrazione@pec.tipografiabelli.it
è stato rilevato un problema che ne impedisce la consegna.
Errore: 5.1.1 - Aruba Pec S.p.A. - casella inesistente
Il messaggio non è stato consegnato.

Identificativo messaggio: %s
""" % (s.subject, ident)
daticert = """<?xml version="1.0" encoding="UTF-8"?>
<postacert tipo="errore-consegna" errore="no-dest">
  <intestazione>
    <mittente>alessandra.rossi@pec.it</mittente>
    <destinatari tipo="certificato">amministrazione@pec.tipografiabelli.it</destinatari>
    <risposte>alessandra.rossi@pec.it</risposte>
    <oggetto>%s</oggetto>
  </intestazione>
  <dati>
    <gestore-emittente>Aruba Pec S.p.A.</gestore-emittente>
    <data zona="+0100"><giorno>18/01/2027</giorno><ora>10:15:24</ora></data>
    <identificativo>%s</identificativo>
    <consegna>amministrazione@pec.tipografiabelli.it</consegna>
    <errore-esteso>5.1.1 - Aruba Pec S.p.A. - casella inesistente</errore-esteso>
  </dati>
</postacert>
""" % (s.subject, ident)
add(L("bounce", "it", "PEC 'AVVISO DI MANCATA CONSEGNA' (daticert tipo errore-consegna): the certified formal notice was not delivered, mailbox does not exist.",
      failed_recipient="amministrazione@pec.tipografiabelli.it", permanent=True),
    "posta-certificata@pec.it", "alessandra.rossi@pec.it", D("2027-01-18 10:15:24", "+0100"),
    "AVVISO DI MANCATA CONSEGNA: " + s.subject,
    MP("mixed", [T(txt),
                 Part([("Content-Type", 'application/xml; name="daticert.xml"'),
                       ("Content-Disposition", 'inline; filename="daticert.xml"'),
                       ("Content-Transfer-Encoding", "base64")], base64.encodebytes(daticert.encode()))]),
    extra=[("X-Ricevuta", "errore-consegna"), ("X-Riferimento-Message-ID", s.msgid), ("X-Trasporto", "errore")],
    msgid="<" + ident.replace("1.61", "1.62") + ">")

# 115 -------- PEC: preavviso di mancata consegna (12 hours): temporary
s = Sent("alessandra_pec", "ufficio.ragioneria@pec.comune.montebello.it", "2027-02-03 09:30:00", "+0100",
         "late", "Comune di Montebello", "company", "40/2026", 3660.00, "2026-12-10", deadline="2027-02-17", days_late=55)
s.subject = "Sollecito formale – fattura n. 40/2026"
ident = "opec21019.20270203093011.40218.611.1.70@pec.it"
txt = """Preavviso di mancata consegna

Il giorno 03/02/2027 alle ore 09:30:11 (+0100) è stato inviato il messaggio
"%s" proveniente da "alessandra.rossi@pec.it"
ed indirizzato a:
ufficio.ragioneria@pec.comune.montebello.it

Trascorse 12 ore dall'invio, non è ancora pervenuta la ricevuta di avvenuta consegna da parte del gestore del destinatario.
Il sistema continuerà ad attendere la ricevuta fino allo scadere delle 24 ore dall'invio; in caso di esito negativo riceverà un avviso di mancata consegna.

Identificativo messaggio: %s
""" % (s.subject, ident)
add(L("bounce", "it", "PEC 12-hour 'preavviso di mancata consegna': no delivery receipt yet, the provider keeps waiting up to 24h: temporary.",
      failed_recipient="ufficio.ragioneria@pec.comune.montebello.it", permanent=False),
    "posta-certificata@pec.it", "alessandra.rossi@pec.it", D("2027-02-03 21:30:12", "+0100"),
    "PREAVVISO DI MANCATA CONSEGNA: " + s.subject,
    T(txt), extra=[("X-Ricevuta", "preavviso-errore-consegna"), ("X-Riferimento-Message-ID", s.msgid), ("X-Trasporto", "errore")],
    msgid="<" + ident.replace("1.70", "1.77") + ">")

# 116 -------- Gmail in Italian: address not found
s = Sent("giulia", "lorenzo@studiofotograficoneri.it", "2026-11-10 09:00:00", "+0100",
         "due", "Studio Fotografico Neri", "company", "41/2026", 366.00, "2026-11-07")
part = gmail_bounce(s, "it", "Indirizzo non trovato",
                    "Il tuo messaggio non è stato recapitato a lorenzo@studiofotograficoneri.it perché l'indirizzo non è stato trovato oppure non è in grado di ricevere email.",
                    ("La risposta del server remoto è stata:",
                     "550 5.1.1 <lorenzo@studiofotograficoneri.it>: Recipient address rejected: User unknown in virtual alias table"),
                    "5.1.1", "failed", "lorenzo@studiofotograficoneri.it", "mx01.studiofotograficoneri.it")
add(L("bounce", "it", "Gmail bounce localised in Italian ('Indirizzo non trovato'), 550 5.1.1.",
      failed_recipient="lorenzo@studiofotograficoneri.it", permanent=True),
    A("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), A(s.name, s.addr), D("2026-11-10 09:00:04", "+0100"),
    "Delivery Status Notification (Failure)", part,
    extra=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "lorenzo@studiofotograficoneri.it")], irt=s.msgid)

# 117 -------- Gmail in Italian: temporary
s = Sent("giulia", "amministrazione@cantinevalpolicella.it", "2027-01-21 09:00:00", "+0100",
         "reminder", "Cantine Valpolicella", "company", "53/2026", 1830.00, "2027-01-11")
part = gmail_bounce(s, "it", "Messaggio non ancora recapitato",
                    "Si è verificato un problema temporaneo durante il recapito del tuo messaggio a amministrazione@cantinevalpolicella.it. Gmail riproverà per altre 44 ore. Riceverai una notifica se il recapito non andrà a buon fine in modo definitivo.",
                    ("La risposta è stata:",
                     "450 4.2.0 <amministrazione@cantinevalpolicella.it>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/cantinevalpolicella.it.html"),
                    "4.2.0", "delayed", "amministrazione@cantinevalpolicella.it", "mail.cantinevalpolicella.it")
add(L("bounce", "it", "Gmail delay in Italian: greylisting (450 4.2.0), 'Gmail riproverà per altre 44 ore': temporary.",
      failed_recipient="amministrazione@cantinevalpolicella.it", permanent=False),
    A("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), A(s.name, s.addr), D("2027-01-21 12:40:18", "+0100"),
    "Delivery Status Notification (Delay)", part, extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)

# 118 -------- Office 365 in Italian: not deliverable
s = Sent("alessandra", "Gianni Rota <g.rota@rotaimpianti.it>", "2026-12-18 09:00:00", "+0100",
         "reminder", "Rota Impianti S.r.l.", "company", "42/2026", 2989.00, "2026-12-08")
diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient g.rota@rotaimpianti.it not found by SMTP address lookup"
txt = """Impossibile recapitare il messaggio a g.rota@rotaimpianti.it.

g.rota non è stato trovato in rotaimpianti.it.

alessandra      Office 365      g.rota
Azione richiesta                Destinatario

Indirizzo A sconosciuto

Come risolvere il problema
È possibile che l'indirizzo sia scritto in modo errato o non esista. Provare con una o più delle soluzioni seguenti:
- Digitare di nuovo l'indirizzo del destinatario e inviare di nuovo il messaggio.
- Se l'indirizzo è corretto, contattare il destinatario in altro modo e chiedergli di rivolgersi al suo amministratore di posta elettronica.

Informazioni di diagnostica per gli amministratori:
Server di generazione: VI1PR08MB5326.eurprd08.prod.outlook.com
g.rota@rotaimpianti.it
Il server remoto ha restituito '%s'
""" % diag
add(L("bounce", "it", "Office 365 NDR in Italian ('Non recapitabile:'), 550 5.1.10.", failed_recipient="g.rota@rotaimpianti.it", permanent=True),
    A("Microsoft Outlook", "postmaster@example.it"), A(s.name, s.addr), D("2026-12-18 09:00:04", "+0100"),
    "Non recapitabile: " + s.subject,
    DSN(ALT(T(txt), HT(o365_ndr_html("Impossibile recapitare il messaggio a g.rota@rotaimpianti.it.",
                                     "g.rota non è stato trovato in rotaimpianti.it.",
                                     "È possibile che l'indirizzo sia scritto in modo errato o non esista.",
                                     "g.rota@rotaimpianti.it", diag, "VI1PR08MB5326.eurprd08.prod.outlook.com", lang="it"))),
        st("VI1PR08MB5326.eurprd08.prod.outlook.com", D("2026-12-18 09:00:02", "+0100"), "g.rota@rotaimpianti.it",
           "failed", "5.1.10", diag), s.bytes(), tag="_000_"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "it-IT")], irt=s.msgid)

# 119 -------- Office 365 in Italian: delivery delayed
s = Sent("alessandra", "ufficio.acquisti@lariomarmi.it", "2027-02-01 09:00:00", "+0100",
         "reminder", "Lario Marmi S.p.A.", "company", "3/2027", 1098.00, "2027-01-22")
txt = """Il recapito a questi destinatari o gruppi è in ritardo:

ufficio.acquisti@lariomarmi.it

Oggetto: %s

Questo messaggio non è stato ancora recapitato. Verranno effettuati altri tentativi di recapito.

Il server continuerà a tentare di recapitare il messaggio per 1 giorni, 19 ore e 55 minuti. Se non sarà possibile recapitare il messaggio entro tale periodo, si riceverà una notifica.

Informazioni di diagnostica per gli amministratori:
Server di generazione: VI1PR08MB5326.eurprd08.prod.outlook.com
ufficio.acquisti@lariomarmi.it
Il server remoto ha restituito '451 4.7.500 Server busy. Please try again later from [40.107.22.61]. (S77719) [DB5EUR03FT011.eop-EUR03.prod.protection.outlook.com]'
""" % s.subject
add(L("bounce", "it", "Office 365 'Recapito ritardato' notice in Italian: still trying, temporary.",
      failed_recipient="ufficio.acquisti@lariomarmi.it", permanent=False),
    A("Microsoft Outlook", "postmaster@example.it"), A(s.name, s.addr), D("2027-02-01 13:05:00", "+0100"),
    "Recapito ritardato:" + s.subject,
    DSN(T(txt), st("VI1PR08MB5326.eurprd08.prod.outlook.com", D("2027-02-01 09:00:02", "+0100"),
                   "ufficio.acquisti@lariomarmi.it", "delayed", "4.7.500", "451 4.7.500 Server busy. Please try again later",
                   retry=D("2027-02-03 09:00:02", "+0100")), s.bytes(), headers_only=True, tag="_000_"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")], irt=s.msgid)

# 120 -------- Tiscali: over quota for good (Italian)
s = Sent("marco", "frabattaglia@tiscali.it", "2026-11-27 09:00:00", "+0100",
         "reminder", "Francesco Battaglia", "person", "39/2026", 150.00, "2026-11-17")
txt = """Questo messaggio è stato generato automaticamente dal sistema di posta Tiscali.

Il messaggio inviato a frabattaglia@tiscali.it non è stato consegnato.

La casella del destinatario ha superato lo spazio disponibile e non riceve
nuovi messaggi da oltre 30 giorni. Dopo ripetuti tentativi il sistema ha
rinunciato alla consegna.

    552 5.2.2 frabattaglia@tiscali.it: mailbox over quota (permanent failure)

Il messaggio originale è allegato.
"""
add(L("bounce", "it", "Tiscali bounce in Italian: mailbox over quota for more than 30 days, 'ha rinunciato alla consegna', 552 5.2.2: permanent.",
      failed_recipient="frabattaglia@tiscali.it", permanent=True),
    A("Sistema di posta Tiscali", "MAILER-DAEMON@tiscali.it"), A(s.name, s.addr), D("2026-11-27 09:00:06", "+0100"),
    "Messaggio non consegnato", DSN(T(txt, charset="iso-8859-1", cte="quoted-printable"),
                                    st("smtp.tiscali.it", D("2026-11-27 09:00:02", "+0100"), "frabattaglia@tiscali.it",
                                       "failed", "5.2.2", "552 5.2.2 frabattaglia@tiscali.it: mailbox over quota"),
                                    s.bytes(), tag="TIS-"),
    extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)


# ---------------------------------------------------------------- Spanish bounces

# 121 -------- Telefónica: mailbox cancelled
s = Sent("pablo", "mcarmen.lopez@telefonica.net", "2026-11-24 09:00:00", "+0100",
         "due", "María del Carmen López", "person", "FV-2026-062", 260.00, "2026-11-20")
txt = """Mensaje no entregado

No ha sido posible entregar su mensaje al siguiente destinatario:

  mcarmen.lopez@telefonica.net

Motivo: el buzón del destinatario ha sido dado de baja.
Respuesta del servidor: 550 5.1.1 <mcarmen.lopez@telefonica.net>... Usuario desconocido

Este es un mensaje generado automáticamente por el sistema de correo de Movistar. Por favor, no responda.
"""
add(L("bounce", "es", "Telefónica/Movistar bounce in Spanish: buzón dado de baja, usuario desconocido.",
      failed_recipient="mcarmen.lopez@telefonica.net", permanent=True),
    A("Sistema de correo Movistar", "MAILER-DAEMON@telefonica.net"), A(s.name, s.addr), D("2026-11-24 09:00:05", "+0100"),
    "Mensaje no entregado: " + s.subject,
    DSN(T(txt, charset="iso-8859-1", cte="quoted-printable"),
        st("smtp.telefonica.net", D("2026-11-24 09:00:01", "+0100"), "mcarmen.lopez@telefonica.net", "failed", "5.1.1",
           "550 5.1.1 <mcarmen.lopez@telefonica.net>... Usuario desconocido"), s.bytes(), tag="=_tef_"),
    extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)

# 122 -------- Arsys: domain not found
s = Sent("lucia", "administracion@reformasgarcia.es.es", "2026-12-09 09:00:00", "+0100",
         "reminder", "Reformas García", "company", "2026-054", 1694.00, "2026-11-29")
txt = """Este es el sistema de correo de smtp.servidor-correo.arsys.es.

Lamentamos informarle de que no ha sido posible entregar su mensaje a uno o
más destinatarios. Se adjunta el mensaje original.

<administracion@reformasgarcia.es.es>: No se ha encontrado el dominio del
    destinatario. Error del servicio de nombres para name=reformasgarcia.es.es
    type=MX: Host not found

                   El sistema de correo
"""
add(L("bounce", "es", "Arsys bounce in Spanish: the domain does not exist (typo '.es.es'), permanent.",
      failed_recipient="administracion@reformasgarcia.es.es", permanent=True),
    "MAILER-DAEMON@arsys.es (Sistema de entrega de correo)", A(s.name, s.addr), D("2026-12-09 09:00:02", "+0100"),
    "Notificación de estado de entrega (error)",
    DSN(T(txt), st("smtp.servidor-correo.arsys.es", D("2026-12-09 09:00:01", "+0100"), "administracion@reformasgarcia.es.es",
                   "failed", "5.4.4", None,
                   post=["Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for name=reformasgarcia.es.es type=MX: Host not found"]),
        s.bytes(), tag=""),
    extra=[("Auto-Submitted", "auto-replied")], msgid="<20261209080002.6F1B2C0417@smtp.servidor-correo.arsys.es>")

# 123 -------- Gmail in Spanish: address not found
s = Sent("pablo", "gerencia@hoteldelmar-cadiz.es", "2026-12-17 09:00:00", "+0100",
         "reminder", "Hotel del Mar", "company", "FV-2026-065", 1331.00, "2026-12-07")
part = gmail_bounce(s, "es", "No se ha encontrado la dirección",
                    "Tu mensaje no se ha entregado a gerencia@hoteldelmar-cadiz.es porque no se ha encontrado la dirección o no puede recibir correo.",
                    ("La respuesta del servidor remoto ha sido:",
                     "550 5.1.1 <gerencia@hoteldelmar-cadiz.es>: Recipient address rejected: User unknown in virtual mailbox table"),
                    "5.1.1", "failed", "gerencia@hoteldelmar-cadiz.es", "mx.hoteldelmar-cadiz.es")
add(L("bounce", "es", "Gmail bounce in Spanish ('No se ha encontrado la dirección'), 550 5.1.1.",
      failed_recipient="gerencia@hoteldelmar-cadiz.es", permanent=True),
    A("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), A(s.name, s.addr), D("2026-12-17 09:00:03", "+0100"),
    "Delivery Status Notification (Failure)", part, extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)

# 124 -------- Gmail in Spanish: temporary
s = Sent("pablo", "contabilidad@constructoraaljarafe.es", "2027-01-28 09:00:00", "+0100",
         "reminder", "Constructora Aljarafe S.L.", "company", "FV-2027-004", 2420.00, "2027-01-18")
part = gmail_bounce(s, "es", "Entrega retrasada",
                    "Se ha producido un problema temporal al entregar tu mensaje a contabilidad@constructoraaljarafe.es. Gmail volverá a intentarlo durante 45 horas más. Recibirás una notificación si no se puede entregar de forma definitiva.",
                    ("La respuesta ha sido:",
                     "452 4.2.2 <contabilidad@constructoraaljarafe.es>: Mailbox full - quota exceeded"),
                    "4.2.2", "delayed", "contabilidad@constructoraaljarafe.es", "mx.constructoraaljarafe.es")
add(L("bounce", "es", "Gmail delay in Spanish: mailbox full (452 4.2.2) but 'volverá a intentarlo durante 45 horas más': temporary.",
      failed_recipient="contabilidad@constructoraaljarafe.es", permanent=False),
    A("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), A(s.name, s.addr), D("2027-01-28 11:58:31", "+0100"),
    "Delivery Status Notification (Delay)", part, extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)

# 125 -------- Office 365 in Spanish: cannot deliver
s = Sent("lucia", "Raúl Pardo <rpardo@pardoconsultores.es>", "2026-11-19 09:00:00", "+0100",
         "reminder", "Pardo Consultores", "company", "2026-047", 907.50, "2026-11-09")
diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient rpardo@pardoconsultores.es not found by SMTP address lookup"
txt = """No se pudo entregar el mensaje a rpardo@pardoconsultores.es.

No se encontró rpardo en pardoconsultores.es.

lucia           Office 365          rpardo
Acción requerida                    Destinatario

Dirección Para desconocida

Cómo solucionarlo
Puede que la dirección esté mal escrita o que no exista. Pruebe una o varias de estas soluciones:
- Vuelva a escribir la dirección del destinatario y reenvíe el mensaje.
- Si la dirección es correcta, póngase en contacto con el destinatario por otro medio y pídale que lo consulte con su administrador de correo.

Información de diagnóstico para administradores:
Servidor de generación: PA4PR09MB4923.eurprd09.prod.outlook.com
rpardo@pardoconsultores.es
El servidor remoto devolvió '%s'
""" % diag
add(L("bounce", "es", "Office 365 NDR in Spanish ('No se puede entregar:'), 550 5.1.10.",
      failed_recipient="rpardo@pardoconsultores.es", permanent=True),
    A("Microsoft Outlook", "postmaster@martinestudio.es"), A(s.name, s.addr), D("2026-11-19 09:00:04", "+0100"),
    "No se puede entregar: " + s.subject,
    DSN(ALT(T(txt), HT(o365_ndr_html("No se pudo entregar el mensaje a rpardo@pardoconsultores.es.",
                                     "No se encontró rpardo en pardoconsultores.es.",
                                     "Puede que la dirección esté mal escrita o que no exista.",
                                     "rpardo@pardoconsultores.es", diag, "PA4PR09MB4923.eurprd09.prod.outlook.com", lang="es"))),
        st("PA4PR09MB4923.eurprd09.prod.outlook.com", D("2026-11-19 09:00:02", "+0100"), "rpardo@pardoconsultores.es",
           "failed", "5.1.10", diag), s.bytes(), tag="_000_"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "es-ES")], irt=s.msgid)

# 126 -------- Office 365 in Spanish: delayed
s = Sent("lucia", "pagos@transportesbermejo.es", "2027-01-14 09:00:00", "+0100",
         "reminder", "Transportes Bermejo S.A.", "company", "2026-065", 1573.00, "2027-01-04")
txt = """La entrega a estos destinatarios o grupos se ha retrasado:

pagos@transportesbermejo.es

Asunto: %s

Este mensaje todavía no se ha entregado. Se seguirá intentando entregar.

El servidor seguirá intentando entregar este mensaje durante 1 días, 19 horas y 57 minutos. Se le notificará si no se puede entregar en ese tiempo.

Información de diagnóstico para administradores:
Servidor de generación: PA4PR09MB4923.eurprd09.prod.outlook.com
pagos@transportesbermejo.es
El servidor remoto devolvió '441 4.4.1 Error encountered while communicating with primary target IP address: "Failed to connect. Winsock error code: 10060, Win32 error code: 10060." Attempted failover to alternate host, but that did not succeed.'
""" % s.subject
add(L("bounce", "es", "Office 365 'Entrega retrasada' in Spanish (441 4.4.1, still trying): temporary.",
      failed_recipient="pagos@transportesbermejo.es", permanent=False),
    A("Microsoft Outlook", "postmaster@martinestudio.es"), A(s.name, s.addr), D("2027-01-14 13:03:00", "+0100"),
    "Entrega retrasada:" + s.subject,
    DSN(T(txt), st("PA4PR09MB4923.eurprd09.prod.outlook.com", D("2027-01-14 09:00:02", "+0100"),
                   "pagos@transportesbermejo.es", "delayed", "4.4.1", "441 4.4.1 Error encountered while communicating with primary target IP address",
                   retry=D("2027-01-16 09:00:02", "+0100")), s.bytes(), headers_only=True, tag="_000_"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")], irt=s.msgid)

# 127 -------- Office 365 in Spanish: mailbox full (NDR, final)
s = Sent("lucia", "Rosa Iglesias <riglesias@iglesiasdental.es>", "2027-02-11 09:00:00", "+0100",
         "reminder", "Clínica Dental Iglesias", "company", "2027-006", 484.00, "2027-02-01")
diag = ("554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; "
        "Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]")
txt = """No se pudo entregar el mensaje a riglesias@iglesiasdental.es.

El buzón del destinatario está lleno y ha dejado de aceptar mensajes.

lucia           Office 365          riglesias
                                    Destinatario

Cómo solucionarlo
Póngase en contacto con el destinatario por otro medio para que libere espacio en su buzón.

Información de diagnóstico para administradores:
Servidor de generación: AM0PR06MB6532.eurprd06.prod.outlook.com
riglesias@iglesiasdental.es
El servidor remoto devolvió '%s'
""" % diag
add(L("bounce", "es", "Office 365 NDR in Spanish for a full mailbox: the message was returned (5.2.2, 'permanent exception'); this message will not be delivered.",
      failed_recipient="riglesias@iglesiasdental.es", permanent=True),
    A("Microsoft Outlook", "postmaster@martinestudio.es"), A(s.name, s.addr), D("2027-02-11 09:00:06", "+0100"),
    "No se puede entregar: " + s.subject,
    DSN(T(txt), st("AM0PR06MB6532.eurprd06.prod.outlook.com", D("2027-02-11 09:00:02", "+0100"), "riglesias@iglesiasdental.es",
                   "failed", "5.2.2", diag), s.bytes(), tag="_000_"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")], irt=s.msgid)

# 128 -------- Dinahosting-style greylisting notice in Spanish (temporary)
s = Sent("pablo", "hola@bodegaslasierra.es", "2026-12-02 09:00:00", "+0100",
         "due", "Bodegas La Sierra", "company", "FV-2026-063", 605.00, "2026-11-30")
txt = """AVISO: SU MENSAJE AÚN NO HA SIDO ENTREGADO. NO ES NECESARIO REENVIARLO.

El servidor de destino ha aplazado temporalmente la entrega de su mensaje a:

    hola@bodegaslasierra.es

Respuesta del servidor: 450 4.7.1 <hola@bodegaslasierra.es>: Recipient address rejected: Greylisted, please try again in 300 seconds

Nuestro sistema volverá a intentarlo automáticamente durante los próximos 5 días.
"""
add(L("bounce", "es", "Spanish delay notice: greylisted (450 4.7.1), will retry for 5 days, 'no es necesario reenviarlo': temporary.",
      failed_recipient="hola@bodegaslasierra.es", permanent=False),
    "MAILER-DAEMON@smtp.dinaserver.com (Sistema de correo)", A(s.name, s.addr), D("2026-12-02 13:00:41", "+0100"),
    "Aviso de retraso en la entrega",
    DSN(T(txt, charset="iso-8859-1", cte="quoted-printable"),
        st("smtp.dinaserver.com", D("2026-12-02 09:00:01", "+0100"), "hola@bodegaslasierra.es", "delayed", "4.7.1",
           "450 4.7.1 <hola@bodegaslasierra.es>: Recipient address rejected: Greylisted", "mx.bodegaslasierra.es",
           retry=D("2026-12-07 09:00:01", "+0100")), s.bytes(), headers_only=True, tag=""),
    extra=[("Auto-Submitted", "auto-replied")], msgid="<20261202120041.0A7C83E5F1@smtp.dinaserver.com>")

# 129 -------- Zoho in Spanish: account disabled
s = Sent("lucia", "info@agenciaviajessol.es", "2026-12-21 09:00:00", "+0100",
         "reminder", "Agencia de Viajes Sol", "company", "2026-057", 726.00, "2026-12-11")
txt = """Error de entrega del correo

Lo sentimos, no ha sido posible entregar su mensaje a los siguientes destinatarios:

info@agenciaviajessol.es, Motivo: 554 5.2.1 La cuenta del destinatario está deshabilitada.

Asunto: %s

Este mensaje ha sido generado automáticamente por Zoho Mail.
""" % s.subject
add(L("bounce", "es", "Zoho Mail delivery failure in Spanish: recipient account disabled (554 5.2.1).",
      failed_recipient="info@agenciaviajessol.es", permanent=True),
    A("Zoho Mail", "mailer-daemon@zohomail.eu"), A(s.name, s.addr), D("2026-12-21 09:00:08", "+0100"),
    "No entregado: " + s.subject, T(txt), extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)

# 130 -------- IONOS (Exim, Spanish translation): rejected as spam
s = Sent("pablo", "administracion@muebleslevante.es", "2027-01-19 09:00:00", "+0100",
         "reminder", "Muebles Levante", "company", "FV-2026-079", 968.00, "2027-01-09")
txt = """Este mensaje fue creado automáticamente por el software de entrega de correo.

No se ha podido entregar un mensaje que usted envió a uno o más de sus
destinatarios. Este es un error permanente. Las siguientes direcciones fallaron:

  administracion@muebleslevante.es
    host mx00.ionos.es [212.227.15.41]
    Error SMTP del servidor remoto después del fin de los datos:
    554-Transaction failed
    554-Reject due to policy restrictions.
    554 For explanation visit https://www.ionos.es/ayuda/correo-electronico/?id=mail_spam
"""
add(L("bounce", "es", "IONOS/Exim bounce translated into Spanish: rejected by policy as spam (554), 'error permanente'.",
      failed_recipient="administracion@muebleslevante.es", permanent=True),
    A("Mail Delivery System", "MAILER-DAEMON@perfora.net"), A(s.name, s.addr), D("2027-01-19 09:00:04", "+0100"),
    "Mail delivery failed: returning message to sender",
    DSN(T(txt), st("mout.perfora.net", None, "administracion@muebleslevante.es", "failed", "5.0.0",
                   "554 Reject due to policy restrictions", "mx00.ionos.es"), s.bytes(), tag="=_ionos_"),
    extra=[("X-Failed-Recipients", "administracion@muebleslevante.es"), ("Auto-Submitted", "auto-replied")], irt=s.msgid)


# ================================================================ HUMANS that look like auto-replies

# 131 -------- it, on holiday, promises the day she is back (iPhone, Apple quoting)
s = Sent("alessandra", "Federica Pini <federica.pini@pinibiciclette.it>", "2026-12-30 09:00:00", "+0100",
         "reminder", "Pini Biciclette", "company", "48/2026", 915.00, "2026-12-20")
txt = """Ciao Alessandra, sono in ferie fino al 6 (in montagna, campo zero 😅). Rientro giovedì 7 e faccio il bonifico in giornata, scusa il ritardo!

Inviato da iPhone

""" + s.q_apple()
add(L("client-reply-promise", "it", "Human reply typed on holiday; looks like an out-of-office but promises the transfer on the day she is back, 'giovedì 7' = 7 January. No return_date (not an auto-reply).",
      promised_date="2027-01-07"),
    A("Federica Pini", "federica.pini@pinibiciclette.it"), A(s.name, s.addr), D("2026-12-30 18:42:10", "+0100"),
    "Re: " + s.subject, T(txt), extra=[("X-Mailer", "iPhone Mail (22C152)")], irt=s.msgid)

# 132 -------- it, secretary: boss away, forwarded to accounts (human)
s = Sent("alessandra", "Dott. Ugo Ferri <u.ferri@ferriassociati.it>", "2026-11-18 09:00:00", "+0100",
         "reminder", "Ferri & Associati", "company", "35/2026", 1281.00, "2026-11-08")
txt = """Buongiorno sig.ra Rossi,

il dott. Ferri è fuori sede fino a lunedì. Ho inoltrato la sua mail all'amministrazione (in copia), che le risponderà direttamente.

Cordiali saluti
Monica Sartori
Segreteria – Ferri & Associati

""" + s.q_outlook()
add(L("client-reply-other", "it", "Secretary's human reply: boss away until Monday, mail forwarded to accounts (cc). Reads like an out-of-office but is written by a person; no claim about payment."),
    A("Monica Sartori", "segreteria@ferriassociati.it"), A(s.name, s.addr), D("2026-11-18 11:27:45", "+0100"),
    "R: " + s.subject, ALT(T(txt, charset="iso-8859-1", codec="cp1252", cte="quoted-printable"),
                          HT(outlook_html(txt).replace("utf-8", "iso-8859-1"), charset="iso-8859-1", codec="cp1252", cte="quoted-printable")),
    cc="Amministrazione Ferri <amministrazione@ferriassociati.it>",
    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHdOZ7dL1YxQk3sS0GmFqE2b8pW9A==")], irt=s.msgid,
    subject_charset="iso-8859-1")

# 133 -------- it, colleague: Bassi has left, please resend the invoice (human)
s = Sent("alessandra", "Fabio Bassi <f.bassi@graficlario.it>", "2026-12-09 09:00:00", "+0100",
         "reminder", "Grafiche Lario S.r.l.", "company", "38/2026", 1586.00, "2026-11-30")
txt = """Buongiorno,
il sig. Bassi non lavora più con noi da ottobre, la sua casella la controllo io ogni tanto.
Può reinviare la fattura 38/2026 a amministrazione@graficlario.it? Così la registriamo.
Grazie
Elena Corti
Grafiche Lario S.r.l.

""" + s.q_gmail()
add(L("client-reply-other", "it", "Human follow-up from the departed employee's mailbox: asks to resend invoice 38/2026 to another address. Not an auto-reply (compare the automatic one for the same thread).",
      reference="38/2026"),
    A("Fabio Bassi", "f.bassi@graficlario.it"), A(s.name, s.addr), D("2026-12-10 15:03:22", "+0100"),
    "Re: " + s.subject, T(txt), irt=s.msgid)

# 134 -------- it, help-desk agent (human) says paid, attaches receipt
s = Sent("marco", "amministrazione@viaggiarebene.it", "2026-12-15 09:00:00", "+0100",
         "reminder", "Viaggiare Bene srl", "company", "52/2026", 1342.00, "2026-12-05")
txt = """##- Scrivi la tua risposta sopra questa riga -##

Ciao Marco,

abbiamo verificato: la fattura n. 52/2026 risulta pagata con bonifico del 03/12/2026 (CRO 0306909606123456). Ti alleghiamo la contabile.

Se non trovi l'accredito, rispondi pure a questo ticket.

Chiara
Viaggiare Bene – Amministrazione

Ticket #48399
"""
add(L("client-reply-paid", "it", "Human agent answering through a help-desk ticket (no Auto-Submitted): invoice 52/2026 paid on 3 Dec, receipt attached.",
      reference="52/2026"),
    A("Chiara (Viaggiare Bene)", "assistenza@viaggiarebene.freshdesk.com"), A(s.name, s.addr), D("2026-12-15 16:20:03", "+0100"),
    "Re: " + s.subject + " [#48399]",
    MP("mixed", [T(txt), ATT("Contabile_bonifico_03122026.pdf", "application/pdf", FAKE_PDF)]),
    extra=[("X-Freshdesk-Ticket-Id", "48399"), ("Reply-To", "assistenza@viaggiarebene.freshdesk.com")], irt=s.msgid)

# 135 -------- it, back from holiday: colleague already paid
s = Sent("giulia", "Paolo Zanetti <paolo@zanettisport.it>", "2027-01-04 09:00:00", "+0100",
         "reminder", "Zanetti Sport", "company", "49/2026", 671.00, "2026-12-22")
txt = """Ciao Giulia,
ero in ferie e solo ora vedo il sollecito. Ho controllato: il collega l'aveva già pagata il 18 dicembre, dovresti averla ricevuta. Se non ti risulta fammi sapere.
Buon anno!
Paolo

""" + s.q_gmail()
add(L("client-reply-paid", "it", "Human reply after holiday: a colleague already paid on 18 December; 'if not, let me know' is not a question about the invoice."),
    A("Paolo Zanetti", "paolo@zanettisport.it"), A(s.name, s.addr), D("2027-01-07 10:12:40", "+0100"),
    "Re: " + s.subject, T(txt), irt=s.msgid)

# 136 -------- es, on holiday, transfer scheduled for the 15th
s = Sent("lucia", "Marcos Peña <marcos@penagastro.es>", "2027-01-08 09:00:00", "+0100",
         "reminder", "Peña Gastro", "company", "2026-067", 847.00, "2026-12-29")
txt = """Hola Lucía, estoy de vacaciones pero ya lo he dejado programado para el día 15, lo verás ese día en la cuenta. Un saludo!

Enviado desde mi Android

""" + s.q_gmail()
add(L("client-reply-promise", "es", "Human reply from holiday: transfer scheduled for the 15th (message of 8 Jan) = 15 January.",
      promised_date="2027-01-15"),
    A("Marcos Peña", "marcos@penagastro.es"), A(s.name, s.addr), D("2027-01-08 13:55:02", "+0100"),
    "Re: " + s.subject, T(txt), irt=s.msgid)

# 137 -------- es, from a congress, disputes the amount
s = Sent("lucia", "Dra. Inés Carrasco <icarrasco@carrascofisio.es>", "2026-11-26 09:00:00", "+0100",
         "due", "Carrasco Fisioterapia", "company", "2026-048", 1450.00, "2026-11-24")
txt = """Lucía, te escribo desde el móvil, estoy en un congreso en Sevilla hasta el viernes.
La factura 2026-048 no cuadra con el presupuesto: eran 1.200 y nos habéis facturado 1.450. Hasta que no lo aclaremos no la vamos a pagar. Lo hablamos el lunes.
Inés

Enviado desde mi iPhone
"""
add(L("client-reply-dispute", "es", "Human reply that starts like an out-of-office (congress until Friday) but disputes the amount (1.200 quoted vs 1.450 invoiced) and withholds payment.",
      reference="2026-048"),
    A("Inés Carrasco", "icarrasco@carrascofisio.es"), A(s.name, s.addr), D("2026-11-26 19:21:33", "+0100"),
    "Re: " + s.subject, T(txt), irt=s.msgid)

# 138 -------- es, "vuelvo el lunes y lo miro"
s = Sent("pablo", "Toni Ferrer <toni@ferrerimpresion.es>", "2026-12-10 09:00:00", "+0100",
         "reminder", "Ferrer Impresión", "company", "FV-2026-070", 363.00, "2026-11-30")
txt = "Vuelvo el lunes y lo miro. Saludos\n\nToni\n"
add(L("client-reply-other", "es", "Short human reply: 'vuelvo el lunes y lo miro' = will look at it, not a promise to pay; no return_date (human)."),
    A("Toni Ferrer", "toni@ferrerimpresion.es"), A(s.name, s.addr), D("2026-12-10 20:14:09", "+0100"),
    "RE: " + s.subject, T(txt), irt=s.msgid)

# 139 -------- es, out until the 11th, asks for the PDF
s = Sent("lucia", "Beatriz Alonso <balonso@alonsoyasociados.es>", "2027-01-04 09:00:00", "+0100",
         "reminder", "Alonso y Asociados", "company", "2026-069", 1210.00, "2026-12-24")
txt = """Hola Lucía,
estoy fuera de la oficina hasta el 11, pero he visto tu correo. ¿Me puedes reenviar la factura en PDF? No la encuentro en el correo y así la paso a contabilidad.
Gracias,
Bea

""" + s.q_outlook()
add(L("client-reply-other", "es", "Human reply: away until the 11th but asks to resend the invoice PDF. A question, no payment claim."),
    A("Beatriz Alonso", "balonso@alonsoyasociados.es"), A(s.name, s.addr), D("2027-01-04 11:40:51", "+0100"),
    "RE: " + s.subject, T(txt), irt=s.msgid)

# 140 -------- en, colleague covering paternity leave has paid
s = Sent("tom", "Mark Daly <mark@dalybrewing.ie>", "2027-01-13 09:00:00", "+0000",
         "reminder", "Daly Brewing Co.", "company", "INV-2026-061", 1230.00, "2027-01-03")
txt = """Hi Tom,

Mark is on paternity leave until February so I've picked this up. I've paid INV-2026-061 (€1,230.00) today from our Revolut account – should land tomorrow.

Best,
Aisling Daly
Office Manager | Daly Brewing Co.

""" + s.q_outlook()
add(L("client-reply-paid", "en", "Colleague replies from the absent person's thread: paid INV-2026-061, €1,230.00, today.",
      amount="1230.00", reference="INV-2026-061"),
    A("Aisling Daly", "aisling@dalybrewing.ie"), A(s.name, s.addr), D("2027-01-13 14:05:19", "+0000"),
    "RE: " + s.subject, ALT(T(txt), HT(outlook_html(txt).replace('lang="IT"', 'lang="EN-IE"'))), irt=s.msgid)

# 141 -------- en, away until 4 Jan (human), disputes an extra day
s = Sent("hannah", "Grace Lin <grace@lincreative.co.uk>", "2026-12-22 09:00:00", "+0000",
         "reminder", "Lin Creative", "company", "HO-2026-043", 1450.00, "2026-12-12", cur="GBP")
txt = """Thanks for your email. I'm away until 4 Jan.

Re the invoice – we're not paying for the extra shoot day, it was cancelled on your side. Please send a corrected invoice without it and I'll approve it when I'm back.

Grace

Sent from my iPhone

""" + s.q_apple()
add(L("client-reply-dispute", "en", "Opens like an out-of-office ('I'm away until 4 Jan') but a person contests a line and asks for a corrected invoice. Human, so no return_date."),
    A("Grace Lin", "grace@lincreative.co.uk"), A(s.name, s.addr), D("2026-12-22 21:33:05", "+0000"),
    "Re: " + s.subject, T(txt), irt=s.msgid)

# 142 -------- en, on leave, checked with accounts: went out in Tuesday's run
s = Sent("dan", "Nate Hollis <nate@hollisbuilds.com>", "2027-01-21 10:00:00", "-0500",
         "reminder", "Hollis Builds", "company", "DM-1050", 2300.00, "2027-01-11", cur="USD")
txt = """Got your reminder while on leave – checked with Priya in accounts and it went out in Tuesday's payment run, so you should have it by now.

Nate

On Thu, Jan 21, 2027 at 10:00 AM Dan Mitchell <dan@mitchell.dev> wrote:
""" + "\n".join(("> " + l) if l else ">" for l in s.body.rstrip("\n").split("\n")) + "\n"
add(L("client-reply-paid", "en", "Human on leave relays accounts: 'went out in Tuesday's payment run' = paid."),
    A("Nate Hollis", "nate@hollisbuilds.com"), A(s.name, s.addr), D("2027-01-21 16:48:02", "-0500"),
    "Re: " + s.subject, T(txt), irt=s.msgid)

# 143 -------- en, ticket-system agent (human): scheduled for 15 January
s = Sent("tom", "ap@westcorkhotels.ie", "2027-01-04 09:00:00", "+0000",
         "reminder", "West Cork Hotels Group", "company", "INV-2026-088", 3690.00, "2026-12-22")
txt = """##- Please type your reply above this line -##

Niamh (West Cork Hotels Group)

Jan 5, 2027, 11:42 GMT

Hi Tom,

Invoice INV-2026-088 has been approved and is scheduled for payment on 15 January.

Kind regards,
Niamh O'Sullivan
Accounts Payable

This email is a service from West Cork Hotels Group. Delivered by Zendesk

[4XQ9MJ-8V2D]
"""
add(L("client-reply-promise", "en", "Zendesk-delivered but written by a human agent (no Auto-Submitted): approved and scheduled for 15 January.",
      promised_date="2027-01-15", reference="INV-2026-088"),
    A("Niamh (West Cork Hotels Group)", "support@westcorkhotels.zendesk.com"), A(s.name, s.addr),
    D("2027-01-05 11:42:37", "+0000"), "[West Cork Hotels Group] Re: " + s.subject, T(txt),
    extra=[("X-Zendesk-From-Account-Id", "c22d7a1"), ("Reply-To", "West Cork Hotels Group <support@westcorkhotels.zendesk.com>")],
    irt=s.msgid)


# ================================================================ OTHER machine mail (receipts)

# 144 -------- it, read receipt (MDN)
s = Sent("alessandra", "Luca Moretti <l.moretti@comunicarte.it>", "2026-12-02 09:00:00", "+0100",
         "reminder", "Comunicarte srl", "company", "36/2026", 2440.00, "2026-11-20")
human = """Messaggio

    A: l.moretti@comunicarte.it
    Oggetto: %s
    Inviato: %s

è stato letto in data mercoledì 2 dicembre 2026 10:14:22 (UTC+01:00) Amsterdam, Berlino, Berna, Roma, Stoccolma, Vienna.
""" % (s.subject, "mercoledì 2 dicembre 2026 09:00:00 (UTC+01:00)")
mdn = """Reporting-UA: ComunicarteEXCH02.comunicarte.local; Microsoft Outlook 16.0
Final-Recipient: rfc822;l.moretti@comunicarte.it
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % s.msgid
add(L("other", "it", "Outlook read receipt (MDN, 'Letto:'): the client opened the reminder. Neither an auto-reply nor a bounce."),
    A("Luca Moretti", "l.moretti@comunicarte.it"), A(s.name, s.addr), D("2026-12-02 10:14:23", "+0100"),
    "Letto: " + s.subject,
    MP("report", [T(human), Part([("Content-Type", "message/disposition-notification")], mdn.encode())],
       params="; report-type=disposition-notification", tag="_004_"),
    extra=[("X-MS-Exchange-Organization-SCL", "-1")], irt=s.msgid)

# 145 -------- en, DSN success
s = Sent("hannah", "Daniel Price <daniel@pricehomes.co.uk>", "2026-11-30 09:00:00", "+0000",
         "reminder", "Price Homes Ltd", "company", "HO-2026-042", 1200.00, "2026-11-20", cur="GBP")
human = """This is the mail system at host %s.

Your message was successfully delivered to the destination(s)
listed below. If the message was delivered to mailbox you will
receive no further notifications. Otherwise you may still receive
notifications of mail delivery errors from other systems.

                   The mail system

<daniel@pricehomes.co.uk>: delivery via mx.pricehomes.co.uk[81.2.70.14]:25: 250
    2.0.0 Ok: queued as 4R0zS11tQwz9Kkp
""" % host
add(L("other", "en", "Postfix 'Successful Mail Delivery Report' (DSN with Action: delivered): not a bounce, nothing failed."),
    mailer_daemon(host), A(s.name, s.addr), D("2026-11-30 09:00:03", "+0000"), "Successful Mail Delivery Report",
    DSN(T(human), st(host, D("2026-11-30 09:00:01", "+0000"), "daniel@pricehomes.co.uk", "relayed", "2.0.0",
                     "250 2.0.0 Ok: queued as 4R0zS11tQwz9Kkp", "mx.pricehomes.co.uk"), s.bytes(), headers_only=True, tag=""),
    extra=[("Auto-Submitted", "auto-replied")], msgid="<4R0zS16dYtz9Kkr@smtp.okaforstudio.co.uk>")

# 146 -------- it, PEC acceptance receipt
s = Sent("alessandra_pec", "amministrazione@pec.edilnord.it", "2027-01-22 11:05:00", "+0100",
         "late", "Edil Nord S.r.l.", "company", "12/2026", 1220.00, "2026-12-04", deadline="2027-02-05", days_late=49)
s.subject = "Diffida di pagamento – fattura n. 12/2026"
ident = "opec21019.20270122110504.22711.402.1.55@pec.it"
txt = """Ricevuta di accettazione

Il giorno 22/01/2027 alle ore 11:05:04 (+0100) il messaggio
"%s" proveniente da "alessandra.rossi@pec.it"
ed indirizzato a:
amministrazione@pec.edilnord.it ("posta certificata")

è stato accettato dal sistema ed inoltrato.
Identificativo messaggio: %s
""" % (s.subject, ident)
add(L("other", "it", "PEC 'ricevuta di accettazione' for the owner's own certified formal notice: a transport receipt, not a bounce or reply."),
    "posta-certificata@pec.it", "alessandra.rossi@pec.it", D("2027-01-22 11:05:04", "+0100"), "ACCETTAZIONE: " + s.subject,
    MP("mixed", [T(txt), Part([("Content-Type", 'application/xml; name="daticert.xml"'),
                               ("Content-Disposition", 'inline; filename="daticert.xml"'), ("Content-Transfer-Encoding", "base64")],
                              base64.encodebytes(('<?xml version="1.0" encoding="UTF-8"?>\n<postacert tipo="accettazione" errore="nessuno">'
                                                  '<intestazione><mittente>alessandra.rossi@pec.it</mittente><destinatari tipo="certificato">amministrazione@pec.edilnord.it</destinatari>'
                                                  '<oggetto>%s</oggetto></intestazione><dati><gestore-emittente>Aruba Pec S.p.A.</gestore-emittente>'
                                                  '<identificativo>%s</identificativo></dati></postacert>\n' % (s.subject, ident)).encode()))]),
    extra=[("X-Ricevuta", "accettazione"), ("X-Riferimento-Message-ID", s.msgid), ("X-Trasporto", "posta-certificata")],
    msgid="<" + ident + ">")

# 147 -------- it, PEC delivery receipt
txt = """Ricevuta di avvenuta consegna

Il giorno 22/01/2027 alle ore 11:05:09 (+0100) il messaggio
"%s" proveniente da "alessandra.rossi@pec.it"
ed indirizzato a "amministrazione@pec.edilnord.it"
è stato consegnato nella casella di destinazione.
Identificativo messaggio: %s
""" % (s.subject, ident)
add(L("other", "it", "PEC 'ricevuta di avvenuta consegna' (delivered): legal proof of delivery, not a bounce, not a reply."),
    "posta-certificata@pec.aruba.it", "alessandra.rossi@pec.it", D("2027-01-22 11:05:09", "+0100"), "CONSEGNA: " + s.subject,
    MP("mixed", [T(txt), RFC822(s.bytes(), "postacert.eml")]),
    extra=[("X-Ricevuta", "avvenuta-consegna"), ("X-Riferimento-Message-ID", s.msgid), ("X-Trasporto", "posta-certificata")],
    msgid="<" + ident.replace("1.55", "1.58") + ">")

# 148 -------- es, Exchange delivery receipt ("Entregado:")
s = Sent("lucia", "Jorge Medina <jmedina@medinaautomocion.es>", "2027-01-27 09:00:00", "+0100",
         "reminder", "Medina Automoción S.L.", "company", "2027-002", 1028.50, "2027-01-17")
txt = """Se completó la entrega a estos destinatarios o grupos:

jmedina@medinaautomocion.es (jmedina@medinaautomocion.es)

Asunto: %s

No se envió ninguna notificación de entrega por el servidor de correo electrónico de destino.
""" % s.subject
add(L("other", "es", "Exchange delivery receipt in Spanish ('Entregado:', Action: delivered): delivery succeeded; not a bounce."),
    A("Microsoft Outlook", "postmaster@martinestudio.es"), A(s.name, s.addr), D("2027-01-27 09:00:05", "+0100"),
    "Entregado: " + s.subject,
    DSN(T(txt), st("PA4PR09MB4923.eurprd09.prod.outlook.com", D("2027-01-27 09:00:02", "+0100"), "jmedina@medinaautomocion.es",
                   "delivered", "2.0.0", None), s.bytes(), headers_only=True, tag="_000_"),
    extra=[("Auto-Submitted", "auto-replied")], irt=s.msgid)

# 149 -------- es, "No leído:" (deleted without being read)
s = Sent("pablo", "Susana Vega <svega@vegainmobiliaria.es>", "2026-12-01 09:00:00", "+0100",
         "reminder", "Vega Inmobiliaria", "company", "FV-2026-061", 726.00, "2026-11-21")
human = """Su mensaje

    Para: svega@vegainmobiliaria.es
    Asunto: %s
    Enviado el: martes, 1 de diciembre de 2026 9:00:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París

se eliminó sin haberse leído el martes, 8 de diciembre de 2026 17:31:10 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
""" % s.subject
mdn = """Reporting-UA: VEGA-EXCH.vegainmobiliaria.local; Microsoft Outlook 16.0
Final-Recipient: rfc822;svega@vegainmobiliaria.es
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; deleted
""" % s.msgid
add(L("other", "es", "Outlook 'No leído:' receipt: the reminder was deleted unread. A receipt, not an auto-reply, not a bounce (it was delivered)."),
    A("Susana Vega", "svega@vegainmobiliaria.es"), A(s.name, s.addr), D("2026-12-08 17:31:11", "+0100"),
    "No leído: " + s.subject,
    MP("report", [T(human), Part([("Content-Type", "message/disposition-notification")], mdn.encode())],
       params="; report-type=disposition-notification", tag="_004_"), irt=s.msgid)

# 150 -------- en, Outlook "Read:" receipt
s = Sent("tom", "Orla Quinn <orla@quinnfurniture.ie>", "2027-02-15 09:00:00", "+0000",
         "reminder", "Quinn Furniture", "company", "INV-2027-005", 1107.00, "2027-02-05")
human = """Your message

    To: Orla Quinn
    Subject: %s
    Sent: Monday, February 15, 2027 9:00:00 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London

was read on Monday, February 15, 2027 9:47:31 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
""" % s.subject
mdn = """Reporting-UA: DB8PR02MB5882.eurprd02.prod.outlook.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;orla@quinnfurniture.ie
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % s.msgid
add(L("other", "en", "Outlook read receipt ('Read:'), MDN: not an auto-reply about absence, no claim."),
    A("Orla Quinn", "orla@quinnfurniture.ie"), A(s.name, s.addr), D("2027-02-15 09:47:32", "+0000"), "Read: " + s.subject,
    MP("report", [T(human), Part([("Content-Type", "message/disposition-notification")], mdn.encode())],
       params="; report-type=disposition-notification", tag="_004_"), irt=s.msgid)


# ================================================================ output

def toml_str(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    out = ["# round8-auto: auto-replies, bounces and their look-alikes. Generated by make.py.\n"]
    order = ["kind", "language", "split", "amount", "currency", "reference", "promised_date", "return_date",
             "failed_recipient", "permanent", "note"]
    for i, (label, data) in enumerate(MESSAGES, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        out.append('[files."%s"]' % name)
        for k in order:
            if k in label:
                out.append("%s = %s" % (k, toml_str(label[k])))
        out.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    # sanity check
    for i in range(1, len(MESSAGES) + 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        with open(os.path.join(HERE, name), "rb") as fh:
            m = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert m[h], (name, h)
        for part in m.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
    print("wrote %d messages" % len(MESSAGES))


if __name__ == "__main__":
    main()
