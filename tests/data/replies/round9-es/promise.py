from builder import R, T, D, fake_pdf, statement_text
from owners import LUCIA, JORDI, CARMEN, IAGO, NAYRA, L, J, C, I, N, LEGAL_SHORT

K = "client-reply-promise"


def build():
    # R1 ------------------------------------------------------------------
    inv = L("2026-051", 689.00, "2026-11-13", "Floristería Los Almendros", "losalmendros.flor@gmail.com")
    R(K, owner=LUCIA, inv=inv, frm=("Rosa Almendros", "losalmendros.flor@gmail.com"), date=D("2026-11-17 12:30"),
      mailer="gmail", qkind="due", qdate=D("2026-11-16 09:00"),
      body=T("""
        Hola Lucía, perdona, se me pasó por completo. Te la pago el viernes, que es cuando cobro lo de las bodas del fin de semana.

        Un saludo,
        Rosa
        """),
      promised_date="2026-11-20",
      note="Sent Tuesday 17 Nov: 'el viernes' = Friday 20 Nov.")

    # R2 ------------------------------------------------------------------
    inv = L("2026-040", 1815.00, "2026-11-05", "Logística Henares Express, S.L.", "facturas@henaresexpress.es")
    R(K, owner=LUCIA, inv=inv, frm=("Lorena Cid", "cuentasapagar@henaresexpress.es"), date=D("2026-11-12 10:20"),
      mailer="outlook", prefix="RE: ", qdate=D("2026-11-10 09:00"),
      body=T("""
        Buenos días:

        Su factura 2026-040 está validada y entra en la remesa del día 25.

        Un saludo,

        Lorena Cid
        Cuentas a Pagar – Logística Henares Express
        Azuqueca de Henares (Guadalajara)
        """),
      promised_date="2026-11-25", reference="2026-040",
      note="'entra en la remesa del día 25' written on 12 Nov: future payment run = promise for 25 Nov.")

    # R3 ------------------------------------------------------------------
    inv = J("F-2026-116", 2120.00, "2026-11-20", "Supermercados Costa Daurada, S.A.", "proveedores@costadaurada-super.es",
            issued="2026-10-21")
    R(K, owner=JORDI, inv=inv, frm=("Neus Ribas", "proveedores@costadaurada-super.es"),
      date=D("2026-11-24 09:05", "barcelona"), mailer="outlook", prefix="RE: ", qdate=D("2026-11-23 09:00", "barcelona"),
      body=T("""
        Buenos días Sr. Puig:

        Le informamos que, de acuerdo con nuestras condiciones generales de compra, el pago a proveedores se realiza a 60 días fecha factura, con día de pago fijo el 10 de cada mes. Su factura F-2026-116, de fecha 21/10/2026, se incluirá por tanto en el pago del 10 de enero de 2027.

        Le recordamos que estas condiciones figuran en el pedido que le enviamos en su día.

        Atentamente,

        Neus Ribas
        Administració de Proveïdors
        Supermercados Costa Daurada, S.A.
        Reus (Tarragona)
        """),
      promised_date="2027-01-10", reference="F-2026-116",
      note="Client applies its own 60-day terms ('pago a 60 días fecha factura, día de pago el 10'): promise for "
           "10 Jan 2027, not a dispute (no contest of the invoice).")

    # R4 ------------------------------------------------------------------
    inv = C("2026/089", 1210.00, "2026-11-30", "Abogados Martínez & Soto, S.L.P.", "administracion@martinezsoto.es")
    R(K, owner=CARMEN, inv=inv, frm=("Elena Soto", "esoto@martinezsoto.es"), date=D("2026-12-03 16:45", "sevilla"),
      mailer="gmail", qkind="due", qdate=D("2026-12-01 09:00", "sevilla"),
      body=T("""
        Carmen, buenas tardes:

        Te la pagamos a final de mes, sin problema. Diciembre es complicado porque cerramos cuentas y Joaquín firma todos los pagos de golpe.

        Un abrazo,
        Elena Soto
        Martínez & Soto Abogados
        """),
      promised_date="2026-12-31",
      note="'a final de mes' written 3 Dec = 31 Dec.")

    # R5 ------------------------------------------------------------------
    inv = I("IF-26-049", 726.00, "2026-12-31", "Academia de Baile Salsa Atlántica", "info@salsaatlantica.gal")
    R(K, owner=IAGO, inv=inv, frm=("Uxía Comesaña", "info@salsaatlantica.gal"), date=D("2027-01-08 19:10", "vigo"),
      mailer="gmail", qkind="reminder", qdate=D("2027-01-08 09:00", "vigo"),
      body=T("""
        Ola Iago! Feliz aninovo 🎉

        Perdona, con las vacaciones se nos fue la cabeza. Te lo pagamos antes del día 20, que es cuando cobramos las cuotas de enero.

        Bicos,
        Uxía
        """),
      promised_date="2027-01-20",
      note="Galician greetings; 'antes del día 20' written 8 Jan = by 20 Jan.")

    # R6 ------------------------------------------------------------------
    inv = L("2026-056", 968.00, "2026-12-05", "Óptica Visión Clara", "optica@visionclara.es")
    R(K, owner=LUCIA, inv=inv, frm=("Paloma Requena", "optica@visionclara.es"), date=D("2026-12-09 11:40"),
      mailer="iphone", qkind="reminder", qdate=D("2026-12-09 09:00"),
      body=T("""
        Lucía, te lo hago pasado mañana sin falta, que hoy tengo la cuenta a cero hasta que me entre el pago de la mutua. Perdona!!

        Paloma

        Enviado desde mi iPhone
        """),
      promised_date="2026-12-11",
      note="'pasado mañana' on Wed 9 Dec = Fri 11 Dec.")

    # R7 ------------------------------------------------------------------
    inv = L("2026-061", 1452.00, "2026-12-15", "Juguetería El Trompo, S.L.", "eltrompo@eltrompojuguetes.es")
    R(K, owner=LUCIA, inv=inv, frm=("Ramón Escudero", "eltrompo@eltrompojuguetes.es"), date=D("2026-12-22 13:25"),
      mailer="outlook", prefix="RE: ", charset="utf-8", qdate=D("2026-12-21 09:00"),
      body=T("""
        Hola Lucía,

        Estamos en plena campaña y no llego a todo. Te la pago después de Reyes, cuando pase la locura, ¿vale? No te preocupes que no se me olvida.

        Feliz Navidad,
        Ramón
        Juguetería El Trompo
        """),
      note="'después de Reyes' is vague (after 6 Jan): promise without a date.")

    # R8 ------------------------------------------------------------------
    inv = L("2027-002", 605.00, "2027-01-10", "Pablo Grau", "pablograu.music@gmail.com", kind="person")
    R(K, owner=LUCIA, inv=inv, frm=("Pablo Grau", "pablograu.music@gmail.com"), date=D("2027-01-14 23:05"),
      mailer="gmail", qkind="reminder", qdate=D("2027-01-14 09:00"),
      body=T("""
        Ey Lucía, sorry, esta semana voy fatal. La semana que viene te lo paso seguro, en cuanto me liquiden los bolos de diciembre.

        Un abrazo
        Pablo
        """),
      note="'la semana que viene' is vague: promise, no date.")

    # R9 ------------------------------------------------------------------
    inv = C("2026/090", 968.00, "2026-11-15", "Inmobiliaria Giralda Homes, S.L.", "admin@giraldahomes.es")
    R(K, owner=CARMEN, inv=inv, frm=("Francisco Javier Rubio", "fjrubio@giraldahomes.es"),
      date=D("2026-11-19 09:55", "sevilla"), mailer="outlook", prefix="RE: ", qdate=D("2026-11-18 09:00", "sevilla"),
      body=T("""
        Buenos días Carmen,

        Disculpa la demora. La factura 2026/090 la abonamos el 30 de este mes, junto con el resto de traducciones de los contratos de arras.

        Saludos cordiales,

        Francisco Javier Rubio
        Director Administrativo
        Giralda Homes
        """),
      promised_date="2026-11-30", reference="2026/090",
      note="'la abonamos el 30 de este mes' (present tense used for the future) = promise for 30 Nov.")

    # R10 -----------------------------------------------------------------
    inv = L("2026-062", 1210.00, "2026-11-30", "Escuela Infantil Los Pitufos, S.L.", "direccion@eilospitufos.es")
    R(K, owner=LUCIA, inv=inv, frm=("Mamen Salcedo", "direccion@eilospitufos.es"), date=D("2026-12-04 17:10"),
      mailer="gmail", qkind="due", qdate=D("2026-12-01 09:00"),
      body=T("""
        Hola Lucía,

        Perdona, la semana que viene es puente y el gestor no viene hasta el miércoles. El jueves que viene te lo tengo hecho.

        Gracias por la paciencia,
        Mamen
        Escuela Infantil Los Pitufos
        """),
      promised_date="2026-12-10",
      note="Written Friday 4 Dec: 'el jueves que viene' = Thursday 10 Dec; 'la semana que viene es puente' is context.")

    # R11 -----------------------------------------------------------------
    inv = N("FAC27-002", 900.00, "2027-01-15", "Agencia Colibrí Creativo", "administracion@colibricreativo.mx")
    R(K, owner=NAYRA, inv=inv, frm=("Rodrigo Salinas", "rodrigo@colibricreativo.mx"), date=D("2027-01-21 13:40", "mexico"),
      mailer="gmail", qkind="reminder", qdate=D("2027-01-20 09:00", "canarias"),
      body=T("""
        Hola Nayra, qué onda.

        Una disculpa, se nos atravesó el cierre. El lunes sin falta te hacemos el pago, ya está autorizado.

        Saludos,
        Rodrigo
        Colibrí Creativo — CDMX
        """),
      promised_date="2027-01-25",
      note="Mexican client, Thursday 21 Jan local: 'el lunes sin falta' = Monday 25 Jan.")

    # R12 -----------------------------------------------------------------
    inv = I("IF-26-050", 1500.00, "2026-12-20", "Mario Treviño", "mario.trevino.mx@gmail.com", kind="person")
    R(K, owner=IAGO, inv=inv, frm=("Mario Treviño", "mario.trevino.mx@gmail.com"), date=D("2027-01-06 20:15", "mexico"),
      mailer="gmail", qkind="reminder", qdate=D("2027-01-05 09:00", "vigo"),
      body=T("""
        Iago qué tal, mil disculpas. Ahorita ando corto de lana, pero en cuanto me paguen el proyecto de Monterrey te deposito todo, te lo juro. Son unas semanas nada más.

        Gracias por la paciencia carnal.

        Mario
        """),
      note="Mexican slang; will pay when his own client pays: vague promise, no date.")

    # R13 -----------------------------------------------------------------
    inv = J("F-2027-009", 1590.00, "2027-02-05", "Restaurant La Perdiu de Gràcia, S.L.", "admin@laperdiu.cat")
    R(K, owner=JORDI, inv=inv, frm=("Oriol Mas", "oriol@laperdiu.cat"), date=D("2027-02-10 10:35", "barcelona"),
      mailer="outlook", prefix="RE: ", charset="utf-8", qdate=D("2027-02-09 09:00", "barcelona"),
      body=T("""
        Bon dia Jordi,

        Te escribo en castellano que así lo ve también mi socio: no podemos antes del 26. Febrero es el peor mes del año para nosotros y tenemos los seguros sociales y el alquiler del local. Ese día te la pagamos entera.

        Gràcies per entendre-ho,
        Oriol
        """),
      promised_date="2027-02-26",
      note="'no podemos antes del 26 ... ese día te la pagamos' = promise for 26 Feb 2027.")

    # R14 -----------------------------------------------------------------
    inv = L("2026-063", 1060.00, "2026-12-10", "Centro de Yoga Shanti Madrid", "hola@shantimadrid.es")
    R(K, owner=LUCIA, inv=inv, frm=("Bea Lorente", "hola@shantimadrid.es"), date=D("2026-12-15 10:15"),
      mailer="gmail", qkind="reminder", qdate=D("2026-12-14 09:00"),
      body=T("""
        Hola Lucía,

        Te cuento: ahora mismo te hago 500 € y el resto, los 560, a final de mes, que es cuando entran las cuotas trimestrales. Espero que te venga bien así.

        Namasté 🙏
        Bea
        """),
      promised_date="2026-12-31",
      note="Partial payment now plus the rest at month end, no contest: promise (rest by 31 Dec). Two amounts "
           "(500 now, 560 later), so no single amount label.")

    # R15 -----------------------------------------------------------------
    inv = J("F-2026-122", 1272.00, "2026-12-12", "Cooperativa Agrícola del Penedès, SCCL", "admin@coopenedes.cat")
    R(K, owner=JORDI, inv=inv, frm=("Administració Coop. Penedès", "admin@coopenedes.cat"),
      date=D("2026-12-21 09:22", "barcelona"), mailer="outlook_classic", charset="iso-8859-1", prefix="RE: ",
      qdate=D("2026-12-18 09:00", "barcelona"),
      body=T("""
        Buenos días,

        Se abonará en la próxima remesa. Disculpe las molestias.

        Atentamente,
        Administración
        Cooperativa Agrícola del Penedès, SCCL
        """),
      note="'Se abonará en la próxima remesa': promise without a date.")

    # R16 -----------------------------------------------------------------
    inv = L("2026-064", 423.50, "2026-12-12", "Laura Pizarro", "laurapizarro.coach@gmail.com", kind="person")
    R(K, owner=LUCIA, inv=inv, frm=("Laura Pizarro", "laurapizarro.coach@gmail.com"), date=D("2026-12-15 09:48"),
      mailer="gmail", qkind="reminder", qdate=D("2026-12-15 09:00"),
      body=T("""
        Uy, perdona Lucía, lo tenía apuntado y se me ha ido. Hoy mismo te la pago.

        Laura
        """),
      promised_date="2026-12-15",
      note="'Hoy mismo te la pago' = promise for the same day.")

    # R17 -----------------------------------------------------------------
    inv = C("2027/004", 605.00, "2027-01-25", "Centro de Estudios Hispalis, S.L.", "secretaria@cehispalis.es")
    R(K, owner=CARMEN, inv=inv, frm=("Macarena Ruiz", "secretaria@cehispalis.es"), date=D("2027-01-28 18:00", "sevilla"),
      mailer="gmail", qkind="due", qdate=D("2027-01-26 09:00", "sevilla"),
      body=T("""
        Hola Carmen,

        El día 5 sin falta te la pagamos, que a principios de mes es cuando tenemos liquidez con las matrículas.

        Un saludo,
        Macarena
        Secretaría · CE Hispalis
        """),
      promised_date="2027-02-05",
      note="Written 28 Jan: 'el día 5' = 5 Feb (next month since the 5th has passed).")

    # R18 -----------------------------------------------------------------
    inv = L("2026-065", 2904.00, "2026-12-20", "Laboratorios Farmacéuticos Meseta, S.A.", "ap@labmeseta.com")
    R(K, owner=LUCIA, inv=inv, frm=("Cuentas a Pagar - Lab. Meseta", "ap@labmeseta.com"), date=D("2026-12-23 11:00"),
      mailer="outlook", prefix="RE: ", qkind="due", qdate=D("2026-12-21 09:00"),
      body=T("""
        Estimada Lucía:

        Te informamos de que, por el cierre del ejercicio, la contabilidad de proveedores permanece bloqueada hasta el 15 de enero. Tu factura está aprobada y se pagará en la primera remesa posterior a esa fecha.

        Disculpa las molestias y felices fiestas.

        Un saludo,

        Departamento de Cuentas a Pagar
        Laboratorios Farmacéuticos Meseta, S.A.
        Tres Cantos (Madrid)

        """) + "\n" + LEGAL_SHORT,
      note="'primera remesa posterior al 15 de enero' = after the 15th, vague: promise without a date.")

    # R19 -----------------------------------------------------------------
    i1 = L("2026-066", 726.00, "2026-12-05", "Autoescuela Semáforo Verde, S.L.", "administracion@autoescuelasemaforo.es",
           issued="2026-11-05")
    i2 = L("2026-067", 1089.00, "2026-12-10", "Autoescuela Semáforo Verde, S.L.", "administracion@autoescuelasemaforo.es",
           issued="2026-11-10")
    qd = D("2026-12-15 09:00")
    R(K, owner=LUCIA, inv=i1, frm=("Antonio Lozano", "administracion@autoescuelasemaforo.es"), date=D("2026-12-16 12:40"),
      mailer="outlook", prefix="RE: ", qdate=qd, qtext=statement_text(LUCIA, [i1, i2], qd),
      qsubject="Facturas pendientes de pago",
      body=T("""
        Hola Lucía:

        La 2026-066 ya os la pagamos el lunes; la 2026-067 va en la remesa del 22 de diciembre.

        Saludos,
        Antonio Lozano
        Autoescuela Semáforo Verde
        """),
      promised_date="2026-12-22",
      note="Two invoices: one paid, the other promised for 22 Dec -> promise. Two invoice numbers named, no single "
           "reference label.")

    # R20 -----------------------------------------------------------------
    inv = I("IF-26-046", 980.00, "2026-11-20", "Yerba & Code SRL", "pagos@yerbaycode.com.ar")
    R(K, owner=IAGO, inv=inv, frm=("Lucas Benítez", "lucas@yerbaycode.com.ar"), date=D("2026-11-26 22:40", "bsas"),
      mailer="gmail", qkind="reminder", qdate=D("2026-11-26 09:00", "vigo"),
      body=T("""
        Iago, mil disculpas, se me pasó totalmente. Mañana a primera hora te lo transfiero, dale?

        Saludos
        Lucas
        """),
      promised_date="2026-11-27",
      note="Buenos Aires, Thu 26 Nov 22:40 -0300 (already Friday in Spain): 'mañana' resolved in the sender's zone = 27 Nov.")

    # R21 -----------------------------------------------------------------
    inv = L("2026-068", 605.00, "2026-12-20", "Asociación Cultural La Tramoya", "latramoya.teatro@gmail.com")
    R(K, owner=LUCIA, inv=inv, frm=("Maite Urrutia", "latramoya.teatro@gmail.com"), date=D("2027-01-11 19:45"),
      mailer="gmail", qkind="reminder", qdate=D("2027-01-11 09:00"),
      body=T("""
        Hola Lucía:

        Te escribo en nombre de la junta. Ya sabes que somos una asociación pequeña y vivimos de la subvención del Ayuntamiento, que todavía no nos han ingresado (nos dijeron que en enero, pero ya sabes cómo va esto...). En cuanto la cobremos te pagamos, eso tenlo por seguro.

        Los carteles del festival han quedado estupendos, por cierto.

        Un abrazo,
        Maite Urrutia
        Tesorera – Asociación Cultural La Tramoya
        """),
      note="Will pay when the town-hall grant arrives: vague promise, no date.")

    # R22 -----------------------------------------------------------------
    inv = J("F-2026-124", 600.00, "2026-12-20", "Pau Serra", "pauserra.tattoo@gmail.com", kind="person")
    R(K, owner=JORDI, inv=inv, frm=("Pau Serra", "pauserra.tattoo@gmail.com"), date=D("2027-01-07 16:20", "barcelona"),
      mailer="gmail", qkind="reminder", qdate=D("2027-01-07 09:00", "barcelona"),
      body=T("""
        Hola Jordi,

        Te soy sincero, enero me ha pillado sin un duro después de las fiestas. ¿Te parece bien si te lo pago en dos veces? 300 ahora esta quincena y el resto en febrero. Si te va mal dímelo y lo intento apañar de otra manera.

        Gracias tío,
        Pau
        """),
      note="Proposes paying in two instalments (no contest): promise, vague dates ('esta quincena', 'en febrero').")

    # R23 -----------------------------------------------------------------
    inv = C("2027/006", 423.50, "2027-02-05", "Dña. Rosario Vega Cano", "rosariovegacano@hotmail.com", kind="person")
    R(K, owner=CARMEN, inv=inv, frm=("Rosario Vega", "rosariovegacano@hotmail.com"), date=D("2027-02-11 21:30", "sevilla"),
      mailer="outlook", charset="utf-8", prefix="RE: ", qkind="reminder", qdate=D("2027-02-11 09:00", "sevilla"),
      body=T("""
        Buenas noches Carmen,

        Se la pago el lunes, que hoy me es imposible, estoy en el hospital con mi madre y no tengo cabeza para nada. Discúlpeme.

        Rosario
        """),
      promised_date="2027-02-15",
      note="Thursday 11 Feb: 'el lunes' = 15 Feb.")

    # R24 -----------------------------------------------------------------
    inv = L("2027-003", 3630.00, "2027-01-25", "Clínica Universitaria Moncloa, S.A.", "proveedores@cumoncloa.es")
    hb = T("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Estimada proveedora:</p>
        <p>Le comunicamos que su factura n.º 2027-003 ha sido aprobada y se incluirá en la remesa de pagos del próximo <b>10 de febrero</b>.</p>
        <table cellpadding="5" cellspacing="0" style="border:1px solid #999;border-collapse:collapse">
          <tr style="background:#003B71;color:#fff"><td>Proveedor</td><td>Factura</td><td>Importe</td><td>Fecha prevista de pago</td></tr>
          <tr><td>MARTIN GOMEZ LUCIA</td><td>2027-003</td><td style="text-align:right">3.630,00 €</td><td>10/02/2027</td></tr>
        </table>
        <p>Un saludo,</p>
        <p><b>Área de Tesorería</b><br>Clínica Universitaria Moncloa, S.A.<br>Tel. 91 549 20 00 – ext. 3310</p>
        <p style="font-size:8pt;color:#777">Este mensaje puede contener información confidencial. Si no es usted el destinatario, le rogamos que lo elimine.</p>
        </body></html>
        """)
    R(K, owner=LUCIA, inv=inv, frm=("Tesorería CU Moncloa", "tesoreria@cumoncloa.es"), date=D("2027-01-29 10:10"),
      mailer="outlook", prefix="RE: ", html_only=True, no_quote=True, html_body=hb, body="", charset="utf-8",
      qkind="reminder",
      promised_date="2027-02-10", amount="3630.00", reference="2027-003",
      note="HTML-only with a table: approved and scheduled for the 10 Feb payment run = promise.")

    # R25 -----------------------------------------------------------------
    inv = L("2026-069", 363.00, "2026-12-10", "Dani Ortega", "dani.ortega.dj@gmail.com", kind="person")
    R(K, owner=LUCIA, inv=inv, frm=("Dani Ortega", "dani.ortega.dj@gmail.com"), date=D("2026-12-13 20:50"),
      mailer="gmail", qkind="due", qdate=D("2026-12-11 09:00"),
      body=T("""
        Mañana te lo mando, que hoy la app del banco me da error todo el rato 🤬

        Dani
        """),
      promised_date="2026-12-14",
      note="Sunday evening 'mañana te lo mando' = Monday 14 Dec.")

    # R26 -----------------------------------------------------------------
    inv = N("FAC26-063", 428.00, "2026-12-28", "Yeray Rodríguez", "yeray.surfschool@gmail.com", kind="person")
    R(K, owner=NAYRA, inv=inv, frm=("Yeray Rodríguez", "yeray.surfschool@gmail.com"),
      date=D("2026-12-28 19:00", "canarias"), mailer="iphone", qkind="due", qdate=D("2026-12-28 09:00", "canarias"),
      body=T("""
        Buenas Nayra! Te lo pago a primeros de mes cuando cobre, que diciembre ha sido malo malo con el tiempo y apenas hemos tenido clases. Un abrazo desde Las Canteras 🏄

        Enviado desde mi iPhone
        """),
      note="'a primeros de mes' is vague: promise, no date.")

    # R27 -----------------------------------------------------------------
    inv = I("IF-27-001", 544.50, "2027-01-20", "Bar O Recuncho", "orecuncho.bar@gmail.com")
    R(K, owner=IAGO, inv=inv, frm=("O Recuncho", "orecuncho.bar@gmail.com"), date=D("2027-01-25 12:10", "vigo"),
      mailer="samsung", qkind="reminder", qdate=D("2027-01-25 09:00", "vigo"), msg_domain="gmail.com",
      body=T("""
        Esta semana te lo pago seguro Iago. Perdona.



        Enviado desde mi Galaxy
        """),
      note="'Esta semana' is not a specific day: promise without date.")

    # R28 -----------------------------------------------------------------
    inv = L("2026-070", 1815.00, "2026-12-05", "Gimnasio Fuerza Vallecas, S.L.", "admin@fuerzavallecas.es")
    R(K, owner=LUCIA, inv=inv, frm=("Kike Sanz", "admin@fuerzavallecas.es"), date=D("2026-12-10 12:20"),
      mailer="gmail", qkind="reminder", qdate=D("2026-12-09 09:00"),
      body=T("""
        Hola Lucía,

        Ya la tengo programada en el banco para el 18/12, que es cuando nos entran las domiciliaciones de los socios. Te llegará ese mismo día o el siguiente.

        Saludos,
        Kike
        """),
      promised_date="2026-12-18",
      note="'Ya la tengo programada para el 18/12': a scheduled future transfer = promise, not paid.")

    # R29 -----------------------------------------------------------------
    inv = J("F-2026-123", 742.00, "2026-12-15", "Escola de Música L'Harmonia", "secretaria@escolaharmonia.cat")
    R(K, owner=JORDI, inv=inv, frm=("Gemma Font", "secretaria@escolaharmonia.cat"), date=D("2026-12-21 13:00", "barcelona"),
      mailer="outlook", charset="utf-8", prefix="RE: ", qdate=D("2026-12-18 09:00", "barcelona"),
      body=T("""
        Hola Jordi,

        No va a poder ser hasta el 7 de enero, que tenemos cerrado por vacaciones y la directora es la única que puede firmar transferencias. Lo siento mucho.

        Bones festes!
        Gemma
        Secretaria · Escola de Música L'Harmonia
        """),
      promised_date="2027-01-07",
      note="'No va a poder ser hasta el 7 de enero' = promise for 7 Jan 2027 (year rollover).")

    # R30 -----------------------------------------------------------------
    inv = L("2027-004", 484.00, "2027-01-15", "Taller de Cerámica Barro y Fuego", "barroyfuego@gmail.com")
    R(K, owner=LUCIA, inv=inv, frm=("Sonia Barro", "barroyfuego@gmail.com"), date=D("2027-01-20 17:35"),
      mailer="iphone", qkind="reminder", qdate=D("2027-01-20 09:00"), msg_domain="gmail.com",
      body=T("""
        El jueves la paso, Lucía, que mañana cobro. Perdón por el retraso 🙏

        Enviado desde mi iPhone
        """),
      promised_date="2027-01-21",
      note="Wednesday 20 Jan: 'el jueves' = 21 Jan (also 'mañana cobro').")

    # R31 -----------------------------------------------------------------
    inv = N("FAC27-006", 856.00, "2027-02-10", "Mueblería Guanche, S.L.", "administracion@muebleriaguanche.com")
    R(K, owner=NAYRA, inv=inv, frm=("Acaymo Hernández", "administracion@muebleriaguanche.com"),
      date=D("2027-02-16 10:40", "canarias"), mailer="outlook", charset="utf-8", prefix="RE: ",
      qdate=D("2027-02-15 09:00", "canarias"),
      body=T("""
        Buenos días Nayra,

        Este mes ya no llego, lo siento, hemos tenido que adelantar el pago de un contenedor que venía de la Península. Para el día 15 la tienes, palabra.

        Un saludo,
        Acaymo Hernández
        Mueblería Guanche
        """),
      promised_date="2027-03-15",
      note="Written 16 Feb ('este mes ya no llego'): 'para el día 15' = 15 March.")

    # R32 -----------------------------------------------------------------
    inv = C("2026/093", 1331.00, "2026-11-30", "Consultora Ambiental Doñana Sostenible, S.L.", "admin@donanasostenible.es")
    R(K, owner=CARMEN, inv=inv, frm=("Rafael Ceballos", "rafael@donanasostenible.es"), date=D("2026-12-02 12:12", "sevilla"),
      mailer="gmail", qkind="due", qdate=D("2026-12-01 09:00", "sevilla"),
      body=T("""
        Hola Carmen,

        La tienes pagada antes de fin de año, te lo garantizo. Estamos esperando que la Junta nos abone la certificación del proyecto y andamos justos de tesorería.

        Un abrazo,
        Rafael
        """),
      promised_date="2026-12-31",
      note="'antes de fin de año' = by 31 Dec 2026.")

    # R33 -----------------------------------------------------------------
    inv = I("IF-26-043", 1200.00, "2026-11-05", "Distribuidora Andina de Repuestos S.A.S.", "tesoreria@andinarepuestos.com.co")
    R(K, owner=IAGO, inv=inv, frm=("Juan Camilo Restrepo", "tesoreria@andinarepuestos.com.co"),
      date=D("2026-11-13 16:20", "bogota"), mailer="outlook", charset="utf-8", prefix="RE: ",
      qdate=D("2026-11-12 09:00", "vigo"),
      body=T("""
        Buenas tardes, Iago.

        Le confirmo que el pago queda programado para el próximo martes, ya tenemos la aprobación de gerencia. Apenas se haga le envío el soporte.

        Cordialmente,

        Juan Camilo Restrepo
        Tesorería
        Distribuidora Andina de Repuestos S.A.S.
        Medellín, Colombia
        """),
      promised_date="2026-11-17",
      note="Colombian formal usted; Friday 13 Nov: 'el próximo martes' = 17 Nov.")

    # R34 -----------------------------------------------------------------
    inv = C("2026/092", 484.00, "2026-12-05", "Talleres Hermanos Caro, S.C.", "tallerescaro@gmail.com")
    R(K, owner=CARMEN, inv=inv, frm=("Asesoría Fiscal Guadalquivir", "contable@asesoriaguadalquivir.es"),
      date=D("2026-12-15 11:30", "sevilla"), mailer="outlook", prefix="RE: ", cc="tallerescaro@gmail.com",
      qdate=D("2026-12-14 09:00", "sevilla"),
      body=T("""
        Buenos días Sra. Rivas:

        Le escribimos desde la asesoría de Talleres Hermanos Caro. Nos indica nuestro cliente que procederá al pago de su factura esta misma semana, en cuanto tenga saldo disponible en la cuenta.

        Reciba un cordial saludo,

        Asesoría Fiscal Guadalquivir
        Dpto. Contable
        """),
      note="The client's advisor answers: payment 'esta misma semana' = vague promise, no date.")

    # R35 -----------------------------------------------------------------
    inv = L("2027-005", 363.00, "2027-01-22", "Inés Robledo", "ines.robledo.psico@gmail.com", kind="person")
    R(K, owner=LUCIA, inv=inv, frm=("Inés Robledo", "ines.robledo.psico@gmail.com"), date=D("2027-01-26 22:15"),
      mailer="gmail", qkind="reminder", qdate=D("2027-01-26 09:00"),
      body=T("""
        Hola Lucía!!

        Perdona que no te haya contestado antes, he estado con mil cosas. He estado mirando otra vez las tres versiones del logo y creo que me quedo con la segunda, la del trazo más orgánico, pero con el verde de la primera, ¿se puede? Mi hermana dice que la tercera parece de una clínica dental jajaja y tiene razón.

        También quería preguntarte si me podrías hacer las tarjetas de visita con el logo nuevo y una plantilla para los informes, que ahora los hago en Word y dan pena. Ya me dices qué presupuesto sería.

        Y lo de la factura: te la pago el día 1 cuando cobre la nómina del hospital, que este mes me han pillado los Reyes.

        Un beso enorme y gracias por todo,
        Inés
        """),
      promised_date="2027-02-01",
      note="Long mail about the logo and new work; one sentence promises payment 'el día 1' (written 26 Jan -> 1 Feb).")

    # R36 -----------------------------------------------------------------
    inv = J("F-2027-006", 484.00, "2027-01-31", "Bicicletes Montjuïc", "botiga@bicimontjuic.cat")
    R(K, owner=JORDI, inv=inv, frm=("Xavi Roig", "botiga@bicimontjuic.cat"), date=D("2027-02-03 10:20", "barcelona"),
      mailer="gmail", qkind="due", qdate=D("2027-02-02 09:00", "barcelona"),
      body=T("""
        Ostres Jordi, tienes toda la razón, se me pasó completamente. Lo hago esta tarde.

        Xavi
        """),
      promised_date="2027-02-03",
      note="'Lo hago esta tarde' = promise for the same day.")

    # R37 -----------------------------------------------------------------
    inv = I("IF-26-048", 1936.00, "2026-11-30", "Hotel Illas Cíes, S.L.", "direccion@hotelillascies.com")
    R(K, owner=IAGO, inv=inv, frm=("Beatriz Pazos", "direccion@hotelillascies.com"), date=D("2026-12-01 13:50", "vigo"),
      mailer="outlook", charset="windows-1252", prefix="RE: ", qkind="due", qdate=D("2026-12-01 09:00", "vigo"),
      body=T("""
        Buenas tardes Iago:

        Te confirmo que la factura IF-26-048 la tenemos incluida en los pagos del 22/12. Antes no podemos porque estamos pendientes del cobro de un grupo de empresa.

        Saludos,
        Beatriz Pazos
        Dirección – Hotel Illas Cíes
        """),
      promised_date="2026-12-22", reference="IF-26-048",
      note="windows-1252 body (en dash); 'incluida en los pagos del 22/12' = promise for 22 Dec.")

    # R38 -----------------------------------------------------------------
    inv = L("2026-036", 2544.00, "2026-11-10", "Promociones Inmobiliarias Alcázar 2020, S.L.",
            "administracion@alcazar2020.es", issued="2026-10-11")
    R(K, owner=LUCIA, inv=inv, frm=("Fernando Alcázar Medina", "falcazar@alcazar2020.es"), date=D("2027-02-02 12:45"),
      mailer="outlook", prefix="RE: ", qkind="final", qdate=D("2027-01-29 10:00"),
      qopts={"deadline": "12 de febrero de 2027"},
      body=T("""
        Estimada Sra. Martín:

        En respuesta a su requerimiento de fecha 29 de enero, le comunicamos que no existe discrepancia alguna con la factura y que el retraso obedece exclusivamente a tensiones puntuales de tesorería.

        Nos comprometemos a abonar el importe íntegro de 2.544,00 € antes del 12 de febrero, dentro del plazo indicado. Le rogamos, por tanto, que no inicie ninguna actuación judicial.

        Atentamente,

        Fernando Alcázar Medina
        Administrador Único
        Promociones Inmobiliarias Alcázar 2020, S.L.
        """),
      promised_date="2027-02-12", amount="2544.00",
      note="Formal reply to the final notice (requerimiento): explicitly no dispute, commits to pay 2,544.00 by 12 Feb.")

    # R39 -----------------------------------------------------------------
    inv = C("2026/096", 726.00, "2026-12-20", "Agencia de Viajes Triana Tours, S.L.", "admin@trianatours.es")
    R(K, owner=CARMEN, inv=inv, frm=("Juanma Delgado", "juanma@trianatours.es"), date=D("2026-12-30 12:00", "sevilla"),
      mailer="gmail", qkind="reminder", qdate=D("2026-12-29 09:00", "sevilla"),
      body=T("""
        Hola Carmen,

        Estamos bajo mínimos hasta Reyes, pero te la transfiero el lunes 4 a primera hora, que es cuando vuelve María del Mar de vacaciones y tiene las claves del banco.

        ¡Feliz salida y entrada de año!
        Juanma
        """),
      promised_date="2027-01-04",
      note="Written 30 Dec: 'el lunes 4' = Monday 4 Jan 2027; 'hasta Reyes' is context.")
