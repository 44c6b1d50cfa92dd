from builder import R, T, D, fake_pdf
from mimelib import reminder_text, addr
from owners import LUCIA, JORDI, CARMEN, IAGO, NAYRA, L, J, C, I, N, LEGAL_SHORT

K = "client-reply-other"


def build():
    # O1 ------------------------------------------------------------------
    inv = L("2027-009", 605.00, "2027-02-05", "Carla Méndez", "carlamendez.arq@gmail.com", kind="person")
    R(K, owner=LUCIA, inv=inv, frm=("Carla Méndez", "carlamendez.arq@gmail.com"), date=D("2027-02-08 11:10"),
      mailer="gmail", qkind="due", qdate=D("2027-02-06 09:00"),
      body=T("""
        Hola Lucía! Perdona, ¿me la puedes volver a mandar? No la encuentro por ningún lado, creo que se me fue a la carpeta de promociones 🙈

        Gracias!
        Carla
        """),
      note="Asks to resend the invoice; no payment claim.")

    # O2 ------------------------------------------------------------------
    inv = J("F-2027-001", 2120.00, "2027-01-10", "Laboratoris Farmacèutics Vallès, S.A.", "ap@labvalles.com")
    R(K, owner=JORDI, inv=inv, frm=("Cuentas a Pagar - Lab. Vallès", "ap@labvalles.com"),
      date=D("2027-01-12 09:20", "barcelona"), mailer="outlook", prefix="RE: ", qkind="due",
      qdate=D("2027-01-11 09:00", "barcelona"),
      body=T("""
        Buenos días:

        Para poder tramitar su factura es imprescindible que indique en ella el número de pedido (PO). Sin este dato nuestro sistema la rechaza automáticamente. El PO correspondiente a su trabajo es el 4500398127.

        Le rogamos nos la remita de nuevo con el número de pedido a facturas@labvalles.com.

        Un saludo,
        Cuentas a Pagar
        Laboratoris Farmacèutics Vallès, S.A.
        """) + "\n\n" + LEGAL_SHORT,
      note="PO number missing: administrative request, amount not contested -> other.")

    # O3 ------------------------------------------------------------------
    inv = L("2027-010", 1210.00, "2027-03-01", "Consultora Nexo Verde, S.L.", "jorge@nexoverde.es", issued="2027-01-30",
            desc="identidad corporativa")
    R(K, owner=LUCIA, inv=inv, frm=("Jorge Nieto", "jorge@nexoverde.es"), date=D("2027-01-30 12:30"),
      mailer="outlook_mobile", prefix="RE: ", qkind="invoice", qsubject="Factura 2027-010 – Martín Estudio",
      qdate=D("2027-01-30 10:15"),
      body=T("""
        Recibida, gracias. La paso a administración.

        Jorge

        Obtener Outlook para iOS
        """),
      note="Acknowledges receipt of the invoice mail itself (not a reminder).")

    # O4 ------------------------------------------------------------------
    inv = L("2027-011", 968.00, "2027-02-05", "Hostal Las Acacias", "reservas@hostallasacacias.es", desc="carta del restaurante")
    R(K, owner=LUCIA, inv=inv, frm=("Miguel Ángel Soria", "reservas@hostallasacacias.es"), date=D("2027-02-12 10:05"),
      mailer="outlook", prefix="RV: ", qdate=D("2027-02-11 09:00"),
      to=addr("Elena Muñoz", "contabilidad@hostallasacacias.es"), cc=LUCIA.addr,
      body=T("""
        Elena, te reenvío esto de Lucía, la diseñadora de la carta nueva. ¿Puedes mirar si está pagada? Yo no tengo acceso al banco.

        Gracias,
        Miguel
        """),
      note="Forwarded to the client's own accounts person with the freelancer in Cc; no claim either way.")

    # O5 ------------------------------------------------------------------
    inv = C("2027/001", 907.50, "2027-01-15", "Academia de Idiomas Cervantes Sur, S.L.", "administracion@cervantessur.es")
    R(K, owner=CARMEN, inv=inv, frm=("Purificación Marín", "administracion@cervantessur.es"),
      date=D("2027-01-18 10:20", "sevilla"), mailer="outlook", prefix="RE: ", qkind="reminder",
      qdate=D("2027-01-18 09:00", "sevilla"),
      body=T("""
        Buenos días Carmen:

        Antes de pagar, una consulta: en el recordatorio aparece una cuenta que termina en 3471 y nosotros tenemos dada de alta otra tuya, del Santander. ¿Has cambiado de banco? Te lo pregunto porque últimamente nos han intentado colar algún cambio de IBAN falso y tenemos que confirmarlo por teléfono. ¿Te puedo llamar?

        Un saludo,
        Purificación Marín
        Administración
        """),
      note="IBAN verification question before paying; no promise or claim.")

    # O6 ------------------------------------------------------------------
    inv = L("2027-012", 726.00, "2027-02-10", "Agencia Matador Eventos, S.L.", "eventos@agenciamatador.es")
    R(K, owner=LUCIA, inv=inv, frm=("Vero Ballesteros", "eventos@agenciamatador.es"), date=D("2027-02-15 16:45"),
      mailer="gmail", qkind="reminder", qdate=D("2027-02-15 09:00"),
      body=T("""
        Hola Lucía,

        ¿A qué trabajo corresponde esta? Es que este trimestre tenemos tres cosas contigo (el roll-up, los flyers de la feria y lo de la web) y en la factura solo pone "servicios de diseño". Dime y la paso.

        Besos,
        Vero
        """),
      note="Which job is this invoice for? Question, no claim ('dime y la paso' is conditional, not a promise).")

    # O7 ------------------------------------------------------------------
    inv = J("F-2027-003", 1272.00, "2027-01-20", "Hotel Boutique Gòtic, S.L.", "direccio@hotelgotic.com")
    R(K, owner=JORDI, inv=inv, frm=("Eulàlia Ferrer", "direccio@hotelgotic.com"), date=D("2027-01-22 12:00", "barcelona"),
      mailer="gmail", qkind="due", qdate=D("2027-01-21 09:00", "barcelona"),
      body=T("""
        Hola Jordi, ¿podemos hablar mañana por teléfono? Tengo que comentarte un tema de la factura y de paso lo de la sesión de primavera. Llámame a partir de las 11 al 678 223 901.

        Gràcies!
        Eulàlia
        """),
      note="Asks for a call about 'un tema de la factura' without stating any disagreement -> other.")

    # O8 ------------------------------------------------------------------
    inv = L("2027-013", 484.00, "2027-02-20", "Coworking La Colmena", "hola@lacolmenacowork.es")
    R(K, owner=LUCIA, inv=inv, frm=("Nacho Bermejo", "hola@lacolmenacowork.es"), date=D("2027-02-16 10:30"),
      mailer="gmail", qkind="courtesy", qdate=D("2027-02-15 09:00"),
      body=T("""
        Gracias por el aviso, Lucía. Oye, aprovecho: ¿tendrías hueco en marzo para el rediseño de la web? Queremos cambiarlo todo para el aniversario. Si te viene bien tomamos un café la semana que viene y te cuento.

        Saludos!
        Nacho
        """),
      note="Thanks for a courtesy reminder and talks about new work; nothing about paying.")

    # O9 ------------------------------------------------------------------
    inv = C("2026/097", 1210.00, "2027-01-05", "Consorcio de Turismo de la Vega", "contratacion@consorcioturismovega.es")
    R(K, owner=CARMEN, inv=inv, frm=("Servicio de Contratación", "contratacion@consorcioturismovega.es"),
      date=D("2027-01-08 12:10", "sevilla"), mailer="outlook", prefix="RE: ", qkind="due", qdate=D("2027-01-07 09:00", "sevilla"),
      body=T("""
        Buenos días:

        Le informamos de que, como entidad del sector público, no podemos tramitar facturas recibidas por correo electrónico. Debe presentarla a través del Punto General de Entrada de Facturas Electrónicas (FACe), con los siguientes códigos DIR3:

        Oficina contable: LA0012345
        Órgano gestor: LA0012345
        Unidad tramitadora: LA0012346

        Una vez registrada, seguirá el procedimiento ordinario de conformidad y pago.

        Atentamente,
        Servicio de Contratación
        Consorcio de Turismo de la Vega
        """),
      note="Public body: must be submitted via FACe with DIR3 codes. Procedural, not a dispute.")

    # O10 -----------------------------------------------------------------
    inv = I("IF-27-004", 605.00, "2027-02-01", "Náutica Baiona, S.L.", "paco.rial@nauticabaiona.com")
    R(K, owner=IAGO, inv=inv, frm=("Paco Rial", "paco.rial@nauticabaiona.com"), date=D("2027-02-04 09:55", "vigo"),
      mailer="outlook", prefix="RE: ", charset="utf-8", qdate=D("2027-02-03 09:00", "vigo"),
      cc=addr("Marisa Lago", "marisa.lago@nauticabaiona.com"),
      body=T("""
        Buenos días,

        Yo ya no llevo la parte de proveedores desde enero. Escríbele a Marisa, que es quien lo lleva ahora: marisa.lago@nauticabaiona.com. La pongo en copia.

        Un saludo,
        Paco Rial
        """),
      note="Human redirect to a colleague (not an auto-reply).")

    # O11 -----------------------------------------------------------------
    inv = L("2027-014", 2420.00, "2027-02-15", "Constructora Vallecana de Obras, S.A.", "proveedores@covasa.es")
    R(K, owner=LUCIA, inv=inv, frm=("Departamento de Proveedores COVASA", "proveedores@covasa.es"), date=D("2027-02-18 11:20"),
      mailer="outlook", prefix="RE: ", qkind="due", qdate=D("2027-02-16 09:00"),
      body=T("""
        Buenos días:

        Para poder proceder al pago de su factura necesitamos que nos remita el certificado de estar al corriente de sus obligaciones tributarias, con fecha de emisión inferior a 12 meses, así como el certificado de titularidad de la cuenta bancaria. Sin esta documentación el sistema no libera el pago.

        Atentamente,
        Departamento de Proveedores
        COVASA
        """),
      note="Asks for supplier documents before paying; no contest, no promise.")

    # O12 -----------------------------------------------------------------
    inv = C("2026/098", 2178.00, "2027-01-10", "ONG Puentes del Sur", "proyectos@puentesdelsur.org")
    R(K, owner=CARMEN, inv=inv, frm=("Blanca Ruiz", "proyectos@puentesdelsur.org"), date=D("2027-01-13 17:40", "sevilla"),
      mailer="gmail", qkind="due", qdate=D("2027-01-11 09:00", "sevilla"),
      body=T("""
        Hola Carmen,

        ¿Nos podrías mandar un desglose de la factura (número de palabras por documento y tarifa)? Lo necesitamos para justificar la subvención, que nos lo piden así de detallado.

        Mil gracias,
        Blanca
        Área de Proyectos · Puentes del Sur
        """),
      note="Asks for a breakdown for grant justification; no claim.")

    # O13 -----------------------------------------------------------------
    inv = N("FAC27-001", 535.00, "2027-01-15", "Raquel Suárez", "raquelsuarez@gmail.com", kind="person")
    R(K, owner=NAYRA, inv=inv, frm=("Raquel Suárez", "raquelsuarez@gmail.com"), date=D("2027-01-18 20:10"),
      mailer="gmail", qkind="due", qdate=D("2027-01-16 09:00", "canarias"),
      body=T("""
        Hola, creo que te has equivocado de dirección. Me llamo Raquel Suárez, sí, pero no te he encargado ninguna ilustración, vivo en Valladolid jaja. Me llegan muchos correos de otras Raqueles porque tengo esta dirección desde hace años.

        Suerte buscándola!
        """),
      note="Wrong person with the same name received the reminder; not the client, so not a dispute of the invoice.")

    # O14 -----------------------------------------------------------------
    inv = J("F-2027-005", 900.00, "2027-01-25", "Pampa Films", "produccion@pampafilms.com.ar")
    R(K, owner=JORDI, inv=inv, frm=("Florencia Aguirre", "flor@pampafilms.com.ar"), date=D("2027-01-27 14:25", "bsas"),
      mailer="gmail", qkind="due", qdate=D("2027-01-26 09:00", "barcelona"),
      body=T("""
        Hola Jordi, ¿cómo va? Perdoná la demora.

        ¿Me pasás el CBU o los datos completos de la cuenta? Es que la tengo que cargar en el home banking como destinatario nuevo y me pide el SWIFT del banco y la dirección del beneficiario, que en la factura no están.

        Gracias!
        Flor
        """),
      note="Argentine: asks for bank details to set up the payment; a question, no commitment or date -> other.")

    # O15 -----------------------------------------------------------------
    inv = N("FAC26-062", 321.00, "2026-12-22", "Ainhoa Déniz", "ainhoadeniz@hotmail.com", kind="person")
    R(K, owner=NAYRA, inv=inv, frm=("Ainhoa Déniz", "ainhoadeniz@hotmail.com"), date=D("2026-12-24 11:30", "canarias"),
      mailer="outlook", charset="utf-8", prefix="RE: ", qkind="courtesy", qdate=D("2026-12-18 09:00", "canarias"),
      body=T("""
        Feliz Navidad Nayra!! 🎄✨ Que pases unas fiestas preciosas con tu familia y que el 2027 venga cargadito de proyectos bonitos.

        Un abrazo enorme
        Ainhoa
        """),
      note="Christmas greetings in reply to a courtesy reminder; says nothing about the invoice.")

    # O16 -----------------------------------------------------------------
    inv = I("IF-27-005", 2662.00, "2027-02-20", "Clínica Dental Vigo Centro, S.L.P.", "dr.alonso@dentalvigocentro.es",
            issued="2027-01-21", desc="nueva web y sistema de citas")
    R(K, owner=IAGO, inv=inv, frm=("Dr. Alonso", "dr.alonso@dentalvigocentro.es"), date=D("2027-01-22 13:00", "vigo"),
      mailer="iphone", prefix="Re: ", qkind="invoice", qsubject="Factura IF-27-005", qdate=D("2027-01-21 18:30", "vigo"),
      body=T("""
        Recibido. Lo reviso con mi socio y te digo algo.

        Enviado desde mi iPhone
        """),
      note="Acknowledges the invoice; 'lo reviso' is not (yet) a dispute.")

    # O17 -----------------------------------------------------------------
    inv = L("2027-015", 1210.00, "2027-02-10", "Rubén Castaño", "rubencastano.abogado@gmail.com", kind="person")
    R(K, owner=LUCIA, inv=inv, frm=("Rubén Castaño", "rubencastano.abogado@gmail.com"), date=D("2027-02-12 10:15"),
      mailer="gmail", qkind="due", qdate=D("2027-02-11 09:00"),
      body=T("""
        Hola Lucía,

        Mi gestora me pregunta si tengo que practicarte retención de IRPF, porque yo soy autónomo y en tu factura no aparece. ¿Me lo aclaras antes de pagarte? No quiero líos con Hacienda.

        Gracias,
        Rubén
        """),
      note="Question about IRPF withholding, without claiming the invoice is wrong -> other (compare with disputes that demand a rectification).")

    # O18 -----------------------------------------------------------------
    inv = C("2027/003", 2420.00, "2027-01-20", "Notaría Fernández de Córdoba", "notaria@notariafdc.es")
    R(K, owner=CARMEN, inv=inv, frm=("Lola Carmona", "notaria@notariafdc.es"), date=D("2027-01-22 10:30", "sevilla"),
      mailer="outlook", prefix="RE: ", qkind="due", qdate=D("2027-01-21 09:00", "sevilla"),
      body=T("""
        Buenos días, Sra. Rivas:

        Le escribe Lola, la secretaria de D. Fernando. Don Fernando está de viaje hasta el lunes; en cuanto vuelva le paso su correo para que lo vea.

        Un saludo,
        Lola Carmona
        Notaría Fernández de Córdoba
        """),
      note="A human assistant (not an auto-reply) says the boss is away until Monday; no payment commitment.")

    # O19 -----------------------------------------------------------------
    inv = L("2027-016", 1500.00, "2027-02-15", "Pedro Alcocer", "pedro.alcocer@outlook.com", kind="person")
    R(K, owner=LUCIA, inv=inv, frm=("Pedro Alcocer", "pedro.alcocer@outlook.com"), date=D("2027-02-16 18:20", "mexico"),
      mailer="outlook", charset="utf-8", prefix="RE: ", qkind="due", qdate=D("2027-02-16 09:00"),
      body=T("""
        Hola Lucía, buena tarde.

        ¿Me podrías mandar la factura con mi RFC (AOCP800514HX7) y mi domicilio fiscal? Acá mi contador me dice que sin esos datos no me la puede deducir. Ahorita te paso la dirección completa en otro correo.

        Saludos,
        Pedro
        """),
      note="Mexican client asks to add his tax ID to the invoice; amount not contested.")

    # O20 -----------------------------------------------------------------
    inv = C("2027/005", 302.50, "2027-02-10", "D. Rafael Campos Lora", "rcamposlora@yahoo.es", kind="person")
    R(K, owner=CARMEN, inv=inv, frm=("RAFAEL CAMPOS", "rcamposlora@yahoo.es"), date=D("2027-02-13 12:00", "sevilla"),
      mailer="yahoo", qkind="due", qdate=D("2027-02-11 09:00", "sevilla"),
      body=T("""
        ¿ESTA FACTURA ES LA DE LA TRADUCCION DEL CERTIFICADO DE MATRIMONIO O LA DE LOS PAPELES DE LA HERENCIA? ES QUE YO YA PAGUE UNA.

        RAFAEL
        """),
      note="Asks which job the invoice is for; 'ya pagué una' refers to another invoice and is not a claim that this one is paid.")

    # O21 -----------------------------------------------------------------
    inv = I("IF-27-006", 1452.00, "2027-02-28", "Fundación Mar de Vigo", "administracion@fundacionmardevigo.org",
            issued="2027-01-29")
    R(K, owner=IAGO, inv=inv, frm=("Noa Estévez", "administracion@fundacionmardevigo.org"), date=D("2027-02-02 11:00", "vigo"),
      mailer="outlook", prefix="RE: ", charset="utf-8", qkind="invoice", qsubject="Factura IF-27-006",
      qdate=D("2027-01-29 17:00", "vigo"),
      body=T("""
        Buenos días Iago:

        ¿Podrías cambiar el concepto de la factura a "Servicios de consultoría tecnológica – proyecto Mar Dixital"? Es por un tema de la partida presupuestaria del proyecto europeo; el importe y lo demás está bien.

        Gracias,
        Noa Estévez
        """),
      note="Asks to change the invoice description only ('el importe y lo demás está bien') -> other, not dispute.")

    # O22 -----------------------------------------------------------------
    inv = J("F-2027-007", 848.00, "2027-02-20", "Llibreria El Far", "llibreria@elfar.cat")
    R(K, owner=JORDI, inv=inv, frm=("Montse Pujol", "llibreria@elfar.cat"), date=D("2027-02-15 11:05", "barcelona"),
      mailer="gmail", qkind="courtesy", qdate=D("2027-02-15 09:00", "barcelona"),
      body=T("""
        D'acord, gracias por el aviso Jordi.

        Montse
        """),
      note="Bare acknowledgement of a courtesy (pre-due) reminder; no promise made.")

    # O23 -----------------------------------------------------------------
    inv = J("F-2027-008", 1696.00, "2027-02-01", "Escola de Disseny Eixample", "direccio@escoladisseny.cat")
    qd = D("2027-02-04 09:00", "barcelona")
    fwd = ("---------- Forwarded message ---------\n"
           f"De: Jordi Puig <{JORDI.email}>\n"
           "Date: jue, 4 feb 2027 a las 9:00\n"
           "Subject: Recordatorio de pago: factura n.º F-2027-008\n"
           f"To: <{inv.client_email}>\n\n\n" + reminder_text("reminder", inv, qd))
    R(K, owner=JORDI, inv=inv, frm=("Albert Casals", "direccio@escoladisseny.cat"), date=D("2027-02-05 09:40", "barcelona"),
      mailer="gmail", no_quote=True, thread=False, subject="Fwd: Recordatorio de pago: factura n.º F-2027-008",
      to=addr("Núria Roca", "administracio@escoladisseny.cat"), cc=JORDI.addr,
      body=T("""
        Hola Núria,

        Te reenvío el recordatorio de Jordi, el fotógrafo de la graduación. Yo le di el OK a la factura en enero. ¿Lo puedes mirar tú? Pongo a Jordi en copia.

        Gràcies!
        Albert
        """) + "\n\n" + fwd,
      note="Client forwards the reminder to a colleague, freelancer in Cc; approval mentioned but no payment claim or promise.")

    # O24 -----------------------------------------------------------------
    inv = N("FAC27-003", 214.00, "2027-01-25", "Dácil Perera", "dacilperera@gmail.com", kind="person")
    R(K, owner=NAYRA, inv=inv, frm=("Dácil Perera", "dacilperera@gmail.com"), date=D("2027-01-26 19:30", "canarias"),
      mailer="gmail", qkind="due", qdate=D("2027-01-26 09:00", "canarias"),
      body=T("""
        Hola Nayra! ¿Tienes Bizum? Es que en mi banco las transferencias a otras entidades me cobran comisión y prefiero hacerlo así. Pásame el número 😊
        """),
      note="Asks whether Bizum is possible; a question about the payment method with no date or commitment -> other.")

    # O25 -----------------------------------------------------------------
    inv = L("2027-017", 181.50, "2027-02-05", "Inmobiliaria Puerta del Ángel, S.L.", "info@inmopuertangel.es",
            desc="mantenimiento web enero")
    R(K, owner=LUCIA, inv=inv, frm=("Gregorio Fuentes", "info@inmopuertangel.es"), date=D("2027-02-09 10:00"),
      mailer="thunderbird", qkind="due", qdate=D("2027-02-08 09:00"),
      body=T("""
        Buenos días Lucía:

        Aprovecho para comunicarte que a partir de marzo no vamos a renovar el mantenimiento de la web; hemos contratado a una agencia que nos lleva todo el marketing. Gracias por estos años.

        Un saludo,
        Gregorio Fuentes
        """),
      note="Cancels a future service; says nothing about paying or contesting this invoice -> other.")
