from builder import R, T, D, fake_pdf, fake_png, fake_jpg, statement_text
from owners import LUCIA, JORDI, CARMEN, IAGO, NAYRA, L, J, C, I, N, LEGAL_VALDELOSA, LEGAL_SHORT

K = "client-reply-paid"


def build():
    # P1 ------------------------------------------------------------------
    inv = L("2026-041", 2544.00, "2026-11-15", "Bodegas Valdelosa, S.L.", "administracion@bodegasvaldelosa.es")
    R(K, owner=LUCIA, inv=inv, frm=("Begoña Sáenz", "administracion@bodegasvaldelosa.es"),
      date=D("2026-11-23 09:14"), mailer="outlook", prefix="RE: ", qdate=D("2026-11-19 09:02"),
      attach=[(fake_pdf("justificante"), "application/pdf", "Justificante transferencia 20112026.pdf")],
      body=T("""
        Buenos días Lucía,

        Os confirmo que la transferencia de la factura 2026-041 se realizó el pasado viernes, día 20. Te adjunto el justificante.

        Disculpa el retraso, estamos con los envíos de Navidad y en administración vamos un poco desbordados.

        Un saludo,

        Begoña Sáenz
        Administración
        BODEGAS VALDELOSA, S.L.
        Ctra. de Logroño, km 4 · 26350 Cenicero (La Rioja)
        Tel. 941 45 60 12

        """) + "\n" + LEGAL_VALDELOSA,
      reference="2026-041",
      note="Outlook reply with PDF receipt and long GDPR footer; 'se realizó el pasado viernes' = paid; invoice named in own text.")

    # P2 ------------------------------------------------------------------
    inv = L("2026-052", 423.50, "2026-12-01", "Marta Ibáñez", "marta.ibanez.r@gmail.com", kind="person",
            desc="invitaciones de boda")
    R(K, owner=LUCIA, inv=inv, frm=("Marta Ibáñez", "marta.ibanez.r@gmail.com"), date=D("2026-12-03 21:47"),
      mailer="iphone", qkind="due", qdate=D("2026-12-03 09:00"), msg_domain="gmail.com",
      body=T("""
        Hecho!! Te lo he mandado por Bizum que es más rápido, 423,50. Perdona que con lo de la boda no doy abasto 🙈

        Un besazo y gracias por todo, las invitaciones quedaron preciosas

        Enviado desde mi iPhone
        """),
      amount="423.50",
      note="Private client, iPhone, paid by Bizum instead of transfer; amount written Spanish style without euro sign.")

    # P3 ------------------------------------------------------------------
    inv = I("IF-26-041", 1850.00, "2026-11-30", "Estudio Pampa Digital", "admin@pampadigital.com.ar")
    R(K, owner=IAGO, inv=inv, frm=("Federico Lanús", "fede@pampadigital.com.ar"), date=D("2026-12-07 11:32", "bsas"),
      mailer="gmail", qkind="due", qdate=D("2026-12-02 10:00", "vigo"),
      body=T("""
        Hola Iago, ¿cómo andás?

        Ya te transferí por Wise el viernes, fijate que a veces tarda un par de días en acreditarse del lado de allá. Cualquier cosa avisame y lo reviso con el contador.

        Abrazo grande,
        Fede

        --
        Federico Lanús
        Estudio Pampa Digital
        Palermo, CABA
        """),
      note="Argentine voseo ('ya te transferí', 'fijate', 'acreditarse'): paid via Wise, may take days to arrive.")

    # P4 ------------------------------------------------------------------
    inv = C("2026/087", 544.50, "2026-11-27", "D. Ramón Pardo Vela", "rpardo@pardoasesores.es", kind="person")
    R(K, owner=CARMEN, inv=inv, frm=("Gestoría Altamira - Contabilidad", "contabilidad@gestoriaaltamira.es"),
      date=D("2026-12-10 13:05", "sevilla"), mailer="outlook_classic", charset="iso-8859-1", prefix="RE: ",
      cc="rpardo@pardoasesores.es", qdate=D("2026-12-09 09:30", "sevilla"),
      body=T("""
        Buenas tardes, Sra. Rivas:

        Le escribimos desde Gestoría Altamira, que lleva la contabilidad de D. Ramón Pardo, quien nos ha reenviado su recordatorio.

        Le informamos de que el pago de la factura nº 2026/087, por importe de 544,50 €, fue cursado el pasado 2 de diciembre mediante transferencia a la cuenta que figura en la factura (terminada en 3471). Si no le consta, le rogamos nos lo indique para revisarlo con la entidad.

        Atentamente,

        Susana Gil
        Dpto. Contable
        Gestoría Altamira, S.L.
        Avda. de la Constitución, 18 - 2º B · 41001 Sevilla
        Tel. 954 21 88 40
        """),
      amount="544.50", reference="2026/087",
      note="The client's gestoría answers for him (third party on the client's side); iso-8859-1 Outlook classic quote.")

    # P5 ------------------------------------------------------------------
    inv = L("2026-047", 1060.00, "2026-11-20", "Clínica Dental Sonrisas Alcobendas, S.L.", "gerencia@clinicasonrisas.es")
    R(K, owner=LUCIA, inv=inv, frm=("Javier Montero", "gerencia@clinicasonrisas.es"), date=D("2026-11-25 19:02"),
      mailer="outlook_mobile", prefix="RE: ", qkind="reminder",
      body=T("""
        Pagada ayer. Saludos

        Obtener Outlook para Android
        """),
      note="Two-word answer from Outlook mobile: 'Pagada ayer'.")

    # P6 ------------------------------------------------------------------
    inv = L("2026-049", 1590.00, "2026-11-30", "Reformas Hnos. Quintero, S.L.", "oficina@reformasquintero.es")
    R(K, owner=LUCIA, inv=inv, frm=("Rocío Quintero", "oficina@reformasquintero.es"), date=D("2026-12-03 08:51"),
      mailer="gmail", qkind="due", qdate=D("2026-12-01 09:00"), msg_domain="gmail.com",
      body=T("""
        Buenos días Lucía,

        La transferencia la hice el martes desde Sabadell. ¿Te ha llegado? Te pregunto porque al meter tu IBAN me salió uno de esos avisos nuevos de "verificación del beneficiario", que el nombre no coincidía del todo (creo que porque puse Martín Estudio y no tu nombre), y le di a continuar igualmente. No sé si se habrá quedado retenida.

        Si no te llega me dices y me paso por la oficina.

        Un saludo,
        Rocío Quintero
        """),
      note="Paid plus a question whether it arrived (verification-of-payee warning); still paid.")

    # P7 ------------------------------------------------------------------
    inv = L("2026-053", 1060.00, "2026-12-05", "Academia Océano Idiomas, S.L.", "direccion@academiaoceano.es")
    R(K, owner=LUCIA, inv=inv, frm=("Academia Océano", "direccion@academiaoceano.es"), date=D("2026-12-09 17:26"),
      mailer="gmail", no_quote=True, thread=False, subject="Fwd: Confirmación de transferencia",
      body=T("""
        ahí va 👍

        ---------- Forwarded message ---------
        De: CaixaBank <notificaciones@caixabank.com>
        Date: mié, 9 dic 2026 a las 17:20
        Subject: Confirmación de transferencia
        To: <direccion@academiaoceano.es>


        CaixaBank

        Transferencia realizada

        Te confirmamos que se ha realizado la siguiente operación:

        Ordenante: ACADEMIA OCEANO IDIOMAS SL
        Cuenta de cargo: ES** **** **** **** **** 4410
        Beneficiario: LUCIA MARTIN GOMEZ
        IBAN beneficiario: ES91 2100 0418 4502 0005 1332
        Importe: 1.060,00 EUR
        Concepto: FRA 2026-053 MARTIN ESTUDIO
        Fecha de ejecución: 09/12/2026
        Tipo: Transferencia inmediata

        Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo.
        """),
      amount="1060.00", reference="2026-053",
      note="Client forwards its own bank's outgoing-transfer confirmation with 'ahí va'; new thread (no In-Reply-To), "
           "From is the client, not the bank. Amount and invoice number are in the forwarded receipt the client sends.")

    # P8 ------------------------------------------------------------------
    inv = L("2026-045", 1210.00, "2026-11-20", "Grupo Editorial Nopal, S.A. de C.V.", "pagos@editorialnopal.mx")
    R(K, owner=LUCIA, inv=inv, frm=("Araceli Domínguez", "pagos@editorialnopal.mx"), date=D("2026-11-27 10:12", "mexico"),
      mailer="outlook", prefix="RE: ", qdate=D("2026-11-25 09:00"), charset="utf-8",
      attach=[(fake_pdf("swift"), "application/pdf", "Comprobante_SWIFT_261126.pdf")],
      body=T("""
        Lucía, buen día.

        Ya quedó el pago. Te hicimos la transferencia internacional ayer por los 1,210 euros; te adjunto el comprobante del banco. Por ahí te llega con alguna comisión del banco intermediario, ahorita no sé de cuánto, pero si te descuentan algo me avisas y lo vemos.

        Saludos cordiales,

        Lic. Araceli Domínguez
        Cuentas por Pagar
        Grupo Editorial Nopal
        Tel. +52 55 5523 8890 ext. 114
        """),
      amount="1210.00",
      note="Mexican client: '1,210 euros' uses comma as thousands separator (= 1210.00); 'ya quedó el pago' = paid.")

    # P9 ------------------------------------------------------------------
    inv = L("2026-039", 726.00, "2026-11-10", "Aurora Beltrán", "aurora.pelu@hotmail.com", kind="person",
            desc="carta de servicios y tarjetas")
    R(K, owner=LUCIA, inv=inv, frm=("Aurora Beltrán", "aurora.pelu@hotmail.com"), date=D("2026-11-13 16:40"),
      mailer="outlook", charset="utf-8", prefix="RE: ", qkind="due", qdate=D("2026-11-11 09:00"),
      body=T("""
        Hola guapa, ya te la pagué esta mañana.

        Para la próxima mándamela al correo de la gestoría, que si no se me traspapela entre tanto papel, es facturas@asesoriabermejo.es

        Un beso
        Aurora

        Peluquería Aurora · Alcalá de Henares
        """),
      note="Paid plus an instruction for next time (send invoices to the gestoría); still paid.")

    # P10 -----------------------------------------------------------------
    inv = L("2026-042", 2178.00, "2026-11-20", "Distribuciones Alimentarias Vega Baja, S.A.", "proveedores@vegabaja.es")
    R(K, owner=LUCIA, inv=inv, frm=("Paqui Navarro", "proveedores@vegabaja.es"), date=D("2026-11-27 10:03"),
      mailer="outlook", prefix="RE: ", qdate=D("2026-11-26 09:00"),
      body=T("""
        Buenos días,

        La factura 42 entró en la remesa del día 25, así que debería tenerla ya en cuenta o, como muy tarde, el lunes.

        Saludos,

        Paqui Navarro
        Dpto. Proveedores
        Distribuciones Alimentarias Vega Baja, S.A.
        Orihuela (Alicante)

        """) + "\n" + LEGAL_SHORT,
      reference="2026-042",
      note="'entró en la remesa del día 25' written on the 27th: the payment run already happened = paid (not a promise). "
           "'factura 42' -> 2026-042.")

    # P11 -----------------------------------------------------------------
    inv = J("F-2026-118", 848.00, "2026-11-16", "Fundació Cultural Mar i Terra", "comunicacio@marterra.cat",
            desc="reportaje gala anual")
    R(K, owner=JORDI, inv=inv, frm=("Laia Vidal", "comunicacio@marterra.cat"), date=D("2026-11-24 12:15", "barcelona"),
      mailer="gmail", qkind="reminder", qdate=D("2026-11-23 09:00", "barcelona"),
      body=T("""
        Hola Jordi!

        Perdona el retard en contestar... perdón, el retraso 😅 Ya está pagada desde ayer, la hizo Contabilidad junto con el resto de proveedores del mes.

        Por cierto, molt bé les fotos de la gala, la Montse está encantada y seguramente te llamaremos para la de primavera.

        Una abraçada,
        Laia

        --
        Laia Vidal i Soler
        Comunicació · Fundació Cultural Mar i Terra
        """),
      note="Barcelona bilingual voice with Catalan words; paid ('ya está pagada desde ayer'); praise and future work.")

    # P12 -----------------------------------------------------------------
    inv = J("F-2026-121", 1696.00, "2026-12-10", "Hoteles Costa Brava Collection, S.L.", "ap@costabravahotels.com")
    html_body = T("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="ES" style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt;color:#1F1F1F">
        <p>Estimado proveedor:</p>
        <p>Le informamos de que la factura detallada a continuación ha sido contabilizada y abonada mediante transferencia SEPA con fecha <b>15/12/2026</b>.</p>
        <table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:9pt">
        <tr style="background:#DCE6F1"><th>N.º factura</th><th>Fecha factura</th><th>Base imponible</th><th>IVA 21%</th><th>Retención IRPF 15%</th><th>Importe pagado</th></tr>
        <tr><td>F-2026-121</td><td>10/11/2026</td><td align="right">1.600,00</td><td align="right">336,00</td><td align="right">-240,00</td><td align="right"><b>1.696,00 EUR</b></td></tr>
        </table>
        <p>Para cualquier consulta sobre este pago, indique siempre su número de proveedor: <b>40012873</b>.</p>
        <p>Atentamente,</p>
        <p>Marta Serra<br>Departament de Comptes a Pagar / Departamento de Cuentas a Pagar<br>Hoteles Costa Brava Collection<br>Lloret de Mar (Girona)</p>
        </body></html>
        """)
    R(K, owner=JORDI, inv=inv, frm=("Cuentas a Pagar - Costa Brava Collection", "cuentasapagar@costabravahotels.com"),
      date=D("2026-12-16 11:48", "barcelona"), mailer="outlook", prefix="RE: ", html_only=True, no_quote=True,
      html_body=html_body, body="", qkind="due", charset="utf-8",
      amount="1696.00", reference="F-2026-121",
      note="HTML-only reply from the client's accounts-payable desk (a person, in the thread) with a payment table; "
           "net of IRPF withholding.")

    # P13 -----------------------------------------------------------------
    inv = C("2026/091", 302.50, "2026-12-05", "D. Antonio Morales Ruiz", "antoniomorales1951@telefonica.net",
            kind="person")
    R(K, owner=CARMEN, inv=inv, frm=("ANTONIO MORALES", "antoniomorales1951@telefonica.net"),
      date=D("2026-12-14 18:22", "sevilla"), mailer="plain", prefix="RE: ", qdate=D("2026-12-12 10:00", "sevilla"),
      cte="8bit",
      body=T("""
        BUENAS TARDES CARMEN.

        YA ESTA PAGADO DESDE EL DIA 3 POR EL BANCO, FUI YO MISMO A LA OFICINA DE UNICAJA DE LA CALLE FERIA. SI NO LO TIENE LLAMEME AL 954 37 22 10.

        UN SALUDO.
        ANTONIO MORALES
        """),
      note="Elderly private client writing in all caps without accents; paid at the bank branch.")

    # P14 -----------------------------------------------------------------
    inv = L("2026-055", 3180.00, "2026-12-15", "Ediciones La Mirada Lenta, S.L.", "produccion@miradalenta.es")
    R(K, owner=LUCIA, inv=inv, frm=("Gonzalo Ferrán", "gonzalo@miradalenta.es"), date=D("2026-12-18 13:37"),
      mailer="apple", qkind="due", qdate=D("2026-12-16 09:00"),
      body=T("""
        Hola, Lucía:

        Te escribo deprisa porque me voy a la imprenta. Hemos visto las pruebas de la cubierta de «El invierno de los pájaros» y están muy bien, pero Elvira insiste en que la tipografía del lomo queda demasiado fina en la versión en rústica; ¿podrías probar con el peso semibold? Y lo del tono del fondo: en pantalla parece un verde musgo, en la prueba de color sale casi gris. Ya sé que es cosa del papel, pero a ver si podemos subirle un pelín la saturación.

        Para la colección de ensayo de primavera te mando la semana que viene los textos de solapa y la lista de títulos. Me gustaría que lo habláramos en enero con calma, con un café, que este año ha sido una locura.

        Por cierto, lo de la factura ya lo vio Rocío y me dice que salió ayer con las demás.

        Felices fiestas y un abrazo,
        Gonzalo

        --
        Gonzalo Ferrán
        Editor · Ediciones La Mirada Lenta
        """),
      note="Long chatty editorial mail about covers; one sentence says the invoice 'salió ayer' (paid).")

    # P15 -----------------------------------------------------------------
    inv = I("IF-26-044", 2400.00, "2026-12-01", "Café Origen Huila S.A.S.", "contabilidad@cafeorigenhuila.co")
    R(K, owner=IAGO, inv=inv, frm=("Diana Marcela Rojas", "contabilidad@cafeorigenhuila.co"),
      date=D("2026-12-09 15:20", "bogota"), mailer="outlook", prefix="RE: ", charset="utf-8",
      attach=[(fake_pdf("soporte"), "application/pdf", "soporte_pago_IF-26-044.pdf")],
      body=T("""
        Buenas tardes Iago,

        Qué pena contigo la demora, estábamos en cierre. Ya te hice la transferencia, te adjunto el soporte. Cualquier cosita me cuentas.

        Quedo atenta,

        Diana Marcela Rojas
        Auxiliar Contable
        Café Origen Huila S.A.S.
        Neiva – Colombia
        """),
      note="Colombian voice ('qué pena contigo', 'soporte' = receipt, 'quedo atenta'); paid with PDF.")

    # P16 -----------------------------------------------------------------
    inv = L("2026-050", 484.00, "2026-11-25", "Bar El Rinconcillo de Triana", "rinconcillotriana@gmail.com")
    R(K, owner=LUCIA, inv=inv, frm=("Rinconcillo Triana", "rinconcillotriana@gmail.com"), date=D("2026-11-28 14:12"),
      mailer="iphone", qkind="due", qdate=D("2026-11-26 09:00"), msg_domain="gmail.com",
      body=T("""
        ola lucia ya te la e pagao esta mañana perdona q se me abia pasao con el lio del bar. los carteles an quedao mu bonitos

        Enviado desde mi iPhone
        """),
      note="Andalusian phonetic spelling, no punctuation ('ya te la e pagao'); paid.")

    # P17 -----------------------------------------------------------------
    inv = I("IF-26-038", 1089.00, "2026-11-15", "Talleres Mecánicos Lagares, S.L.", "admon@talleres-lagares.com")
    R(K, owner=IAGO, inv=inv, frm=("María José Lagares", "admon@talleres-lagares.com"), date=D("2026-11-18 09:44", "vigo"),
      mailer="outlook", prefix="RE: ", qkind="due", qdate=D("2026-11-16 09:00", "vigo"),
      body=T("""
        Transferencia realizada.

        Un saludo,

        María José Lagares
        Administración
        Talleres Mecánicos Lagares, S.L.
        Rúa de Pontevedra, 112 · 36210 Vigo

        CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.
        CONFIDENTIALITY: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.
        """),
      note="Bare 'Transferencia realizada.' with bilingual confidentiality footer.")

    # P18 -----------------------------------------------------------------
    inv = C("2026/084", 1590.00, "2026-11-30", "Traducciones Técnicas del Sur, S.L.", "pagos@ttsur.es")
    R(K, owner=CARMEN, inv=inv, frm=("Álvaro Pineda", "alvaro@ttsur.es"), date=D("2026-12-14 10:30", "sevilla"),
      mailer="gmail", qdate=D("2026-12-11 09:00", "sevilla"),
      body=T("""
        Hola Carmen,

        Te la pagué el 30 de noviembre, 1.590 € justos. ¿Puedes comprobarlo? Si no te ha llegado dime algo y lo miro con el banco, que últimamente nos han devuelto alguna transferencia por lo del nombre del beneficiario.

        Gracias,
        Álvaro
        """),
      amount="1590.00",
      note="Paid on a stated date, amount stated; asks to check it arrived.")

    # P19 -----------------------------------------------------------------
    inv = N("FAC26-057", 828.00, "2026-12-10", "Eventos Atlántico Sur, S.L.", "gestion@eventosatlanticosur.com")
    R(K, owner=NAYRA, inv=inv, frm=("Yaiza Medina", "gestion@eventosatlanticosur.com"),
      date=D("2026-12-14 12:05", "canarias"), mailer="gmail", qkind="due", qdate=D("2026-12-11 09:00", "canarias"),
      body=T("""
        Buenas mi niña!

        Ya te hice la transferencia esta mañana, lo que pasa es que la hice desde CajaSiete y a veces tarda un día o dos en llegar, no es inmediata. Si el miércoles no te ha entrado me avisas.

        Las ilustraciones del cartel del carnaval ya las vio el jefe y le encantaron, así que prepárate que te vamos a dar más trabajo jajaja

        Un besito,
        Yaiza
        """),
      note="Canarian voice ('mi niña'); paid this morning. 'Si el miércoles no te ha entrado me avisas' is not a promise.")

    # P20 -----------------------------------------------------------------
    inv = L("2026-048", 1452.00, "2026-11-28", "Inmobiliaria Castellana Norte, S.L.", "pilar.ortega@castellananorte.es")
    R(K, owner=LUCIA, inv=inv, frm=("Pilar Ortega", "pilar.ortega@castellananorte.es"), date=D("2026-12-07 17:40"),
      mailer="outlook", prefix="RE: ", qdate=D("2026-12-04 09:00"),
      body=T("""
        Hola Lucía,

        Te reenvío lo que me dice Contabilidad, para que lo tengas:

        "Hola Pilar, la de Martín Estudio se pagó el 4/12 junto con el resto de proveedores. Si no le ha llegado que nos diga."

        Un saludo,
        Pilar Ortega
        Marketing · Inmobiliaria Castellana Norte
        """),
      note="Marketing contact relays an internal note from accounting saying it was paid on 4/12.")

    # P21 -----------------------------------------------------------------
    inv = L("2026-054", 1210.00, "2026-12-10", "Sergio Luengo", "sergioluengo.foto@gmail.com", kind="person")
    R(K, owner=LUCIA, inv=inv, frm=("Sergio Luengo", "sergioluengo.foto@gmail.com"), date=D("2026-12-12 11:03"),
      mailer="gmail", qkind="due", qdate=D("2026-12-11 09:00"),
      body=T("""
        Lucía!! Ya tienes el dinero en tu cuenta 😉 Te hice una transferencia inmediata de mil doscientos diez euros hace un ratito, revisa a ver.

        Mil gracias por la paciencia, de verdad.

        Sergio
        """),
      amount="1210.00",
      note="Amount written in words ('mil doscientos diez euros'); paid, emoji.")

    # P22 -----------------------------------------------------------------
    inv1 = L("2026-038", 1590.00, "2026-11-04", "Construcciones Hermanos Beltrán, S.L.", "administracion@hnosbeltran.es",
             issued="2026-10-05")
    inv2 = L("2026-044", 605.00, "2026-11-12", "Construcciones Hermanos Beltrán, S.L.", "administracion@hnosbeltran.es",
             issued="2026-10-13")
    qd = D("2026-11-17 09:00")
    R(K, owner=LUCIA, inv=inv1, frm=("Inmaculada Beltrán", "administracion@hnosbeltran.es"),
      date=D("2026-11-18 12:20"), mailer="outlook_classic", charset="iso-8859-1", prefix="RE: ", qdate=qd,
      qtext=statement_text(LUCIA, [inv1, inv2], qd), qsubject="Facturas pendientes de pago",
      body=T("""
        Buenos días Lucía:

        Pagadas las dos, la 2026-038 y la 2026-044, el lunes 16 por transferencia. Perdona, la primera se nos quedó colgada porque faltaba la firma del jefe de obra.

        Saludos,

        Inmaculada Beltrán
        Construcciones Hermanos Beltrán, S.L.
        Tel. 925 26 14 03 · Toledo
        """),
      note="Reply to a statement of two invoices: both paid. Two invoice numbers named, so no single reference label.")

    # P23 -----------------------------------------------------------------
    inv = L("2026-046", 847.00, "2026-11-18", "Asociación de Vecinos Barrio del Pilar", "junta@avvbarriodelpilar.org")
    R(K, owner=LUCIA, inv=inv, frm=("Enrique Salas", "tesoreria@avvbarriodelpilar.org"), date=D("2026-11-30 20:15"),
      mailer="thunderbird", qdate=D("2026-11-27 09:00"),
      body=T("""
        Hola Lucía:

        Perdona, creo que el pago lo hicimos a tu cuenta antigua, la del Santander, porque el tesorero anterior tenía guardada la plantilla de la vez pasada. Se hizo el 20 de noviembre. ¿Te ha llegado? Si no, lo reclamamos nosotros al banco.

        Un saludo,
        Enrique (tesorero en funciones)
        AVV Barrio del Pilar
        """),
      note="Association says it paid, possibly to an old account; asks if it arrived. Still a payment claim.")

    # P24 -----------------------------------------------------------------
    inv = N("FAC26-061", 535.00, "2026-12-20", "Lorena Betancor", "lorebetancor@gmail.com", kind="person")
    R(K, owner=NAYRA, inv=inv, frm=("Lorena Betancor", "lorebetancor@gmail.com"), date=D("2026-12-21 09:30", "canarias"),
      mailer="gmail", qkind="courtesy", qdate=D("2026-12-17 09:00", "canarias"),
      body=T("""
        ¡Hecho! 🙌

        Feliz Navidad, Nayra!!
        """),
      note="Reply to a courtesy reminder: '¡Hecho!' alone means paid.")

    # P25 -----------------------------------------------------------------
    inv = L("2026-057", 2544.00, "2026-12-20", "Grupo Hostelero Mesón del Arco, S.L.", "administracion@mesondelarco.es")
    R(K, owner=LUCIA, inv=inv, frm=("Administración Mesón del Arco", "administracion@mesondelarco.es"),
      date=D("2026-12-22 13:11"), mailer="outlook_classic", charset="iso-8859-1", prefix="RE: ", qkind="due",
      qdate=D("2026-12-21 09:00"),
      body=T("""
        Buenos días:

        Les comunicamos que con fecha de hoy se ha ordenado la transferencia por importe de 2.544,00 € correspondiente a su factura nº 2026-057, con el concepto “FRA 2026-057”.

        Un cordial saludo,

        Dpto. Administración
        Grupo Hostelero Mesón del Arco
        Plaza Mayor, 7 · 37002 Salamanca
        """),
      amount="2544.00", reference="2026-057",
      note="iso-8859-1 label with Windows-1252 bytes (euro sign, curly quotes), quoted-printable. 'se ha ordenado la "
           "transferencia' today = paid.")

    # P26 -----------------------------------------------------------------
    inv = L("2026-058", 250.00, "2026-12-22", "Irene Saldaña", "irene.saldana@yahoo.es", kind="person")
    R(K, owner=LUCIA, inv=inv, frm=("Irene Saldaña", "irene.saldana@yahoo.es"), date=D("2026-12-23 22:10"),
      mailer="yahoo", qkind="due", qdate=D("2026-12-23 09:00"),
      body=T("""
        Hola Lucía, te lo acabo de pasar por PayPal a lucia@martinestudio.es, como amigos y familiares para que no te cobren comisión jeje. 250 pavos, ya me dices si te ha llegado.

        Felices fiestas!!
        Irene
        """),
      amount="250.00",
      note="Paid via PayPal 'amigos y familiares'; slang '250 pavos'.")

    # P27 -----------------------------------------------------------------
    inv = L("2026-043", 2420.00, "2026-12-15", "Ayuntamiento de Collado Mediano", "intervencion@aytocolladomediano.es",
            issued="2026-11-15")
    R(K, owner=LUCIA, inv=inv, frm=("Tesorería Municipal", "tesoreria@aytocolladomediano.es"),
      date=D("2027-01-12 12:02"), mailer="outlook", prefix="RE: ", qkind="reminder", qdate=D("2027-01-11 09:00"),
      body=T("""
        Buenos días:

        En relación con su correo, le comunicamos que la factura 2026-043 (n.º de registro FACe 2026000874312) fue pagada con fecha 8 de enero de 2027, por importe de 2.420,00 €, una vez aprobado el reconocimiento de la obligación.

        Puede consultar el estado de sus facturas en el Punto General de Entrada de Facturas Electrónicas (FACe).

        Atentamente,

        Tesorería Municipal
        Ayuntamiento de Collado Mediano
        Pza. de Francisco Garay, 1

        """) + "\n" + LEGAL_SHORT,
      amount="2420.00", reference="2026-043",
      note="Town hall treasury office replies (human, in thread) that the invoice was paid on 8 January.")

    # P28 -----------------------------------------------------------------
    inv = I("IF-26-047", 363.00, "2026-12-18", "Xoán Otero", "xoanotero@gmail.com", kind="person")
    R(K, owner=IAGO, inv=inv, frm=("Xoán Otero", "xoanotero@gmail.com"), date=D("2027-01-04 10:48", "vigo"),
      mailer="samsung", qkind="reminder", qdate=D("2027-01-04 09:00", "vigo"), msg_domain="gmail.com",
      body=T("""
        Pagado. Disculpa, entre las fiestas y todo se me pasó.



        Enviado desde mi Galaxy
        """),
      note="Samsung mail quote block; 'Pagado.'")

    # P29 -----------------------------------------------------------------
    inv = L("2026-059", 605.00, "2026-12-30", "Nuria Campos", "nuria@nuriacamposfisio.es", kind="person")
    R(K, owner=LUCIA, inv=inv, frm=("Nuria Campos", "nuria@nuriacamposfisio.es"), date=D("2027-01-05 09:20"),
      mailer="iphone", qkind="reminder", qdate=D("2027-01-04 09:00"),
      body=T("""
        Ya está abonada, perdona el retraso!

        Oye, una cosa: he montado una SL con mi socia, ¿la factura de enero me la puedes hacer a nombre de la sociedad? Te paso los datos:

        Campos & Arroyo Fisioterapia, S.L.
        B-88456123
        C/ Doctor Esquerdo, 45 · 28007 Madrid

        Gracias!!
        Nuria

        Enviado desde mi iPhone
        """),
      note="'Ya está abonada' + request about the next invoice's billing data; paid.")

    # P30 -----------------------------------------------------------------
    inv = J("F-2027-004", 1200.00, "2027-01-20", "Malbec & Co. Importadora", "pagos@malbecco.com.ar")
    R(K, owner=JORDI, inv=inv, frm=("Martín Ocampo", "martin@malbecco.com.ar"), date=D("2027-01-26 16:05", "bsas"),
      mailer="gmail", qkind="due", qdate=D("2027-01-25 09:00", "barcelona"),
      body=T("""
        Jordi, qué tal.

        Te cuento que ya te giré la plata el viernes pasado por transferencia internacional; el banco me dice que puede demorar entre 48 y 72 hs hábiles. Te paso el número de operación por si te lo piden: 0017-2291-8834.

        Saludos,
        Martín Ocampo
        Malbec & Co.
        """),
      note="Argentine 'ya te giré la plata' = paid; international transfer still in transit.")

    # P31 -----------------------------------------------------------------
    inv = N("FAC27-004", 640.00, "2027-01-25", "Tequilería La Catrina", "contacto@lacatrina.mx")
    R(K, owner=NAYRA, inv=inv, frm=("Paulina Ríos", "paulina@lacatrina.mx"), date=D("2027-01-27 18:40", "mexico"),
      mailer="gmail", qkind="due", qdate=D("2027-01-26 09:00", "canarias"),
      body=T("""
        Listo, ya quedó. Cualquier cosa me avisas.

        Saludos!

        —
        Paulina Ríos
        La Catrina · Guadalajara, Jal.
        """),
      note="Mexican 'Listo, ya quedó' = paid, no payment verb.")

    # P32 -----------------------------------------------------------------
    inv = C("2026/095", 847.00, "2026-12-10", "Clínica Veterinaria Los Remedios, S.L.", "administracion@vetlosremedios.es")
    R(K, owner=CARMEN, inv=inv, frm=("José Luis Ordóñez", "administracion@vetlosremedios.es"),
      date=D("2027-01-19 11:25", "sevilla"), mailer="outlook", prefix="RE: ", qkind="late_fee", fees=True,
      qdate=D("2027-01-18 09:00", "sevilla"),
      attach=[(fake_pdf("justificante"), "application/pdf", "transferencia_22-12-2026.pdf")],
      body=T("""
        ¡Pero si esa factura la pagamos el mes pasado! Te adjunto el justificante, transferencia del 22 de diciembre. Revisa bien tus cuentas antes de mandar estos correos, que nos has asustado con lo de los intereses.

        José Luis Ordóñez
        Clínica Veterinaria Los Remedios
        """),
      note="Angry tone but the content is 'already paid' with receipt, not a dispute of the invoice.")

    # P33 -----------------------------------------------------------------
    inv = I("IF-27-002", 1210.00, "2027-02-05", "Conservas Ría de Arousa, S.L.", "compras@conservasarousa.es")
    R(K, owner=IAGO, inv=inv, frm=("Manuel Castro", "compras@conservasarousa.es"), date=D("2027-02-10 08:32", "vigo"),
      mailer="thunderbird", qkind="due", qdate=D("2027-02-08 09:00", "vigo"),
      body=T("""
        Bos días Iago,

        Ya quedó hecha la transferencia ayer por la tarde, perdona, que entre la inspección y los pedidos de Cuaresma no paramos, carallo.

        Ah, y el botón de la tienda que cambiaste va perfecto.

        Un saludo,
        Manuel Castro
        Conservas Ría de Arousa
        """),
      note="Galician voice ('Bos días', 'carallo'), Thunderbird flowed text; paid.")

    # P34 -----------------------------------------------------------------
    inv = J("F-2026-125", 423.50, "2026-12-28", "Sra. Teresa Vilaró", "tvilaro@gmail.com", kind="person")
    R(K, owner=JORDI, inv=inv, frm=("Teresa Vilaró", "tvilaro@gmail.com"), date=D("2027-01-08 17:52", "barcelona"),
      mailer="gmail", qkind="reminder", qdate=D("2027-01-07 09:00", "barcelona"),
      body=T("""
        Buenas tardes Jordi,

        Esta mañana he ido a la oficina de CaixaBank y he hecho un ingreso en tu cuenta de los 423,50, porque yo con el móvil no me aclaro. La chica me ha dicho que ya lo tendrías hoy mismo. Te guardo el resguardo por si acaso.

        Las fotos del noventa cumpleaños de mi madre han gustado muchísimo a toda la familia.

        Un saludo,
        Teresa Vilaró
        """),
      amount="423.50",
      note="Cash deposit at the branch ('he hecho un ingreso en tu cuenta'), amount without euro sign.")

    # P35 -----------------------------------------------------------------
    inv = L("2026-060", 968.00, "2027-01-15", "Estudio de Arquitectura Nave 3, S.L.P.", "hola@nave3arquitectura.com")
    R(K, owner=LUCIA, inv=inv, frm=("Carlos Peña", "carlos@nave3arquitectura.com"), date=D("2027-01-28 10:15"),
      mailer="gmail", qkind="paid_claim_followup", qdate=D("2027-01-27 09:00"),
      qopts={"claim_date": "22 de enero de 2027"},
      attach=[(fake_png(), "image/png", "Captura de pantalla 2027-01-28 a las 10.12.44.png")],
      body=T("""
        Hola Lucía,

        Sí, sí, está hecha. Fecha de ejecución 21/01/2027, referencia 2027012100349812, desde Bankinter. Te adjunto captura por si te sirve para reclamar. Lo que sí he visto es que en el concepto puse "Nave 3 diseño" en vez del número de factura, igual por eso no la localizas.

        Un abrazo,
        Carlos
        """),
      note="Reply to mailduns' 'payment not arrived' follow-up: confirms execution date and reference, screenshot attached.")
