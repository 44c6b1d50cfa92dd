# Machine mail for round 11 (dates): two incoming-payment notices that carry value dates.
from email.utils import format_datetime

from make import enc_header, leaf, multipart, render, when


def sabadell(n):
    date = when("2027-01-20 09:14:27", "+0100")
    text = """Sabadell

Hola, JORDI PUIG:

Has recibido una transferencia en tu cuenta ES79 **** **** **** 4567.

Ordenante: EVENTOS MEDITERRANEO SL
Importe: 1.694,00 EUR
Concepto: FRA FP-2026-49 JORDI PUIG
Fecha de operación: 20/01/2027
Fecha valor: 20/01/2027

Puedes consultar el detalle en la app Sabadell o en Banco Sabadell Online.

Este es un mensaje automático, por favor no respondas a este correo.
Banco de Sabadell, S.A. Avda. Óscar Esplá, 37 – 03007 Alicante.
"""
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;color:#333">
<table width="600" cellpadding="0" cellspacing="0" align="center">
<tr><td style="background:#006DFF;color:#fff;padding:16px;font-size:20px"><b>Sabadell</b></td></tr>
<tr><td style="padding:20px">
<p>Hola, JORDI PUIG:</p>
<p>Has recibido una transferencia en tu cuenta ES79 **** **** **** 4567.</p>
<table cellpadding="6" style="border-collapse:collapse;font-size:14px">
<tr><td style="color:#777">Ordenante</td><td><b>EVENTOS MEDITERRANEO SL</b></td></tr>
<tr><td style="color:#777">Importe</td><td><b>1.694,00 EUR</b></td></tr>
<tr><td style="color:#777">Concepto</td><td>FRA FP-2026-49 JORDI PUIG</td></tr>
<tr><td style="color:#777">Fecha de operación</td><td>20/01/2027</td></tr>
<tr><td style="color:#777">Fecha valor</td><td>20/01/2027</td></tr>
</table>
<p>Puedes consultar el detalle en la app Sabadell o en Banco Sabadell Online.</p>
<p style="font-size:11px;color:#999">Este es un mensaje automático, por favor no respondas a este correo.<br>
Banco de Sabadell, S.A. Avda. Óscar Esplá, 37 – 03007 Alicante.</p>
</td></tr></table></body></html>
"""
    part = multipart("alternative", [leaf(text, "text/plain", "utf-8", "quoted-printable"),
                                     leaf(html, "text/html", "utf-8", "quoted-printable")])
    headers = [("Date", format_datetime(date)),
               ("From", "Banco Sabadell <notificaciones@bancsabadell.com>"),
               ("To", "jordi@puigfoto.cat"),
               ("Subject", "=?utf-8?q?Has_recibido_una_transferencia_de_1=2E694=2C00_EUR?="),
               ("Message-ID", "<20270120091427.8F3A21C0045@notificaciones.bancsabadell.com>"),
               ("X-Mailer", "BS-Notif 4.2")]
    return render(headers, part), dict(
        kind="payment-notification", language="es", split="dev", amount="1694.00", reference="FP-2026-49",
        note="Bank alert of an incoming transfer (value date 20/01/2027) from the client who promised 'not before the 20th'.")


def revolut(n):
    date = when("2027-01-15 10:32:08", "+0000")
    text = """Revolut Business

You've received money

Priya Shah Copywriting received £1,450.00 from LAKESHORE FOODS INC.

Amount: £1,450.00
From: LAKESHORE FOODS INC
Reference: PS-2026-63
Date: 15 Jan 2027, 10:31

The money is already available in your GBP account.

View transaction: https://business.revolut.com/transactions

Revolut Ltd is registered in England and Wales (No. 08804411), 7 Westferry Circus, Canary Wharf,
London, E14 4HD. You're receiving this email because you have notifications enabled for incoming payments.
"""
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>You've received money</title></head>
<body style="margin:0;background:#F7F7F7;font-family:-apple-system,Helvetica,Arial,sans-serif">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:32px">
<div style="font-size:18px;font-weight:bold">Revolut Business</div>
<h1 style="font-size:26px">You've received money</h1>
<p>Priya Shah Copywriting received <b>£1,450.00</b> from LAKESHORE FOODS INC.</p>
<table style="width:100%;font-size:14px" cellpadding="6">
<tr><td style="color:#8B959E">Amount</td><td align="right">£1,450.00</td></tr>
<tr><td style="color:#8B959E">From</td><td align="right">LAKESHORE FOODS INC</td></tr>
<tr><td style="color:#8B959E">Reference</td><td align="right">PS-2026-63</td></tr>
<tr><td style="color:#8B959E">Date</td><td align="right">15 Jan 2027, 10:31</td></tr>
</table>
<p>The money is already available in your GBP account.</p>
<p><a href="https://business.revolut.com/transactions" style="background:#0666EB;color:#fff;padding:10px 18px;border-radius:20px;text-decoration:none">View transaction</a></p>
<p style="font-size:11px;color:#8B959E">Revolut Ltd is registered in England and Wales (No. 08804411), 7 Westferry Circus, Canary Wharf, London, E14 4HD.</p>
</div></body></html>
"""
    part = multipart("alternative", [leaf(text, "text/plain", "utf-8", "quoted-printable"),
                                     leaf(html, "text/html", "utf-8", "base64")])
    headers = [("Date", format_datetime(date)),
               ("From", "Revolut Business <no-reply@revolut.com>"),
               ("To", "Priya Shah <priya@shahcopy.co.uk>"),
               ("Subject", enc_header("You've received £1,450.00")),
               ("Message-ID", "<0100018d0b7c2f1a-7e2c4b1d-91aa-4c3e-b5f0-2d8e6a1c9f30-000000@email.revolut.com>"),
               ("Auto-Submitted", "auto-generated")]
    return render(headers, part), dict(
        kind="payment-notification", language="en", split="dev", amount="1450.00", currency="GBP",
        reference="PS-2026-63",
        note="Revolut Business incoming payment from the US client whose run was '1/14'; GBP.")


MSGS = [dict(build=sabadell), dict(build=revolut)]
