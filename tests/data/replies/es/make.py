#!/usr/bin/env python3
"""Spanish client replies for mailduns' inbox reader (Python 3.11, stdlib only).

Run:  python3 make.py   -> writes es-NNNN.eml + labels.toml next to this file,
then re-parses every .eml (email module) and labels.toml (tomllib).

The freelancer is Javier Martín <javier@example.es> (a few clients write to
Alessandra Rossi <alessandra@example.it>).  The quoted reminder/invoice texts
are the freelancer's own (template-generated) messages, as a mail client would
quote them; everything the *client* writes is literal, message by message.

Labelling conventions (see also the per-message `note`):
  * promised_date only when the client's own text gives a date resolvable
    against the Date header:
      - a bare weekday ("el viernes", "el próximo miércoles", "el lunes que
        viene") = the next such weekday strictly after the message date;
      - "el día N" / "el N" = day N of the message's month if still ahead,
        otherwise of the next month;
      - "antes del N", "como tarde el N", "no podemos antes del N" = day N;
      - "a final/fin de mes" = last day of the message's month;
      - "mañana" = +1 day, "hoy" = the message date.
    Vague expressions ("la semana que viene", "a primeros de mes", "en cuanto
    cobremos", "después de Reyes", "en unos días") -> no promised_date.
  * amount only when the client's own text states a figure (normalised
    "1210.00"); if several figures appear, the one that the message is about
    (see note).
  * reference only when the client's own text (not the subject line, not the
    quoted original) names an invoice number.
"""

import datetime as dt
import hashlib
import html as htmlmod
import io
import os
import re
import sys
import textwrap
import tomllib
import email
from email import policy
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime, getaddresses

OUT = os.path.dirname(os.path.abspath(__file__))
TZ = dt.timezone(dt.timedelta(hours=1))

JAVIER = ("Javier Martín", "javier@example.es")
ALE = ("Alessandra Rossi", "alessandra@example.it")

DOW = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DOW3 = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
MON = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
MON3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
EN_DOW = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# --------------------------------------------------------------------------
# Invoices the freelancers sent: number -> (total as printed, due date text)
# --------------------------------------------------------------------------
INV = {
    # Javier Martín
    "2026/7": ("1.210,00 €", "15 de noviembre"),
    "2026/9": ("1.694,00 €", "18 de noviembre"),
    "2026/11": ("181,50 €", "20 de noviembre"),
    "2026/12": ("363,00 €", "20 de noviembre"),
    "2026/13": ("2.178,00 €", "5 de octubre"),
    "2026/14": ("2.057,00 €", "28 de noviembre"),
    "2026/15": ("1.060,00 €", "30 de noviembre"),
    "2026/16": ("3.630,00 €", "1 de diciembre"),
    "2026/17": ("605,00 €", "1 de diciembre"),
    "2026/18": ("2.420,00 €", "1 de diciembre"),
    "2026/19": ("1.210,00 €", "3 de diciembre"),
    "2026/20": ("550,00 €", "4 de diciembre"),
    "2026/21": ("3.025,00 €", "5 de diciembre"),
    "2026/22": ("1.452,00 €", "5 de diciembre"),
    "2026/23": ("800,00 €", "8 de diciembre"),
    "2026/24": ("968,00 €", "10 de diciembre"),
    "2026/25": ("2.904,00 €", "10 de diciembre"),
    "2026/26": ("450,00 €", "12 de diciembre"),
    "2026/27": ("1.500,00 €", "15 de diciembre"),
    "2026/28": ("1.089,00 €", "18 de diciembre"),
    "2026/29": ("726,00 €", "10 de enero"),
    "2026/30": ("1.815,00 €", "5 de enero"),
    "2026/31": ("423,50 €", "20 de diciembre"),
    "2026/32": ("4.840,00 €", "20 de diciembre"),
    "2026/33": ("847,00 €", "8 de enero"),
    "2026/34": ("5.445,00 €", "2 de enero"),
    "2026/35": ("290,40 €", "31 de diciembre"),
    "2026/36": ("484,00 €", "12 de enero"),
    "2026/37": ("1.210,00 €", "15 de enero"),
    "2026/38": ("2.178,00 €", "15 de enero"),
    "2026/39": ("2.662,00 €", "12 de enero"),
    "2026/40": ("1.331,00 €", "20 de enero"),
    "2026/42": ("665,50 €", "22 de enero"),
    "2026/43": ("242,00 €", "25 de enero"),
    "2026/44": ("1.200,00 €", "28 de enero"),
    "2026/45": ("3.388,00 €", "1 de febrero"),
    "2026/46": ("1.936,00 €", "3 de febrero"),
    "2026/47": ("968,00 €", "5 de febrero"),
    "2027/1": ("302,50 €", "10 de marzo"),
    "2027/2": ("1.210,00 €", "10 de febrero"),
    "2027/3": ("605,00 €", "12 de febrero"),
    "2027/4": ("2.420,00 €", "15 de febrero"),
    "2027/5": ("363,00 €", "15 de febrero"),
    "2027/6": ("1.573,00 €", "20 de febrero"),
    "2027/7": ("847,00 €", "25 de febrero"),
    # Alessandra Rossi (numbering n/año)
    "118/2026": ("732,05 €", "20 de noviembre"),
    "121/2026": ("380,00 €", "25 de noviembre"),
    "124/2026": ("960,00 €", "10 de diciembre"),
    "127/2026": ("1.450,00 €", "18 de diciembre"),
    "3/2027": ("540,00 €", "5 de febrero"),
    "5/2027": ("615,00 €", "12 de febrero"),
}

# Freelancer texts (what mailduns sends; quoted by the clients' mail programs)
TPL = {
    "RJ1": (
        "Recordatorio de pago – factura {f}",
        "Hola, {n}:\n\n"
        "Te escribo para recordarte que la factura {f}, por importe de {i}, "
        "venció el {v} y, según mis registros, todavía está pendiente de pago.\n\n"
        "Si ya la habéis abonado, por favor ignora este mensaje. Si no, te "
        "agradecería que me indicaras cuándo podréis hacer la transferencia.\n\n"
        "Te adjunto de nuevo la factura en PDF.\n\n"
        "Un saludo,\n"
        "Javier Martín\n"
        "Diseño y desarrollo web\n"
        "javier@example.es · 600 123 456",
    ),
    "RJ2": (
        "Recordatorio de pago – factura {f}",
        "Buenos días, {n}:\n\n"
        "Le recuerdo que la factura {f} ({i}), con vencimiento el {v}, sigue "
        "pendiente de pago.\n\n"
        "Puede realizar la transferencia a la cuenta ES91 2100 0418 4502 0005 1332 "
        "indicando el número de factura en el concepto.\n\n"
        "Quedo a su disposición para cualquier consulta.\n\n"
        "Atentamente,\n"
        "Javier Martín\n"
        "NIF 12345678Z",
    ),
    "RJ3": (
        "Segundo recordatorio – factura {f}",
        "Hola, {n}:\n\n"
        "Vuelvo a escribirte por la factura {f} ({i}), vencida el {v}. "
        "No he recibido respuesta al recordatorio anterior y sigue sin constar el pago.\n\n"
        "¿Me puedes confirmar si hay algún problema con ella o una fecha aproximada de pago?\n\n"
        "Gracias,\n"
        "Javier Martín",
    ),
    "RJI": (
        "Factura {f}",
        "Hola, {n}:\n\n"
        "Te adjunto la factura {f}, por importe de {i}, correspondiente a los "
        "trabajos realizados. Vence el {v}; los datos bancarios figuran en la "
        "propia factura.\n\n"
        "¡Gracias por confiar en mí!\n\n"
        "Javier Martín",
    ),
    "RA1": (
        "Recordatorio: factura {f} pendiente",
        "Buongiorno {n},\n\n"
        "le escribo para recordarle que la factura {f} de {i} (vencimiento "
        "{v}) todavía aparece como pendiente de pago.\n\n"
        "Si ya ha realizado el pago, no tenga en cuenta este mensaje.\n\n"
        "Un cordial saludo,\n"
        "Alessandra Rossi\n"
        "Traducciones IT-ES · alessandra@example.it",
    ),
    "RAI": (
        "Factura {f} – Alessandra Rossi",
        "Buongiorno {n},\n\n"
        "le envío adjunta la factura {f} por importe de {i}, con vencimiento "
        "el {v}.\n\n"
        "Un cordial saludo,\n"
        "Alessandra Rossi",
    ),
}

# --------------------------------------------------------------------------
# Personas.  split is per persona so firstread/dev never share a sender.
# --------------------------------------------------------------------------
P = {}


def persona(key, **kw):
    kw.setdefault("fl", JAVIER)
    kw.setdefault("cs", "utf-8")
    kw.setdefault("cte", "quoted-printable")
    kw.setdefault("fmt", "plain")
    kw.setdefault("sig", "")
    kw.setdefault("disc", "")
    kw.setdefault("disc_pos", "after_sig")
    kw.setdefault("hdrs", {})
    P[key] = kw


# ---- firstread personas ----
persona(
    "marta",
    split="firstread",
    name="Marta Gil Ferrer",
    addr="administracion@reformaslevante.es",
    first="Marta",
    qs="outlookd",
    mid="exchange",
    cs="windows-1252",
    fmt="alt",
    hdrs={"X-Mailer": "Microsoft Outlook 16.0"},
    sig="Marta Gil Ferrer\nDpto. Administración\nREFORMAS LEVANTE, S.L.\n"
    "C/ Pintor Sorolla, 14 bajo · 46002 Valencia\nTel. 963 52 41 87\nCIF B46827315",
    disc="AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos "
    "exclusivamente a su destinatario, pudiendo contener información "
    "confidencial. No está permitida su reproducción o distribución sin la "
    "autorización expresa de REFORMAS LEVANTE, S.L. Si usted no es el "
    "destinatario final, por favor elimínelo e infórmenos por esta vía.\n"
    "De acuerdo con el Reglamento (UE) 2016/679 (RGPD), sus datos serán "
    "tratados por REFORMAS LEVANTE, S.L. para gestionar la relación comercial. "
    "Puede ejercer sus derechos de acceso, rectificación, supresión, "
    "oposición y portabilidad en administracion@reformaslevante.es.",
)
persona(
    "pepe",
    split="firstread",
    name="Jose Luis Navarro",
    addr="joseluis.navarro.fontaneria@gmail.com",
    first="José Luis",
    qs="gmail",
    mid="gmail",
    cte="base64",
)
persona(
    "lucia",
    split="firstread",
    name="Lucía Ruiz Palomo",
    addr="lucia@gestoriaruiz.es",
    first="Lucía",
    qs="orig",
    mid="exchange",
    hdrs={"X-Mailer": "Microsoft Outlook 15.0"},
    sig="Lucía Ruiz Palomo\nGESTORÍA RUIZ & ASOCIADOS\nAvda. de Madrid, 112, 3.º B · 50010 Zaragoza\n"
    "Tel. 976 33 21 09 · www.gestoriaruiz.es",
    disc="Este correo electrónico y, en su caso, cualquier fichero anexo al mismo, "
    "contiene información de carácter confidencial exclusivamente dirigida a "
    "su destinatario. En cumplimiento del RGPD le informamos de que sus datos "
    "forman parte de un fichero responsabilidad de GESTORÍA RUIZ & ASOCIADOS, C.B.",
)
persona(
    "carmen",
    split="firstread",
    name="Carmen Ortega",
    addr="carmen@estudio-ortega.com",
    first="Carmen",
    qs="gmail",
    mid="gmail",
    fmt="alt",
    sig="--\nCarmen Ortega · Estudio Ortega Diseño\nestudio-ortega.com · @estudio.ortega",
)
persona(
    "alameda",
    split="firstread",
    name="Contabilidad Grupo Alameda",
    addr="contabilidad@grupoalameda.es",
    first="Raquel",
    qs="outlook",
    mid="o365",
    fmt="html",
    sig="Raquel Soto Benítez\nDepartamento de Contabilidad\nGRUPO HOSTELERO ALAMEDA, S.A.\n"
    "CIF A41589632 · Avda. de la Constitución, 30 · 41001 Sevilla\nTel. 954 21 88 40",
    sig_html='<table cellpadding="0" cellspacing="0" border="0" style="font-family:Arial,sans-serif;font-size:9pt;color:#444">'
    '<tr><td style="padding-right:12px;border-right:2px solid #8a1c2b">'
    '<img src="https://www.grupoalameda.es/firma/logo-alameda.png" width="90" height="40" alt="Grupo Alameda"></td>'
    '<td style="padding-left:12px"><b style="color:#8a1c2b">Raquel Soto Benítez</b><br>'
    "Departamento de Contabilidad<br>GRUPO HOSTELERO ALAMEDA, S.A.<br>"
    "CIF A41589632 · Avda. de la Constitución, 30 · 41001 Sevilla<br>"
    'Tel. <a href="tel:+34954218840">954 21 88 40</a></td></tr></table>'
    '<p style="font-size:7pt;color:#888">Antes de imprimir este correo, piense en el medio ambiente.</p>',
)
persona(
    "inaki",
    split="firstread",
    name="Iñaki Etxeberria",
    addr="inaki@etxesoluciones.eus",
    first="Iñaki",
    qs="iphone",
    mid="apple",
    hdrs={"X-Mailer": "iPhone Mail (22B91)"},
)
persona(
    "rocio",
    split="firstread",
    name="Rocío Delgado",
    addr="rociodelgado78@hotmail.com",
    first="Rocío",
    qs="outlook",
    mid="hotmail",
    fmt="alt",
)
persona(
    "andres",
    split="firstread",
    name="Andrés Castillo",
    addr="andres.castillo@pixelco.mx",
    first="Andrés",
    qs="gmailw",
    mid="gmail",
    fmt="alt",
    sig="Andrés Castillo Ramírez\nDirector de Operaciones | Pixel & Co.\n"
    "Av. Insurgentes Sur 1602, Piso 8, CDMX\nTel. +52 55 5555 0142",
)
persona(
    "nuria",
    split="firstread",
    name="Núria Puig",
    addr="administracio@puigarquitectes.cat",
    first="Núria",
    qs="outlookd",
    mid="exchange",
    cs="windows-1252",
    hdrs={"X-Mailer": "Microsoft Outlook 16.0"},
    sig="Núria Puig i Serra\nAdministració\nPUIG ARQUITECTES, S.L.P.\nC/ Provença, 241, 2n 1a · 08008 Barcelona\nNIF B65874120",
    disc="Aquest missatge és confidencial. Este mensaje es confidencial. This message is confidential.",
)
persona(
    "alvaro",
    split="firstread",
    name="Álvaro Sanz",
    addr="alvaro@volanta.io",
    first="Álvaro",
    qs="iphone",
    mid="apple",
    hdrs={"X-Mailer": "iPhone Mail (22C152)"},
)
persona(
    "maricarmen",
    split="firstread",
    name="ACADEMIA SOL",
    addr="academiasol@telefonica.net",
    first="Mari Carmen",
    qs="tbird",
    mid="generic",
    cs="iso-8859-1",
    hdrs={"User-Agent": "Mozilla/5.0 (Windows NT 6.1; rv:52.0) Gecko/20100101 Thunderbird/52.9.1"},
)
persona(
    "ayto",
    split="firstread",
    name="Intervención - Ayto. Villarrubia del Campo",
    addr="intervencion@villarrubiadelcampo.es",
    first="",
    qs="orig",
    mid="generic",
    cs="iso-8859-1",
    fmt="plain",
    sig="Fernando Gallego Muñoz\nInterventor municipal\nAyuntamiento de Villarrubia del Campo\n"
    "Plaza Mayor, 1 · 45870 Villarrubia del Campo (Toledo)\nTel. 925 14 02 11",
    disc="La información contenida en este correo electrónico es confidencial y se dirige "
    "exclusivamente a su destinatario. El Ayuntamiento de Villarrubia del Campo "
    "le informa de que sus datos serán tratados conforme al RGPD y a la LOPDGDD.",
    disc_pos="bottom",
)
persona(
    "sofia",
    split="firstread",
    name="Sofía Herrera",
    addr="sofia@bodegasherrera.es",
    first="Sofía",
    qs="applemail",
    mid="apple",
    fl=ALE,
    fmt="alt",
    hdrs={"X-Mailer": "Apple Mail (2.3774.500.171.1.1)"},
    sig="Sofía Herrera Sáenz\nBodegas Herrera · Briones (La Rioja)\nwww.bodegasherrera.es",
)
persona(
    "montes",
    split="firstread",
    name="Proveedores Distribuciones Montes",
    addr="proveedores@distmontes.es",
    first="",
    qs="outlook",
    mid="o365",
    fmt="alt",
    sig="Óscar Vela\nDpto. Proveedores\nDISTRIBUCIONES MONTES, S.L. · CIF B37451209\n"
    "Pol. Ind. El Montalvo III, parcela 12 · 37188 Carbajosa de la Sagrada (Salamanca)",
    disc="Este mensaje se dirige exclusivamente a su destinatario y puede contener "
    "información privilegiada o confidencial. Si no es vd. el destinatario indicado, "
    "queda notificado de que la utilización, divulgación y/o copia sin autorización "
    "está prohibida en virtud de la legislación vigente.",
    disc_pos="bottom",
)
persona(
    "amparo",
    split="firstread",
    name="Amparo Vicente",
    addr="amparo.latahona@gmail.com",
    first="Amparo",
    qs="iphone",
    mid="apple",
    hdrs={"X-Mailer": "iPad Mail (22B91)"},
)
persona(
    "luis",
    split="firstread",
    name="Luis Fernández",
    addr="luis@fernandezeventos.es",
    first="Luis",
    qs="outlook",
    mid="o365",
    fl=ALE,
    fmt="alt",
    sig="Luis Fernández Olmedo\nFernández Eventos, S.L.\nC/ Alcalá, 96 · 28009 Madrid\nMóvil 655 20 71 93",
)

# ---- dev personas ----
persona(
    "beatriz",
    split="dev",
    name="Beatriz Molina",
    addr="admin@clinicamolina.es",
    first="Beatriz",
    qs="outlook",
    mid="o365",
    fmt="alt",
    sig="Beatriz Molina\nResponsable de Administración\nClínica Dental Molina\n"
    "C/ Mayor, 22 · 30001 Murcia · Tel. 968 21 45 67",
    disc="CONFIDENCIALIDAD: Este mensaje puede contener datos de salud u otra información "
    "confidencial. Si lo ha recibido por error, comuníquelo al remitente y elimínelo. "
    "Responsable del tratamiento: Clínica Dental Molina, S.L.P. (B30999888). Derechos "
    "de acceso, rectificación y supresión en lopd@clinicamolina.es.",
)
persona(
    "toni",
    split="dev",
    name="Toni Vidal",
    addr="tonividalmotos@gmail.com",
    first="Toni",
    qs="android",
    mid="samsung",
)
persona(
    "pilar",
    split="dev",
    name="Pilar Carrasco",
    addr="pilar@asesoriacarrasco.com",
    first="Pilar",
    qs="orig",
    mid="exchange",
    cs="windows-1252",
    hdrs={"X-Mailer": "Microsoft Outlook 14.0"},
    sig="Pilar Carrasco Gómez\nAsesoría Fiscal y Contable Carrasco\nC/ Real, 45 · 11100 San Fernando (Cádiz)\nTel. 956 88 12 30",
)
persona(
    "elena",
    split="dev",
    name="Elena Márquez",
    addr="elena@marquezcomunicacion.es",
    first="Elena",
    qs="gmail",
    mid="gmail",
    fmt="alt",
    sig="Elena Márquez\nDirectora de cuentas · Márquez Comunicación\n+34 611 48 22 90",
)
persona(
    "galvez",
    split="dev",
    name="Administración Transportes Gálvez",
    addr="administracion@transgalvez.es",
    first="",
    qs="outlook",
    mid="o365",
    fmt="html",
    sig="Mercedes Lorenzo\nAdministración\nTRANSPORTES HNOS. GÁLVEZ, S.L.\nCIF B14223344 · Córdoba",
    sig_html='<table style="border-collapse:collapse;font-family:Verdana;font-size:8pt">'
    '<tr><td rowspan="3"><img src="cid:image001.png@01DB4A2C.5F1E2A10" width="64" height="64"></td>'
    '<td style="padding-left:8px"><b>Mercedes Lorenzo</b> | Administración</td></tr>'
    '<tr><td style="padding-left:8px">TRANSPORTES HNOS. GÁLVEZ, S.L. · CIF B14223344</td></tr>'
    '<tr><td style="padding-left:8px">Ctra. de Palma del Río, km 3 · 14005 Córdoba · 957 29 30 31</td></tr>'
    "</table>",
    disc="Le informamos que sus datos personales se encuentran incluidos en un fichero "
    "titularidad de TRANSPORTES HNOS. GÁLVEZ, S.L. conforme al RGPD (UE) 2016/679.",
    disc_pos="bottom",
)
persona(
    "jorge",
    split="dev",
    name="Jorge Blanco",
    addr="jorgeblanco.bcn@yahoo.es",
    first="Jorge",
    qs="iphone",
    mid="apple",
    hdrs={"X-Mailer": "iPhone Mail (22B83)"},
)
persona(
    "valentina",
    split="dev",
    name="Valentina Rojas",
    addr="vrojas@estudiorojas.cl",
    first="Valentina",
    qs="gmail",
    mid="gmail",
    fmt="alt",
    sig="Valentina Rojas M.\nEstudio Rojas Ltda. · Providencia, Santiago",
)
persona(
    "xavier",
    split="dev",
    name="Xavier Soler",
    addr="xavier@solerimpressions.com",
    first="Xavier",
    qs="outlookd",
    mid="exchange",
    cs="windows-1252",
    hdrs={"X-Mailer": "Microsoft Outlook 16.0"},
    sig="Xavier Soler\nSOLER IMPRESSIONS, S.L.\nC/ Indústria, 8 · 08302 Mataró",
)
persona(
    "teresa",
    split="dev",
    name="Teresa Aguilar",
    addr="taguilar@fundacionamigosmuseo.org",
    first="Teresa",
    qs="outlook",
    mid="o365",
    fmt="alt",
    sig="Teresa Aguilar Ríos\nGerente\nFundación Amigos del Museo de Bellas Artes\n"
    "C/ San Pío V, 9 · 46010 Valencia · G46123456",
)
persona(
    "raul",
    split="dev",
    name="Raul Jimenez",
    addr="raul@jimenezcatering.es",
    first="Raúl",
    qs="android",
    mid="samsung",
)
persona(
    "solana",
    split="dev",
    name="Cuentas a Pagar - Grupo Editorial Solana",
    addr="cuentasapagar@gruposolana.com",
    first="",
    qs="outlook",
    mid="o365",
    fmt="alt",
    sig="Departamento de Cuentas a Pagar\nGRUPO EDITORIAL SOLANA, S.A. · A28011223\n"
    "C/ Orense, 70 · 28020 Madrid",
    disc="Por favor, indique siempre el número de factura y el número de pedido en "
    "cualquier comunicación con este departamento.",
)
persona(
    "ines",
    split="dev",
    name="Inés Prieto",
    addr="ines.prieto@prietovega.es",
    first="Inés",
    qs="outlookd",
    mid="exchange",
    fmt="alt",
    sig="Inés Prieto Lozano\nSocia · Prieto & Vega Abogados\nC/ Colón, 18, 4.º · 46004 Valencia",
    disc="Este mensaje y sus anexos son confidenciales y pueden estar amparados por el "
    "secreto profesional de la abogacía. Si lo ha recibido por error, le rogamos que "
    "lo comunique inmediatamente y proceda a su destrucción.",
)
persona(
    "marcos",
    split="dev",
    name="Marcos Ibáñez",
    addr="hola@marcosibanez.photo",
    first="Marcos",
    qs="gmail",
    mid="gmail",
    fl=ALE,
)
persona(
    "paula",
    split="dev",
    name="Paula Romero - Librería La Hoja",
    addr="pedidos@librerialahoja.es",
    first="Paula",
    qs="tbird",
    mid="generic",
    cs="iso-8859-1",
    hdrs={"User-Agent": "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.6.0"},
    sig="-- \nLibrería La Hoja\nC/ Ancha, 7 - 24003 León\nTel. 987 25 11 40",
)
persona(
    "santi",
    split="dev",
    name="Santiago Méndez",
    addr="santi.mendez@estudiomendez.com.ar",
    first="Santiago",
    qs="gmail",
    mid="gmail",
)
persona(
    "mirador",
    split="dev",
    name="Administración Hotel Mirador del Sur",
    addr="admon@hotelmiradorsur.es",
    first="",
    qs="outlookd",
    mid="exchange",
    fmt="alt",
    cs="windows-1252",
    sig="Francisco Ramos\nJefe de Administración\nHotel Mirador del Sur ****\n"
    "Paseo Marítimo, 55 · 29630 Benalmádena (Málaga)",
)
persona(
    "kike", split="dev", name="Kike Torres", addr="kike@shantiyoga.es", first="Kike", qs="gmail", mid="gmail"
)

# --------------------------------------------------------------------------
# Builders
# --------------------------------------------------------------------------
RE_PREFIX = re.compile(r"^\s*((re|rv|fw|fwd|aw|r)\s*:\s*)+", re.I)


def parse_when(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


def long_date(d):
    return f"{DOW[d.weekday()]}, {d.day} de {MON[d.month - 1]} de {d.year} {d.hour}:{d.minute:02d}"


def quote_header(style, d, fl, to, subj):
    """Attribution / header block for the quoted original (plain text)."""
    fn, fa = fl
    tn, ta = to
    if style in ("gmail", "gmailw"):
        s = f"El {DOW3[d.weekday()]}, {d.day} {MON3[d.month - 1]} {d.year} a las {d.hour}:{d.minute:02d}, {fn} (<{fa}>) escribió:"
        if style == "gmailw":
            s = textwrap.fill(s, 72, break_long_words=False, break_on_hyphens=False)
        return s, True
    if style in ("iphone", "applemail"):
        return (
            f"El {d.day} {MON3[d.month - 1]} {d.year}, a las {d.hour}:{d.minute:02d}, {fn} <{fa}> escribió:",
            True,
        )
    if style == "yahoo":
        return (
            f"El {DOW[d.weekday()]}, {d.day} de {MON[d.month - 1]} de {d.year}, "
            f"{d.hour:02d}:{d.minute:02d}:00 CET, {fn} <{fa}> escribió:"
        ), False
    if style == "tbird":
        return f"El {d.day}/{d.month}/{d.year % 100} a las {d.hour}:{d.minute:02d}, {fn} escribió:", True
    if style == "outlook":
        return (
            "________________________________\n"
            f"De: {fn} <{fa}>\nEnviado: {long_date(d)}\nPara: {tn} <{ta}>\nAsunto: {subj}"
        ), False
    if style == "outlookd":
        return (f"De: {fn} <{fa}> \nEnviado el: {long_date(d)}\nPara: {ta}\nAsunto: {subj}"), False
    if style == "orig":
        return (
            "-----Mensaje original-----\n"
            f"De: {fn} [mailto:{fa}] \nEnviado el: {long_date(d)}\nPara: '{tn}' <{ta}>\nAsunto: {subj}"
        ), False
    if style == "android":
        return (
            "-------- Mensaje original --------\n"
            f"De: {fn} <{fa}> \nFecha: {d.day}/{d.month}/{d.year % 100}  {d.hour}:{d.minute:02d}  (GMT+01:00) \n"
            f"Para: {ta} \nAsunto: {subj} "
        ), False
    if style == "outlookm":
        h12 = d.hour % 12 or 12
        ap = "a. m." if d.hour < 12 else "p. m."
        return (
            "________________________________\n"
            f"De: {fn} <{fa}>\nEnviado: {DOW[d.weekday()]}, {MON[d.month - 1]} {d.day}, {d.year} "
            f"{h12}:{d.minute:02d}:00 {ap}\nPara: {tn} <{ta}>\nAsunto: {subj}"
        ), False
    raise ValueError(style)


def gt(s):
    return "\n".join(("> " + ln) if ln else ">" for ln in s.split("\n"))


def text_html(s):
    out = []
    for para in s.split("\n\n"):
        out.append(
            "<div>" + "<br>\n".join(htmlmod.escape(ln, quote=False) for ln in para.split("\n")) + "</div>"
        )
    return "\n<div><br></div>\n".join(out)


def html_quote(style, d, fl, to, subj, body):
    fn, fa = fl
    tn, ta = to
    hb = text_html(body)
    if style in ("gmail", "gmailw"):
        attr = f'El {DOW3[d.weekday()]}, {d.day} {MON3[d.month - 1]} {d.year} a las {d.hour}:{d.minute:02d}, {htmlmod.escape(fn)} (&lt;<a href="mailto:{fa}">{fa}</a>&gt;) escribió:<br>'
        return (
            '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + attr + "</div>"
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + hb
            + "</blockquote></div>"
        )
    if style in ("iphone", "applemail"):
        return (
            f'<div dir="ltr"><br><blockquote type="cite">El {d.day} {MON3[d.month - 1]} {d.year}, a las {d.hour}:{d.minute:02d}, '
            f"{htmlmod.escape(fn)} &lt;{fa}&gt; escribió:<br><br></blockquote></div>"
            f'<blockquote type="cite"><div dir="ltr">{hb}</div></blockquote>'
        )
    if style == "yahoo":
        hdr, _ = quote_header(style, d, fl, to, subj)
        return (
            f'<div class="yahoo_quoted" id="yahoo_quoted_{d:%H%M}"><div style="font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#26282a">'
            f"<div>{htmlmod.escape(hdr)}</div><div><br></div><div><br></div>"
            f'<div><div dir="ltr">{hb}</div></div></div></div>'
        )
    if style == "tbird":
        return (
            f'<div class="moz-cite-prefix">El {d.day}/{d.month}/{d.year % 100} a las {d.hour}:{d.minute:02d}, {htmlmod.escape(fn)} escribió:<br></div>'
            f'<blockquote type="cite">{hb}</blockquote>'
        )
    hdr, _ = quote_header(style, d, fl, to, subj)
    lines = [ln for ln in hdr.split("\n") if not ln.startswith("____")]
    pre = ""
    if lines[0].startswith("-----") or lines[0].startswith("--------"):
        pre = f"<p>{lines.pop(0)}</p>"
    rows = []
    for ln in lines:
        k, _, v = ln.partition(":")
        rows.append(f"<b>{htmlmod.escape(k)}:</b>{htmlmod.escape(v)}")
    return (
        '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
        + pre
        + '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        + "<br>".join(rows)
        + "</font><div>&nbsp;</div></div><div>"
        + hb
        + "</div>"
    )


LATIN1_FIX = {"€": "EUR", "–": "-", "·": "-", "’": "'", "“": '"', "”": '"', "…": "..."}


def fix_latin1(s):
    for a, b in LATIN1_FIX.items():
        s = s.replace(a, b)
    return s


def make_msgid(kind, seed, dom):
    h = hashlib.sha1(seed.encode()).hexdigest()
    if kind == "gmail":
        return f"<CA+{h[:10]}{h[20:34].upper()}-{h[34:40]}Q@mail.gmail.com>"
    if kind == "o365":
        return f"<{h[:4].upper()}PR0{h[5]}MB{h[6:10].upper()}{h[10:24].upper()}@{h[:4].upper()}PR0{h[5]}MB{h[6:10].upper()}.eurprd0{int(h[11], 16) % 9 + 1}.prod.outlook.com>"
    if kind == "hotmail":
        return f"<DB{h[:2].upper()}P192MB{h[2:6].upper()}{h[6:18].upper()}@DB{h[:2].upper()}P192MB{h[2:6].upper()}.EURP192.PROD.OUTLOOK.COM>"
    if kind == "apple":
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@{dom}>"
    if kind == "exchange":
        return f"<00{h[:4]}01d{h[4:7]}${h[7:15]}${h[15:23]}@{dom}>"
    if kind == "samsung":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}.{h[16:24]}@email.android.com>"
    return f"<{h[:16]}.{h[16:24]}@{dom}>"


FAKE = {
    "pdf": lambda name: (
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog>>endobj\n% "
        + name.encode("utf-8")
        + b"\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    ),
    "jpg": lambda name: b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9",
    "png": lambda name: (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\x00IEND\xaeB`\x82"
    ),
}


def charset_obj(cs, cte):
    c = Charset(cs)
    c.body_encoding = {"quoted-printable": QP, "base64": BASE64}[cte]
    c.header_encoding = QP if cs != "utf-8" else BASE64 if cte == "base64" else QP
    return c


def build(idx, m):
    p = P[m["p"]]
    fl = m.get("to", p["fl"])
    cs = m.get("cs", p["cs"])
    cte = m.get("cte", p["cte"])
    fmt = m.get("fmt", p["fmt"])
    d = parse_when(m["date"])
    subj = m["subj"]
    text = m["text"].strip("\n")
    sig = p["sig"] if m.get("sig", bool(p["sig"])) else ""
    disc = p["disc"] if m.get("disc", bool(p["disc"])) else ""
    dpos = p["disc_pos"]

    qplain = qhtml = ""
    q = m.get("q")
    if q:
        style, qwhen, tpl, inv = q[:4]
        nombre = q[4] if len(q) > 4 else p["first"]
        qd = parse_when(qwhen)
        assert qd < d, (idx, "quote after reply")
        tsub, tbody = TPL[tpl]
        imp, venc = INV[inv]
        if nombre == "buenos días":
            nombre = ""
        tbody = tbody.format(n=nombre, f=inv, i=imp, v=venc)
        if not nombre:
            tbody = (
                tbody.replace("Hola, :", "Buenos días:")
                .replace("Buenos días, :", "Buenos días:")
                .replace("Buongiorno ,", "Buongiorno,")
            )
        if style in ("gmail", "gmailw", "tbird"):
            tbody = "\n".join(
                textwrap.fill(ln, 74, break_long_words=False, break_on_hyphens=False) if ln else ""
                for ln in tbody.split("\n")
            )
        osubj = m.get("osubj", tsub.format(f=inv))
        if cs == "iso-8859-1":
            tbody, osubj_q = fix_latin1(tbody), fix_latin1(osubj)
        else:
            osubj_q = osubj
        hdr, prefixed = quote_header(style, qd, fl, (p["name"], p["addr"]), osubj_q)
        if prefixed:
            if style in ("iphone", "applemail"):
                qplain = gt(hdr + "\n\n" + tbody)
            else:
                qplain = hdr + "\n\n" + gt(tbody)
        else:
            qplain = hdr + "\n\n" + tbody
        qhtml = html_quote(style, qd, fl, (p["name"], p["addr"]), osubj_q, tbody)

    # ---- plain text body
    own = text
    if sig:
        own += "\n\n" + sig
    if disc and dpos == "after_sig":
        own += "\n\n" + disc
    if m.get("bottom") and qplain:
        plain = qplain + "\n\n" + own
    elif qplain:
        plain = own + "\n\n" + qplain
    else:
        plain = own
    if disc and dpos == "bottom":
        plain += "\n\n" + disc
    plain += "\n"

    # ---- html body
    hown = m.get("html") or ('<div dir="ltr">' + text_html(text) + "</div>")
    if sig:
        hown += "<br>" + (
            p.get("sig_html") or ('<div style="color:#555;font-size:10pt">' + text_html(sig) + "</div>")
        )
    if disc and dpos == "after_sig":
        hown += '<p style="font-size:7.5pt;color:#999999">' + htmlmod.escape(disc) + "</p>"
    hbody = (qhtml + hown) if (m.get("bottom") and qhtml) else (hown + qhtml)
    if disc and dpos == "bottom":
        hbody += '<p style="font-size:7.5pt;color:#999999">' + htmlmod.escape(disc) + "</p>"
    hdoc = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=' + cs + '">'
        "</head><body>" + hbody + "</body></html>\n"
    )

    c = charset_obj(cs, cte)
    if fmt == "plain":
        body = MIMEText(plain, "plain", c)
    elif fmt == "html":
        body = MIMEText(hdoc, "html", c)
    else:
        body = MIMEMultipart("alternative")
        body.attach(MIMEText(plain, "plain", c))
        body.attach(MIMEText(hdoc, "html", c))

    atts = m.get("att", [])
    if atts:
        msg = MIMEMultipart("mixed")
        msg.attach(body)
        for name in atts:
            ext = name.rsplit(".", 1)[-1].lower()
            data = FAKE[ext if ext != "jpeg" else "jpg"](name)
            if ext == "pdf":
                part = MIMEApplication(data, "pdf")
            else:
                part = MIMEImage(data, "jpeg" if ext in ("jpg", "jpeg") else "png")
            part.add_header(
                "Content-Disposition", "attachment", filename=name if name.isascii() else ("utf-8", "", name)
            )
            if not name.isascii():
                part.set_param("name", ("utf-8", "", name))
            else:
                part.set_param("name", name)
            msg.attach(part)
    else:
        msg = body
    seed = hashlib.sha1(f"b{idx}".encode()).hexdigest()
    for n, part in enumerate(msg.walk()):
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            h = hashlib.sha1(f"{seed}{n}".encode()).hexdigest()
            mk = p["mid"]
            if mk == "gmail":
                b = "0000000000" + h[:18]
            elif mk in ("o365", "hotmail"):
                b = f"_{n:03d}_{h[:4].upper()}PR0{h[5]}MB{h[6:10].upper()}{h[10:20].upper()}_"
            elif mk == "exchange":
                b = f"----=_NextPart_00{n}_00{h[:2].upper()}_01DB{h[2:6].upper()}.{h[6:14].upper()}"
            elif mk == "apple":
                b = f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
            elif mk == "samsung":
                b = f"--_com.samsung.android.email_{int(h[:12], 16)}"
            else:
                b = f"------------{h[:24].upper()}"
            part.set_boundary(b)

    hcs = "utf-8" if cs == "utf-8" else cs
    try:
        (subj + p["name"] + fl[0]).encode(hcs)
    except UnicodeEncodeError:
        hcs = "utf-8"
    dom = p["addr"].split("@")[1]
    # headers (order roughly as clients write them)
    hdrs = [
        ("Return-Path", f"<{p['addr']}>"),
        ("From", formataddr((p["name"], p["addr"]), charset=hcs)),
        ("To", formataddr(fl, charset=hcs)),
    ]
    if m.get("cc"):
        hdrs.append(("Cc", ", ".join(formataddr(a, charset=hcs) for a in getaddresses([m["cc"]]))))
    subj_h = subj if subj.isascii() else Header(subj, hcs).encode()
    hdrs += [
        ("Subject", subj_h),
        (
            "Date",
            format_datetime(
                d.replace(second=int(hashlib.md5(m["date"].encode()).hexdigest(), 16) % 60, tzinfo=TZ)
            ),
        ),
        ("Message-ID", make_msgid(p["mid"], f"es-{idx}-{m['date']}", dom)),
    ]
    irt = m.get("irt")
    if irt:
        fdom = fl[1].split("@")[1]
        rid = f"<{irt}@{fdom}>"
        refs = [f"<{r}@{fdom}>" for r in m.get("refs", [])] + [rid]
        hdrs += [("In-Reply-To", rid), ("References", " ".join(refs))]
    for k, v in p["hdrs"].items():
        hdrs.append((k, v))
    hdrs.append(("MIME-Version", "1.0"))
    for k, v in reversed(hdrs):
        if k == "MIME-Version" and "MIME-Version" in msg:
            continue
        msg._headers.insert(0, (k, v))
    # keep MIME-Version after the envelope headers
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg)
    return buf.getvalue()


# --------------------------------------------------------------------------
# Messages
# --------------------------------------------------------------------------
MESSAGES = []

# ---- batch 1 -------------------------------------------------------------
MESSAGES += [
    dict(
        p="marta",
        kind="client-reply-paid",
        date="2026-11-18 09:42",
        subj="RE: Recordatorio de pago – factura 2026/7",
        irt="reminder-0107",
        refs=["invoice-0007"],
        q=("outlookd", "2026-11-17 18:05", "RJ1", "2026/7"),
        att=["Justificante transferencia 2026-7.pdf"],
        text="""Buenos días, Javier:

Te confirmo que esta mañana hemos ordenado la transferencia de la factura 2026/7 por importe de 1.210,00 €. Debería llegarte en 24-48 horas.

Disculpa el retraso, hemos cambiado de programa de contabilidad y se nos quedaron varias facturas atrás.

Un saludo,""",
        lab=dict(
            amount="1210.00", reference="2026/7", note="transfer ordered this morning, justificante attached"
        ),
    ),
    dict(
        p="pepe",
        kind="client-reply-promise",
        date="2026-11-24 20:13",
        subj="Re: Recordatorio de pago – factura 2026/12",
        irt="reminder-0121",
        q=("gmail", "2026-11-23 9:00", "RJ1", "2026/12", "José Luis"),
        text="""hola javier perdona q se me paso, el viernes te lo ingreso sin falta

pepe""",
        lab=dict(
            promised_date="2026-11-27",
            note="'el viernes' said on Tue 24 Nov -> Fri 27 Nov; no accents, lowercase",
        ),
    ),
    dict(
        p="carmen",
        kind="client-reply-paid",
        date="2026-12-03 11:20",
        subj="Re: Recordatorio de pago – factura 2026/18",
        irt="reminder-0133",
        q=("gmail", "2026-12-02 9:30", "RJ1", "2026/18"),
        sig=False,
        text="""¡Hola Javi!

Transferencia realizada 👍 Perdona, pensaba que ya te la había pagado, se me juntó con la de la imprenta.

¡Un abrazo y gracias por la paciencia!
Carmen""",
        lab=dict(note="short paid claim with emoji"),
    ),
    dict(
        p="lucia",
        kind="client-reply-dispute",
        date="2026-12-02 10:05",
        subj="RE: Recordatorio de pago – factura 2026/15",
        irt="reminder-0131",
        q=("orig", "2026-12-01 9:00", "RJ2", "2026/15", "Lucía"),
        text="""Buenos días, Sr. Martín:

Le escribo en nombre de nuestro cliente AUTOESCUELA MIRALBUENO, S.L., cuya contabilidad gestionamos.

Nos indica el cliente que el importe de la factura 2026/15 no es correcto. Según el presupuesto que aceptaron en septiembre, el mantenimiento anual de la web era de 800 € + IVA, y en la factura figura una base imponible de 1.000 €. Hasta que no se aclare esta diferencia no podemos proceder al pago.

Le rogamos que revise la factura y, en su caso, emita la correspondiente factura rectificativa.

Atentamente,""",
        lab=dict(
            reference="2026/15",
            note="gestoría on behalf of client; base in invoice 1000 vs quoted 800 (+IVA) -> wrong amount, no total stated",
        ),
    ),
    dict(
        p="alameda",
        kind="client-reply-other",
        date="2026-12-09 13:47",
        subj="RE: Recordatorio de pago – factura 2026/21",
        irt="reminder-0152",
        q=("outlook", "2026-12-09 9:00", "RJ2", "2026/21", "buenos días"),
        text="""Buenas tardes:

Hemos recibido su recordatorio. Para poder tramitar el pago necesitamos que la factura incluya el número de pedido (PO) que le facilitó nuestro Departamento de Compras; sin él, nuestro sistema no nos permite contabilizarla.

¿Podría reenviárnosla indicando el número de pedido? En cuanto la recibamos la incluiremos en la siguiente remesa.

Un saludo,""",
        lab=dict(
            note="HTML-only; asks for the invoice to be resent with PO number, no objection to amount or work; 'siguiente remesa' is conditional and undated"
        ),
    ),
    dict(
        p="inaki",
        kind="client-reply-promise",
        date="2026-12-14 08:31",
        subj="Re: Recordatorio de pago – factura 2026/24",
        irt="reminder-0160",
        q=("iphone", "2026-12-14 8:05", "RJ1", "2026/24"),
        text="""Buenas Javier, lo tengo en la lista, el miércoles sale el pago.
Saludos

Enviado desde mi iPhone""",
        lab=dict(promised_date="2026-12-16", note="'el miércoles' said on Mon 14 Dec -> Wed 16 Dec"),
    ),
    dict(
        p="rocio",
        kind="client-reply-other",
        date="2026-12-15 22:10",
        subj="RE: Recordatorio de pago – factura 2026/26",
        irt="reminder-0163",
        q=("outlook", "2026-12-15 10:00", "RJ1", "2026/26"),
        text="""Hola Javier,

perdona la pregunta, pero ¿me puedes decir otra vez el número de cuenta? No encuentro el correo con la factura y el banco me pide el IBAN completo para hacer la transferencia.

Gracias y perdona las molestias.
Rocío""",
        lab=dict(note="asks for the IBAN; intends to pay but gives no date and no payment claim"),
    ),
    dict(
        p="andres",
        kind="client-reply-promise",
        date="2026-12-17 17:40",
        subj="RE: Recordatorio de pago – factura 2026/27",
        irt="reminder-0171",
        q=("gmailw", "2026-12-16 9:00", "RJ2", "2026/27"),
        text="""Estimado Javier, buen día.

Le comento que su pago ya se encuentra programado para el próximo martes 22 de diciembre. Por tratarse de una transferencia internacional puede tardar un par de días en verse reflejada en su cuenta.

Quedo atento a cualquier cosa.

Saludos cordiales,""",
        lab=dict(
            promised_date="2026-12-22",
            note="Mexican client; explicit 'martes 22 de diciembre'; gmail attribution wrapped",
        ),
    ),
    dict(
        p="nuria",
        kind="client-reply-paid",
        date="2027-01-08 12:15",
        subj="RE: Recordatorio de pago – factura 2026/30",
        irt="reminder-0205",
        q=("outlookd", "2027-01-08 9:00", "RJ1", "2026/30"),
        att=["Justificant transferència.pdf"],
        text="""Bon dia Javier,

La factura 2026/30 se pagó ayer por transferencia, en la remesa de proveedores del día 7. Te adjunto el justificante del banco.

Salutacions,""",
        lab=dict(reference="2026/30", note="windows-1252 QP; Catalan greeting/closing; paid yesterday"),
    ),
    dict(
        p="alvaro",
        kind="client-reply-paid",
        date="2026-12-22 19:02",
        subj="Re: Recordatorio de pago – factura 2026/32",
        irt="reminder-0178",
        q=("iphone", "2026-12-22 9:00", "RJ1", "2026/32"),
        text="""Done ✅ pagado hoy. Sorry por el delay!

Sent from my iPhone""",
        lab=dict(note="one-liner with anglicisms, English iPhone footer"),
    ),
    dict(
        p="maricarmen",
        kind="client-reply-promise",
        date="2027-01-04 10:30",
        subj="Re: Recordatorio de pago - factura 2026/35",
        irt="reminder-0201",
        q=("tbird", "2027-01-04 9:00", "RJ1", "2026/35"),
        bottom=True,
        text="""BUENOS DIAS JAVIER

PERDONA PERO CON LAS FIESTAS NO HE PODIDO IR AL BANCO. EL JUEVES SIN FALTA TE HAGO EL INGRESO.

FELIZ AÑO

MARI CARMEN
ACADEMIA SOL""",
        lab=dict(
            promised_date="2027-01-07",
            note="all caps, iso-8859-1; 'el jueves' said on Mon 4 Jan -> Thu 7 Jan",
        ),
    ),
    dict(
        p="ayto",
        kind="client-reply-other",
        date="2027-01-20 09:12",
        subj="RE: Recordatorio de pago - factura 2026/38",
        irt="reminder-0219",
        q=("orig", "2027-01-19 9:00", "RJ2", "2026/38", "buenos días"),
        text="""Sr. Martín:

En relación con su correo, le informamos de que este Ayuntamiento únicamente puede tramitar facturas electrónicas presentadas a través del Punto General de Entrada de Facturas Electrónicas (FACe), de conformidad con la Ley 25/2013, de 27 de diciembre.

La factura 2026/38 remitida por correo electrónico no consta registrada en FACe, por lo que no ha podido iniciarse su tramitación. Le rogamos que la presente en https://face.gob.es con los siguientes códigos DIR3:

Oficina contable: L01451870
Órgano gestor: L01451870
Unidad tramitadora: L01451870

Una vez registrada, se tramitará conforme al procedimiento habitual.

Atentamente,""",
        lab=dict(
            reference="2026/38", note="public body: invoice must be filed via FACe; procedural, not a dispute"
        ),
    ),
    dict(
        p="sofia",
        kind="client-reply-promise",
        date="2026-11-26 16:20",
        subj="Re: Recordatorio: factura 118/2026 pendiente",
        irt="reminder-0311",
        q=("applemail", "2026-11-26 9:00", "RA1", "118/2026"),
        text="""Hola Alessandra,

¡qué apuro! Se me había pasado por completo. Mañana a primera hora se la paso a nuestro gestor para que la pague, que es él quien lleva los pagos de la bodega.

Un abrazo y perdona,""",
        lab=dict(
            note="promise without a payment date: 'mañana' is when she forwards it to the gestor, not the payment date"
        ),
    ),
    dict(
        p="montes",
        kind="client-reply-dispute",
        date="2027-01-25 11:03",
        subj="RE: Recordatorio de pago – factura 2026/40",
        irt="reminder-0224",
        q=("outlook", "2027-01-25 9:00", "RJ2", "2026/40", "buenos días"),
        text="""Buenos días:

Hemos revisado la factura 2026/40 y no se corresponde con nuestro pedido n.º 4500021877. En el pedido se aprobaron 10 horas de soporte y la factura incluye 14 horas.

No podemos tramitar el pago hasta recibir una factura rectificativa ajustada a las 10 horas pedidas.

Un saludo,""",
        lab=dict(
            reference="2026/40", note="hours invoiced exceed purchase order -> asks for factura rectificativa"
        ),
    ),
    dict(
        p="beatriz",
        kind="client-reply-paid",
        date="2026-11-20 09:15",
        subj="RE: Recordatorio de pago – factura 2026/9",
        irt="reminder-0115",
        q=("outlook", "2026-11-19 9:00", "RJ1", "2026/9"),
        att=["justificante.pdf"],
        text="""Buenos días Javier,

La factura se pagó el martes junto con el resto de proveedores. Te adjunto el justificante de la transferencia para que lo puedas comprobar.

Un saludo,""",
        lab=dict(note="paid on Tuesday with the supplier batch; clinic disclaimer mentions 'rectificación'"),
    ),
    dict(
        p="toni",
        kind="client-reply-paid",
        date="2026-11-26 21:48",
        subj="Re: Recordatorio de pago – factura 2026/11",
        irt="reminder-0124",
        q=("android", "2026-11-25 9:00", "RJ1", "2026/11"),
        text="""Ola Javi, te e echo un bizum ahora mismo de 181,50. Mira a ver si te a llegado.
Un saludo

Enviado desde mi Galaxy""",
        lab=dict(
            amount="181.50",
            note="Bizum; heavy spelling mistakes (e echo, a llegado); asks if it arrived but claim is paid",
        ),
    ),
    dict(
        p="pilar",
        kind="client-reply-promise",
        date="2026-12-01 12:40",
        subj="RE: Recordatorio de pago – factura 2026/14",
        irt="reminder-0129",
        q=("orig", "2026-12-01 9:00", "RJ2", "2026/14", "Pilar"),
        text="""Buenos días, Javier:

Le escribo de parte de PANADERÍA HERMANOS LARA, S.L., cuya contabilidad llevamos en esta asesoría.

La factura 2026/14 está incluida en la remesa de pagos del próximo día 10, por lo que recibirá el importe ese mismo día o, como mucho, el siguiente día hábil.

Atentamente,""",
        lab=dict(
            promised_date="2026-12-10",
            reference="2026/14",
            note="gestoría; 'remesa del próximo día 10' in a 1 Dec message -> 10 Dec",
        ),
    ),
    dict(
        p="elena",
        kind="client-reply-dispute",
        date="2026-12-04 10:22",
        subj="Re: Recordatorio de pago – factura 2026/16",
        irt="reminder-0140",
        q=("gmail", "2026-12-03 9:00", "RJ1", "2026/16"),
        text="""Hola Javier, ¿qué tal?

Oye, revisando la factura 2026/16 veo que nos has cobrado las dos rondas de cambios extra, pero habíamos quedado en que la segunda corría de tu cuenta porque fue por un fallo del primer diseño 😅

¿Nos puedes hacer un abono por esa parte (eran 500 € + IVA)? En cuanto nos llegue la rectificativa te pagamos el resto sin problema.

Un beso""",
        lab=dict(
            amount="500.00",
            reference="2026/16",
            note="asks for an abono on one line item (500 € + IVA = amount stated, the disputed part); payment of the rest conditional and undated",
        ),
    ),
    dict(
        p="galvez",
        kind="client-reply-other",
        date="2026-12-10 10:00",
        subj="RE: Recordatorio de pago – factura 2026/19",
        irt="reminder-0155",
        q=("outlook", "2026-12-09 9:00", "RJ2", "2026/19", "buenos días"),
        text="""Buenos días:

Le informamos de que hemos recibido su correo y lo hemos trasladado al departamento de contabilidad para su revisión. En breve se pondrán en contacto con usted.

Un saludo,""",
        lab=dict(note="HTML-only; 'lo pasamos a contabilidad', no payment claim or date"),
    ),
    dict(
        p="jorge",
        kind="client-reply-promise",
        date="2026-12-07 23:14",
        subj="Re: Recordatorio de pago – factura 2026/20",
        irt="reminder-0148",
        q=("iphone", "2026-12-07 9:00", "RJ1", "2026/20"),
        text="""Hola Javier! Perdona, estoy de viaje por trabajo y hasta el jueves no vuelvo. En cuanto llegue te hago la transferencia, el jueves o el viernes como mucho.

Saludos

Enviado desde mi iPhone""",
        lab=dict(
            promised_date="2026-12-11",
            note="hard: 'el jueves o el viernes como mucho' (Mon 7 Dec) -> latest committed day Fri 11 Dec",
        ),
    ),
    dict(
        p="valentina",
        kind="client-reply-other",
        date="2026-12-11 15:30",
        subj="Re: Recordatorio de pago – factura 2026/23",
        irt="reminder-0157",
        q=("gmail", "2026-12-10 9:00", "RJ1", "2026/23"),
        text="""Hola Javier, ¿cómo estás?

Te cuento que para pagarte desde Chile necesito el código SWIFT/BIC de tu banco y la dirección de la sucursal, porque la plataforma del banco me los pide sí o sí. ¿Me los puedes mandar?

Cariños,
Vale""",
        lab=dict(note="Chilean client asks for SWIFT/BIC; no payment claim, no date"),
    ),
    dict(
        p="xavier",
        kind="client-reply-paid",
        date="2026-12-15 08:55",
        subj="RE: Recordatorio de pago – factura 2026/25",
        irt="reminder-0161",
        q=("outlookd", "2026-12-14 9:00", "RJ1", "2026/25"),
        att=["Transferencia_Soler_2026-25.pdf"],
        text="""Javier,

Adjunto justificante de pago de la factura 2026/25.
Importe: 2.904,00 €
Fecha valor: 14/12/2026

Saludos,""",
        lab=dict(
            amount="2904.00",
            reference="2026/25",
            note="terse, windows-1252; sender is Xavier (not the freelancer Javier)",
        ),
    ),
    dict(
        p="teresa",
        kind="client-reply-promise",
        date="2026-12-21 13:10",
        subj="RE: Recordatorio de pago – factura 2026/28",
        irt="reminder-0176",
        q=("outlook", "2026-12-21 9:00", "RJ2", "2026/28", "Teresa"),
        text="""Estimado Javier:

Le agradezco el recordatorio. El pago de su factura fue aprobado por el Patronato en la reunión del pasado jueves y Tesorería lo hará efectivo antes del 31 de diciembre.

Reciba un cordial saludo,""",
        lab=dict(promised_date="2026-12-31", note="foundation; 'antes del 31 de diciembre' -> 31 Dec"),
    ),
    dict(
        p="raul",
        kind="client-reply-other",
        date="2026-12-22 07:45",
        subj="Re: Recordatorio de pago – factura 2026/31",
        irt="reminder-0177",
        q=("android", "2026-12-21 9:00", "RJ1", "2026/31"),
        text="""MANDAME LA FACTURA OTRA VEZ QUE NO LA ENCUENTRO""",
        lab=dict(note="caps one-liner asking to resend the PDF"),
    ),
    dict(
        p="solana",
        kind="client-reply-dispute",
        date="2027-01-12 16:02",
        subj="RE: Recordatorio de pago – factura 2026/34",
        irt="reminder-0211",
        q=("outlook", "2027-01-12 9:00", "RJ2", "2026/34", "buenos días"),
        text="""Estimado proveedor:

En relación con su recordatorio, le informamos de que la factura 2026/34 recoge los mismos conceptos (maquetación del catálogo de primavera) que ya nos facturó en la factura 2026/13, abonada el pasado 3 de noviembre.

Entendemos que se trata de un duplicado, por lo que le rogamos que la anule mediante la correspondiente factura rectificativa.

Atentamente,""",
        lab=dict(
            reference="2026/34",
            note="'ya nos la facturaste': duplicate of 2026/13 (named as already paid); reference is the disputed invoice",
        ),
    ),
    dict(
        p="ines",
        kind="client-reply-dispute",
        date="2027-01-18 18:30",
        subj="RE: Recordatorio de pago – factura 2026/39",
        irt="reminder-0216",
        q=("outlookd", "2027-01-18 9:00", "RJ1", "2026/39"),
        text="""Javier:

No estamos conformes con la factura. La web no está terminada: el formulario de contacto sigue sin enviar los correos y falta la versión en inglés, y ambas cosas estaban incluidas en el presupuesto aceptado.

Hasta que no se entregue el trabajo completo no vamos a abonar la factura. Quedo a la espera de que me indiques cuándo estará resuelto.

Un saludo,""",
        lab=dict(note="work not finished -> refuses to pay until delivered"),
    ),
    dict(
        p="marcos",
        kind="client-reply-paid",
        date="2026-11-30 10:11",
        subj="Re: Recordatorio: factura 121/2026 pendiente",
        irt="reminder-0318",
        q=("gmail", "2026-11-30 9:00", "RA1", "121/2026"),
        text="""Hola Alessandra!

Ya está pagada, te hice la transferencia el viernes. A veces las internacionales tardan un poco, dime si no te llega esta semana y lo miro con el banco.

Gracias por todo!
Marcos""",
        lab=dict(note="freelancer Alessandra Rossi; paid last Friday"),
    ),
    dict(
        p="paula",
        kind="client-reply-promise",
        date="2027-01-26 17:20",
        subj="Re: Recordatorio de pago – factura 2026/42",
        irt="reminder-0226",
        q=("tbird", "2027-01-26 9:00", "RJ1", "2026/42"),
        bottom=True,
        text="""Hola Javier:

No podemos pagarla antes del día 5, que es cuando cobramos de la distribuidora. El 5 de febrero te la pago sin falta.

Un saludo,
Paula""",
        lab=dict(
            promised_date="2027-02-05",
            note="'no podemos antes del día 5' + explicit 5 de febrero; iso-8859-1",
        ),
    ),
    dict(
        p="santi",
        kind="client-reply-promise",
        date="2027-02-01 14:05",
        subj="Re: Recordatorio de pago – factura 2026/44",
        irt="reminder-0230",
        q=("gmail", "2027-02-01 9:00", "RJ1", "2026/44"),
        bottom=True,
        text="""Hola Javier, ¿cómo andás?

Mirá, esta semana estoy complicado con los pagos al exterior, pero el lunes que viene te la giro sí o sí.

Abrazo,
Santi""",
        lab=dict(
            promised_date="2027-02-08",
            note="Argentine voseo; 'el lunes que viene' said on Mon 1 Feb -> Mon 8 Feb",
        ),
    ),
    dict(
        p="kike",
        kind="client-reply-other",
        date="2027-02-08 18:00",
        subj="Re: Factura 2027/1",
        irt="invoice-0101",
        q=("gmail", "2027-02-08 12:00", "RJI", "2027/1"),
        text="""¡Muchas gracias, Javier! Recibida 🙏

Namasté,
Kike""",
        lab=dict(note="reply to the invoice e-mail itself: thanks/acknowledgement only"),
    ),
]

# ---- batch 2 -------------------------------------------------------------
INV["2026/41"] = ("121,00 €", "20 de enero")

MESSAGES += [
    dict(
        p="amparo",
        kind="client-reply-paid",
        date="2027-01-27 19:40",
        subj="Re: Recordatorio de pago – factura 2026/43",
        irt="reminder-0227",
        q=("iphone", "2027-01-27 9:00", "RJ1", "2026/43"),
        text="""Hola Javier, hijo, ya te he hecho el ingreso esta tarde en el banco, en ventanilla. Me han dicho que tarda un día o dos.

Ya me dirás si te ha llegado, que yo con estas cosas del banco me lío.

Un beso,
Amparo

Enviado desde mi iPad""",
        lab=dict(note="paid at the bank counter; '¿te ha llegado?' does not change the paid claim"),
    ),
    dict(
        p="luis",
        kind="client-reply-promise",
        date="2026-12-14 12:02",
        subj="RE: Recordatorio: factura 124/2026 pendiente",
        irt="reminder-0322",
        q=("outlook", "2026-12-14 9:00", "RA1", "124/2026"),
        text="""Hola Alessandra,

Disculpa el retraso. Estamos cerrando el año y vamos algo justos de tesorería. Te la pagamos a final de mes sin falta.

Un saludo,""",
        lab=dict(
            promised_date="2026-12-31", note="freelancer Alessandra; 'a final de mes' in December -> 31 Dec"
        ),
    ),
    dict(
        p="marta",
        kind="client-reply-promise",
        date="2027-01-13 10:25",
        subj="RE: Recordatorio de pago – factura 2026/29",
        irt="reminder-0212",
        q=("outlookd", "2027-01-13 9:00", "RJ1", "2026/29"),
        text="""Hola Javier:

La 2026/29 la tenemos aprobada, pero los pagos a proveedores los hacemos los días 15 y 30. Irá en el pago del viernes 15.

Un saludo,""",
        lab=dict(
            promised_date="2027-01-15",
            reference="2026/29",
            note="'el pago del viernes 15' (Wed 13 Jan) -> 15 Jan; 'la 2026/29' without the word factura",
        ),
    ),
    dict(
        p="pepe",
        kind="client-reply-promise",
        date="2026-12-02 08:10",
        subj="Re: Segundo recordatorio – factura 2026/12",
        irt="reminder-0135",
        refs=["reminder-0121"],
        q=("gmail", "2026-12-01 9:00", "RJ3", "2026/12", "José Luis"),
        text="""buenas, no te e pagado todavia xq no me han pagado a mi la obra de la calle san vicente. en cuanto me paguen te pago, no te preocupes q no me olvido""",
        lab=dict(note="hard: 'no te he pagado todavía' + 'en cuanto me paguen' -> promise without date"),
    ),
    dict(
        p="carmen",
        kind="client-reply-dispute",
        date="2027-02-16 09:50",
        subj="Re: Recordatorio de pago – factura 2027/3",
        irt="reminder-0238",
        q=("gmail", "2027-02-15 9:00", "RJ1", "2027/3"),
        sig=False,
        text="""Hola Javi!

Oye, esta factura creo que es un error: el cambio de la home de enero entraba en la cuota de mantenimiento que ya te pagamos en diciembre, ¿no? Yo no tengo ningún presupuesto aparte aprobado por esto 🤔

Revísalo y me dices, porfa.
Besos""",
        lab=dict(note="charge should be covered by maintenance fee already paid; no separate quote approved"),
    ),
    dict(
        p="lucia",
        kind="client-reply-paid",
        date="2027-01-14 11:30",
        subj="RE: Recordatorio de pago – factura 2026/33",
        irt="reminder-0213",
        q=("orig", "2027-01-13 9:00", "RJ2", "2026/33", "Lucía"),
        att=["JUSTIFICANTE TRANSF. MIRALBUENO 11-01-2027.pdf"],
        text="""Buenos días, Sr. Martín:

Le confirmamos que el pago de la factura n.º 2026/33 se efectuó el pasado 11 de enero mediante transferencia desde la cuenta de nuestro cliente, AUTOESCUELA MIRALBUENO, S.L. Adjuntamos el justificante bancario.

Le rogamos que nos confirme la recepción.

Atentamente,""",
        lab=dict(
            reference="2026/33",
            note="gestoría confirms payment on client's behalf and asks for confirmation of receipt",
        ),
    ),
    dict(
        p="alameda",
        kind="client-reply-dispute",
        date="2026-12-18 12:15",
        subj="RE: Recordatorio de pago – factura 2026/22",
        irt="reminder-0174",
        q=("outlook", "2026-12-17 9:00", "RJ2", "2026/22", "buenos días"),
        text="""Buenos días:

Tras revisar la factura 2026/22, le comunicamos que no podemos aceptarla en sus términos actuales. En el correo del 2 de octubre con nuestro director de marketing se acordó un descuento del 10 % sobre el precio de las cartas digitales, que no aparece aplicado en la factura.

Le rogamos que emita una factura rectificativa aplicando dicho descuento. Una vez recibida, se tramitará el pago con normalidad.

Un saludo,""",
        lab=dict(reference="2026/22", note="HTML-only; agreed 10 % discount missing -> rectificativa"),
    ),
    dict(
        p="inaki",
        kind="client-reply-paid",
        date="2027-02-03 07:58",
        subj="Re: Factura 2027/5",
        irt="invoice-0105",
        q=("iphone", "2027-02-02 17:30", "RJI", "2027/5"),
        text="""Pagada 👍

Enviado desde mi iPhone""",
        lab=dict(note="one word reply to the invoice e-mail: already paid"),
    ),
    dict(
        p="rocio",
        kind="client-reply-promise",
        date="2026-12-18 21:30",
        subj="RE: Segundo recordatorio – factura 2026/26",
        irt="reminder-0172",
        refs=["reminder-0163"],
        q=("outlook", "2026-12-18 9:00", "RJ3", "2026/26"),
        text="""Hola Javier,

gracias por mandarme el número de cuenta. Te hago la transferencia el lunes, que es cuando me ingresan la paga extra.

Un saludo,
Rocío""",
        lab=dict(promised_date="2026-12-21", note="'el lunes' said on Fri 18 Dec -> Mon 21 Dec"),
    ),
    dict(
        p="andres",
        kind="client-reply-other",
        date="2027-01-11 18:20",
        subj="RE: Segundo recordatorio – factura 2026/27",
        irt="reminder-0207",
        refs=["reminder-0171"],
        q=("gmailw", "2027-01-11 9:00", "RJ3", "2026/27"),
        text="""Estimado Javier:

Disculpe la demora. Nuestro despacho contable nos pide, para poder dar de alta su factura sin aplicar retención en México, su constancia de residencia fiscal en España (el certificado de residencia fiscal que emite la Agencia Tributaria).

¿Nos la podría hacer llegar a la brevedad? En cuanto la tengamos se libera el pago.

Saludos cordiales,""",
        lab=dict(note="asks for tax-residence certificate; payment conditional and undated"),
    ),
    dict(
        p="nuria",
        kind="client-reply-other",
        date="2026-12-07 10:05",
        subj="RE: Factura 2026/30",
        irt="invoice-0030",
        q=("outlookd", "2026-12-04 17:12", "RJI", "2026/30"),
        text="""Hola Javier,

¿Nos la podrías reenviar a nombre de la sociedad? La has hecho a nombre de Núria Puig i Serra y así no la podemos contabilizar.

Los datos son: PUIG ARQUITECTES, S.L.P. · NIF B65874120 · C/ Provença, 241, 2n 1a · 08008 Barcelona.

Merci!""",
        lab=dict(
            note="datos fiscales: invoice issued to the person instead of the company; no objection to amount"
        ),
    ),
    dict(
        p="alvaro",
        kind="client-reply-promise",
        date="2027-02-12 13:15",
        subj="Re: Recordatorio de pago – factura 2027/2",
        irt="reminder-0235",
        q=("iphone", "2027-02-12 9:00", "RJ1", "2027/2"),
        text="""Javi, perdona, finance está con el cierre. Lo tienes el martes que viene como muy tarde 🙏

Sent from my iPhone""",
        lab=dict(promised_date="2027-02-16", note="'el martes que viene' said on Fri 12 Feb -> Tue 16 Feb"),
    ),
    dict(
        p="maricarmen",
        kind="client-reply-dispute",
        date="2027-01-22 11:00",
        subj="Re: Recordatorio de pago - factura 2026/41",
        irt="reminder-0221",
        q=("tbird", "2027-01-22 9:00", "RJ1", "2026/41"),
        text="""JAVIER BUENOS DIAS

ME HA LLEGADO OTRA FACTURA DE 121 EUROS Y NO SE DE QUE ES. YO YA TE PAGUE LA DE LA PAGINA. SI ES LO DEL DOMINIO QUEDAMOS EN QUE ESO LO PAGABA MI SOBRINO.

LLAMAME Y LO HABLAMOS

MARI CARMEN""",
        lab=dict(
            amount="121.00",
            note="all caps; does not recognise the invoice ('no sé de qué es', agreed someone else pays)",
        ),
    ),
    dict(
        p="sofia",
        kind="client-reply-paid",
        date="2026-12-02 10:40",
        subj="Re: Recordatorio: factura 118/2026 pendiente",
        irt="reminder-0327",
        refs=["reminder-0311"],
        q=("applemail", "2026-12-02 9:00", "RA1", "118/2026"),
        text="""Hola Alessandra,

me dice el gestor que la transferencia salió el lunes 30. ¿Te ha llegado ya? Si no, dímelo y le pido el justificante.

Besos,""",
        lab=dict(note="paid (by the gestor on Mon 30 Nov) + '¿te ha llegado?' -> stays paid"),
    ),
    dict(
        p="montes",
        kind="client-reply-other",
        date="2026-12-22 08:47",
        subj="RE: Factura 2026/40",
        irt="invoice-0040",
        q=("outlook", "2026-12-21 16:40", "RJI", "2026/40", "buenos días"),
        text="""Buenos días:

Le recordamos que todas las facturas deben remitirse exclusivamente al buzón facturas@distmontes.es, indicando en el asunto el número de pedido. Este buzón (proveedores@) no registra facturas y las recibidas por otra vía no se tramitan.

Un saludo,""",
        lab=dict(note="where to send invoices (different mailbox); procedural"),
    ),
    dict(
        p="ayto",
        kind="client-reply-promise",
        date="2027-02-02 10:00",
        subj="RE: Segundo recordatorio - factura 2026/38",
        irt="reminder-0231",
        refs=["reminder-0219"],
        q=("orig", "2027-02-02 9:00", "RJ3", "2026/38", "buenos días"),
        text="""Sr. Martín:

Le comunicamos que su factura 2026/38 fue registrada en FACe el 22/01/2027 (n.º de registro REGAGE27e00001834512) y ha sido conformada por el órgano gestor.

Se prevé su pago en la próxima relación de órdenes de pago, que será aprobada por la Junta de Gobierno Local el día 11 de febrero.

Atentamente,""",
        lab=dict(
            promised_date="2027-02-11",
            reference="2026/38",
            note="public body: payment expected in the payment list approved on 11 Feb",
        ),
    ),
    dict(
        p="beatriz",
        kind="client-reply-promise",
        date="2027-01-19 09:20",
        subj="RE: Recordatorio de pago – factura 2026/36",
        irt="reminder-0217",
        q=("outlook", "2027-01-18 9:00", "RJ1", "2026/36"),
        text="""Hola Javier,

La tenemos contabilizada. Este mes los pagos a proveedores van el día 25, así que te llegará ese día.

Un saludo,""",
        lab=dict(promised_date="2027-01-25", note="'el día 25' in a 19 Jan message -> 25 Jan"),
    ),
    dict(
        p="toni",
        kind="client-reply-promise",
        date="2027-02-09 22:31",
        subj="Re: Recordatorio de pago – factura 2026/47",
        irt="reminder-0236",
        q=("android", "2027-02-09 9:00", "RJ1", "2026/47"),
        text="""Javi tio no me da la vida, la semana q viene te lo hago, ahora estoy pillado con el seguro del taller

Enviado desde mi Galaxy""",
        lab=dict(note="vague 'la semana que viene' -> no date"),
    ),
    dict(
        p="pilar",
        kind="client-reply-dispute",
        date="2027-02-08 13:05",
        subj="RE: Recordatorio de pago – factura 2026/46",
        irt="reminder-0233",
        q=("orig", "2027-02-08 9:00", "RJ2", "2026/46", "Pilar"),
        text="""Buenos días, Javier:

Mis clientes de PANADERÍA HERMANOS LARA me trasladan que no están conformes con la factura 2026/46. La tienda online debía estar operativa el 15 de enero y, a día de hoy, la pasarela de pago sigue sin funcionar, por lo que no han podido vender nada por internet.

Me piden que le comunique que no abonarán la factura hasta que la tienda funcione correctamente.

Atentamente,""",
        lab=dict(reference="2026/46", note="gestoría relays: work not working, no payment until fixed"),
    ),
    dict(
        p="elena",
        kind="client-reply-paid",
        date="2026-12-23 17:05",
        subj="Re: Recordatorio de pago – factura 2026/17",
        irt="reminder-0181",
        q=("gmail", "2026-12-23 9:00", "RJ1", "2026/17"),
        att=["Justificante_transferencia_605.pdf"],
        text="""Javi!! Que esta ya te la pagamos hace dos semanas 🙈

Te reenvío el justificante que me ha pasado Sergio, de administración. Mira a ver si es que lo has apuntado en otra factura.

¡Felices fiestas! 🎄""",
        lab=dict(note="already paid two weeks ago, justificante attached"),
    ),
    dict(
        p="galvez",
        kind="client-reply-paid",
        date="2026-12-29 12:00",
        subj="RE: Segundo recordatorio – factura 2026/19",
        irt="reminder-0186",
        refs=["reminder-0155"],
        q=("outlook", "2026-12-28 9:00", "RJ3", "2026/19", "buenos días"),
        text="""Buenos días:

Le informamos de que la factura n.º 2026/19 ha sido abonada con fecha 28/12/2026 mediante transferencia bancaria por importe de 1.210,00 €.

Un saludo,""",
        lab=dict(amount="1210.00", reference="2026/19", note="HTML-only; formal payment notice"),
    ),
    dict(
        p="jorge",
        kind="client-reply-paid",
        date="2026-12-11 20:45",
        subj="Re: Recordatorio de pago – factura 2026/20",
        irt="reminder-0148",
        q=("iphone", "2026-12-07 9:00", "RJ1", "2026/20"),
        text="""Hecho! Ya te la he pasado por transferencia inmediata, deberías tenerla ya.

Perdona otra vez el retraso 🙏

Enviado desde mi iPhone""",
        lab=dict(note="second reply in the same reminder thread; instant transfer done"),
    ),
    dict(
        p="valentina",
        kind="client-reply-promise",
        date="2026-12-16 11:00",
        subj="Re: Recordatorio de pago – factura 2026/23",
        irt="reminder-0157",
        q=("gmail", "2026-12-10 9:00", "RJ1", "2026/23"),
        text="""Hola Javier!

Gracias por los datos. Ya la dejé cargada en el banco, pero acá las transferencias internacionales salen recién el próximo lunes, así que te llegaría a mitad de la semana que viene.

Besos,
Vale""",
        lab=dict(
            promised_date="2026-12-21",
            note="hard: transfer scheduled ('dejé cargada') but only leaves 'el próximo lunes' (Wed 16 Dec -> Mon 21 Dec) -> promise, not paid",
        ),
    ),
    dict(
        p="xavier",
        kind="client-reply-dispute",
        date="2027-01-18 09:10",
        subj="RE: Factura 2027/4",
        irt="invoice-0104",
        q=("outlookd", "2027-01-16 12:30", "RJI", "2027/4"),
        text="""Javier,

Esta factura no es correcta: el precio que cerramos para el rediseño del catálogo fue de 1.800 € + IVA, no de 2.000 €. Te reenvío en otro correo el mail donde lo acordamos.

Envíame una rectificativa y la pagamos al vencimiento.

Saludos,""",
        lab=dict(
            note="wrong amount (base 2000 vs agreed 1800, both excl. IVA) -> rectificativa; amount omitted (two bases, no total)"
        ),
    ),
    dict(
        p="teresa",
        kind="client-reply-other",
        date="2027-01-28 10:30",
        subj="RE: Factura 2027/6",
        irt="invoice-0106",
        q=("outlook", "2027-01-21 11:00", "RJI", "2027/6"),
        text="""Estimado Javier:

Le confirmo la recepción de la factura 2027/6. Para su tramitación necesitamos que nos remita también el certificado de estar al corriente de sus obligaciones tributarias con la Agencia Tributaria, ya que se trata de un gasto financiado con una subvención pública.

Un cordial saludo,""",
        lab=dict(reference="2027/6", note="asks for a tax compliance certificate; no payment claim"),
    ),
    dict(
        p="raul",
        kind="client-reply-paid",
        date="2026-12-28 08:30",
        subj="Re: Segundo recordatorio – factura 2026/31",
        irt="reminder-0185",
        refs=["reminder-0177"],
        q=("android", "2026-12-28 8:00", "RJ3", "2026/31"),
        text="""YA ESTA PAGADA. MIRALO""",
        lab=dict(note="caps one-liner"),
    ),
    dict(
        p="solana",
        kind="client-reply-promise",
        date="2027-02-04 12:00",
        subj="RE: Recordatorio de pago – factura 2026/37",
        irt="reminder-0232",
        q=("outlook", "2027-02-04 9:00", "RJ2", "2026/37", "buenos días"),
        text="""Estimado proveedor:

Le informamos de que la factura 2026/37 se encuentra aprobada y será abonada en la próxima fecha de pago a proveedores de nuestra compañía, el día 25 de febrero de 2027, conforme a nuestras condiciones generales de compra (pagos los días 25 de cada mes).

Atentamente,""",
        lab=dict(promised_date="2027-02-25", reference="2026/37", note="fixed supplier payment day"),
    ),
    dict(
        p="ines",
        kind="client-reply-other",
        date="2026-12-14 10:15",
        subj="RE: Factura 2026/39",
        irt="invoice-0039",
        q=("outlookd", "2026-12-11 18:02", "RJI", "2026/39"),
        cc="Rosa Beltrán <administracion@prietovega.es>",
        text="""Javier:

Te pongo en copia a Rosa Beltrán, que es quien lleva la administración y los pagos del despacho. A partir de ahora envíale a ella directamente las facturas y cualquier recordatorio.

Gracias,""",
        lab=dict(note="who to contact for invoices/payments"),
    ),
    dict(
        p="marcos",
        kind="client-reply-promise",
        date="2027-02-15 20:40",
        subj="Re: Recordatorio: factura 3/2027 pendiente",
        irt="reminder-0339",
        q=("gmail", "2027-02-15 9:00", "RA1", "3/2027"),
        text="""Ciao Alessandra!

Perdona, estoy de boda en boda (literal 😂). Te la pago el jueves cuando vuelva a Madrid, ¿vale?

Un abrazo""",
        lab=dict(promised_date="2027-02-18", note="'el jueves' said on Mon 15 Feb -> Thu 18 Feb"),
    ),
    dict(
        p="mirador",
        kind="client-reply-dispute",
        date="2027-02-09 10:45",
        subj="RE: Recordatorio de pago – factura 2026/45",
        irt="reminder-0234",
        q=("outlookd", "2027-02-08 9:00", "RJ1", "2026/45", "Francisco"),
        text="""Buenos días, Javier:

Hemos recibido su recordatorio. No vamos a tramitar la factura 2026/45 en sus términos actuales: el contrato de mantenimiento se firmó por 2.400 € + IVA anuales, pagaderos en dos plazos semestrales, y la factura reclama de una sola vez el importe anual completo, además calculado sobre 2.800 €.

Le rogamos que la anule y emita una nueva por el primer semestre (1.200 € + IVA), que abonaremos a su recepción.

Un saludo,""",
        lab=dict(
            reference="2026/45",
            note="wrong amount and wrong schedule per contract; several figures, none the invoice total -> no amount",
        ),
    ),
]

# ---- batch 3 -------------------------------------------------------------
INV.update(
    {
        "2026/48": ("1.089,00 €", "10 de enero"),
        "2026/8": ("2.299,00 €", "25 de noviembre"),
        "2026/10": ("1.694,00 €", "30 de noviembre"),
        "2026/49": ("847,00 €", "15 de enero"),
        "2027/9": ("605,00 €", "22 de marzo"),
        "R-2027/2": ("2.178,00 €", "15 de febrero"),
    }
)
TPL["RJOK"] = (
    "Pago recibido – factura {f}",
    "Hola, {n}:\n\n"
    "Te confirmo que he recibido el pago de la factura {f} ({i}). ¡Muchas gracias!\n\n"
    "Un saludo,\nJavier",
)
TPL["RJR"] = (
    "Factura rectificativa {f}",
    "Hola, {n}:\n\n"
    "Tienes razón, disculpa el error. Te adjunto la factura rectificativa {f}, "
    "que sustituye a la anterior. El importe correcto es {i}, con vencimiento el {v}.\n\n"
    "Un saludo,\nJavier Martín",
)

MESSAGES += [
    dict(
        p="lucia",
        kind="client-reply-other",
        date="2026-11-03 10:00",
        subj="RE: Factura 2026/15",
        irt="invoice-0015",
        q=("orig", "2026-11-02 12:14", "RJI", "2026/15", "Lucía"),
        text="""Buenos días:

Acusamos recibo de la factura 2026/15, emitida a nuestro cliente AUTOESCUELA MIRALBUENO, S.L.

Antes de contabilizarla, ¿nos puede confirmar si está usted dado de alta en un epígrafe de actividades profesionales? Lo necesitamos para saber si procede practicar la retención del 15 % de IRPF que figura en la factura.

Atentamente,""",
        lab=dict(reference="2026/15", note="tax question about IRPF retention; not an objection"),
    ),
    dict(
        p="carmen",
        kind="client-reply-promise",
        date="2027-01-14 18:22",
        subj="Re: Recordatorio de pago – factura 2026/48",
        irt="reminder-0214",
        q=("gmail", "2027-01-13 9:00", "RJ1", "2026/48"),
        sig=False,
        text="""Holaaa! Sí sí, la tengo apuntada.

Esta semana imposible porque estamos con el cierre de la campaña de rebajas, pero el lunes te la hago sin falta 💪

Besitos""",
        lab=dict(promised_date="2027-01-18", note="'el lunes' said on Thu 14 Jan -> Mon 18 Jan"),
    ),
    dict(
        p="alameda",
        kind="client-reply-promise",
        date="2027-01-08 11:35",
        subj="RE: Segundo recordatorio – factura 2026/21",
        irt="reminder-0204",
        refs=["reminder-0152"],
        q=("outlook", "2027-01-08 9:00", "RJ3", "2026/21", "buenos días"),
        text="""Buenos días:

Recibida la factura con el número de pedido, le confirmamos que el pago se realizará en la remesa del próximo día 20 de enero.

Disculpe las molestias.

Un saludo,""",
        lab=dict(promised_date="2027-01-20", note="HTML-only; 'remesa del próximo día 20 de enero'"),
    ),
    dict(
        p="rocio",
        kind="client-reply-other",
        date="2026-12-22 09:14",
        subj="RE: Pago recibido – factura 2026/26",
        irt="receipt-0026",
        q=("outlook", "2026-12-21 19:30", "RJOK", "2026/26"),
        text="""¡Genial, gracias a ti! 😊

Felices fiestas,
Rocío""",
        lab=dict(note="thanks only, reply to the freelancer's payment-received e-mail"),
    ),
    dict(
        p="andres",
        kind="client-reply-paid",
        date="2027-01-19 17:05",
        subj="RE: Segundo recordatorio – factura 2026/27",
        irt="reminder-0207",
        refs=["reminder-0171"],
        q=("gmailw", "2027-01-11 9:00", "RJ3", "2026/27"),
        att=["Comprobante SWIFT 0119.pdf"],
        text="""Estimado Javier:

Muchas gracias por el certificado. Le confirmo que el día de hoy se realizó la transferencia SWIFT por EUR 1,500.00 (referencia MX-TRF-0119-3381). Adjunto el comprobante.

Quedo atento a que me confirme la recepción.

Saludos cordiales,""",
        lab=dict(amount="1500.00", note="Mexican client, amount in US-style format 'EUR 1,500.00'"),
    ),
    dict(
        p="nuria",
        kind="client-reply-dispute",
        date="2027-01-27 12:40",
        subj="RE: Factura 2027/7",
        irt="invoice-0107",
        q=("outlookd", "2027-01-26 17:55", "RJI", "2027/7"),
        text="""Hola Javier,

Esta factura no lleva la retención del 15 % de IRPF y, al tratarse de servicios profesionales que nos facturas como autónomo, estamos obligados a practicarla.

¿Nos podrías hacer una factura rectificativa con la retención? Así no la podemos pagar.

Gràcies,""",
        lab=dict(note="missing IRPF retention -> asks for factura rectificativa before paying"),
    ),
    dict(
        p="alvaro",
        kind="client-reply-other",
        date="2026-11-12 11:48",
        subj="Re: Factura 2026/32",
        irt="invoice-0032",
        q=("iphone", "2026-11-11 16:20", "RJI", "2026/32"),
        text="""Hey Javi! A partir de ahora mándalas a invoices@volanta.io, que lo procesamos todo con Payhawk y se aprueba solo. Esta ya la he reenviado yo.

Thx!

Sent from my iPhone""",
        lab=dict(note="where to send invoices; no payment claim"),
    ),
    dict(
        p="maricarmen",
        kind="client-reply-paid",
        date="2027-01-08 12:20",
        subj="Re: Segundo recordatorio - factura 2026/35",
        irt="reminder-0206",
        refs=["reminder-0201"],
        q=("tbird", "2027-01-08 9:00", "RJ3", "2026/35"),
        text="""YA ESTA JAVIER, HE IDO ESTA MAÑANA AL BANCO Y TE HE HECHO EL INGRESO DE LOS 290,40. GUARDO EL PAPEL POR SI ACASO.

UN SALUDO
MARI CARMEN""",
        lab=dict(amount="290.40", note="all caps, iso-8859-1"),
    ),
    dict(
        p="ayto",
        kind="client-reply-dispute",
        date="2027-02-22 12:30",
        subj="RE: Factura 2027/9",
        irt="invoice-0109",
        q=("orig", "2027-02-18 10:00", "RJI", "2027/9", "buenos días"),
        text="""Sr. Martín:

Le comunicamos que la factura 2027/9 ha sido rechazada en FACe con fecha 19/02/2027 por el siguiente motivo: no existe contrato menor ni encargo aprobado por este Ayuntamiento que ampare el servicio facturado ("actualización de la sede electrónica, febrero 2027").

El mantenimiento de la sede electrónica está incluido en el contrato vigente, que ya se factura mensualmente, por lo que no procede su abono.

Atentamente,""",
        lab=dict(reference="2027/9", note="public body rejects the invoice: no contract covers it"),
    ),
    dict(
        p="sofia",
        kind="client-reply-promise",
        date="2026-12-28 13:02",
        subj="Re: Recordatorio: factura 127/2026 pendiente",
        irt="reminder-0331",
        q=("applemail", "2026-12-28 9:00", "RA1", "127/2026"),
        text="""Hola Alessandra, ¡feliz Navidad!

Te escribo rápido: esta la pagamos después de Reyes, que ahora el gestor está de vacaciones. Perdona el lío.

Un beso,""",
        lab=dict(note="'después de Reyes' is vague -> no date"),
    ),
    dict(
        p="montes",
        kind="client-reply-paid",
        date="2027-02-18 10:10",
        subj="RE: Segundo recordatorio – factura 2026/40",
        irt="reminder-0237",
        refs=["reminder-0224"],
        q=("outlook", "2027-02-18 9:00", "RJ3", "2026/40", "buenos días"),
        att=["Aviso de pago 2000184563.pdf"],
        text="""Buenos días:

Le informamos de que la factura 2026/40, junto con su rectificativa R-2027/1, se ha incluido en la transferencia emitida hoy por el importe resultante de 968,00 €. Adjuntamos el aviso de pago.

Un saludo,""",
        lab=dict(
            amount="968.00",
            reference="2026/40",
            note="paid net of the rectificativa R-2027/1; reference = original invoice of the thread",
        ),
    ),
    dict(
        p="amparo",
        kind="client-reply-other",
        date="2027-01-29 18:05",
        subj="Re: Pago recibido – factura 2026/43",
        irt="receipt-0043",
        q=("iphone", "2027-01-29 10:00", "RJOK", "2026/43"),
        text="""¡Ay, qué bien que te haya llegado!

Oye, una cosa, ¿me la puedes mandar también en papel por correo? Es que mi gestor las quiere en papel para lo del trimestre. La dirección es la de la tienda, Calle Mayor 3, Tomelloso.

Un beso, Amparo

Enviado desde mi iPad""",
        lab=dict(note="after payment confirmation: asks for a paper copy; no new claim"),
    ),
    dict(
        p="luis",
        kind="client-reply-dispute",
        date="2027-02-19 11:20",
        subj="RE: Recordatorio: factura 5/2027 pendiente",
        irt="reminder-0341",
        q=("outlook", "2027-02-18 9:00", "RA1", "5/2027"),
        text="""Hola Alessandra,

Revisando la factura veo que nos cobras la traducción urgente del dossier, pero lo entregaste el lunes en vez del viernes como habíamos quedado, así que no tiene mucho sentido pagar el recargo de urgencia (el 25 %).

Te pagamos la tarifa normal: 492 € en total. ¿Te parece? Si me dices que sí, te lo transfiero hoy mismo.

Un saludo,""",
        lab=dict(
            amount="492.00",
            note="hard: offers to pay a reduced amount (objection to the urgency surcharge) -> dispute; payment conditional, no promised_date",
        ),
    ),
    dict(
        p="beatriz",
        kind="client-reply-dispute",
        date="2026-12-03 10:48",
        subj="RE: Recordatorio de pago – factura 2026/10",
        irt="reminder-0139",
        q=("outlook", "2026-12-03 9:00", "RJ1", "2026/10"),
        text="""Hola Javier,

Nos ha llegado un recordatorio de la 2026/10, pero es exactamente igual que la 2026/9, que os pagamos el 17 de noviembre: mismo concepto y mismo importe, 1.694,00 €. Creo que está duplicada.

¿Lo puedes revisar, por favor?

Un saludo,""",
        lab=dict(
            amount="1694.00",
            reference="2026/10",
            note="duplicate invoice ('ya nos la facturaste'); 2026/9 named as the paid original",
        ),
    ),
    dict(
        p="toni",
        kind="client-reply-paid",
        date="2026-12-01 13:27",
        subj="Re: Segundo recordatorio – factura 2026/11",
        irt="reminder-0130",
        refs=["reminder-0124"],
        q=("android", "2026-12-01 9:00", "RJ3", "2026/11"),
        text="""Javi q ya te la pague por bizum el jueves!! la de 181,50

otra cosa es la del dominio, esa no te la e pagado aun pq no me a llegado ninguna factura

Enviado desde mi Galaxy""",
        lab=dict(
            amount="181.50",
            note="hard: paid claim for this invoice; the 'not paid yet' refers to another (domain) charge",
        ),
    ),
    dict(
        p="pilar",
        kind="client-reply-paid",
        date="2026-12-11 16:50",
        subj="RE: Recordatorio de pago – factura 2026/14",
        irt="reminder-0129",
        q=("orig", "2026-12-01 9:00", "RJ2", "2026/14", "Pilar"),
        att=["Justificante remesa 10-12-2026.pdf"],
        text="""Buenas tardes, Javier:

Tal como le indiqué, la factura 2026/14 se pagó ayer en la remesa. Le adjunto el justificante que nos ha facilitado la entidad.

Atentamente,""",
        lab=dict(reference="2026/14", note="gestoría; paid yesterday in the remittance"),
    ),
    dict(
        p="elena",
        kind="client-reply-promise",
        date="2027-01-12 12:05",
        subj="Re: Segundo recordatorio – factura 2026/16",
        irt="reminder-0209",
        refs=["reminder-0140"],
        q=("gmail", "2027-01-12 9:00", "RJ3", "2026/16"),
        text="""Hola Javi!

Recibida la rectificativa, gracias 😘 Pagaremos la 2026/16, con el abono ya descontado, el día 20, que es cuando hacemos los pagos de enero.

Un besote""",
        lab=dict(
            promised_date="2027-01-20",
            reference="2026/16",
            note="'pagaremos ... el día 20' (12 Jan) -> 20 Jan; dispute already settled",
        ),
    ),
    dict(
        p="galvez",
        kind="client-reply-dispute",
        date="2026-12-01 09:30",
        subj="RE: Recordatorio de pago – factura 2026/8",
        irt="reminder-0128",
        q=("outlook", "2026-11-30 9:00", "RJ2", "2026/8", "buenos días"),
        text="""Buenos días:

No nos consta ningún encargo a su nombre por el concepto facturado ("Desarrollo app de seguimiento de flota"). No reconocemos esta factura.

Le rogamos que nos indique qué persona de nuestra empresa realizó el pedido y nos facilite copia del presupuesto aceptado.

Un saludo,""",
        lab=dict(note="HTML-only; 'no reconocemos esta factura'"),
    ),
    dict(
        p="jorge",
        kind="client-reply-other",
        date="2026-11-05 13:12",
        subj="Re: Factura 2026/20",
        irt="invoice-0020",
        q=("iphone", "2026-11-04 19:02", "RJI", "2026/20"),
        text="""Gracias Javier! Una pregunta, ¿puedo pagarte con tarjeta o por PayPal? Es que el dinero lo tengo en otro banco y me cobran comisión por las transferencias.

Enviado desde mi iPhone""",
        lab=dict(note="asks about payment methods; no payment claim or date"),
    ),
    dict(
        p="valentina",
        kind="client-reply-paid",
        date="2026-12-23 10:20",
        subj="Re: Recordatorio de pago – factura 2026/23",
        irt="reminder-0157",
        q=("gmail", "2026-12-10 9:00", "RJ1", "2026/23"),
        att=["comprobante_transferencia_BCH.pdf"],
        text="""Hola Javier,

te confirmo que la transferencia salió el lunes 21 desde el Banco de Chile. Te adjunto el comprobante (sale en pesos chilenos, pero el monto en euros es 800).

¡Felices fiestas!
Vale""",
        lab=dict(amount="800.00", note="Chilean client; amount stated as 'el monto en euros es 800'"),
    ),
    dict(
        p="xavier",
        kind="client-reply-promise",
        date="2027-01-26 08:40",
        subj="RE: Factura rectificativa R-2027/2",
        irt="credit-0002",
        refs=["invoice-0104"],
        q=("outlookd", "2027-01-25 18:30", "RJR", "R-2027/2"),
        text="""Recibida la rectificativa, gracias. La pagaremos al vencimiento, el 15 de febrero.

Xavier""",
        sig=False,
        lab=dict(promised_date="2027-02-15", note="'pagaremos al vencimiento, el 15 de febrero'"),
    ),
    dict(
        p="teresa",
        kind="client-reply-paid",
        date="2026-12-30 12:15",
        subj="RE: Recordatorio de pago – factura 2026/28",
        irt="reminder-0176",
        q=("outlook", "2026-12-21 9:00", "RJ2", "2026/28", "Teresa"),
        text="""Estimado Javier:

Le confirmo que Tesorería ha ejecutado hoy la transferencia correspondiente a la factura 2026/28, por importe de 1.089,00 €.

Aprovecho para desearle un feliz año 2027.

Un cordial saludo,""",
        lab=dict(amount="1089.00", reference="2026/28", note="foundation; transfer executed today"),
    ),
    dict(
        p="raul",
        kind="client-reply-promise",
        date="2027-01-21 14:02",
        subj="Re: Recordatorio de pago – factura 2026/49",
        irt="reminder-0220",
        q=("android", "2027-01-21 9:00", "RJ1", "2026/49"),
        text="""ESTA SEMANA NO PUEDO. EL LUNES 25 TE LA PAGO""",
        lab=dict(promised_date="2027-01-25", note="caps; explicit 'el lunes 25'"),
    ),
    dict(
        p="solana",
        kind="client-reply-other",
        date="2026-12-04 09:05",
        subj="RE: Factura 2026/34",
        irt="invoice-0034",
        q=("outlook", "2026-12-03 13:40", "RJI", "2026/34", "buenos días"),
        text="""Estimado proveedor:

Le recordamos que, para poder procesar sus facturas, debe estar dado de alta en nuestro portal de proveedores (https://proveedores.gruposolana.com) y subir allí la factura indicando el número de pedido. Las facturas recibidas únicamente por correo electrónico no se contabilizan.

Atentamente,""",
        lab=dict(note="procedural: supplier portal registration"),
    ),
    dict(
        p="ines",
        kind="client-reply-promise",
        date="2027-02-05 13:50",
        subj="RE: Segundo recordatorio – factura 2026/39",
        irt="reminder-0239",
        refs=["reminder-0216"],
        q=("outlookd", "2027-02-05 9:00", "RJ3", "2026/39"),
        text="""Javier:

Aún no hemos pagado porque, como te dije, faltaba la versión en inglés. Rosa me confirma que ya está publicada y que el formulario funciona, así que la pagaremos esta semana que viene sin falta.

Un saludo,""",
        lab=dict(
            note="hard: 'aún no hemos pagado' + 'la pagaremos esta semana que viene' -> promise, vague date"
        ),
    ),
    dict(
        p="marcos",
        kind="client-reply-other",
        date="2026-11-10 17:33",
        subj="Re: Factura 121/2026 – Alessandra Rossi",
        irt="invoice-0121",
        q=("gmail", "2026-11-09 11:15", "RAI", "121/2026"),
        text="""Hola Alessandra!

¿Me la puedes volver a mandar con mi NIF? Es que mi gestora me dice que sin NIF no me la puede meter como gasto. Es 50123456K.

Gracias!!""",
        lab=dict(note="datos fiscales: asks to reissue with his NIF; freelancer Alessandra"),
    ),
    dict(
        p="paula",
        kind="client-reply-paid",
        date="2027-02-05 10:15",
        subj="Re: Recordatorio de pago – factura 2026/42",
        irt="reminder-0226",
        q=("tbird", "2027-01-26 9:00", "RJ1", "2026/42"),
        bottom=True,
        text="""Hola Javier:

Hecho, te acabo de hacer la transferencia de los 665,50 euros.

Un saludo,
Paula""",
        lab=dict(amount="665.50", note="iso-8859-1; keeps the earlier promise"),
    ),
    dict(
        p="santi",
        kind="client-reply-paid",
        date="2027-02-09 15:30",
        subj="Re: Recordatorio de pago – factura 2026/44",
        irt="reminder-0230",
        q=("gmail", "2027-02-01 9:00", "RJ1", "2026/44"),
        text="""Javier, te hice la transferencia por Wise ayer, ¿te llegó? A mí me figura como enviada.

Abrazo""",
        lab=dict(note="paid yesterday via Wise + '¿te llegó?' -> paid"),
    ),
    dict(
        p="mirador",
        kind="client-reply-other",
        date="2027-01-04 10:05",
        subj="RE: Factura 2026/45",
        irt="invoice-0045",
        q=("outlookd", "2027-01-02 11:00", "RJI", "2026/45", "Francisco"),
        text="""Buenos días:

Acusamos recibo de su factura. Le informamos de que el hotel permanece cerrado por temporada baja hasta el 1 de febrero y el departamento de administración trabaja con personal reducido; su factura será revisada a la reapertura.

Un saludo,""",
        lab=dict(note="acknowledgement; review postponed to reopening (not a payment date)"),
    ),
    dict(
        p="kike",
        kind="client-reply-promise",
        date="2027-02-20 11:10",
        subj="Re: Factura 2027/1",
        irt="invoice-0101",
        q=("gmail", "2027-02-08 12:00", "RJI", "2027/1"),
        text="""Javi, te la pago a primeros de mes, que ahora ando justo con el alquiler del local 🙏

Kike""",
        lab=dict(note="'a primeros de mes' is vague -> no date"),
    ),
]

# ---- batch 4 -------------------------------------------------------------
persona(
    "gemma",
    split="firstread",
    name="Gemma Lozano",
    addr="gemma@agenciabrujula.com",
    first="Gemma",
    qs="outlookm",
    mid="o365",
    fmt="alt",
    hdrs={"X-Mailer": "Outlook for iOS"},
)
persona(
    "diego",
    split="firstread",
    name="Diego Ramírez",
    addr="dramirez@ramirezconsultores.co",
    first="Diego",
    qs="gmailw",
    mid="gmail",
    fmt="alt",
    sig="Diego Ramírez Ospina\nGerente Administrativo\nRamírez Consultores S.A.S. · NIT 901.234.567-8\n"
    "Calle 93 # 11-26, Bogotá D.C.",
)
INV.update(
    {
        "2026/6": ("1.815,00 €", "15 de noviembre"),
        "2026/4": ("2.000,00 €", "30 de noviembre"),
        "2027/11": ("1.060,00 €", "15 de febrero"),
        "2026/50": ("726,00 €", "31 de diciembre"),
        "R-2027/3": ("742,00 €", "25 de febrero"),
        "2027/12": ("3.630,00 €", "20 de febrero"),
        "2027/13": ("1.210,00 €", "15 de febrero"),
        "2027/14": ("181,50 €", "20 de febrero"),
        "2027/15": ("145,20 €", "10 de marzo"),
        "R-2027/4": ("1.452,00 €", "10 de marzo"),
    }
)

MESSAGES += [
    dict(
        p="gemma",
        kind="client-reply-dispute",
        date="2026-11-23 19:12",
        subj="RE: Recordatorio de pago – factura 2026/6",
        irt="reminder-0119",
        q=("outlookm", "2026-11-23 9:00", "RJ1", "2026/6"),
        text="""Hola Javier! Te escribo desde el móvil.

Esta factura no la podemos pagar todavía: el cliente final nos ha rechazado la landing porque no cumple su guía de marca y hay que rehacer toda la parte de tipografías. Hasta que no la aprueben no podemos cerrar el proyecto.

¿Hablamos mañana?
Gemma

Obtener Outlook para iOS<https://aka.ms/o0ukef>""",
        lab=dict(
            note="work not accepted by end client -> no payment until approved; Outlook mobile quote header with odd date format"
        ),
    ),
    dict(
        p="gemma",
        kind="client-reply-promise",
        date="2026-12-16 10:02",
        subj="RE: Recordatorio de pago – factura 2026/6",
        irt="reminder-0119",
        q=("outlookm", "2026-11-23 9:00", "RJ1", "2026/6"),
        text="""Hola Javi, ¡por fin nos lo ha aprobado el cliente! 🎉

Te la pagamos en la remesa del día 22. Gracias por la paciencia, de verdad.

Gemma

Obtener Outlook para iOS<https://aka.ms/o0ukef>""",
        lab=dict(
            promised_date="2026-12-22",
            note="'remesa del día 22' (16 Dec) -> 22 Dec; earlier dispute resolved",
        ),
    ),
    dict(
        p="diego",
        kind="client-reply-other",
        date="2026-11-16 08:20",
        subj="RE: Factura 2026/4",
        irt="invoice-0004",
        q=("gmailw", "2026-11-13 18:45", "RJI", "2026/4"),
        text="""Buenos días, Javier. Cordial saludo.

Con mucho gusto le confirmo el recibido de la factura. Le solicito el favor de enviarnos una certificación bancaria de su cuenta, pues la necesitamos para registrarlo como proveedor del exterior en nuestro sistema.

Quedo atento a sus comentarios.""",
        lab=dict(note="Colombian client: acknowledges invoice, asks for bank certificate"),
    ),
    dict(
        p="diego",
        kind="client-reply-promise",
        date="2026-12-03 15:40",
        subj="RE: Recordatorio de pago – factura 2026/4",
        irt="reminder-0137",
        q=("gmailw", "2026-12-03 9:00", "RJ2", "2026/4", "Diego"),
        text="""Javier, buenas tardes.

Le confirmo que el pago quedó programado para el 15 de diciembre, fecha de nuestro próximo ciclo de pagos al exterior.

Cordialmente,""",
        lab=dict(promised_date="2026-12-15", note="explicit '15 de diciembre'"),
    ),
    dict(
        p="pepe",
        kind="client-reply-dispute",
        date="2026-12-14 21:05",
        subj="Re: Segundo recordatorio – factura 2026/12",
        irt="reminder-0162",
        refs=["reminder-0121", "reminder-0135"],
        q=("gmail", "2026-12-14 9:00", "RJ3", "2026/12", "José Luis"),
        text="""oye javier, mirando bien la factura pone 363 y quedamos en 300 todo incluido. el iva me lo pones tu encima? eso no es lo que hablamos

llamame y lo vemos""",
        lab=dict(
            note="objects to IVA added on top of agreed all-in price; two figures (363 invoice, 300 agreed) -> no amount"
        ),
    ),
    dict(
        p="lucia",
        kind="client-reply-promise",
        date="2027-02-17 12:10",
        subj="RE: Recordatorio de pago – factura 2027/11",
        irt="reminder-0240",
        q=("orig", "2027-02-17 9:00", "RJ2", "2027/11", "Lucía"),
        text="""Buenos días, Sr. Martín:

Le informamos de que nuestro cliente nos ha dado conformidad para el pago de la factura 2027/11. Lo incluiremos en la remesa del viernes.

Atentamente,""",
        lab=dict(
            promised_date="2027-02-19",
            reference="2027/11",
            note="'la remesa del viernes' said on Wed 17 Feb -> Fri 19 Feb",
        ),
    ),
    dict(
        p="inaki",
        kind="client-reply-dispute",
        date="2027-01-05 09:44",
        subj="Re: Recordatorio de pago – factura 2026/50",
        irt="reminder-0202",
        q=("iphone", "2027-01-05 9:00", "RJ1", "2026/50"),
        text="""Javier, esta no es nuestra. Creo que te has equivocado de cliente, nosotros no tenemos contratado el hosting contigo.

Revisa porfa.

Enviado desde mi iPhone""",
        lab=dict(note="does not recognise the invoice (wrong client)"),
    ),
    dict(
        p="nuria",
        kind="client-reply-promise",
        date="2027-02-01 09:35",
        subj="RE: Factura rectificativa R-2027/3",
        irt="credit-0003",
        refs=["invoice-0107"],
        q=("outlookd", "2027-01-29 18:10", "RJR", "R-2027/3"),
        text="""Perfecte, Javier. Gracias por la rapidez.

La pagaremos a final de mes con el resto de proveedores.

Salutacions,""",
        lab=dict(promised_date="2027-02-28", note="'a final de mes' on 1 Feb -> 28 Feb; windows-1252"),
    ),
    dict(
        p="sofia",
        kind="client-reply-paid",
        date="2027-01-12 12:30",
        subj="Re: Recordatorio: factura 127/2026 pendiente",
        irt="reminder-0345",
        refs=["reminder-0331"],
        q=("applemail", "2027-01-11 9:00", "RA1", "127/2026"),
        text="""Hola Alessandra, ¡feliz año!

Ya está hecha la transferencia de la 127/2026, la ha mandado el gestor esta mañana.

Un abrazo,""",
        lab=dict(reference="127/2026", note="Alessandra's n/año numbering"),
    ),
    dict(
        p="alvaro",
        kind="client-reply-dispute",
        date="2027-02-23 10:17",
        subj="Re: Recordatorio de pago – factura 2027/12",
        irt="reminder-0242",
        q=("iphone", "2027-02-22 9:00", "RJ1", "2027/12"),
        text="""Javi, esto no cuadra. El sprint de enero eran 20h y aquí vienen 30h. Las 10 extra no las aprobó nadie.

Mándame una corrected invoice y la pago ese mismo día.

Sent from my iPhone""",
        lab=dict(note="hours not approved -> asks for corrected invoice; payment conditional"),
    ),
    dict(
        p="ayto",
        kind="client-reply-other",
        date="2027-02-15 11:50",
        subj="RE: Tercer recordatorio - factura 2026/38",
        irt="reminder-0241",
        refs=["reminder-0219", "reminder-0231"],
        osubj="Tercer recordatorio - factura 2026/38",
        q=("orig", "2027-02-15 9:00", "RJ3", "2026/38", "buenos días"),
        text="""Sr. Martín:

Le indicamos que este servicio de Intervención no gestiona los pagos. Para cualquier consulta sobre el estado de pago de sus facturas puede dirigirse a la Tesorería municipal (tesoreria@villarrubiadelcampo.es, tel. 925 14 02 15).

Atentamente,""",
        lab=dict(note="who to contact (Tesorería); no payment info"),
    ),
    dict(
        p="montes",
        kind="client-reply-other",
        date="2027-02-08 13:25",
        subj="Verificación de datos bancarios",
        text="""Buenos días, Sr. Martín:

Hemos recibido un correo, supuestamente enviado por usted, en el que se nos indica un cambio de cuenta bancaria para el pago de sus facturas.

Por motivos de seguridad, antes de modificar los datos le rogamos que nos confirme el cambio por teléfono llamando al 923 19 44 80 (ext. 214). Mientras tanto, mantendremos la cuenta que teníamos registrada.

Un saludo,""",
        lab=dict(note="new thread (no In-Reply-To); bank-change fraud check"),
    ),
    dict(
        p="luis",
        kind="client-reply-paid",
        date="2027-01-04 09:05",
        subj="RE: Recordatorio: factura 124/2026 pendiente",
        irt="reminder-0349",
        refs=["reminder-0322"],
        q=("outlook", "2027-01-04 8:00", "RA1", "124/2026"),
        text="""Hola Alessandra, feliz año.

Se nos pasó hacerla el 31 con las fiestas, pero ya está: te la transferimos el sábado 2.

Un saludo,""",
        lab=dict(note="broken promise then paid on Sat 2 Jan; freelancer Alessandra"),
    ),
    dict(
        p="beatriz",
        kind="client-reply-other",
        date="2027-01-07 12:40",
        subj="Facturas 2026 para el cierre",
        text="""Hola Javier,

Feliz año. Estamos preparando el cierre del ejercicio con la gestoría. ¿Nos podrías enviar todas las facturas que nos has emitido en 2026 en un solo PDF, o en un zip?

Gracias,""",
        lab=dict(note="new thread; asks for copies of all 2026 invoices"),
    ),
    dict(
        p="toni",
        kind="client-reply-dispute",
        date="2027-02-23 20:55",
        subj="Re: Segundo recordatorio – factura 2026/47",
        irt="reminder-0243",
        refs=["reminder-0236"],
        q=("android", "2027-02-23 9:00", "RJ3", "2026/47"),
        text="""Javi mira he estado mirando la web y el carrito sigue sin ir bien en el movil, los clientes me dicen q no pueden pagar. hasta q no este bien no te la pago, vale? no es por fastidiar

Enviado desde mi Galaxy""",
        lab=dict(note="work defective (cart broken on mobile) -> withholds payment"),
    ),
    dict(
        p="pilar",
        kind="client-reply-other",
        date="2026-11-24 10:30",
        subj="RE: Factura 2026/14",
        irt="invoice-0014",
        q=("orig", "2026-10-29 13:00", "RJI", "2026/14", "Pilar"),
        text="""Buenos días, Javier:

¿Nos podría facilitar un certificado de titularidad de su cuenta bancaria? Nuestro cliente ha cambiado de entidad y el nuevo banco lo exige para dar de alta transferencias a beneficiarios nuevos.

Atentamente,""",
        lab=dict(note="asks for bank-account ownership certificate; reply weeks after the invoice"),
    ),
    dict(
        p="elena",
        kind="client-reply-other",
        date="2026-12-28 11:15",
        subj="Re: Pago recibido – factura 2026/17",
        irt="receipt-0017",
        q=("gmail", "2026-12-24 10:00", "RJOK", "2026/17"),
        cc="Sergio Paredes <administracion@marquezcomunicacion.es>",
        text="""¡Gracias, Javi!

Por cierto, te pongo en copia a Sergio, que a partir de enero lleva él todas las facturas de proveedores. Cualquier cosa de pagos, mejor con él directamente 😊

Besos""",
        lab=dict(note="thanks + who to contact from now on"),
    ),
    dict(
        p="galvez",
        kind="client-reply-promise",
        date="2027-02-18 09:25",
        subj="RE: Recordatorio de pago – factura 2027/13",
        irt="reminder-0244",
        q=("outlook", "2027-02-17 9:00", "RJ2", "2027/13", "buenos días"),
        text="""Buenos días:

Le informamos de que su factura está pendiente de la firma de gerencia. Está previsto que se abone antes del día 26 del presente mes.

Un saludo,""",
        lab=dict(promised_date="2027-02-26", note="HTML-only; 'antes del día 26 del presente mes'"),
    ),
    dict(
        p="jorge",
        kind="client-reply-dispute",
        date="2027-02-22 22:40",
        subj="Re: Recordatorio de pago – factura 2027/14",
        irt="reminder-0245",
        q=("iphone", "2027-02-22 9:00", "RJ1", "2027/14"),
        text="""Javier, esta factura de "mantenimiento" no la entiendo. Yo te pagué la web y quedamos en que si había que tocar algo ya te avisaría. No te he pedido ningún mantenimiento.

Enviado desde mi iPhone""",
        lab=dict(note="private client rejects an unrequested maintenance charge"),
    ),
    dict(
        p="valentina",
        kind="client-reply-other",
        date="2026-11-20 16:45",
        subj="Re: Factura 2026/23",
        irt="invoice-0023",
        q=("gmail", "2026-11-08 10:30", "RJI", "2026/23"),
        text="""Hola Javier!

¿Me podrías mandar también una versión de la factura en inglés? La tengo que rendir al fondo que financia el proyecto y me la piden en inglés o con traducción.

Gracias!!
Vale""",
        lab=dict(note="asks for an English copy of the invoice"),
    ),
    dict(
        p="xavier",
        kind="client-reply-paid",
        date="2027-02-15 09:02",
        subj="RE: Factura rectificativa R-2027/2",
        irt="credit-0002",
        refs=["invoice-0104"],
        q=("outlookd", "2027-01-25 18:30", "RJR", "R-2027/2"),
        text="""Javier, pagada hoy la rectificativa R-2027/2 (2.178,00 €).

Saludos,""",
        lab=dict(
            amount="2178.00", reference="R-2027/2", note="paid the corrected invoice (rectificativa number)"
        ),
    ),
    dict(
        p="teresa",
        kind="client-reply-promise",
        date="2027-02-24 11:05",
        subj="RE: Recordatorio de pago – factura 2027/6",
        irt="reminder-0246",
        q=("outlook", "2027-02-23 9:00", "RJ2", "2027/6", "Teresa"),
        text="""Estimado Javier:

Recibido el certificado, muchas gracias. La factura se abonará el próximo viernes, día 26, junto con el resto de pagos de la subvención.

Un cordial saludo,""",
        lab=dict(promised_date="2027-02-26", note="'el próximo viernes, día 26'"),
    ),
    dict(
        p="raul",
        kind="client-reply-dispute",
        date="2027-02-01 08:15",
        subj="Re: Segundo recordatorio – factura 2026/49",
        irt="reminder-0228",
        refs=["reminder-0220"],
        q=("android", "2027-02-01 8:00", "RJ3", "2026/49"),
        text="""ESTA NO TE LA PAGO HASTA QUE NO ME ARREGLES LO DEL MENU QUE SIGUE SALIENDO EL PRECIO ANTIGUO DE LOS MENUS DE EMPRESA. TE LO DIJE HACE DOS SEMANAS""",
        lab=dict(note="caps; withholds payment until a defect is fixed (previous promise withdrawn)"),
    ),
    dict(
        p="solana",
        kind="client-reply-paid",
        date="2027-02-26 09:40",
        subj="RE: Recordatorio de pago – factura 2026/37",
        irt="reminder-0232",
        q=("outlook", "2027-02-04 9:00", "RJ2", "2026/37", "buenos días"),
        text="""Estimado proveedor:

Le informamos de que la factura 2026/37 fue abonada ayer, 25/02/2027, según lo indicado en nuestra comunicación anterior. Puede consultar el detalle del pago en el portal de proveedores.

Atentamente,""",
        lab=dict(reference="2026/37", note="formal paid notice"),
    ),
    dict(
        p="ines",
        kind="client-reply-paid",
        date="2027-02-12 17:45",
        subj="RE: Segundo recordatorio – factura 2026/39",
        irt="reminder-0239",
        refs=["reminder-0216"],
        q=("outlookd", "2027-02-05 9:00", "RJ3", "2026/39"),
        cc="Rosa Beltrán <administracion@prietovega.es>",
        text="""Javier:

Rosa ha hecho hoy la transferencia de la 2026/39. Gracias por resolverlo todo.

Un saludo,""",
        lab=dict(reference="2026/39", note="paid after earlier dispute and promise"),
    ),
    dict(
        p="marcos",
        kind="client-reply-paid",
        date="2027-02-18 19:20",
        subj="Re: Recordatorio: factura 3/2027 pendiente",
        irt="reminder-0339",
        q=("gmail", "2027-02-15 9:00", "RA1", "3/2027"),
        text="""Hecho! 540 € enviados por transferencia inmediata 💸

Marcos""",
        lab=dict(amount="540.00", note="freelancer Alessandra; keeps Thursday promise"),
    ),
    dict(
        p="paula",
        kind="client-reply-dispute",
        date="2027-02-10 18:30",
        subj="Re: Factura 2027/15",
        irt="invoice-0115",
        q=("tbird", "2027-02-09 12:00", "RJI", "2027/15"),
        text="""Hola Javier:

Creo que hay un error: en esta factura (la 2027/15) vuelves a cobrar la renovación del dominio, que ya iba incluida en la de enero.

¿Lo puedes mirar, por favor?

Un saludo,
Paula""",
        lab=dict(
            reference="2027/15", note="charged twice for the same item ('ya nos la facturaste'); iso-8859-1"
        ),
    ),
    dict(
        p="santi",
        kind="client-reply-other",
        date="2027-01-29 12:00",
        subj="Re: Factura 2026/44",
        irt="invoice-0044",
        q=("gmail", "2026-12-28 10:00", "RJI", "2026/44"),
        text="""Che Javier, ¿me mandás la factura en PDF? El adjunto no me abre en el celu y estoy sin compu hasta el lunes.

Gracias!""",
        lab=dict(note="asks to resend the PDF"),
    ),
    dict(
        p="mirador",
        kind="client-reply-promise",
        date="2027-02-25 13:20",
        subj="RE: Factura rectificativa R-2027/4",
        irt="credit-0004",
        refs=["invoice-0045", "reminder-0234"],
        q=("outlookd", "2027-02-24 17:00", "RJR", "R-2027/4", "Francisco"),
        text="""Buenos días, Javier:

Recibida la nueva factura del primer semestre. Se abonará el día 5 de marzo con la remesa de proveedores.

Un saludo,""",
        lab=dict(
            promised_date="2027-03-05", note="'el día 5 de marzo' (promised date after the corpus window)"
        ),
    ),
    dict(
        p="kike",
        kind="client-reply-paid",
        date="2027-02-26 16:45",
        subj="Re: Factura 2027/1",
        irt="invoice-0101",
        q=("gmail", "2027-02-08 12:00", "RJI", "2027/1"),
        text="""Javi, al final te la he pagado ya, me ha entrado el pago de un retiro 🙌 302,50 € por transfe.

Un abrazo""",
        lab=dict(amount="302.50", note="paid earlier than the vague 'primeros de mes' promise"),
    ),
]

# ---- batch 5 -------------------------------------------------------------
persona(
    "mangel",
    split="firstread",
    name="Miguel Angel Torres",
    addr="mangel@carpinteriatorres.es",
    first="Miguel Ángel",
    qs="android",
    mid="samsung",
    sig="Miguel Ángel Torres\nCARPINTERÍA TORRES E HIJOS, S.L.\nCIF B02345678 · Albacete",
)
persona(
    "quintana",
    split="dev",
    name="Manuel Quintana",
    addr="ferreteriaquintana@yahoo.es",
    first="Manuel",
    qs="yahoo",
    mid="generic",
    fmt="alt",
    hdrs={"X-Mailer": "WebService/1.1.21952 YMailNorrin"},
)
persona(
    "coop",
    split="dev",
    name="Cooperativa Agrícola San Isidro",
    addr="administracion@coopsanisidro.es",
    first="",
    qs="outlook",
    mid="o365",
    fmt="html",
    cte="base64",
    sig="Administración\nCooperativa Agrícola San Isidro, S. Coop. And.\nCIF F23012345 · Ctra. de Jaén, s/n · 23680 Alcalá la Real (Jaén)",
    sig_html='<table width="520" style="border-top:3px solid #4a7a2c;font-family:Tahoma;font-size:8.5pt;color:#333">'
    '<tr><td width="80"><img src="https://coopsanisidro.es/img/firma_olivo.gif" width="70"></td>'
    "<td><b>Administración</b><br>Cooperativa Agrícola San Isidro, S. Coop. And.<br>"
    "CIF F23012345 · Ctra. de Jaén, s/n · 23680 Alcalá la Real (Jaén)<br>"
    '<span style="color:#4a7a2c">Aceite de oliva virgen extra desde 1958</span></td></tr></table>',
)
INV.update(
    {
        "2026/3": ("2.662,00 €", "10 de noviembre"),
        "2026/51": ("1.331,00 €", "15 de enero"),
        "2027/16": ("450,00 €", "25 de febrero"),
        "2027/17": ("1.500,00 €", "31 de enero"),
        "7/2027": ("1.210,00 €", "15 de febrero"),
        "2027/18": ("484,00 €", "15 de febrero"),
        "2027/19": ("242,00 €", "20 de febrero"),
        "2026/2": ("605,00 €", "15 de noviembre"),
        "2026/5": ("3.993,00 €", "20 de noviembre"),
        "2027/20": ("2.420,00 €", "10 de febrero"),
        "2027/21": ("800,00 €", "31 de enero"),
        "2027/22": ("1.815,00 €", "5 de febrero"),
        "2027/23": ("1.210,00 €", "18 de marzo"),
        "2027/24": ("1.200,00 €", "15 de febrero"),
        "2026/1": ("968,00 €", "10 de noviembre"),
        "2026/52": ("302,50 €", "8 de febrero"),
    }
)

MESSAGES += [
    dict(
        p="mangel",
        kind="client-reply-paid",
        date="2026-11-16 08:05",
        subj="RE: Recordatorio de pago – factura 2026/3",
        irt="reminder-0112",
        q=("android", "2026-11-15 10:00", "RJ1", "2026/3"),
        sig=False,
        text="""Buenas Javier. La factura se pago el viernes dia 13 por transferencia desde el Sabadell. Si no te ha entrado avisame.

Un saludo
Miguel Angel

Enviado desde mi smartphone Samsung Galaxy.""",
        lab=dict(note="no accents; paid on Fri 13 Nov"),
    ),
    dict(
        p="mangel",
        kind="client-reply-dispute",
        date="2027-01-19 13:30",
        subj="RE: Recordatorio de pago – factura 2026/51",
        irt="reminder-0218",
        q=("android", "2027-01-18 9:00", "RJ1", "2026/51"),
        text="""Javier buenas. Esta factura no te la vamos a pagar entera. Lo de las fotos de los muebles para la web lo hicimos nosotros al final, no tu. Descuentanos eso (eran 250 mas iva) y el resto te lo pago en cuanto me mandes la factura nueva.

Enviado desde mi smartphone Samsung Galaxy.""",
        lab=dict(
            amount="250.00",
            note="hard: partial objection (photos not done) + conditional payment of the rest -> dispute; amount = disputed part, excl. IVA",
        ),
    ),
    dict(
        p="carmen",
        kind="client-reply-other",
        date="2027-01-19 09:02",
        subj="Re: Pago recibido – factura 2026/48",
        irt="receipt-0048",
        q=("gmail", "2027-01-18 20:15", "RJOK", "2026/48"),
        sig=False,
        fmt="plain",
        text="""🙌🙌""",
        lab=dict(note="emoji-only thanks to the payment-received e-mail"),
    ),
    dict(
        p="alameda",
        kind="client-reply-paid",
        date="2027-01-21 10:10",
        subj="RE: Segundo recordatorio – factura 2026/21",
        irt="reminder-0204",
        refs=["reminder-0152"],
        q=("outlook", "2027-01-08 9:00", "RJ3", "2026/21", "buenos días"),
        att=["Aviso_pago_remesa_20012027.pdf"],
        text="""Buenos días:

Adjuntamos el aviso de pago correspondiente a la remesa del 20/01/2027, en la que se incluye su factura 2026/21 por importe de 3.025,00 €.

Un saludo,""",
        lab=dict(amount="3025.00", reference="2026/21", note="HTML-only; payment advice attached"),
    ),
    dict(
        p="rocio",
        kind="client-reply-dispute",
        date="2027-02-26 21:15",
        subj="RE: Recordatorio de pago – factura 2027/16",
        irt="reminder-0247",
        q=("outlook", "2027-02-26 9:00", "RJ1", "2027/16"),
        text="""Hola Javier,

me ha llegado otra factura de 450 € y yo ya te pagué en diciembre la página de la pastelería. Creo que es un error, ¿no? No te he encargado nada más.

Un saludo,
Rocío""",
        lab=dict(
            amount="450.00", note="private client: 'ya te pagué', believes invoice is a duplicate/error"
        ),
    ),
    dict(
        p="andres",
        kind="client-reply-promise",
        date="2027-02-02 16:00",
        subj="RE: Recordatorio de pago – factura 2027/17",
        irt="reminder-0229",
        q=("gmailw", "2027-02-02 9:00", "RJ2", "2027/17", "Andrés"),
        text="""Estimado Javier:

Le confirmo que ya tenemos aprobada la factura. La estaremos pagando en la primera quincena de febrero.

Saludos cordiales,""",
        lab=dict(note="'en la primera quincena de febrero' is a range -> no date"),
    ),
    dict(
        p="nuria",
        kind="client-reply-paid",
        date="2027-02-26 13:05",
        subj="RE: Factura rectificativa R-2027/3",
        irt="credit-0003",
        refs=["invoice-0107"],
        q=("outlookd", "2027-01-29 18:10", "RJR", "R-2027/3"),
        text="""Hola Javier,

Avui hem fet la remesa i la R-2027/3 ja està pagada. Perdona, que te escribo en catalán: hoy hemos hecho la remesa y la rectificativa ya está pagada (742,00 €).

Salutacions,""",
        lab=dict(amount="742.00", reference="R-2027/3", note="starts in Catalan then Spanish; windows-1252"),
    ),
    dict(
        p="maricarmen",
        kind="client-reply-other",
        date="2027-01-25 17:40",
        subj="Re: Segundo recordatorio - factura 2026/41",
        irt="reminder-0225",
        refs=["reminder-0221"],
        q=("tbird", "2027-01-25 9:00", "RJ3", "2026/41"),
        text="""JAVIER NO ME ABRE EL ARCHIVO. ME SALE UN MENSAJE RARO DE ADOBE. ME LO PUEDES MANDAR DE OTRA MANERA O POR EL WHATSAPP?

GRACIAS""",
        lab=dict(note="caps; cannot open the PDF, asks to resend"),
    ),
    dict(
        p="sofia",
        kind="client-reply-dispute",
        date="2027-02-17 17:25",
        subj="Re: Recordatorio: factura 7/2027 pendiente",
        irt="reminder-0352",
        q=("applemail", "2027-02-17 9:00", "RA1", "7/2027"),
        text="""Hola Alessandra,

esta factura no me cuadra: el presupuesto de la traducción de las fichas técnicas era por unas 8.000 palabras y nos facturas 11.000. Las etiquetas nuevas no entraban en el encargo, de esas se encargó la agencia de Milán.

¿Lo revisas y me dices?

Un abrazo,""",
        lab=dict(note="invoiced word count exceeds the quote -> dispute; freelancer Alessandra"),
    ),
    dict(
        p="montes",
        kind="client-reply-promise",
        date="2027-02-17 10:40",
        subj="RE: Recordatorio de pago – factura 2027/18",
        irt="reminder-0248",
        q=("outlook", "2027-02-17 9:00", "RJ2", "2027/18", "buenos días"),
        text="""Buenos días:

Su factura 2027/18 se encuentra contabilizada con vencimiento 15/03/2027, conforme a nuestras condiciones de pago (60 días fecha factura). Se abonará en dicha fecha.

Un saludo,""",
        lab=dict(
            promised_date="2027-03-15",
            reference="2027/18",
            note="client applies its own 60-day terms; payment on 15/03/2027",
        ),
    ),
    dict(
        p="amparo",
        kind="client-reply-promise",
        date="2027-02-22 20:10",
        subj="Re: Recordatorio de pago – factura 2027/19",
        irt="reminder-0249",
        q=("iphone", "2027-02-22 9:00", "RJ1", "2027/19"),
        text="""Hola Javier, perdona hijo, estoy en casa de mi hija en Valencia y no vuelvo hasta el domingo.

El lunes que viene sin falta voy al banco.

Un beso, Amparo

Enviado desde mi iPad""",
        lab=dict(promised_date="2027-03-01", note="'el lunes que viene' said on Mon 22 Feb -> Mon 1 Mar"),
    ),
    dict(
        p="luis",
        kind="client-reply-other",
        date="2026-11-12 13:15",
        subj="RE: Factura 124/2026 – Alessandra Rossi",
        irt="invoice-0124",
        q=("outlook", "2026-11-10 10:20", "RAI", "124/2026"),
        text="""Hola Alessandra,

Nuestro asesor pregunta si estás dada de alta en el censo VIES (operador intracomunitario), porque la factura va sin IVA por inversión del sujeto pasivo y necesita comprobarlo antes de contabilizarla.

¿Nos lo confirmas?

Gracias,""",
        lab=dict(note="tax question (VIES / reverse charge); freelancer Alessandra"),
    ),
    dict(
        p="gemma",
        kind="client-reply-paid",
        date="2026-12-22 11:30",
        subj="RE: Recordatorio de pago – factura 2026/6",
        irt="reminder-0119",
        q=("outlookm", "2026-11-23 9:00", "RJ1", "2026/6"),
        text="""Hecho ✔️ Remesa enviada esta mañana, te llega hoy o mañana.

Gemma

Obtener Outlook para iOS<https://aka.ms/o0ukef>""",
        lab=dict(note="keeps the 'día 22' promise; paid"),
    ),
    dict(
        p="quintana",
        kind="client-reply-paid",
        date="2026-11-27 18:20",
        subj="Re: Recordatorio de pago – factura 2026/2",
        irt="reminder-0125",
        q=("yahoo", "2026-11-27 9:00", "RJ2", "2026/2", "Manuel"),
        bottom=True,
        text="""Buenas tardes Javier.

Le comunico que ya le hice el pago hace una semana en la oficina de Unicaja. Tengo el resguardo.

Atentamente
Manuel Quintana
Ferretería Hnos. Quintana""",
        lab=dict(note="older client, Yahoo quote style (no '>' prefix)"),
    ),
    dict(
        p="quintana",
        kind="client-reply-other",
        date="2027-01-11 12:00",
        subj="Re: Factura 2026/52",
        irt="invoice-0052",
        q=("yahoo", "2027-01-08 10:00", "RJI", "2026/52", "Manuel"),
        text="""Javier no se manejar bien esto del correo. Mi nieta dice que las facturas se las mande a ella que es la que me lleva los papeles: lucia.quintana.r@gmail.com

Gracias
Manuel""",
        lab=dict(note="who to send invoices to"),
    ),
    dict(
        p="coop",
        kind="client-reply-dispute",
        date="2026-11-26 12:45",
        subj="RE: Recordatorio de pago – factura 2026/5",
        irt="reminder-0126",
        q=("outlook", "2026-11-25 9:00", "RJ2", "2026/5", "buenos días"),
        text="""Buenos días:

En relación con su factura 2026/5, le comunicamos que la Junta Rectora acordó, en su sesión del pasado 24 de noviembre, no aceptar el importe correspondiente al módulo de trazabilidad de lotes, ya que no ha sido entregado.

Le solicitamos que emita una factura de abono por dicho importe. El resto de la factura se abonará una vez recibido el abono.

Un saludo,""",
        lab=dict(reference="2026/5", note="HTML-only base64; partial rejection -> factura de abono"),
    ),
    dict(
        p="coop",
        kind="client-reply-promise",
        date="2027-01-14 10:20",
        subj="RE: Recordatorio de pago – factura 2026/5",
        irt="reminder-0126",
        q=("outlook", "2026-11-25 9:00", "RJ2", "2026/5", "buenos días"),
        text="""Buenos días:

Una vez recibida la factura de abono, le informamos de que el pago de la factura 2026/5 se realizará el próximo día 29 de enero.

Un saludo,""",
        lab=dict(promised_date="2027-01-29", reference="2026/5", note="HTML-only base64"),
    ),
    dict(
        p="beatriz",
        kind="client-reply-paid",
        date="2027-01-26 09:05",
        subj="RE: Recordatorio de pago – factura 2026/36",
        irt="reminder-0217",
        q=("outlook", "2027-01-18 9:00", "RJ1", "2026/36"),
        text="""Buenos días Javier,

Te confirmo que ayer salió el pago de la 2026/36 (484,00 €).

Un saludo,""",
        lab=dict(amount="484.00", reference="2026/36", note="paid yesterday as promised"),
    ),
    dict(
        p="toni",
        kind="client-reply-promise",
        date="2027-02-27 12:30",
        subj="Re: Segundo recordatorio – factura 2026/47",
        irt="reminder-0243",
        refs=["reminder-0236"],
        q=("android", "2027-02-23 9:00", "RJ3", "2026/47"),
        text="""Javi ya funciona el carrito!! gracias tio

el lunes te hago la transfe de la factura, palabra

Enviado desde mi Galaxy""",
        lab=dict(promised_date="2027-03-01", note="'el lunes' said on Sat 27 Feb -> Mon 1 Mar"),
    ),
    dict(
        p="pilar",
        kind="client-reply-other",
        date="2026-12-15 10:00",
        subj="RE: Pago recibido – factura 2026/14",
        irt="receipt-0014",
        q=("orig", "2026-12-14 18:00", "RJOK", "2026/14", "Pilar"),
        text="""Buenos días, Javier:

Acusamos recibo. Le informamos de que, a partir del 1 de enero, esta asesoría deja de llevar la contabilidad de PANADERÍA HERMANOS LARA, S.L. Para cualquier asunto relacionado con sus facturas deberá dirigirse directamente a ellos (administracion@panaderialara.es).

Atentamente,""",
        lab=dict(note="who to contact from January"),
    ),
    dict(
        p="elena",
        kind="client-reply-dispute",
        date="2027-02-12 10:35",
        subj="Re: Recordatorio de pago – factura 2027/20",
        irt="reminder-0250",
        q=("gmail", "2027-02-12 9:00", "RJ1", "2027/20"),
        text="""Hola Javi!

Una cosita con esta factura: habíamos hablado de aplicar el 10 % de descuento por ser cliente recurrente en los proyectos de 2027, ¿te acuerdas? 😊

¿Me la puedes rehacer con el descuento y te la pagamos enseguida?

Besos""",
        lab=dict(note="agreed discount missing -> new invoice requested"),
    ),
    dict(
        p="galvez",
        kind="client-reply-paid",
        date="2027-02-26 12:20",
        subj="RE: Recordatorio de pago – factura 2027/13",
        irt="reminder-0244",
        q=("outlook", "2027-02-17 9:00", "RJ2", "2027/13", "buenos días"),
        att=["Justificante_transferencia_2027-13.pdf"],
        text="""Buenos días:

Le adjuntamos el justificante de la transferencia de la factura 2027/13.

Un saludo,""",
        lab=dict(reference="2027/13", note="HTML-only; justificante attached"),
    ),
    dict(
        p="jorge",
        kind="client-reply-other",
        date="2027-02-24 19:05",
        subj="Re: Segundo recordatorio – factura 2027/14",
        irt="reminder-0251",
        refs=["reminder-0245"],
        q=("iphone", "2027-02-24 9:00", "RJ3", "2027/14"),
        text="""Javier, ¿te puedo llamar mañana por la tarde para hablar de esto? Prefiero hablarlo por teléfono que por correo.

Enviado desde mi iPhone""",
        lab=dict(
            note="hard: context is a dispute (see earlier reply) but this message only asks for a call -> other"
        ),
    ),
    dict(
        p="valentina",
        kind="client-reply-promise",
        date="2027-02-03 15:50",
        subj="Re: Recordatorio de pago – factura 2027/21",
        irt="reminder-0252",
        q=("gmail", "2027-02-03 9:00", "RJ1", "2027/21"),
        text="""Hola Javier!

Sí, la tengo. La pagaremos apenas nos llegue la plata del fondo, que debería ser a fines de mes.

Cariños,
Vale""",
        lab=dict(
            note="hard: 'pagaremos' conditional on funding; 'a fines de mes' is when the funds should arrive -> no date"
        ),
    ),
    dict(
        p="teresa",
        kind="client-reply-other",
        date="2027-01-04 10:40",
        subj="RE: Pago recibido – factura 2026/28",
        irt="receipt-0028",
        q=("outlook", "2026-12-31 11:00", "RJOK", "2026/28", "Teresa"),
        text="""Gracias a usted, Javier. Reciba un cordial saludo y mis mejores deseos para 2027.""",
        sig=False,
        lab=dict(note="thanks only"),
    ),
    dict(
        p="raul",
        kind="client-reply-paid",
        date="2027-02-10 13:48",
        subj="Re: Segundo recordatorio – factura 2026/49",
        irt="reminder-0228",
        refs=["reminder-0220"],
        q=("android", "2027-02-01 8:00", "RJ3", "2026/49"),
        text="""YA ESTA LO DEL MENU, GRACIAS. TE HE PAGADO LA FACTURA AHORA MISMO""",
        lab=dict(note="caps; paid after fix"),
    ),
    dict(
        p="solana",
        kind="client-reply-dispute",
        date="2027-02-09 11:15",
        subj="RE: Recordatorio de pago – factura 2027/22",
        irt="reminder-0253",
        q=("outlook", "2027-02-08 9:00", "RJ2", "2027/22", "buenos días"),
        text="""Estimado proveedor:

Le comunicamos que no podemos aprobar la factura 2027/22: el precio por página aplicado (15 €) no corresponde a la tarifa pactada para 2027 (12 € por página), según el anexo de precios firmado en diciembre.

Le rogamos que emita una factura rectificativa con la tarifa correcta.

Atentamente,""",
        lab=dict(reference="2027/22", note="wrong unit price -> rectificativa; unit prices only, no total"),
    ),
    dict(
        p="ines",
        kind="client-reply-other",
        date="2027-02-16 09:30",
        subj="RE: Factura 2027/23",
        irt="invoice-0123",
        q=("outlookd", "2027-02-15 17:00", "RJI", "2027/23"),
        text="""Recibida. Se la paso a Rosa para que la tramite.

Inés""",
        sig=False,
        lab=dict(note="'lo paso a administración'; no payment claim or date"),
    ),
    dict(
        p="santi",
        kind="client-reply-dispute",
        date="2027-02-17 14:20",
        subj="Re: Recordatorio de pago – factura 2027/24",
        irt="reminder-0254",
        q=("gmail", "2027-02-17 9:00", "RJ1", "2027/24"),
        text="""Javier, pará: esta factura es por el mismo mantenimiento de enero que ya te pagué hace dos semanas. ¿No me la habrás mandado dos veces?

Abrazo""",
        lab=dict(note="believes it duplicates an invoice already paid"),
    ),
    dict(
        p="mirador",
        kind="client-reply-paid",
        date="2026-11-20 10:55",
        subj="RE: Recordatorio de pago – factura 2026/1",
        irt="reminder-0116",
        q=("outlookd", "2026-11-19 9:00", "RJ1", "2026/1", "Francisco"),
        att=["Orden transferencia 13-11-2026.pdf"],
        text="""Buenos días, Javier:

La factura 2026/1 se abonó el pasado 13 de noviembre. Le adjunto copia de la orden de transferencia.

Un saludo,""",
        lab=dict(reference="2026/1", note="windows-1252; paid a week ago"),
    ),
]

# ---- batch 6 -------------------------------------------------------------
INV.update(
    {
        "2027/25": ("968,00 €", "15 de febrero"),
        "2027/26": ("2.057,00 €", "20 de febrero"),
        "2027/10": ("1.331,00 €", "15 de febrero"),
        "9/2027": ("880,00 €", "25 de marzo"),
        "2026/53": ("121,00 €", "30 de noviembre"),
        "2027/27": ("726,00 €", "12 de febrero"),
        "2027/28": ("605,00 €", "5 de febrero"),
        "2027/29": ("1.936,00 €", "20 de marzo"),
        "2027/30": ("847,00 €", "20 de febrero"),
        "2027/31": ("2.420,00 €", "20 de febrero"),
        "2027/32": ("363,00 €", "10 de febrero"),
        "2027/34": ("5.445,00 €", "15 de febrero"),
        "11/2027": ("380,00 €", "20 de febrero"),
        "R-2027/5": ("72,60 €", "10 de marzo"),
        "2027/33": ("302,50 €", "25 de marzo"),
        "2027/35": ("1.573,00 €", "15 de febrero"),
        "2027/36": ("484,00 €", "10 de febrero"),
    }
)

MESSAGES += [
    dict(
        p="marta",
        kind="client-reply-other",
        date="2026-12-11 13:05",
        subj="RE: Factura 2026/29",
        irt="invoice-0029",
        q=("outlookd", "2026-12-10 17:45", "RJI", "2026/29"),
        text="""Hola Javier:

Hemos cambiado de programa de contabilidad y ahora nos pide las facturas en formato Facturae (XML firmado). ¿Podrías enviárnosla también en ese formato? Si no puedes, nos apañamos con el PDF, pero nos ahorrarías trabajo.

Gracias,""",
        lab=dict(note="asks for the invoice in Facturae XML format"),
    ),
    dict(
        p="marta",
        kind="client-reply-promise",
        date="2027-02-16 12:50",
        subj="RE: Recordatorio de pago – factura 2027/25",
        irt="reminder-0255",
        q=("outlookd", "2027-02-16 9:00", "RJ1", "2027/25"),
        text="""Hola Javier:

No, todavía no está pagada: se nos quedó fuera de la remesa del 15 porque llegó sin aprobar al departamento. Irá en la del 26, la última de febrero, sin falta.

Un saludo,""",
        lab=dict(
            promised_date="2027-02-26",
            note="hard: 'no, todavía no está pagada' + 'irá en la (remesa) del 26' -> promise 26 Feb",
        ),
    ),
    dict(
        p="pepe",
        kind="client-reply-paid",
        date="2026-12-18 14:22",
        subj="Re: Segundo recordatorio – factura 2026/12",
        irt="reminder-0162",
        refs=["reminder-0121", "reminder-0135"],
        q=("gmail", "2026-12-14 9:00", "RJ3", "2026/12", "José Luis"),
        text="""javier lo hablado por telefono, te e echo la transferencia de 363 (con el iva). perdona el lio y gracias

pepe""",
        lab=dict(amount="363.00", note="paid in full after the IVA disagreement was settled by phone"),
    ),
    dict(
        p="lucia",
        kind="client-reply-dispute",
        date="2027-02-22 11:45",
        subj="RE: Recordatorio de pago – factura 2027/10",
        irt="reminder-0256",
        q=("orig", "2027-02-22 9:00", "RJ2", "2027/10", "Lucía"),
        text="""Buenos días, Sr. Martín:

Nuestro cliente, AUTOESCUELA MIRALBUENO, S.L., abonará el próximo viernes 1.089,00 €, correspondientes a los trabajos que considera conformes.

El importe restante (242,00 €), relativo a la migración del correo electrónico, queda retenido hasta que se resuelva la incidencia que le comunicaron la semana pasada (siguen sin recibir correos en dos de las cuentas).

Atentamente,""",
        lab=dict(
            promised_date="2027-02-26",
            note="hard: promise for part ('el próximo viernes', Mon 22 Feb -> Fri 26 Feb) with objection on the rest -> dispute; two figures -> no amount",
        ),
    ),
    dict(
        p="inaki",
        kind="client-reply-dispute",
        date="2027-01-07 10:12",
        subj="Re: Segundo recordatorio – factura 2026/24",
        irt="reminder-0203",
        refs=["reminder-0160"],
        q=("iphone", "2027-01-07 9:00", "RJ3", "2026/24"),
        text="""Javier, te la pagamos a medias a propósito: el presupuesto era de 800 IVA incluido y la factura es de 800 más IVA. Los 168 de diferencia no te los vamos a pagar, lo siento.

Enviado desde mi iPhone""",
        lab=dict(
            amount="168.00",
            note="hard: partial payment on purpose; refuses the IVA on top of an 'IVA incluido' quote; amount = disputed difference",
        ),
    ),
    dict(
        p="alvaro",
        kind="client-reply-paid",
        date="2027-02-22 08:55",
        subj="Re: Segundo recordatorio – factura 2027/2",
        irt="reminder-0257",
        refs=["reminder-0235"],
        q=("iphone", "2027-02-22 8:30", "RJ3", "2027/2"),
        text="""Ya la pagamos el viernes, check it pls.

Sent from my iPhone""",
        lab=dict(note="hard: 'pagamos' is past here because of 'ya'"),
    ),
    dict(
        p="ayto",
        kind="client-reply-paid",
        date="2027-02-16 13:30",
        subj="RE: Tercer recordatorio - factura 2026/38",
        irt="reminder-0241",
        refs=["reminder-0219", "reminder-0231"],
        osubj="Tercer recordatorio - factura 2026/38",
        q=("orig", "2027-02-15 9:00", "RJ3", "2026/38", "buenos días"),
        cc="Tesorería Municipal <tesoreria@villarrubiadelcampo.es>",
        text="""Sr. Martín:

A petición de la Tesorería municipal, le comunicamos que con fecha 12/02/2027 se ordenó el pago de la factura 2026/38, por importe de 2.178,00 euros, mediante transferencia a la cuenta que consta en la ficha de terceros.

Atentamente,""",
        lab=dict(amount="2178.00", reference="2026/38", note="public body: payment ordered on 12 Feb"),
    ),
    dict(
        p="sofia",
        kind="client-reply-other",
        date="2027-02-25 10:15",
        subj="Re: Factura 9/2027 – Alessandra Rossi",
        irt="invoice-0209",
        q=("applemail", "2027-02-24 18:40", "RAI", "9/2027"),
        cc="Íñigo Larrea <inigo@larreaasesores.es>",
        text="""¡Gracias, Alessandra!

Te pongo en copia a Íñigo, nuestro nuevo gestor: a partir de ahora mándale también a él las facturas, que es quien hace los pagos.

Un abrazo,""",
        lab=dict(note="who to send invoices to; freelancer Alessandra"),
    ),
    dict(
        p="montes",
        kind="client-reply-dispute",
        date="2027-02-23 12:05",
        subj="RE: Recordatorio de pago – factura 2027/26",
        irt="reminder-0258",
        q=("outlook", "2027-02-22 9:00", "RJ2", "2027/26", "buenos días"),
        text="""Buenos días:

Le informamos de que a la factura 2027/26 se le aplicará la penalización por retraso en la entrega prevista en las condiciones del pedido n.º 4500022310 (5 % por semana de retraso; la entrega se produjo con dos semanas de retraso).

En consecuencia, el importe que se abonará será de 1.851,30 €.

Un saludo,""",
        lab=dict(
            amount="1851.30",
            reference="2027/26",
            note="client unilaterally applies a 10 % penalty; amount = what they intend to pay",
        ),
    ),
    dict(
        p="amparo",
        kind="client-reply-other",
        date="2026-12-04 17:30",
        subj="Re: Recordatorio de pago – factura 2026/53",
        irt="reminder-0142",
        q=("iphone", "2026-12-04 9:00", "RJ1", "2026/53"),
        text="""Javier, hijo, ¿esta no te la pagué ya? Yo creo que sí, pero no encuentro el papel del banco. Míralo tú y me dices.

Un beso

Enviado desde mi iPad""",
        lab=dict(
            note="hard: unsure whether she paid ('creo que sí' but no proof) -> question, no paid claim"
        ),
    ),
    dict(
        p="gemma",
        kind="client-reply-other",
        date="2026-11-25 09:40",
        subj="RE: Recordatorio de pago – factura 2026/6",
        irt="reminder-0119",
        q=("outlookm", "2026-11-23 9:00", "RJ1", "2026/6"),
        text="""Javier, una cosa: ¿nos puedes mandar el presupuesto firmado junto con la factura? Nos lo pide el cliente final para la aprobación.

Gemma

Obtener Outlook para iOS<https://aka.ms/o0ukef>""",
        lab=dict(note="asks for the signed quote; no payment info"),
    ),
    dict(
        p="diego",
        kind="client-reply-paid",
        date="2026-12-16 14:25",
        subj="RE: Recordatorio de pago – factura 2026/4",
        irt="reminder-0137",
        q=("gmailw", "2026-12-03 9:00", "RJ2", "2026/4", "Diego"),
        att=["Soporte giro exterior 15122026.pdf"],
        text="""Javier, buenas tardes.

Le informo que ayer, 15 de diciembre, se efectuó el giro por valor de EUR 2.000,00. Anexo el soporte de la operación.

Cordialmente,""",
        lab=dict(amount="2000.00", note="Colombian: 'se efectuó el giro' = transfer made"),
    ),
    dict(
        p="beatriz",
        kind="client-reply-other",
        date="2027-02-15 10:05",
        subj="RE: Recordatorio de pago – factura 2027/27",
        irt="reminder-0259",
        q=("outlook", "2027-02-15 9:00", "RJ1", "2027/27"),
        text="""Hola Javier,

Aún no la hemos pagado porque está pendiente de que la firme el Dr. Molina, que está esta semana en un congreso. En cuanto la firme te digo algo.

Un saludo,""",
        lab=dict(
            note="hard: 'aún no la hemos pagado' with no commitment to pay or date (pending signature) -> other"
        ),
    ),
    dict(
        p="toni",
        kind="client-reply-other",
        date="2027-02-28 19:00",
        subj="Re: Segundo recordatorio – factura 2026/47",
        irt="reminder-0243",
        refs=["reminder-0236"],
        q=("android", "2027-02-23 9:00", "RJ3", "2026/47"),
        text="""javi q numero de cuenta era? el de la factura o el nuevo q me dijiste por wasap?

Enviado desde mi Galaxy""",
        lab=dict(note="which account to pay into"),
    ),
    dict(
        p="pilar",
        kind="client-reply-paid",
        date="2027-02-09 10:20",
        subj="RE: Recordatorio de pago – factura 2027/28",
        irt="reminder-0260",
        q=("orig", "2027-02-08 9:00", "RJ2", "2027/28", "Pilar"),
        text="""Buenos días, Javier:

Le comunico que la factura 2027/28 de nuestro cliente TALLERES GARRIDO, S.L. fue abonada el día 5, coincidiendo con su vencimiento. Si no le consta, le ruego que me lo indique y solicitaremos el justificante al banco.

Atentamente,""",
        lab=dict(reference="2027/28", note="gestoría, another client; paid on due date"),
    ),
    dict(
        p="elena",
        kind="client-reply-other",
        date="2027-02-19 12:30",
        subj="Re: Factura 2027/29",
        irt="invoice-0129",
        q=("gmail", "2027-02-18 19:00", "RJI", "2027/29"),
        text="""Javi, ¿a qué cuenta te la pagamos? En la factura sale una del BBVA y en la firma de tus correos otra de ING 🤷‍♀️

Sergio no quiere liarla.""",
        lab=dict(note="'¿a qué cuenta?'"),
    ),
    dict(
        p="galvez",
        kind="client-reply-dispute",
        date="2027-02-24 09:50",
        subj="RE: Recordatorio de pago – factura 2027/30",
        irt="reminder-0261",
        q=("outlook", "2027-02-23 9:00", "RJ2", "2027/30", "buenos días"),
        text="""Buenos días:

Su factura 2027/30 incluye cuatro horas de desplazamiento que no fueron autorizadas por esta empresa; la intervención estaba pactada en remoto.

Le rogamos que emita una factura de abono por dicho concepto para poder tramitar el resto.

Un saludo,""",
        lab=dict(reference="2027/30", note="HTML-only; unauthorised travel hours -> abono"),
    ),
    dict(
        p="jorge",
        kind="client-reply-promise",
        date="2027-02-26 21:10",
        subj="Re: Segundo recordatorio – factura 2027/14",
        irt="reminder-0251",
        refs=["reminder-0245"],
        q=("iphone", "2027-02-24 9:00", "RJ3", "2027/14"),
        text="""Javier, lo que hablamos por teléfono: te pago la mitad del mantenimiento, 90,75 €, el lunes, y el año que viene ya vemos si lo renovamos.

Gracias por entenderlo.

Enviado desde mi iPhone""",
        lab=dict(
            promised_date="2027-03-01",
            amount="90.75",
            note="hard: settlement agreed by phone -> promise of the agreed half on Monday (Fri 26 Feb -> Mon 1 Mar)",
        ),
    ),
    dict(
        p="valentina",
        kind="client-reply-paid",
        date="2027-02-27 11:40",
        subj="Re: Recordatorio de pago – factura 2027/21",
        irt="reminder-0252",
        q=("gmail", "2027-02-03 9:00", "RJ1", "2027/21"),
        text="""Hola Javier!

Llegó la plata del fondo antes de lo esperado 🙌 Ya te transferí los 800 €.

Cariños,
Vale""",
        lab=dict(amount="800.00"),
    ),
    dict(
        p="xavier",
        kind="client-reply-other",
        date="2027-02-16 16:10",
        subj="RE: Pago recibido – factura R-2027/2",
        irt="receipt-0202",
        q=("outlookd", "2027-02-16 10:00", "RJOK", "R-2027/2"),
        text="""Gracias. Para las próximas facturas indica, por favor, nuestro número de pedido (PO-2027-031) en el concepto; si no, contabilidad nos las devuelve.

Saludos,""",
        lab=dict(note="thanks + invoicing instruction for future invoices"),
    ),
    dict(
        p="teresa",
        kind="client-reply-dispute",
        date="2027-02-23 12:45",
        subj="RE: Recordatorio de pago – factura 2027/31",
        irt="reminder-0262",
        q=("outlook", "2027-02-22 9:00", "RJ2", "2027/31", "Teresa"),
        text="""Estimado Javier:

La factura incluye la partida de "formación al personal de la Fundación", que finalmente no se impartió porque se aplazó al próximo trimestre por decisión de ambas partes.

Le ruego que emita una factura rectificativa excluyendo dicha partida; la formación se facturará cuando se realice.

Un cordial saludo,""",
        lab=dict(note="service not delivered (postponed) -> rectificativa"),
    ),
    dict(
        p="raul",
        kind="client-reply-dispute",
        date="2027-02-15 07:50",
        subj="Re: Recordatorio de pago – factura 2027/32",
        irt="reminder-0263",
        q=("android", "2027-02-15 7:30", "RJ1", "2027/32"),
        text="""LA DE ENERO TE LA PAGUE EL OTRO DIA. ESTA NO, PORQUE EN FEBRERO NO ME HAS HECHO NADA. NO PIENSO PAGAR UN MES SIN TRABAJO""",
        lab=dict(note="hard: 'he pagado la otra, esta no' + refusal -> dispute"),
    ),
    dict(
        p="solana",
        kind="client-reply-dispute",
        date="2027-02-18 10:30",
        subj="RE: Recordatorio de pago – factura 2027/34",
        irt="reminder-0264",
        q=("outlook", "2027-02-17 9:00", "RJ2", "2027/34", "buenos días"),
        text="""Estimado proveedor:

La factura 2027/34 no recoge el rappel del 3 % por volumen anual establecido en el acuerdo marco vigente para proveedores con facturación superior a 20.000 € en el ejercicio anterior.

Le rogamos que emita una factura rectificativa aplicando dicho descuento.

Atentamente,""",
        lab=dict(
            reference="2027/34",
            note="volume discount missing -> rectificativa; 20.000 € is a threshold, not the invoice amount",
        ),
    ),
    dict(
        p="ines",
        kind="client-reply-dispute",
        date="2027-02-18 16:40",
        subj="RE: Factura 2027/23",
        irt="invoice-0123",
        q=("outlookd", "2027-02-15 17:00", "RJI", "2027/23"),
        cc="Rosa Beltrán <administracion@prietovega.es>",
        text="""Javier:

Revisando con Rosa la 2027/23: el hosting anual ya os lo pagamos en la 2026/39, que lo incluía hasta diciembre de 2027. Anúlala, por favor.

Un saludo,""",
        lab=dict(
            reference="2027/23",
            note="'ya nos la facturaste': 2027/23 duplicates hosting already paid in 2026/39; reference = the invoice disputed",
        ),
    ),
    dict(
        p="marcos",
        kind="client-reply-dispute",
        date="2027-02-22 13:15",
        subj="Re: Recordatorio: factura 11/2027 pendiente",
        irt="reminder-0358",
        q=("gmail", "2027-02-22 9:00", "RA1", "11/2027"),
        text="""Oye Alessandra, en esta me cobras 380 € pero quedamos en 300 por ser un texto corto, ¿no? Lo hablamos por WhatsApp el 12 de enero.

Dime algo y lo arreglamos.""",
        lab=dict(note="wrong amount (380 vs agreed 300); two figures -> no amount; freelancer Alessandra"),
    ),
    dict(
        p="paula",
        kind="client-reply-promise",
        date="2027-02-16 17:55",
        subj="Re: Factura rectificativa R-2027/5",
        irt="credit-0005",
        refs=["invoice-0115"],
        q=("tbird", "2027-02-15 19:20", "RJR", "R-2027/5"),
        bottom=True,
        text="""Hola Javier:

Recibida, gracias. La pago el día 1 con el resto de facturas del mes.

Un saludo,
Paula""",
        lab=dict(promised_date="2027-03-01", note="'el día 1' in a 16 Feb message -> 1 Mar; iso-8859-1"),
    ),
    dict(
        p="santi",
        kind="client-reply-promise",
        date="2027-02-24 10:05",
        subj="Re: Recordatorio de pago – factura 2027/24",
        irt="reminder-0254",
        q=("gmail", "2027-02-17 9:00", "RJ1", "2027/24"),
        bottom=True,
        text="""Tenías razón, era otro concepto, perdoná el malentendido. Te la pago el viernes.

Abrazo""",
        lab=dict(
            promised_date="2027-02-26",
            note="withdraws earlier objection; 'el viernes' (Wed 24 Feb) -> Fri 26 Feb",
        ),
    ),
    dict(
        p="mirador",
        kind="client-reply-dispute",
        date="2027-02-26 09:15",
        subj="RE: Recordatorio de pago – factura 2027/35",
        irt="reminder-0265",
        q=("outlookd", "2027-02-25 9:00", "RJ1", "2027/35", "Francisco"),
        text="""Buenos días, Javier:

Las horas de soporte del puente de diciembre que figuran en la factura no fueron solicitadas por el hotel: estábamos cerrados por temporada baja y nadie de administración autorizó esa intervención.

Le rogamos que retire esa partida y nos envíe una factura corregida.

Un saludo,""",
        lab=dict(note="unrequested work -> corrected invoice; windows-1252"),
    ),
    dict(
        p="kike",
        kind="client-reply-promise",
        date="2027-02-27 10:30",
        subj="Re: Factura 2027/33",
        irt="invoice-0133",
        q=("gmail", "2027-02-26 18:00", "RJI", "2027/33"),
        text="""Gracias Javi 🙏 ¿Te importa si esta te la pago en dos veces? La mitad a primeros de marzo y la otra mitad a final de mes.

Kike""",
        lab=dict(
            note="hard: instalment proposal (two vague/relative dates, awaiting agreement) -> promise without date"
        ),
    ),
    dict(
        p="coop",
        kind="client-reply-paid",
        date="2027-01-29 12:10",
        subj="RE: Recordatorio de pago – factura 2026/5",
        irt="reminder-0126",
        q=("outlook", "2026-11-25 9:00", "RJ2", "2026/5", "buenos días"),
        text="""Buenos días:

Le comunicamos que con fecha de hoy se ha realizado la transferencia correspondiente a la factura 2026/5, una vez deducido el importe de la factura de abono A-2027/1.

Importe transferido: 2.783,00 €.

Un saludo,""",
        lab=dict(amount="2783.00", reference="2026/5", note="HTML-only base64; paid net of the credit note"),
    ),
]

# === END OF DATA ===

KINDS = {
    "invoice",
    "payment-notification",
    "client-reply-paid",
    "client-reply-promise",
    "client-reply-dispute",
    "client-reply-other",
    "auto-reply",
    "bounce",
    "other",
}


def tq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def main():
    for f in os.listdir(OUT):
        if re.fullmatch(r"es-\d{4}\.eml", f):
            os.remove(os.path.join(OUT, f))
    lines = [
        "# Spanish client replies for mailduns — generated by make.py, do not edit.",
        "# Conventions: see the docstring of make.py.",
        "",
    ]
    for i, m in enumerate(MESSAGES, 1):
        name = f"es-{i:04d}.eml"
        raw = build(i, m)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(raw)
        lab = m["lab"]
        kind = m["kind"]
        assert kind in KINDS, (i, kind)
        lines.append(f'[files."{name}"]')
        lines.append(f"kind = {tq(kind)}")
        lines.append('language = "es"')
        lines.append(f"split = {tq(P[m['p']]['split'])}")
        for k in ("promised_date", "amount", "reference", "note"):
            if lab.get(k):
                lines.append(f"{k} = {tq(lab[k])}")
        extra = set(lab) - {"promised_date", "amount", "reference", "note"}
        assert not extra, (i, extra)
        if lab.get("promised_date"):
            pd = dt.date.fromisoformat(lab["promised_date"])
            assert pd >= parse_when(m["date"]).date(), (i, "promise in the past")
        if lab.get("amount"):
            assert re.fullmatch(r"\d+\.\d\d", lab["amount"]), (i, lab["amount"])
        lines.append("")
    with open(os.path.join(OUT, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    check()


def check():
    with open(os.path.join(OUT, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    emls = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    assert set(emls) == set(labels), "labels/eml mismatch"
    from collections import Counter

    kinds, splits, ks = Counter(), Counter(), Counter()
    senders = {"firstread": set(), "dev": set()}
    for f in emls:
        with open(os.path.join(OUT, f), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=policy.default)
        assert msg["From"] and msg["Date"] and msg["Subject"] is not None, f
        dte = msg["Date"].datetime
        assert dt.datetime(2026, 11, 1, tzinfo=TZ) <= dte <= dt.datetime(2027, 2, 28, 23, 59, tzinfo=TZ), (
            f,
            dte,
        )
        part = msg.get_body(preferencelist=("plain", "html"))
        assert part is not None and part.get_content().strip(), f
        lab = labels[f]
        kinds[lab["kind"]] += 1
        splits[lab["split"]] += 1
        ks[(lab["kind"], lab["split"])] += 1
        senders[lab["split"]].add(msg["From"].addresses[0].addr_spec)
    assert not (senders["firstread"] & senders["dev"]), "persona in both splits"
    print(f"{len(emls)} messages; personas firstread={len(senders['firstread'])} dev={len(senders['dev'])}")
    for k, n in sorted(kinds.items()):
        print(f"  {k:24s} {n:4d}  firstread={ks[(k, 'firstread')]:3d} dev={ks[(k, 'dev')]:3d}")
    print("  splits:", dict(splits))


if __name__ == "__main__":
    main()
