# Spanish threads: Lucía Martín (2026-0NN), Jordi Puig (F26-NNN), Carmen Rodríguez (CR-2026-NN, Las Palmas).
from common import *

LM = P("Lucía Martín", "lucia@martinestudio.es", "Europe/Madrid", "es", "gmail-es")
JP = P("Jordi Puig", "jordi@puigfotografia.cat", "Europe/Madrid", "es", "thunderbird-es", TB)
CR = P("Carmen Rodríguez", "carmen@rodriguezcomunica.es", "Atlantic/Canary", "es", "apple-es", APPLE)
letters.PAY[LM.addr] = ("Lucía Martín García", "ES91 2100 0418 4502 0005 1332", "CAIXESBBXXX")
letters.PAY[JP.addr] = ("Jordi Puig i Vila", "ES79 0081 0200 2800 0123 4567", "BSABESBBXXX")
letters.PAY[CR.addr] = ("Carmen Rodríguez Suárez", "ES12 0049 1805 1122 1034 5678", "BSCHESMMXXX")

SIG_LM = "Lucía\n\n--\nLucía Martín · Estudio de diseño\nC/ Ruzafa 22, 46006 Valencia · martinestudio.es"
SIG_JP = "Jordi\n--\nJordi Puig · Fotografia\n+34 659 123 487 · puigfotografia.cat"
SIG_CR = "Carmen\n\nCarmen Rodríguez · Comunicación y redes\nLas Palmas de Gran Canaria"

LOPD = ("AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo "
        "contener información confidencial sometida a secreto profesional. No está permitida su comunicación, "
        "reproducción o distribución sin la autorización expresa del remitente. De conformidad con el Reglamento (UE) "
        "2016/679 (RGPD) y la LOPDGDD 3/2018, le informamos de que sus datos personales serán tratados con la finalidad "
        "de gestionar la relación comercial. Puede ejercer sus derechos de acceso, rectificación y supresión "
        "escribiendo a lopd@empresa.es.")

# ------------------------------------------------------------------ 1 paid: promise kept
c = P("Javier Ortega", "javier.ortega@ortegaabogados.es", "Europe/Madrid", "es", "outlook-es", OUTLOOK)
S([
    msg(LM, c, "2026-10-20 12:30", f"""Hola Javier:

Te adjunto la factura 2026-041 por la nueva identidad del despacho (1.200,00 € + IVA = 1.452,00 €), con vencimiento a 30 días.

¡Gracias por todo!
{SIG_LM}""", subject="Factura 2026-041 – Ortega Abogados"),
    REM(LM, c, "2026-11-23 09:00", "reminder", "Estimados señores:", "2026-041", "1.452,00 €", "19 de noviembre de 2026"),
    msg(c, LM, "2026-11-23 10:05", """Hola Lucía,

Disculpa, se nos pasó con el cambio de gestoría. La pagamos el viernes 27 sin falta.

Un saludo,
Javier Ortega
Ortega Abogados""", subject="RE: Factura n.º 2026-041 pendiente de pago"),
    msg(LM, c, "2026-11-23 10:30", "¡Gracias, Javier! Sin problema.\nLucía"),
    msg(c, LM, "2026-11-27 13:10", """Transferencia realizada, tal y como te dije. Te adjunto el justificante.

Un saludo,
Javier""", subject="RE: Factura n.º 2026-041 pendiente de pago"),
], dict(kind="client-reply-paid", language="es",
        note="Promise kept ('Transferencia realizada, tal y como te dije') with receipt; quoted 'viernes 27' must not become a promised date."),
    fmt="alt", cte="quoted-printable", attach=[("Justificante_transferencia.pdf", "application/pdf", PDF)])

# ------------------------------------------------------------------ 2 promise: remittance moved to 8 January
c = P("Marta Gil - Administración", "administracion@miramarhoteles.es", "Europe/Madrid", "es", "outlook-es", OUTLOOK)
S([
    REM(JP, c, "2026-11-30 09:00", "reminder", "Estimados señores:", "F26-118", "2.299,00 €", "25 de noviembre de 2026"),
    msg(c, JP, "2026-11-30 12:00", """Buenos días:

Le informamos de que su factura F26-118 está incluida en la remesa del 15 de diciembre.

Atentamente,
Marta Gil
Dpto. Administración – Grupo Hostelero Miramar, S.L.""", subject="RE: Factura n.º F26-118 pendiente de pago"),
    msg(JP, c, "2026-11-30 12:30", "Muchas gracias, Marta.\nUn saludo,\nJordi Puig"),
    msg(c, JP, "2026-12-14 11:40", """Buenos días, Jordi:

Le informo de que, por el cierre contable de fin de año, la remesa del día 15 se ha retrasado. Su factura F26-118 se abonará en la remesa del 8 de enero.

Disculpe las molestias.

Atentamente,
Marta Gil
Dpto. Administración – Grupo Hostelero Miramar, S.L.

""" + LOPD, subject="RE: Factura n.º F26-118 pendiente de pago"),
], dict(kind="client-reply-promise", language="es", promised_date="2027-01-08", reference="F26-118",
        note="The quoted 'remesa del 15 de diciembre' is replaced by 'la remesa del 8 de enero'."),
    fmt="html", cte="quoted-printable")

# ------------------------------------------------------------------ 3 promise: discount accepted, pays tomorrow
c = P("Raúl Domínguez", "raul@dominguezreformas.com", "Europe/Madrid", "es", "samsung-es")
S([
    msg(LM, c, "2026-11-12 16:00", f"""Hola Raúl:

Te paso la factura 2026-044 por los planos de la reforma de la calle Colón (800,00 € + IVA = 968,00 €).

{SIG_LM}""", subject="Factura 2026-044"),
    msg(c, LM, "2026-11-16 08:10", "Lucía me cobras tres revisiones de planos y acordamos dos. Asi no estoy de acuerdo con la factura"),
    msg(LM, c, "2026-11-17 10:20", """Raúl, el presupuesto decía dos, es verdad. La tercera fue por el cambio de cocina que pediste, pero no quiero discutir por esto: te hago una rectificativa sin esa revisión, 100 € + IVA menos. Queda en 847,00 €.
Lucía"""),
    msg(c, LM, "2026-12-03 21:15", """Vale Lucía, con el descuento me parece bien, perdona que haya tardado en contestar, estaba de obra en Toledo.
Te hago la transferencia mañana de los 847. Gracias por entenderlo

Enviado desde mi smartphone Samsung Galaxy."""),
], dict(kind="client-reply-promise", language="es", promised_date="2026-12-04", amount="847.00",
        note="Dispute (quoted) settled with a discount; now 'te hago la transferencia mañana de los 847' (Thu 3 Dec → 4 Dec)."),
    fmt="plain", cs="utf-8", cte="base64")

# ------------------------------------------------------------------ 4 other: invoice to the company name
c = P("Nuria Soler", "nuria@solerinteriorisme.cat", "Europe/Madrid", "es", "gmail-es")
S([
    REM(JP, c, "2026-12-09 09:00", "reminder", "Buenos días, Nuria Soler:", "F26-121", "605,00 €", "4 de diciembre de 2026"),
    msg(c, JP, "2026-12-09 13:20", "Hola Jordi! Perdona, la pago a final de mes, ¿vale?\nNuria"),
    msg(JP, c, "2026-12-09 13:45", "Perfecto, Nuria. Gràcies!\nJordi"),
    msg(c, JP, "2026-12-21 10:02", """Jordi, una cosa: la gestoría me dice que la factura tendría que ir a nombre de Soler Interiorisme SL (CIF B67234511, calle Provença 210, Barcelona) y no a mi nombre, porque si no no me la puedo deducir.
¿Me la puedes rehacer? 
Gràcies!!
Nuria"""),
], dict(kind="client-reply-other", language="es",
        note="Asks for the invoice to be reissued to the company (administrative, not contesting amount or work). The quoted 'a final de mes' promise is not restated."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 5 paid after a dispute and a corrective invoice
c = P("Sergio Navarro", "snavarro@navarrologistica.es", "Europe/Madrid", "es", "outlook-es", OUTLOOK)
S([
    msg(c, CR, "2026-11-20 10:30", """Carmen, buenos días:

En la factura CR-2026-31 aparece el vídeo corporativo (200 € + IGIC), y el vídeo no se llegó a hacer porque lo cancelamos en octubre. No la puedo aprobar así.

Saludos,
Sergio Navarro""", subject="Factura CR-2026-31"),
    msg(CR, c, "2026-11-20 11:05", """Hola Sergio, tienes toda la razón, se me quedó la línea del presupuesto. Te anulo la factura y te mando una rectificativa, CR-R-2026-01, por 856,00 € (800 + IGIC 7 %).
Disculpa el error.
Carmen"""),
    msg(c, CR, "2026-11-20 12:40", "De acuerdo, gracias Carmen. En cuanto la tenga la tramito.\nSergio", subject="RE: Factura CR-2026-31"),
    msg(CR, c, "2026-11-23 09:10", "Aquí la tienes, Sergio.\nCarmen"),
    msg(c, CR, "2026-12-11 12:18", """Carmen, pagada hoy la rectificativa, 856 €. Zanjado 🙂

Saludos,
Sergio Navarro
Navarro Logística
""", subject="RE: Factura CR-2026-31"),
], dict(kind="client-reply-paid", language="es", amount="856.00",
        note="Paid after a dispute settled by a corrective invoice; the dispute is in the quoted history."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 6 dispute: IRPF withholding missing
c = P("Ana Castillo", "ana.castillo@castilloasesores.es", "Europe/Madrid", "es", "outlook-es", OUTLOOK)
S([
    REM(LM, c, "2026-12-14 09:00", "reminder", "Estimados señores:", "2026-046", "1.089,00 €", "10 de diciembre de 2026"),
    msg(c, LM, "2026-12-14 10:15", "Hola Lucía, perdona, te la pago esta semana.\nAna", subject="RE: Factura n.º 2026-046 pendiente de pago"),
    msg(LM, c, "2026-12-14 10:40", "¡Gracias, Ana!\nLucía"),
    msg(c, LM, "2026-12-16 17:05", """Lucía, al ir a pagarla me he dado cuenta de que no has aplicado la retención del 15 % de IRPF, y nosotros como sociedad estamos obligados a retenerte.
El total correcto sería 954 € y no 1.089 €. Así no la puedo pagar; ¿me mandas una rectificativa?

Ana Castillo
Castillo Asesores, S.L.P.""", subject="RE: Factura n.º 2026-046 pendiente de pago"),
], dict(kind="client-reply-dispute", language="es", amount="954.00",
        note="Amount = the total the client accepts (954 €). After a quoted promise ('esta semana'), contests the total (IRPF withholding missing) and asks for a corrective invoice."),
    fmt="plain", cs="iso-8859-1", cte="quoted-printable")

# ------------------------------------------------------------------ 7 paid: Bizum
c = P("Pablo Herrero", "pabloherrero82@gmail.com", "Europe/Madrid", "es", "gmail-es")
S([
    REM(JP, c, "2026-12-09 09:00", "reminder", "Buenos días, Pablo Herrero:", "F26-125", "150,00 €", "5 de diciembre de 2026"),
    msg(c, JP, "2026-12-09 20:40", "Perdona Jordi, te lo pago el finde"),
    msg(JP, c, "2026-12-09 21:00", "Perfecto Pablo. Si te va mejor, por Bizum al 659 123 487.\nJordi"),
    msg(c, JP, "2026-12-13 12:40", "Hecho! Te he mandado 150 por bizum, mira a ver si te ha llegado 👍"),
], dict(kind="client-reply-paid", language="es", amount="150.00",
        note="'Hecho!' paid by Bizum; asks to check it arrived (still paid)."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 8 promise: vague 'a primeros de enero'
c = P("Lorena Vidal", "lorena@vidalpeluqueros.es", "Atlantic/Canary", "es", "ios-es", IPHONE)
S([
    REM(CR, c, "2026-12-01 09:00", "reminder", "Buenos días, Lorena Vidal:", "CR-2026-35", "363,80 €", "27 de noviembre de 2026"),
    msg(c, CR, "2026-12-01 13:30", "Hola Carmen, te la pago el 15 😘\n\nEnviado desde mi iPhone"),
    msg(CR, c, "2026-12-01 14:00", "¡Perfecto, Lorena! Gracias 😊\nCarmen"),
    msg(CR, c, "2026-12-16 10:00", "Hola Lorena, ¿pudiste hacerla? No me ha llegado todavía. ¡Un beso!\nCarmen", q="apple-es"),
    msg(c, CR, "2026-12-17 21:50", """Ay Carmen no, diciembre está fatal con la paga extra de las chicas y los regalos. Te la pago a primeros de enero sin falta, de verdad, perdóname 🙏

Enviado desde mi iPhone"""),
], dict(kind="client-reply-promise", language="es",
        note="New vague promise 'a primeros de enero' replaces the quoted 'el 15': no promised_date."),
    fmt="plain", cs="utf-8", cte="quoted-printable")

# ------------------------------------------------------------------ 9 other: hands over to Maite
c = P("Íñigo Etxeberria", "inigo@etxeberriaarquitectos.eus", "Europe/Madrid", "es", "gmail-es")
maite = P("Maite Arregi", "maite@etxeberriaarquitectos.eus", "Europe/Madrid", "es", "gmail-es")
S([
    REM(LM, c, "2026-12-07 09:00", "reminder", "Estimados señores:", "2026-048", "2.420,00 €", "3 de diciembre de 2026"),
    msg(c, LM, "2026-12-07 09:40", "Sí, perdona Lucía, esta semana sin falta.\nÍñigo"),
    msg(LM, c, "2026-12-07 10:00", "¡Gracias Íñigo!\nLucía"),
    msg(c, [LM], "2026-12-10 16:22", """Lucía, me dicen que los pagos ahora los lleva Maite (en copia), yo ya no tengo acceso al banco.
Maite, ¿puedes mirar lo de Lucía? Es la factura de la web nueva.
Eskerrik asko!
Íñigo""", cc=[maite]),
], dict(kind="client-reply-other", language="es",
        note="Passes the invoice to a colleague in cc; the quoted promise 'esta semana sin falta' is not restated."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 10 promise: 'el lunes' after a missed 'hoy'
c = P("Cristina Ramos", "cristina.ramos@ramoseventos.es", "Europe/Madrid", "es", "gmail-es")
S([
    REM(JP, c, "2027-01-07 09:00", "reminder", "Buenos días, Cristina Ramos:", "F26-130", "847,00 €", "31 de diciembre de 2026"),
    msg(c, JP, "2027-01-07 10:00", "Jordi, ¡te la pago hoy mismo!"),
    msg(JP, c, "2027-01-07 10:15", "Gràcies Cristina!\nJordi"),
    msg(JP, c, "2027-01-08 10:00", "Hola Cristina, aún no me ha llegado, ¿pudiste hacerla?\nJordi", q="thunderbird-es"),
    msg(c, JP, "2027-01-08 13:02", """Uy no, ayer al final no pude, se me cayó la banca online toda la tarde.
El lunes a primera hora te la hago.
Cristina"""),
], dict(kind="client-reply-promise", language="es", promised_date="2027-01-11",
        note="'El lunes' written on Fri 8 Jan 2027 → Mon 11 Jan; the quoted 'hoy mismo' was not kept."),
    fmt="plain", cs="utf-8", cte="8bit")

# ------------------------------------------------------------------ 11 paid: the corrected invoice, Canary time
c = P("Yeray Santana", "yeray@santanasurfschool.com", "Atlantic/Canary", "es", "gmail-es")
S([
    msg(c, CR, "2026-12-02 18:30", """Carmen, me has cobrado 12 horas de gestión de redes en noviembre y estuvimos cerrados dos semanas por obras, no hubo ni una publicación. Eso no lo pago.
Yeray""", subject="Factura CR-2026-33"),
    msg(CR, c, "2026-12-03 09:00", """Tienes razón, Yeray, se me pasó. Te anulo la CR-2026-33 y te emito la CR-2026-36 con 6 horas: 385,20 € (360 + IGIC 7 %).
Carmen"""),
    msg(c, CR, "2026-12-03 11:12", "Ok, así sí. La pago la semana que viene."),
    msg(CR, c, "2026-12-03 11:30", "Genial, gracias!\nCarmen"),
    msg(c, CR, "2026-12-22 19:05", "Listo Carmen, ya está pagada la CR-2026-36. ¡Feliz Navidad! 🎄🏄‍♂️"),
], dict(kind="client-reply-paid", language="es", reference="CR-2026-36",
        note="Paid the corrected invoice after a dispute and an undated promise, both quoted."),
    fmt="alt", cte="base64")

# ------------------------------------------------------------------ 12 dispute: brand manual incomplete
c = P("Gonzalo Prieto", "gprieto@prietoconsulting.es", "Europe/Madrid", "es", "outlook-es", OUTLOOK)
S([
    REM(LM, c, "2027-01-11 09:00", "reminder", "Estimados señores:", "2026-050", "3.025,00 €", "7 de enero de 2027"),
    msg(c, LM, "2027-01-11 11:00", "Lucía, va en la próxima remesa.\nGonzalo", subject="RE: Factura n.º 2026-050 pendiente de pago"),
    msg(LM, c, "2027-01-11 11:20", "Gracias, Gonzalo.\nLucía"),
    msg(c, LM, "2027-01-13 18:45", """Lucía:

Tras revisar con el equipo de marketing el manual de marca, no cumple con lo acordado: faltan las aplicaciones en packaging y la versión en negativo del logotipo, que estaban en la propuesta firmada de septiembre.

No vamos a pagar la factura hasta que se entregue completo. Quedo a la espera.

Gonzalo Prieto
Director General
Prieto Consulting

""" + LOPD, subject="RE: Factura n.º 2026-050 pendiente de pago"),
], dict(kind="client-reply-dispute", language="es",
        note="Work not as agreed; withholds payment. The quoted 'va en la próxima remesa' is superseded."),
    fmt="html", cte="quoted-printable")

# ------------------------------------------------------------------ 13 other: 'Recibida, gracias'
c = P("Elena Moreno", "emoreno@morenodental.es", "Europe/Madrid", "es", "gmail-es")
S([
    REM(JP, c, "2026-12-16 09:00", "reminder", "Estimados señores:", "F26-127", "423,50 €", "12 de diciembre de 2026"),
    msg(c, JP, "2026-12-16 11:30", "Hola Jordi, no me consta esta factura, ¿me la reenvías? Creo que se quedó en el correo de la antigua recepcionista."),
    msg(JP, c, "2026-12-16 12:00", "Claro, Elena, te la adjunto de nuevo. Son las fotos del equipo para la web.\nJordi"),
    msg(c, JP, "2026-12-17 09:10", "Recibida, gracias Jordi. Se la paso a la gestoría.\n\nElena Moreno\nClínica Dental Moreno"),
], dict(kind="client-reply-other", language="es",
        note="'Recibida, gracias' + passed to the accountants: no claim, no promise."),
    fmt="plain", cs="utf-8", cte="quoted-printable")

# ------------------------------------------------------------------ 14 promise: not before the 28th
c = P("Álvaro Serrano", "alvaro@serranofilms.es", "Europe/Madrid", "es", "gmail-es")
S([
    REM(CR, c, "2026-12-09 09:00", "reminder", "Buenos días, Álvaro Serrano:", "CR-2026-37", "1.815,00 €", "4 de diciembre de 2026"),
    msg(c, CR, "2026-12-09 12:00", "Carmen, esta semana te la pago.\nÁlvaro"),
    msg(CR, c, "2026-12-09 11:20", "¡Gracias, Álvaro!\nCarmen"),
    msg(CR, c, "2026-12-15 09:00", "Hola Álvaro, ¿cómo lo llevas? La transferencia no me ha llegado todavía.\nCarmen", q="apple-es"),
    msg(c, CR, "2026-12-16 13:30", """Carmen, te soy sincero: hasta que no cobre la ayuda del ICAA no puedo pagarte, y eso no va a ser antes del 28.
Ese día te la pago, palabra.
Álvaro"""),
], dict(kind="client-reply-promise", language="es", promised_date="2026-12-28",
        note="'no va a ser antes del 28. Ese día te la pago' replaces the quoted 'esta semana'."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 15 paid: Outlook quoting Gmail quoting iPhone
c = P("Sofía Iglesias", "sofia@iglesiasmoda.com", "Europe/Madrid", "es", "outlook-es", OUTLOOK)
S([
    msg(LM, c, "2026-11-02 11:00", f"""Hola Sofía:

Te envío la factura 2026-043 del lookbook de invierno (1.100,00 € + IVA = 1.331,00 €).

¡Un beso!
{SIG_LM}""", subject="Factura 2026-043 lookbook"),
    msg(c, LM, "2026-11-03 08:20", "Recibida! La pago en cuanto vuelva de Milán 😘\n\nEnviado desde mi iPhone", q="ios-es"),
    msg(LM, c, "2026-11-03 09:00", "¡Perfecto, buen viaje Sofía!\nLucía"),
    msg(c, LM, "2026-11-19 16:48", """Ya está, Lucía. Pagada hoy desde la cuenta de la empresa (1.331 €).
Un beso y gracias por la paciencia

Sofía Iglesias
Iglesias Moda""", subject="RE: Factura 2026-043 lookbook"),
], dict(kind="client-reply-paid", language="es", amount="1331.00",
        note="Outlook block quoting Gmail quoting iPhone; quoted promise 'en cuanto vuelva de Milán' now kept."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 16 dispute: partial payment, rest refused
c = P("Manuel Cabrera", "manuel.cabrera@cabreraseguros.es", "Europe/Madrid", "es", "outlook-es", OUTLOOK)
S([
    REM(JP, c, "2026-12-02 09:00", "reminder", "Estimados señores:", "F26-123", "968,00 €", "28 de noviembre de 2026"),
    msg(c, JP, "2026-12-02 09:30", "Jordi, la pago el viernes.\nManuel", subject="RE: Factura n.º F26-123 pendiente de pago"),
    msg(JP, c, "2026-12-02 10:00", "Gràcies Manuel!\nJordi"),
    msg(c, JP, "2026-12-04 17:30", """Jordi, te he pagado hoy 600 €.
Los otros 368 no te los voy a pagar: las fotos del equipo directivo no se pudieron usar, la directora general no salía bien en ninguna y tuvimos que repetirlas con otro fotógrafo.
Si quieres lo hablamos por teléfono.

Manuel Cabrera
Cabrera Seguros""", subject="RE: Factura n.º F26-123 pendiente de pago"),
], dict(kind="client-reply-dispute", language="es", amount="600.00",
        note="Partial payment (600 €) and refuses the rest over quality = dispute, on the day of the quoted 'el viernes' promise."),
    fmt="plain", cs="windows-1252", cte="quoted-printable")

# ------------------------------------------------------------------ 17 promise: tomorrow, Canary, no accents
c = P("Ruben Gomez", "rubengomez.taller@hotmail.com", "Atlantic/Canary", "es", "samsung-es")
S([
    REM(CR, c, "2027-01-07 09:00", "reminder", "Buenos días, Rubén Gómez:", "CR-2026-38", "242,00 €", "31 de diciembre de 2026"),
    msg(c, CR, "2027-01-07 13:10", "disculpa se me paso con las fiestas, esta semana la pago\n\nEnviado desde mi smartphone Samsung Galaxy."),
    msg(CR, c, "2027-01-07 13:30", "¡Gracias, Rubén!\nCarmen"),
    msg(CR, c, "2027-01-14 09:30", "Hola Rubén, ¿pudiste hacer la transferencia? No me ha llegado.\nCarmen", q="apple-es"),
    msg(c, CR, "2027-01-14 20:15", """hola carmen perdona q no te e contestao antes, estoy liadisimo en el taller. mañana sin falta te la pago q me pagan a mi tb

Enviado desde mi smartphone Samsung Galaxy."""),
], dict(kind="client-reply-promise", language="es", promised_date="2027-01-15",
        note="Informal, misspelt; 'mañana sin falta' on Thu 14 Jan (Canary time) → 15 Jan. The quoted 'esta semana' is history."),
    fmt="plain", cs="utf-8", cte="8bit")

# ------------------------------------------------------------------ 18 other: suspicious IBAN change
c = P("Beatriz León", "beatriz@leonyasociados.es", "Europe/Madrid", "es", "gmail-es")
S([
    REM(LM, c, "2026-12-09 09:00", "reminder", "Estimados señores:", "2026-047", "726,00 €", "5 de diciembre de 2026"),
    msg(c, LM, "2026-12-09 10:20", "Hola Lucía, la pago el lunes.\nBeatriz"),
    msg(LM, c, "2026-12-09 10:45", "¡Gracias Beatriz!\nLucía"),
    msg(c, LM, "2026-12-12 11:05", """Lucía, una pregunta rápida: me ha llegado un correo "tuyo" desde otra dirección (lucia.martin.estudio@gmail.com) diciendo que has cambiado de banco, con un IBAN nuevo de un banco de Lituania. ¿Es tuyo?
Me huele raro y prefiero preguntarte por aquí.
Beatriz"""),
], dict(kind="client-reply-other", language="es",
        note="Fraud check on a changed IBAN; the quoted 'el lunes' promise is not restated."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 19 paid: sent to the old account, with receipt
c = P("Fernando Ruiz", "fruiz@ruizinstalaciones.es", "Europe/Madrid", "es", "yahoo-es")
S([
    REM(JP, c, "2026-12-01 09:00", "reminder", "Estimados señores:", "F26-119", "1.573,00 €", "27 de noviembre de 2026"),
    msg(c, JP, "2026-12-01 10:00", "Jordi, ya está pagada desde el día 25."),
    msg(JP, c, "2026-12-04 09:30", "Hola Fernando, no me consta; ¿me mandas el justificante, por favor?\nJordi"),
    msg(c, JP, "2026-12-09 12:40", """Ahí va. Fíjate que la mandamos a la cuenta del BBVA que tenías antes, no a la de la factura. ¿Te llega igualmente o la reclamo al banco?

----- Mensaje reenviado -----
De: BBVA <avisos@bbva.es>
Para: fruiz@ruizinstalaciones.es
Enviado: miércoles, 25 de noviembre de 2026, 10:02:11 CET
Asunto: Justificante de transferencia

Justificante de transferencia SEPA

Fecha de ejecución: 25/11/2026
Importe: 1.573,00 EUR
Ordenante: RUIZ INSTALACIONES SL
Beneficiario: JORDI PUIG VILA
IBAN beneficiario: ES21 0182 5322 **** **** 4410
Concepto: FRA F26-119
Referencia: 2026112500487731"""),
], dict(kind="client-reply-paid", language="es", amount="1573.00",
        note="Paid (to an old account) and asks whether it arrives: still a paid claim. Forwarded bank receipt inline; Yahoo quoting."),
    fmt="plain", cs="utf-8", cte="quoted-printable")

# ------------------------------------------------------------------ 20 dispute: missing photos
c = P("Montse Ferrer", "montse@ferrerbotiga.cat", "Europe/Madrid", "es", "gmail-es")
S([
    REM(JP, c, "2026-12-21 09:00", "reminder", "Buenos días, Montse Ferrer:", "F26-128", "302,50 €", "17 de diciembre de 2026"),
    msg(c, JP, "2026-12-21 10:10", "Bon dia Jordi! Te la pago el lunes 😊"),
    msg(JP, c, "2026-12-21 10:30", "Gràcies Montse!\nJordi"),
    msg(c, JP, "2026-12-23 18:20", """Jordi, he visto que en la factura pone 25 fotos de producto, pero en el WeTransfer solo hay 18.
Antes de pagar quiero las 7 que faltan; si no, solo te pago las 18.
Gràcies,
Montse"""),
], dict(kind="client-reply-dispute", language="es",
        note="Work not fully delivered; will pay only part. The quoted 'el lunes' promise is superseded."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 21 promise: vague 'la semana que viene'
c = P("Diego Molina", "diego@molinaconstrucciones.es", "Europe/Madrid", "es", "outlook-old-es", OUTLOOK)
S([
    REM(LM, c, "2027-01-04 09:00", "reminder", "Estimados señores:", "2026-051", "4.235,00 €", "30 de diciembre de 2026"),
    msg(c, LM, "2027-01-04 12:10", "Lucía, el día 15 te la pago, estamos esperando un cobro.\nDiego", subject="RE: Factura n.º 2026-051 pendiente de pago"),
    msg(LM, c, "2027-01-04 12:30", "De acuerdo, Diego, gracias por avisar.\nLucía"),
    msg(c, LM, "2027-01-14 19:30", """Lucía, el día 15 no va a poder ser, el cobro que esperábamos se ha retrasado. La semana que viene seguro, te aviso cuando salga.

Diego Molina
Molina Construcciones y Reformas, S.L.""", subject="RE: Factura n.º 2026-051 pendiente de pago"),
], dict(kind="client-reply-promise", language="es",
        note="The quoted 'el día 15' is withdrawn; new promise 'la semana que viene' is vague: no promised_date."),
    fmt="plain", cs="iso-8859-1", cte="quoted-printable")

# ------------------------------------------------------------------ 22 paid: AP department, HTML only
c = P("Cuentas a Pagar - Grupo Álvarez", "proveedores@grupoalvarezsa.es", "Atlantic/Canary", "es", "outlook-es", OUTLOOK)
S([
    REM(CR, c, "2026-12-09 09:00", "reminder", "Estimados señores:", "CR-2026-34", "2.662,00 €", "5 de diciembre de 2026"),
    msg(c, CR, "2026-12-10 09:30", """Estimada Sra. Rodríguez:

Su factura se incluirá en la remesa del 21/12.

Atentamente,
Departamento de Cuentas a Pagar""", subject="RE: Factura n.º CR-2026-34 pendiente de pago"),
    msg(CR, c, "2026-12-10 10:00", "Muchas gracias.\nUn saludo,\nCarmen Rodríguez"),
    msg(c, CR, "2026-12-22 08:55", """Estimada Sra. Rodríguez:

Le confirmamos que su factura CR-2026-34 fue incluida en la remesa de ayer, con fecha valor 21/12/2026, por importe de 2.662,00 €.

Atentamente,
Departamento de Cuentas a Pagar
Grupo Álvarez, S.A. – Las Palmas de Gran Canaria

""" + LOPD, subject="RE: Factura n.º CR-2026-34 pendiente de pago"),
], dict(kind="client-reply-paid", language="es", amount="2662.00", reference="CR-2026-34",
        note="'incluida en la remesa de ayer' = processed/paid; the quoted 'remesa del 21/12' promise is now done."),
    fmt="html", cte="quoted-printable")

# ------------------------------------------------------------------ 23 promise: corrected invoice accepted, pays the 30th
c = P("Tomás Gallego", "tomas@gallegoimprenta.es", "Europe/Madrid", "es", "gmail-es")
S([
    msg(c, JP, "2026-12-10 12:00", "Jordi, en la F26-124 nos cobras 4 horas de retoque que nadie pidió. No estamos de acuerdo.\nTomás", subject="Re: Factura F26-124"),
    msg(JP, c, "2026-12-11 09:30", """Tienes razón, Tomás, el retoque lo hice por mi cuenta. Te anulo la F26-124 y te emito la F26-129 sin el retoque: 726,00 €.
Jordi"""),
    msg(c, JP, "2026-12-11 10:00", "Vale, espero la nueva."),
    msg(JP, c, "2026-12-14 16:00", "Aquí la tienes.\nJordi"),
    msg(c, JP, "2026-12-18 10:40", """Recibida la F26-129. Esta sí.
La pagamos el día 30 con el resto de proveedores.
Saludos,
Tomás Gallego
Imprenta Gallego"""),
], dict(kind="client-reply-promise", language="es", promised_date="2026-12-30", reference="F26-129",
        note="Dispute settled (quoted); promise for 'el día 30' on the new invoice F26-129."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 24 other: wants a call about new work
c = P("Irene Blanco", "irene@blancocatering.es", "Europe/Madrid", "es", "gmail-es")
S([
    REM(LM, c, "2026-12-02 09:00", "reminder", "Estimados señores:", "2026-045", "1.210,00 €", "27 de noviembre de 2026"),
    msg(c, LM, "2026-12-02 10:30", "¡Hola Lucía! La pago el viernes, perdona."),
    msg(LM, c, "2026-12-02 10:45", "¡Gracias Irene!\nLucía"),
    msg(c, LM, "2026-12-03 19:20", """Lucía, ¿te puedo llamar mañana por la mañana? Quiero hablarte de la web del catering nuevo (el de Valencia) y de otra cosita que prefiero comentarte por teléfono.
¿A qué hora te va bien?
Irene"""),
], dict(kind="client-reply-other", language="es",
        note="Asks for a call about new work; 'mañana' is the call, not a payment. Quoted 'el viernes' promise not restated."),
    fmt="plain", cs="utf-8", cte="8bit")

# ------------------------------------------------------------------ 25 dispute: refuses interest and the 40 €
c = P("Ramón Vega", "ramon.vega@vegadistribuciones.es", "Europe/Madrid", "es", "outlook-es", OUTLOOK)
S([
    REM(LM, c, "2026-11-30 09:00", "reminder", "Estimados señores:", "2026-039", "1.815,00 €", "25 de noviembre de 2026"),
    msg(c, LM, "2026-11-30 13:00", "Lucía, el 30 de diciembre te la pago, antes imposible.\nRamón", subject="RE: Factura n.º 2026-039 pendiente de pago"),
    msg(LM, c, "2026-11-30 13:30", "Es un poco tarde, Ramón, pero de acuerdo. Gracias por avisar.\nLucía"),
    msg(c, LM, "2027-01-12 09:15", """Lucía, te contesto aquí.
Me ha llegado tu otro correo con intereses de demora y 40 € de "costes de cobro" por un retraso de dos semanas. Me parece increíble después de todo lo que te hemos encargado.
La factura te la pago, pero sin los intereses ni los 40 €. Si insistes, buscaré otra diseñadora.
Ramón""", subject="RE: Factura n.º 2026-039 pendiente de pago"),
], dict(kind="client-reply-dispute", language="es",
        note="Refuses the statutory interest and 40 € compensation (dispute beats 'la factura te la pago'). Quoted 'el 30 de diciembre' promise is history."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 26 paid: paid early, Friday the 8th
c = P("Administración Clínica Sanz", "admin@clinicasanz.es", "Atlantic/Canary", "es", "outlook-es", OUTLOOK)
S([
    REM(CR, c, "2026-12-30 09:00", "reminder", "Estimados señores:", "CR-2026-39", "726,00 €", "26 de diciembre de 2026"),
    msg(c, CR, "2026-12-30 10:10", "Buenos días, se abonará el día 10 según calendario de pagos.\nSaludos", subject="RE: Factura n.º CR-2026-39 pendiente de pago"),
    msg(CR, c, "2026-12-30 10:30", "Muchas gracias, ¡feliz año!\nCarmen"),
    msg(c, CR, "2027-01-11 09:05", """Buenos días,
les informamos de que se abonó el viernes día 8, se adelantó el calendario porque el 10 caía en domingo.
Saludos,
Administración
Clínica Sanz""", subject="RE: Factura n.º CR-2026-39 pendiente de pago"),
], dict(kind="client-reply-paid", language="es",
        note="Paid on the 8th, earlier than the quoted 'día 10'."),
    fmt="alt", cs="iso-8859-1", cte="quoted-printable")

# ------------------------------------------------------------------ 27 promise: when the production company pays
c = P("Hugo Marín", "hugo@marinproducciones.es", "Europe/Madrid", "es", "gmail-es")
S([
    REM(JP, c, "2026-12-09 09:00", "reminder", "Estimados señores:", "F26-126", "1.089,00 €", "5 de diciembre de 2026"),
    msg(c, JP, "2026-12-09 12:45", "Jordi, te pago el 15."),
    msg(JP, c, "2026-12-09 13:00", "Perfecte, gràcies Hugo.\nJordi"),
    msg(JP, c, "2026-12-17 10:00", "Hola Hugo, ¿cómo va lo de la factura? No me ha llegado nada.\nJordi", q="thunderbird-es"),
    msg(c, JP, "2026-12-17 22:30", """Jordi, la productora todavía no nos ha pagado el rodaje de octubre y sin eso no llego.
En cuanto nos paguen te pago, te lo prometo. Esto es una cadena, ya lo sabes.
Hugo"""),
], dict(kind="client-reply-promise", language="es",
        note="Conditional undated promise ('en cuanto nos paguen te pago'); the quoted 'el 15' has passed."),
    fmt="plain", cs="utf-8", cte="quoted-printable")

# ------------------------------------------------------------------ 28 paid: paid in December, asks to check
c = P("Laura Pascual", "laura.pascual@pascualyasociados.es", "Europe/Madrid", "es", "outlook-es", OUTLOOK)
S([
    REM(LM, c, "2027-01-15 09:00", "reminder", "Estimados señores:", "2026-052", "726,00 €", "14 de enero de 2027"),
    msg(c, LM, "2027-01-15 10:20", "Perdona Lucía, pensaba que estaba pagada. Lo miro y te digo.\nLaura", subject="RE: Factura n.º 2026-052 pendiente de pago"),
    msg(LM, c, "2027-01-15 10:40", "¡Gracias Laura!\nLucía"),
    msg(c, LM, "2027-01-19 12:05", """Lucía, ya lo he mirado: sí que estaba pagada, salió el 28 de diciembre con el resto de facturas del año. Te adjunto el justificante.
¿Puedes mirar si te llegó con otro concepto? A veces el banco corta el concepto.

Laura Pascual
Pascual y Asociados""", subject="RE: Factura n.º 2026-052 pendiente de pago"),
], dict(kind="client-reply-paid", language="es",
        note="Paid claim with receipt and a request to check; quoted 'lo miro y te digo' was not a promise."),
    fmt="alt", cte="quoted-printable", attach=[("justificante_28122026.pdf", "application/pdf", PDF)])

# ------------------------------------------------------------------ 29 dispute: January maintenance billed twice
c = P("Patricia Cano", "patricia@canoestetica.es", "Atlantic/Canary", "es", "ios-es", IPHONE)
S([
    msg(CR, c, "2027-01-05 10:00", f"""Hola Patricia:

Te paso la factura CR-2027-02 del mantenimiento web de enero: 160,50 € (150 + IGIC 7 %).

{SIG_CR}""", subject="Factura CR-2027-02"),
    msg(c, CR, "2027-01-05 12:30", "Gracias Carmen! La pago este mes 😊\n\nEnviado desde mi iPhone"),
    msg(CR, c, "2027-01-05 12:45", "¡Gracias a ti!\nCarmen"),
    msg(c, CR, "2027-01-25 18:10", """Carmen, revisando las facturas con mi gestora: esta es el mantenimiento de enero, pero el de enero ya te lo pagué en la CR-2026-40 de diciembre, que ponía "mantenimiento diciembre y enero".
Creo que está duplicada, ¿lo miras? De momento no la pago.

Enviado desde mi iPhone"""),
], dict(kind="client-reply-dispute", language="es",
        note="Already billed (duplicate) after a quoted promise 'este mes'. The invoice named is the earlier one, so no reference."),
    fmt="plain", cs="utf-8", cte="quoted-printable")

# ------------------------------------------------------------------ 30 other: PO number needed
c = P("Dpto. Compras – Hotel Las Dunas", "compras@hotellasdunas.es", "Atlantic/Canary", "es", "outlook-es", OUTLOOK)
S([
    REM(CR, c, "2026-12-14 09:00", "reminder", "Estimados señores:", "CR-2026-41", "1.284,00 €", "10 de diciembre de 2026"),
    msg(c, CR, "2026-12-14 11:00", "Buenos días, se pagará el día 20.\nDpto. Compras", subject="RE: Factura n.º CR-2026-41 pendiente de pago"),
    msg(CR, c, "2026-12-14 11:20", "Muchas gracias.\nCarmen Rodríguez"),
    msg(c, CR, "2026-12-18 12:30", """Buenos días Carmen:

Nos devuelven la factura desde central porque no indica el número de pedido (PO 4500123987). ¿Puede reemitirla indicándolo? Sin eso no se puede tramitar.

Saludos,
Dpto. Compras
Hotel Las Dunas ****""", subject="RE: Factura n.º CR-2026-41 pendiente de pago"),
], dict(kind="client-reply-other", language="es",
        note="PO number needed to process; the quoted 'se pagará el día 20' is not restated."),
    fmt="html", cte="quoted-printable")

# ------------------------------------------------------------------ 31 promise: 'el jueves' after a missed 'hoy'
c = P("Marina Fuentes", "marina.fuentes@icloud.com", "Europe/Madrid", "es", "ios-es", IPHONE)
S([
    REM(LM, c, "2027-01-29 09:00", "reminder", "Buenos días, Marina Fuentes:", "2026-053", "484,00 €", "25 de enero de 2027"),
    msg(c, LM, "2027-01-29 13:15", "Perdona Lucía! Te lo hago hoy.\n\nEnviado desde mi iPhone"),
    msg(LM, c, "2027-01-29 13:30", "¡Genial, gracias!\nLucía"),
    msg(LM, c, "2027-02-02 10:00", "Hola Marina, ¿pudiste? No me ha llegado todavía.\nLucía", q="gmail-es"),
    msg(c, LM, "2027-02-02 19:40", "Hoy no llego, Lucía, el jueves sin falta. Perdona el lío 🙈\n\nEnviado desde mi iPhone"),
], dict(kind="client-reply-promise", language="es", promised_date="2027-02-04",
        note="'Hoy no llego, el jueves sin falta' (Tue 2 Feb) → Thu 4 Feb; the quoted 'hoy' (29 Jan) was not kept."),
    fmt="plain", cs="utf-8", cte="quoted-printable")

# ------------------------------------------------------------------ 32 paid: chatty, one line about the invoice
c = P("Alberto Rubio", "alberto@rubiobodegas.es", "Europe/Madrid", "es", "gmail-es")
S([
    REM(JP, c, "2027-01-18 09:00", "reminder", "Estimados señores:", "F26-131", "2.178,00 €", "14 de enero de 2027"),
    msg(c, JP, "2027-01-18 12:00", "Jordi, la pagamos esta semana. Un abrazo"),
    msg(JP, c, "2027-01-18 12:20", "Gràcies Alberto!\nJordi"),
    msg(c, JP, "2027-01-22 11:30", """¡Hola Jordi!

Te escribo por lo de la vendimia: las fotos han gustado muchísimo, las hemos puesto en la web y en la feria de Madrid y la gente preguntaba quién las había hecho. Queremos repetir en septiembre y esta vez hacer también vídeo (¿tú haces vídeo o conoces a alguien?).

¿Te va bien venir a Haro un día de la semana que viene para ver la bodega nueva? La sala de barricas ya está terminada y tiene una luz preciosa por la tarde.

Por cierto, lo de la factura ya lo tienes, se pagó ayer.

Un abrazo,
Alberto Rubio
Bodegas Rubio – Haro (La Rioja)"""),
], dict(kind="client-reply-paid", language="es",
        note="Long chatty mail about new work; one line says the invoice was paid yesterday. Quoted 'esta semana' promise."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 33 dispute: price differs from the quote
c = P("Verónica Lozano", "veronica@lozanoyoga.es", "Europe/Madrid", "es", "gmail-es")
S([
    msg(LM, c, "2027-01-08 10:00", f"""Hola Verónica:

Te adjunto la factura 2027-004 por el logotipo y las tarjetas (300,00 € + IVA = 363,00 €).

{SIG_LM}""", subject="Factura 2027-004"),
    msg(c, LM, "2027-01-08 13:00", "¡Gracias Lucía! La pago a final de mes 🧘‍♀️"),
    msg(LM, c, "2027-01-08 13:10", "¡Perfecto, gracias!\nLucía"),
    msg(c, LM, "2027-01-26 20:10", """Lucía, revisándola bien: el presupuesto que me pasaste era de 250 € + IVA y la factura es de 300 € + IVA. No es lo que acordamos.
Te pago 302,50 € cuando me mandes la factura corregida.
Verónica"""),
], dict(kind="client-reply-dispute", language="es", amount="302.50",
        note="Amount = what the client accepts to pay (302,50 €). Wrong amount versus the quote; conditional payment of a lower amount = dispute. Quoted 'a final de mes' promise."),
    fmt="alt", cte="base64")
