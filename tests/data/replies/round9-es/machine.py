"""Machine mail: bank notices, auto-replies, bounces, other notices. Written by hand."""
import datetime as dt
import quopri

from builder import M, T, D
from mimelib import (leaf, multipart, binpart, hdr, addr, msgid, reminder_text, REM_SUBJECT, rhex, ralnum, fake_pdf,
                     to_tz)
from email.utils import format_datetime
from owners import LUCIA, JORDI, CARMEN, IAGO, NAYRA, L, J, C, I, N


def base_headers(frm, to, subject, date, mid, extra=()):
    h = [("Return-Path", "<" + (frm.split("<")[-1].rstrip(">") if "<" in frm else frm) + ">"),
         ("From", frm), ("To", to), ("Subject", hdr(subject)), ("Date", format_datetime(date)), ("Message-ID", mid),
         ("MIME-Version", "1.0")]
    return h + list(extra)


def build():
    payments()
    autoreplies()
    bounces()
    others()


# ------------------------------------------------------------------------------------------------ payments
def payments():
    K = "payment-notification"

    # BBVA -> Carmen ----------------------------------------------------------
    d = D("2026-11-30 10:12", "sevilla")
    plain = T("""
        Hola, CARMEN:

        Has recibido una transferencia en tu cuenta.

        Cuenta: ···3471
        Importe: 968,00 €
        Ordenante: INMOBILIARIA GIRALDA HOMES SL
        Concepto: FRA 2026/090 TRADUCCIONES
        Fecha valor: 30/11/2026

        Puedes consultar el detalle en la app BBVA o en bbva.es.

        Este es un correo automático; por favor, no respondas a este mensaje. BBVA nunca te pedirá tus claves por correo electrónico ni por SMS.

        Banco Bilbao Vizcaya Argentaria, S.A. · Plaza de San Nicolás, 4 · 48005 Bilbao
        """)
    html = T("""
        <!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Has recibido una transferencia</title></head>
        <body style="margin:0;background:#F4F4F4;font-family:Arial,Helvetica,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
        <tr><td style="background:#072146;padding:20px"><img src="https://www.bbva.es/content/dam/public-web/global/images/logos/logo_bbva_blanco.png" alt="BBVA" width="90"></td></tr>
        <tr><td style="padding:30px 40px;color:#121212;font-size:15px">
        <p>Hola, CARMEN:</p>
        <h1 style="font-size:22px;color:#072146">Has recibido una transferencia en tu cuenta</h1>
        <table cellpadding="6" style="font-size:14px">
        <tr><td style="color:#666">Cuenta</td><td>···3471</td></tr>
        <tr><td style="color:#666">Importe</td><td><b>968,00 €</b></td></tr>
        <tr><td style="color:#666">Ordenante</td><td>INMOBILIARIA GIRALDA HOMES SL</td></tr>
        <tr><td style="color:#666">Concepto</td><td>FRA 2026/090 TRADUCCIONES</td></tr>
        <tr><td style="color:#666">Fecha valor</td><td>30/11/2026</td></tr>
        </table>
        <p>Puedes consultar el detalle en la app BBVA o en bbva.es.</p>
        </td></tr>
        <tr><td style="padding:20px 40px;font-size:11px;color:#666">Este es un correo automático; por favor, no respondas a este mensaje. BBVA nunca te pedirá tus claves por correo electrónico ni por SMS.<br>Banco Bilbao Vizcaya Argentaria, S.A. · Plaza de San Nicolás, 4 · 48005 Bilbao</td></tr>
        </table></td></tr></table></body></html>
        """)
    M(K, base_headers(addr("BBVA", "notificaciones@bbva.com"), CARMEN.addr, "Has recibido una transferencia", d,
                      f"<{rhex(20)}@mailing.bbva.com>"),
      multipart("alternative", [leaf(plain, "text/plain"), leaf(html, "text/html")]),
      amount="968.00", reference="2026/090",
      note="BBVA incoming-transfer alert to the freelancer; concept names the invoice.")

    # CaixaBank -> Lucía (HTML only) --------------------------------------------
    d = D("2026-11-24 08:03")
    html = T("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,sans-serif;color:#333">
        <table width="620" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
        <tr><td style="background:#007EAE;color:#fff;padding:16px;font-size:20px"><b>CaixaBank</b></td></tr>
        <tr><td style="padding:24px">
        <p>Hola, LUCIA,</p>
        <p>Te informamos de que se ha producido un <b>ingreso por transferencia</b> en tu cuenta:</p>
        <table cellpadding="5" cellspacing="0" style="font-size:14px;border-collapse:collapse">
        <tr style="border-bottom:1px solid #eee"><td>Cuenta destino</td><td>ES91 **** **** **** **** 1332</td></tr>
        <tr style="border-bottom:1px solid #eee"><td>Importe</td><td><b>+1.060,00 EUR</b></td></tr>
        <tr style="border-bottom:1px solid #eee"><td>Remitente</td><td>CLINICA DENTAL SONRISAS ALCOBENDAS SL</td></tr>
        <tr style="border-bottom:1px solid #eee"><td>Concepto</td><td>FACTURA 2026-047</td></tr>
        <tr><td>Fecha</td><td>24/11/2026</td></tr>
        </table>
        <p style="margin-top:20px">Consulta tus movimientos en CaixaBankNow.</p>
        <p style="font-size:11px;color:#888">Has recibido este correo porque tienes activado el servicio de alertas. Puedes modificar tus alertas en CaixaBankNow &gt; Configuración &gt; Alertas. CaixaBank, S.A. C/ Pintor Sorolla, 2-4, 46002 Valencia. NIF A08663619.</p>
        </td></tr></table></body></html>
        """)
    M(K, base_headers(addr("CaixaBank", "alertas@caixabank.com"), LUCIA.addr, "Alerta CaixaBank: ingreso en tu cuenta",
                      d, f"<{rhex(24)}@notificaciones.caixabank.com>"),
      leaf(html, "text/html", "utf-8", "base64"),
      amount="1060.00", reference="2026-047",
      note="HTML-only, base64 CaixaBank alert of an incoming transfer.")

    # Abanca Bizum -> Iago ------------------------------------------------------
    d = D("2027-01-04 10:52", "vigo")
    plain = T("""
        ABANCA

        Recibiches un Bizum / Has recibido un Bizum

        XOAN OTERO te ha enviado 363,00 € por Bizum.
        Concepto: factura web
        Cuenta de abono: ES07 **** **** **** **** 2345
        Fecha: 04/01/2027 10:51

        O diñeiro xa está dispoñible na túa conta. / El dinero ya está disponible en tu cuenta.

        Este correo é automático, non respondas. / Este correo es automático, no respondas.
        ABANCA Corporación Bancaria, S.A. · NIF A70302039
        """)
    M(K, base_headers(addr("ABANCA", "avisos@abanca.com"), IAGO.addr, "Has recibido un Bizum de 363,00 €", d,
                      f"<{rhex(16)}.{rhex(8)}@avisos.abanca.com>"),
      leaf(plain, "text/plain", "utf-8", "quoted-printable"),
      amount="363.00",
      note="Bilingual Galician/Spanish Bizum received notice; concept 'factura web' names no invoice number.")

    # Sabadell -> Jordi (iso-8859-1) ------------------------------------------
    d = D("2026-12-16 07:45", "barcelona")
    plain = T("""
        Banco Sabadell le informa:

        Se ha abonado en su cuenta ES12 0081 **** **** **** 4567 una transferencia por importe de 1.696,00 EUR.

        Ordenante: HOTELES COSTA BRAVA COLLECTION SL
        Concepto: PAGO FRAS. PROV 40012873
        Fecha de abono: 16/12/2026

        Para más información, acceda a Banco Sabadell Online o a la app Sabadell.

        Este mensaje ha sido enviado automáticamente. Por favor, no responda a esta dirección.
        Banco de Sabadell, S.A. Avda. Óscar Esplá, 37 - 03007 Alicante.
        """)
    M(K, base_headers(addr("Banco Sabadell", "avisos@bancsabadell.com"), JORDI.addr, "Aviso de abono: transferencia recibida",
                      d, f"<{rhex(12)}.{rhex(12)}@bancsabadell.com>"),
      leaf(plain, "text/plain", "iso-8859-1", "quoted-printable"),
      amount="1696.00",
      note="iso-8859-1 Sabadell credit notice; the concept has only the payer's supplier number, no invoice number.")

    # Ruralvía / CajaSiete -> Nayra ----------------------------------------------
    d = D("2026-12-16 09:10", "canarias")
    plain = T("""
        Ruralvía · Servicio de alertas

        Estimado/a cliente:

        Le comunicamos que se ha producido el siguiente movimiento en su cuenta terminada en 6789:

        Tipo: ABONO TRANSFERENCIA SEPA
        Importe: 828,00 EUR
        Concepto: TRANSF. DE EVENTOS ATLANTICO SUR SL FAC26-057
        Fecha operación: 16/12/2026
        Saldo disponible: consulte Ruralvía

        CajaSiete, Caja Rural de Canarias · Grupo Caja Rural
        Por su seguridad, nunca le solicitaremos claves o coordenadas por correo electrónico.
        """)
    M(K, base_headers(addr("Ruralvía", "alertas@ruralvia.com"), NAYRA.addr, "Alerta de movimiento en su cuenta", d,
                      f"<{rhex(18)}@alertas.ruralvia.com>"),
      leaf(plain, "text/plain", "utf-8", "8bit"),
      amount="828.00", reference="FAC26-057",
      note="Canary Islands rural-bank alert of an incoming SEPA transfer (8bit utf-8).")


# ------------------------------------------------------------------------------------------------ auto-replies
def autoreplies():
    K = "auto-reply"

    # A1 Outlook OOO with RFC 3834 headers, return date -----------------------------
    inv = L("2026-029", 1210.00, "2026-12-20", "Sierra de Gata Alimentación, S.L.", "abmunoz@sierradegata-alimentacion.es")
    d = D("2026-12-23 09:01")
    parent = msgid("mailduns", LUCIA.domain)
    body = T("""
        Muchas gracias por su mensaje.

        Estaré fuera de la oficina desde el 23 de diciembre hasta el 7 de enero, ambos incluidos, con acceso limitado al correo electrónico. Para cualquier asunto urgente relacionado con facturas o pagos, pueden dirigirse a administracion@sierradegata-alimentacion.es.

        Un saludo,
        Ana Belén Muñoz
        Dpto. de Compras
        Sierra de Gata Alimentación, S.L.
        """)
    M(K, base_headers(addr("Ana Belén Muñoz", "abmunoz@sierradegata-alimentacion.es"), LUCIA.addr,
                      "Respuesta automática: " + REM_SUBJECT["due"].format(n=inv.number), d, msgid("outlook", ""),
                      [("In-Reply-To", parent), ("References", parent), ("Auto-Submitted", "auto-replied"),
                       ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "abmunoz@sierradegata-alimentacion.es"),
                       ("Content-Language", "es-ES")]),
      multipart("alternative", [leaf(body, "text/plain", "utf-8", "quoted-printable"),
                                leaf("<html><body><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>",
                                     "text/html", "utf-8", "quoted-printable")]),
      return_date="2027-01-08",
      note="Out of office 'hasta el 7 de enero, ambos incluidos' -> back 8 Jan; RFC 3834 headers present.")

    # A2 vacation without RFC 3834 headers, no date ---------------------------------
    d = D("2026-11-09 14:20", "barcelona")
    parent = msgid("mailduns", JORDI.domain)
    body = T("""
        Hola!

        Estamos de vacaciones y no leeremos el correo hasta nuestra vuelta. Si es urgente llámanos al 600 123 456 o escríbenos por WhatsApp.

        ¡Gracias! 🌴
        Foto Estudi La Llum
        """)
    M(K, base_headers(addr("Foto Estudi La Llum", "info@fotoestudilallum.cat"), JORDI.addr, "Fuera de la oficina", d,
                      f"<{rhex(10)}.{rhex(6)}@fotoestudilallum.cat>",
                      [("In-Reply-To", parent), ("References", parent), ("User-Agent", "Roundcube Webmail/1.5.3")]),
      leaf(body, "text/plain", "utf-8", "8bit"),
      note="Vacation responder with no Auto-Submitted/X-Autoreply headers and no return date.")

    # A3 mailbox no longer in use -------------------------------------------------------
    d = D("2027-01-20 09:00", "vigo")
    parent = msgid("mailduns", IAGO.domain)
    body = T("""
        Esta dirección de correo electrónico ya no está operativa y los mensajes recibidos no se leen.

        Para asuntos de administración y facturación, escriba a facturas@grupomarsol.es. Para pedidos, a pedidos@grupomarsol.es.

        Este mensaje se ha generado automáticamente.
        """)
    M(K, base_headers(addr("", "compras@grupomarsol.es"), IAGO.addr, "Re: " + REM_SUBJECT["reminder"].format(n="IF-26-053"),
                      d, f"<{rhex(14)}@grupomarsol.es>",
                      [("In-Reply-To", parent), ("References", parent), ("Auto-Submitted", "auto-replied"),
                       ("Precedence", "auto_reply")]),
      leaf(body, "text/plain", "iso-8859-1", "quoted-printable"),
      note="'Dirección ya no operativa' auto-reply giving another address; no return date.")

    # A4 help-desk ticket acknowledgement ---------------------------------------------------
    d = D("2027-01-15 11:02", "madrid")
    parent = msgid("mailduns", CARMEN.domain)
    body = T("""
        Estimada Carmen:

        Hemos recibido su consulta y se ha registrado con el número de incidencia #48213.

        Nuestro equipo de Atención a Proveedores le responderá en un plazo máximo de 5 días hábiles. Le recordamos que puede consultar el estado de sus facturas y pagos en el Portal de Proveedores (proveedores.mercasur-distribucion.es) con su usuario y contraseña.

        Por favor, no modifique el asunto de este correo si desea añadir información a su consulta.

        Atentamente,
        Atención a Proveedores
        Mercasur Distribución, S.A.
        """)
    M(K, base_headers(addr("Atención a Proveedores", "soporte.proveedores@mercasur-distribucion.es"), CARMEN.addr,
                      "[#48213] Re: " + REM_SUBJECT["reminder"].format(n="2026/099"), d,
                      f"<{rhex(20)}@mercasur-distribucion.freshdesk.com>",
                      [("In-Reply-To", parent), ("References", parent), ("X-Autoreply", "yes"),
                       ("Auto-Submitted", "auto-generated")]),
      multipart("alternative", [leaf(body, "text/plain", "utf-8", "quoted-printable"),
                                leaf("<div>" + body.replace("\n\n", "</div><br><div>").replace("\n", "<br>") + "</div>",
                                     "text/html", "utf-8", "quoted-printable")]),
      note="Supplier help-desk ticket acknowledgement (automatic), not a human answer.")

    # A5 "hasta el lunes", X-Autoreply only ------------------------------------------------------
    d = D("2027-02-11 10:00", "madrid")
    parent = msgid("mailduns", NAYRA.domain)
    body = T("""
        Hola, estoy fuera hasta el lunes. Para temas urgentes llamad a la oficina, 91 445 20 17.

        Pilar
        """)
    M(K, base_headers(addr("Pilar Gómez", "pgomez@asesoriamontes.es"), NAYRA.addr,
                      "Fuera de la oficina: " + REM_SUBJECT["due"].format(n="FAC27-005"), d, msgid("other", "asesoriamontes.es"),
                      [("In-Reply-To", parent), ("References", parent), ("X-Autoreply", "yes")]),
      leaf(body, "text/plain", "utf-8", "7bit"),
      return_date="2027-02-15",
      note="Thursday 11 Feb: 'fuera hasta el lunes' -> back Monday 15 Feb. Only X-Autoreply header.")


# ------------------------------------------------------------------------------------------------ bounces
def original_headers(owner, to_addr, subject, d, mid):
    return (f"Return-Path: <{owner.email}>\nFrom: {owner.addr}\nTo: {to_addr}\nSubject: {hdr(subject)}\n"
            f"Date: {format_datetime(d)}\nMessage-ID: {mid}\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n")


def bounces():
    K = "bounce"

    # B1 Postfix, permanent, English ---------------------------------------------------------
    rcpt = "pedidos@ferreteriaolmedo.es"
    inv = L("2027-018", 338.80, "2027-01-15", "Ferretería Olmedo", rcpt)
    od = D("2027-01-19 09:00")
    d = od + dt.timedelta(seconds=41)
    omid = msgid("mailduns", LUCIA.domain)
    subj = REM_SUBJECT["reminder"].format(n=inv.number)
    qid = "4Ld" + ralnum(9)
    human = T(f"""
        This is the mail system at host mx-out3.servidoresweb.es.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <{rcpt}>: host mx.ferreteriaolmedo.es[185.42.105.18] said: 550 5.1.1
            <{rcpt}>: Recipient address rejected: User unknown in virtual
            mailbox table (in reply to RCPT TO command)
        """)
    status = T(f"""
        Reporting-MTA: dns; mx-out3.servidoresweb.es
        X-Postfix-Queue-ID: {qid}
        X-Postfix-Sender: rfc822; {LUCIA.email}
        Arrival-Date: {format_datetime(od)}

        Final-Recipient: rfc822; {rcpt}
        Original-Recipient: rfc822;{rcpt}
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.ferreteriaolmedo.es
        Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User
            unknown in virtual mailbox table
        """)
    parts = ["Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n" + human + "\n",
             "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + status + "\n",
             "Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
             + original_headers(LUCIA, rcpt, subj, od, omid)]
    M(K, base_headers("MAILER-DAEMON@mx-out3.servidoresweb.es (Mail Delivery System)", LUCIA.email,
                      "Undelivered Mail Returned to Sender", d, f"<20270119080041.{qid}@mx-out3.servidoresweb.es>",
                      [("Auto-Submitted", "auto-replied")]),
      multipart("report", parts, "; report-type=delivery-status"),
      failed_recipient=rcpt, permanent=True,
      note="Postfix DSN, 550 5.1.1 user unknown (permanent); only the original headers are returned.")

    # B2 Office 365, Spanish, permanent ---------------------------------------------------------
    rcpt = "comptabilitat@estudiarquitectura-bcn.cat"
    inv = J("F-2026-127", 1484.00, "2026-11-30", "Estudi d'Arquitectura BCN, SLP", rcpt)
    od = D("2026-12-02 09:00", "barcelona")
    d = od + dt.timedelta(seconds=6)
    omid = msgid("mailduns", JORDI.domain)
    subj = REM_SUBJECT["due"].format(n=inv.number)
    human_plain = T(f"""
        No se pudo entregar a estos destinatarios o grupos:

        {rcpt}
        La dirección de correo electrónico que escribió no se encuentra. Compruebe la dirección de correo electrónico del destinatario e inténtelo de nuevo. Si el problema continúa, póngase en contacto con el departamento de soporte técnico.

        Información de diagnóstico para administradores:

        Servidor de generación: DB9PR04MB8412.eurprd04.prod.outlook.com

        {rcpt}
        Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {rcpt} not found by SMTP address lookup'

        Encabezados del mensaje original:

        From: Jordi Puig <{JORDI.email}>
        To: {rcpt}
        Subject: {subj}
        Date: {format_datetime(od)}
        Message-ID: {omid}
        """)
    human_html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
                  "<p style=\"font-family:Segoe UI;font-size:16px;color:#C00000\"><b>No se pudo entregar el mensaje</b></p>"
                  f"<p>{human_plain.replace(chr(10) + chr(10), '</p><p>').replace(chr(10), '<br>')}</p></body></html>")
    status = T(f"""
        Reporting-MTA: dns;DB9PR04MB8412.eurprd04.prod.outlook.com
        Received-From-MTA: dns;smtp.jordipuigfoto.com
        Arrival-Date: {format_datetime(od)}

        Final-Recipient: rfc822;{rcpt}
        Action: failed
        Status: 5.1.10
        Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {rcpt} not found by SMTP address lookup
        """)
    orig_body = reminder_text("due", inv, od)
    orig = original_headers(JORDI, rcpt, subj, od, omid) + "\n" + quopri.encodestring(orig_body.encode("utf-8")).decode("ascii")
    parts = [multipart("alternative", [leaf(human_plain, "text/plain", "utf-8", "quoted-printable"),
                                       leaf(human_html, "text/html", "utf-8", "quoted-printable")]),
             "Content-Type: message/delivery-status\n\n" + status + "\n",
             "Content-Type: message/rfc822\n\n" + orig]
    M(K, base_headers(addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@jordipuigfoto.com"), JORDI.email,
                      "No se puede entregar: " + subj, d, msgid("outlook", ""),
                      [("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
                       ("Content-Language", "es-ES")]),
      multipart("report", parts, "; report-type=delivery-status"),
      failed_recipient=rcpt, permanent=True,
      note="Office 365 NDR in Spanish, 550 5.1.10 RecipientNotFound, full original attached as message/rfc822.")

    # B3 Exim, delayed (temporary) ------------------------------------------------------------------
    rcpt = "xestion@cooperativamaruxa.gal"
    inv = I("IF-27-007", 605.00, "2027-02-10", "Cooperativa Maruxa", rcpt)
    od = D("2027-02-15 09:00", "vigo")
    d = od + dt.timedelta(hours=24, minutes=3)
    omid = msgid("mailduns", IAGO.domain)
    subj = REM_SUBJECT["due"].format(n=inv.number)
    human = T(f"""
        This message was created automatically by mail delivery software.
        A message that you sent has not yet been delivered to one or more of its
        recipients after more than 24 hours on the queue on correo.iagofernandez.gal.

        The message identifier is:     1rZx4K-0003Hq-2B
        The subject of the message is: {subj}
        The date of the message is:    {format_datetime(od)}

        The address to which the message has not yet been delivered is:

          {rcpt}
            host mail.cooperativamaruxa.gal [91.142.220.37]
            Delay reason: SMTP error from remote mail server after RCPT TO:<{rcpt}>:
            452 4.2.2 Buzon lleno / Mailbox full

        No action is required on your part. Delivery attempts will continue for
        some time, and this warning may be repeated at intervals if the message
        remains undelivered. Eventually the mail delivery software will give up,
        and when that happens, the message will be returned to you.
        """)
    status = T(f"""
        Reporting-MTA: dns; correo.iagofernandez.gal

        Action: delayed
        Final-Recipient: rfc822;{rcpt}
        Status: 4.2.2
        Remote-MTA: dns; mail.cooperativamaruxa.gal
        Diagnostic-Code: smtp; 452 4.2.2 Buzon lleno / Mailbox full
        Will-Retry-Until: {format_datetime(od + dt.timedelta(days=4))}
        """)
    parts = ["Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + human + "\n",
             "Content-Type: message/delivery-status\n\n" + status + "\n",
             "Content-Type: text/rfc822-headers\n\n" + original_headers(IAGO, rcpt, subj, od, omid)]
    M(K, base_headers("Mail Delivery System <Mailer-Daemon@correo.iagofernandez.gal>", IAGO.email,
                      "Warning: message 1rZx4K-0003Hq-2B delayed 24 hours", d,
                      "<E1rZx4K-0003Hq-9c@correo.iagofernandez.gal>",
                      [("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", rcpt)]),
      multipart("report", parts, "; report-type=delivery-status"),
      failed_recipient=rcpt, permanent=False,
      note="Exim delay warning (Action: delayed, 452 4.2.2 mailbox full): temporary, not a final failure.")


# ------------------------------------------------------------------------------------------------ other
def others():
    K = "other"

    # FACe status change (not paid) ---------------------------------------------------------------
    d = D("2026-12-22 13:45")
    body = T("""
        FACe - Punto General de Entrada de Facturas Electrónicas de la Administración General del Estado

        Notificación de cambio de estado de factura

        Le informamos de que la factura que se detalla a continuación ha cambiado de estado:

        Número de registro: 2026000874312
        Número de factura: 2026-043
        Importe: 2.420,00 €
        Destinatario: Ayuntamiento de Collado Mediano (L01280437)
        Estado anterior: 1300 - Registrada en RCF
        Estado actual: 2400 - Contabilizada la obligación reconocida
        Fecha del cambio: 22/12/2026

        Puede consultar el estado de sus facturas en https://face.gob.es con su certificado electrónico.

        Este correo electrónico ha sido generado automáticamente. Por favor, no responda a este mensaje.
        """)
    M(K, base_headers(addr("FACe", "no-reply@face.gob.es"), LUCIA.addr, "FACe - Cambio de estado de la factura 2026-043",
                      d, f"<{rhex(16)}@face.gob.es>", [("Auto-Submitted", "auto-generated")]),
      leaf(body, "text/plain", "utf-8", "quoted-printable"),
      reference="2026-043",
      note="E-invoicing portal status change: obligation recognised, NOT paid (state 2400, not 2500 'Pagada').")

    # Outgoing transfer made by the owner -----------------------------------------------------------
    d = D("2027-01-02 12:31")
    html = T("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,sans-serif;color:#333">
        <table width="620" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
        <tr><td style="background:#007EAE;color:#fff;padding:16px;font-size:20px"><b>CaixaBank</b></td></tr>
        <tr><td style="padding:24px">
        <p>Hola, LUCIA,</p>
        <p>Has realizado una <b>transferencia</b> desde tu cuenta:</p>
        <table cellpadding="5" cellspacing="0" style="font-size:14px">
        <tr><td>Cuenta de cargo</td><td>ES91 **** **** **** **** 1332</td></tr>
        <tr><td>Importe</td><td><b>-180,00 EUR</b></td></tr>
        <tr><td>Beneficiario</td><td>ESPACIO COMPARTIDO MALASAÑA SL</td></tr>
        <tr><td>Concepto</td><td>CUOTA ENERO PUESTO FIJO</td></tr>
        <tr><td>Fecha</td><td>02/01/2027</td></tr>
        </table>
        <p style="font-size:11px;color:#888">Has recibido este correo porque tienes activado el servicio de alertas. CaixaBank, S.A. C/ Pintor Sorolla, 2-4, 46002 Valencia.</p>
        </td></tr></table></body></html>
        """)
    M(K, base_headers(addr("CaixaBank", "alertas@caixabank.com"), LUCIA.addr, "Alerta CaixaBank: transferencia realizada",
                      d, f"<{rhex(24)}@notificaciones.caixabank.com>"),
      leaf(html, "text/html", "utf-8", "quoted-printable"),
      note="Outgoing transfer the owner made (coworking fee): money OUT, so not a payment notification.")
