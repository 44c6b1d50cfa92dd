from builder import R, T, D, fake_pdf, fake_jpg
from owners import LUCIA, JORDI, CARMEN, IAGO, NAYRA, L, J, C, I, N, LEGAL_SHORT

K = "client-reply-dispute"


def build():
    # D1 ------------------------------------------------------------------
    inv = L("2027-001", 1140.00, "2027-01-15", "Marketing Digital Arganzuela, S.L.", "administracion@mdarganzuela.es")
    R(K, owner=LUCIA, inv=inv, frm=("Silvia Merino", "administracion@mdarganzuela.es"), date=D("2027-01-19 10:05"),
      mailer="outlook", prefix="RE: ", qdate=D("2027-01-18 09:00"),
      body=T("""
        Buenos días Lucía:

        Revisando la factura 2027-001 vemos que nos habéis aplicado una retención del 7 %. Según nuestra asesoría, el 7 % solo se aplica el año de inicio de actividad y los dos siguientes, y tú ya llevas más tiempo, así que debería ser el 15 %. Necesitamos que nos envíes una factura rectificativa con la retención correcta; así no la podemos contabilizar.

        Gracias,

        Silvia Merino
        Administración
        Marketing Digital Arganzuela, S.L.
        """),
      reference="2027-001",
      note="IRPF withholding wrongly calculated (7% vs 15%): asks for a rectifying invoice before paying.")

    # D2 ------------------------------------------------------------------
    inv = J("F-2026-119", 1484.00, "2026-11-20", "Inmobiliaria Diagonal Mar, S.L.", "marketing@diagonalmarinmo.com")
    R(K, owner=JORDI, inv=inv, frm=("Anna Puigdomènech", "marketing@diagonalmarinmo.com"),
      date=D("2026-11-26 11:15", "barcelona"), mailer="gmail", qkind="due", qdate=D("2026-11-23 09:00", "barcelona"),
      body=T("""
        Hola Jordi,

        Acabo de ver la factura y no me cuadra. En el presupuesto que aceptamos eran 1.200 € + IVA por la sesión de los tres pisos piloto, y la factura es de 1.400 + IVA. ¿De dónde salen esos 200 €? Si es por el desplazamiento a Sitges, eso no lo habíamos hablado.

        Hasta que no lo aclaremos no la puedo pasar a pagar.

        Saludos,
        Anna Puigdomènech
        Marketing · Diagonal Mar Inmobiliaria
        """),
      note="Amount differs from the accepted quote; blocks payment until clarified.")

    # D3 ------------------------------------------------------------------
    inv = L("2026-037", 1210.00, "2026-11-08", "Papelería Técnica Lumen, S.L.", "compras@papeleria-lumen.es")
    R(K, owner=LUCIA, inv=inv, frm=("Tomás Lumbreras", "compras@papeleria-lumen.es"), date=D("2026-11-12 09:40"),
      mailer="outlook_classic", charset="iso-8859-1", prefix="RE: ", qkind="due", qdate=D("2026-11-09 09:00"),
      body=T("""
        Lucía, buenos días:

        La factura 2026-037 que nos reclamas es un duplicado: esos mismos trabajos (catálogo de otoño, 24 páginas) ya nos los facturaste en septiembre y te los pagamos el 30/09. Revísalo, por favor, y anúlala.

        Un saludo,
        Tomás Lumbreras
        Papelería Técnica Lumen
        """),
      reference="2026-037",
      note="'already billed' (duplicate of a September invoice that was paid): dispute, not a payment claim for this invoice.")

    # D4 ------------------------------------------------------------------
    inv = I("IF-26-045", 2178.00, "2026-11-25", "Inmobiliaria Ría de Vigo, S.L.", "info@inmoriadevigo.com")
    R(K, owner=IAGO, inv=inv, frm=("Ramón Figueroa", "ramon@inmoriadevigo.com"), date=D("2026-12-02 18:30", "vigo"),
      mailer="gmail", qkind="reminder", qdate=D("2026-12-02 09:00", "vigo"),
      body=T("""
        Iago:

        Te lo digo claro: no vamos a pagar hasta que la web funcione bien en móviles. El formulario de contacto sigue sin enviar nada desde el iPhone y el buscador de pisos se queda cargando. Te lo avisé hace dos semanas por WhatsApp y sigue igual.

        Cuando esté arreglado hablamos de la factura.

        Ramón Figueroa
        """),
      note="Work not as agreed; withholds payment until fixed.")

    # D5 ------------------------------------------------------------------
    inv = C("2026/094", 2420.00, "2026-12-15", "Editorial Ánfora Universitaria, S.L.", "produccion@anforauniversitaria.es")
    R(K, owner=CARMEN, inv=inv, frm=("Inmaculada Ortiz", "produccion@anforauniversitaria.es"),
      date=D("2026-12-18 12:00", "sevilla"), mailer="outlook", prefix="RE: ", qkind="due", qdate=D("2026-12-16 09:00", "sevilla"),
      body=T("""
        Estimada Carmen:

        Hemos recibido su recordatorio. Como sabe, la traducción del manual se entregó el 27 de noviembre en lugar del 15, lo que nos obligó a retrasar la maquetación y la salida a imprenta. Por ese motivo le solicitamos un descuento del 10 % sobre el importe de la factura.

        Si está conforme, le rogamos que emita una factura rectificativa por 2.178,00 € y la abonaremos de inmediato.

        Un saludo,

        Inmaculada Ortiz
        Directora de Producción
        Editorial Ánfora Universitaria
        """),
      amount="2178.00",
      note="Asks a 10% discount for late delivery; would pay 2,178.00 on a rectifying invoice (dispute beats the conditional promise).")

    # D6 ------------------------------------------------------------------
    inv = L("2027-006", 1144.80, "2027-01-31", "Asesoría Jurídica Velázquez 28, S.L.P.", "admin@velazquez28.es")
    R(K, owner=LUCIA, inv=inv, frm=("Patricia Oliva", "patricia@velazquez28.es"), date=D("2027-02-03 13:20"),
      mailer="gmail", qkind="due", qdate=D("2027-02-01 09:00"),
      body=T("""
        Hola Lucía,

        Revisando la factura 2027-006 veo que incluye las 3 horas de la reunión del 14 de enero, la que cancelamos nosotros con un día de antelación. Entiendo que eso no se debería cobrar, ¿no? ¿Me puedes hacer un abono por esas 3 horas y te pago el resto?

        Gracias,
        Patricia
        """),
      reference="2027-006",
      note="Polite request for a credit note ('abono') for cancelled hours; pays the rest after: dispute.")

    # D7 ------------------------------------------------------------------
    inv = J("F-2026-120", 1060.00, "2026-12-01", "Xavier Bonet", "xbonet.moda@gmail.com", kind="person")
    R(K, owner=JORDI, inv=inv, frm=("Xavier Bonet", "xbonet.moda@gmail.com"), date=D("2026-12-04 22:45", "barcelona"),
      mailer="iphone", qkind="due", qdate=D("2026-12-02 09:00", "barcelona"),
      body=T("""
        Jordi, no pienso pagar por unas fotos que no se pueden usar. La mitad están desenfocadas y en las de la colección de abrigos se ve el reflejo del flash en el cristal. Ya te lo dije en la entrega y me dijiste que lo arreglarías en edición. No lo has hecho.

        No me vuelvas a mandar recordatorios automáticos, llámame.

        Xavier

        Enviado desde mi iPhone
        """),
      note="Refuses to pay; quality complaint. Also asks to be called (still dispute).")

    # D8 ------------------------------------------------------------------
    inv = I("IF-26-042", 1452.00, "2026-11-20", "Cervecería Artesana Estrela do Mar, S.L.", "admin@estreladomar.gal")
    R(K, owner=IAGO, inv=inv, frm=("Marta Vilas", "admin@estreladomar.gal"), date=D("2026-11-27 10:50", "vigo"),
      mailer="outlook", prefix="RE: ", charset="utf-8", qdate=D("2026-11-26 09:00", "vigo"),
      body=T("""
        Bos días Iago:

        Te hemos pagado hoy 968,00 €, que es lo que corresponde al presupuesto aprobado (800 € + IVA). Las 5 horas extra de cambios que añadiste en la factura no nos las consultaste antes y no las aprobamos, así que esa parte no la vamos a pagar.

        Si quieres lo hablamos.

        Saludos,
        Marta Vilas
        Cervecería Estrela do Mar
        """),
      amount="968.00",
      note="Partial payment (968.00 paid) plus refusal of the extra hours: partial + dispute = dispute.")

    # D9 ------------------------------------------------------------------
    inv = L("2027-007", 1210.00, "2027-02-10", "Hotel Dunas de Maspalomas, S.L.", "contabilidad@hoteldunasmaspalomas.com")
    R(K, owner=LUCIA, inv=inv, frm=("Contabilidad Hotel Dunas", "contabilidad@hoteldunasmaspalomas.com"),
      date=D("2027-02-11 09:05", "canarias"), mailer="outlook", prefix="RE: ", qkind="due", qdate=D("2027-02-10 09:00"),
      body=T("""
        Buenos días:

        Hemos recibido su factura 2027-007 con IVA del 21 %. Le recordamos que nuestra sociedad tiene su sede en Canarias, por lo que la operación no está sujeta a IVA peninsular. Le rogamos anule la factura y emita una nueva sin IVA, por importe de 1.000,00 €.

        Atentamente,

        Dpto. Contabilidad
        Hotel Dunas de Maspalomas
        San Bartolomé de Tirajana
        """),
      reference="2027-007",
      note="Canary Islands client: no Spanish VAT should be charged; asks to cancel and reissue (wrong amount).")

    # D10 -----------------------------------------------------------------
    inv = C("2026/088", 1815.00, "2026-11-25", "Bufete Hidalgo & Asociados, S.L.P.", "administracion@bufetehidalgo.es")
    R(K, owner=CARMEN, inv=inv, frm=("Luis Hidalgo", "lhidalgo@bufetehidalgo.es"), date=D("2026-12-01 17:20", "sevilla"),
      mailer="outlook", prefix="RE: ", qkind="due", qdate=D("2026-11-26 09:00", "sevilla"),
      body=T("""
        Carmen:

        Lamento tener que decirte que la traducción de los estatutos tenía errores graves de terminología ("sociedad de responsabilidad limitada" traducido como "limited company" en unos sitios y "LLC" en otros, y un artículo entero sin traducir). Hemos tenido que revisarla internamente y nos ha costado dos días de trabajo de un asociado.

        En estas circunstancias, te proponemos pagar el 50 % de la factura. Si no estás de acuerdo, dime y lo hablamos.

        Un saludo,
        Luis Hidalgo
        Bufete Hidalgo & Asociados
        """) + "\n\n" + LEGAL_SHORT,
      note="Quality complaint on a translation; offers to pay 50%.")

    # D11 -----------------------------------------------------------------
    inv = L("2026-032", 605.00, "2026-11-05", "Transportes Hermanos Gil, S.L.", "administracion@transportesgil.es")
    R(K, owner=LUCIA, inv=inv, frm=("Administración Transportes Gil", "administracion@transportesgil.es"),
      date=D("2026-11-10 10:10"), mailer="outlook_classic", charset="iso-8859-1", prefix="RE: ", qkind="due",
      qdate=D("2026-11-06 09:00"),
      body=T("""
        Buenos días,

        No reconocemos esta factura. No tenemos constancia de haber encargado ningún servicio de diseño a su empresa, ni existe pedido interno al respecto. Le rogamos que la anule y no nos envíe más reclamaciones.

        Atentamente,
        Administración
        Transportes Hermanos Gil, S.L.
        """),
      note="Client denies ordering the work and asks to cancel the invoice.")

    # D12 -----------------------------------------------------------------
    inv = I("IF-27-003", 1380.00, "2027-01-31", "Consultoría Azteca Digital", "admin@aztecadigital.mx")
    R(K, owner=IAGO, inv=inv, frm=("Alejandra Fuentes", "alejandra@aztecadigital.mx"), date=D("2027-02-05 11:30", "mexico"),
      mailer="gmail", qkind="due", qdate=D("2027-02-01 09:00", "vigo"),
      body=T("""
        Iago, buen día.

        Oye, aquí hay algo que no cuadra. Acordamos que el hosting y el dominio iban incluidos el primer año y en la factura me los estás cobrando aparte (180 euros). Así no te la puedo autorizar, ¿me la corriges porfa?

        Saludos,
        Alejandra Fuentes
        """),
      note="Mexican client: hosting billed separately though agreed included; asks correction.")

    # D13 -----------------------------------------------------------------
    inv = L("2026-033", 2178.00, "2026-11-15", "Fundación Arte y Memoria", "gestion@fundacionartememoria.org")
    R(K, owner=LUCIA, inv=inv, frm=("Cristina Albarrán", "gestion@fundacionartememoria.org"), date=D("2026-11-20 12:45"),
      mailer="outlook", prefix="RE: ", qkind="due", qdate=D("2026-11-16 09:00"),
      body=T("""
        Estimada Sra. Martín:

        Tras revisar la factura n.º 2026-033, observamos que se han incluido gastos de desplazamiento a Toledo (180,00 € más IVA) que no estaban contemplados en el presupuesto aceptado por esta Fundación. Le rogamos emita factura rectificativa sin dicho concepto; una vez recibida, procederemos a su pago.

        Atentamente,

        Cristina Albarrán
        Gerencia
        Fundación Arte y Memoria
        """),
      reference="2026-033",
      note="Formal: travel costs not in the accepted quote; pays after rectification. Dispute beats the conditional promise.")

    # D14 -----------------------------------------------------------------
    inv = N("FAC26-059", 1070.00, "2026-12-05", "Productora Audiovisual Timanfaya, S.L.", "produccion@timanfayafilms.com")
    R(K, owner=NAYRA, inv=inv, frm=("Guacimara León", "produccion@timanfayafilms.com"),
      date=D("2026-12-09 15:00", "canarias"), mailer="gmail", qkind="due", qdate=D("2026-12-07 09:00", "canarias"),
      body=T("""
        Hola Nayra:

        Te pago la mitad ahora y la otra mitad cuando nos entregues los archivos editables (los .psd con capas y las tipografías). Sin eso no podemos adaptar los carteles a los distintos formatos, y en la propuesta ponía que iban incluidos.

        Un saludo,
        Guacimara León
        Timanfaya Films
        """),
      note="Will pay only half until the editable files are delivered: dispute.")

    # D15 -----------------------------------------------------------------
    inv = L("2026-034", 1590.00, "2026-11-10", "Estudio Contable Ribera, S.L.", "ribera@estudioribera.es")
    R(K, owner=LUCIA, inv=inv, frm=("Javier Ribera", "ribera@estudioribera.es"), date=D("2026-12-14 10:40"),
      mailer="outlook", prefix="RE: ", qkind="late_fee", fees=True, qdate=D("2026-12-12 09:00"),
      body=T("""
        Lucía:

        ¿Intereses de demora? ¿Cuarenta euros de indemnización? Llevamos cinco años trabajando juntos y me mandas esto. La factura te la pago, faltaría más, pero los intereses y los 40 euros no los voy a pagar, y me parece una forma muy fea de tratar a un cliente de toda la vida.

        Javier Ribera
        """),
      note="Contests the late-payment interest and the 40 EUR compensation, accepts the principal (undated): dispute > promise.")

    # D16 -----------------------------------------------------------------
    inv = C("2027/002", 363.00, "2027-01-20", "D. Manuel Jiménez Ortega", "manoloji@telefonica.net", kind="person")
    R(K, owner=CARMEN, inv=inv, frm=("MANUEL JIMENEZ", "manoloji@telefonica.net"), date=D("2027-01-25 13:15", "sevilla"),
      mailer="plain", prefix="RE: ", cte="8bit", qdate=D("2027-01-25 09:00", "sevilla"),
      body=T("""
        CARMEN NO ES LO QUE HABIAMOS HABLADO. ME DIJISTE 250 EUROS POR LAS TRES PARTIDAS DE NACIMIENTO Y ME COBRAS 300 MAS IVA. YO ESO NO LO PAGO ASI.

        MANUEL
        """),
      note="All caps, no accents: price differs from what was agreed; refuses as billed.")

    # D17 -----------------------------------------------------------------
    inv = I("IF-26-051", 1300.00, "2026-12-28", "Tango Studio Apps SRL", "admin@tangostudio.com.ar")
    R(K, owner=IAGO, inv=inv, frm=("Nicolás Ferreyra", "nico@tangostudio.com.ar"), date=D("2027-01-04 12:05", "bsas"),
      mailer="gmail", qkind="reminder", qdate=D("2027-01-04 09:00", "vigo"),
      body=T("""
        Che Iago, los 300 que agregaste por "revisiones extra" no los habíamos hablado. Pasame la factura sin eso y te la pago hoy mismo.

        Abrazo,
        Nico
        """),
      note="Argentine voseo; contests an added line, conditional same-day payment once corrected: dispute > promise.")

    # D18 -----------------------------------------------------------------
    inv = L("2026-035", 847.00, "2026-11-15", "Asociación Protectora de Animales Huellas", "huellas.protectora@gmail.com")
    R(K, owner=LUCIA, inv=inv, frm=("Leticia Campos", "huellas.protectora@gmail.com"), date=D("2026-11-19 20:30"),
      mailer="gmail", qkind="due", qdate=D("2026-11-16 09:00"),
      body=T("""
        Hola Lucía,

        Ante todo gracias por el trabajo, la campaña de adopciones ha quedado preciosa 🐾

        Te quería pedir un favor: ¿podrías hacernos un descuento? Somos una protectora sin ánimo de lucro y este año vamos muy justos con los gastos veterinarios. Aunque sea un 20 %, nos ayudaría mucho.

        Un abrazo,
        Leticia
        Protectora Huellas
        """),
      note="Friendly tone but asks for a 20% discount after invoicing: dispute.")

    # D19 -----------------------------------------------------------------
    inv = J("F-2027-002", 1696.00, "2027-01-15", "Agència Nòmada Comunicació, S.L.", "admin@agencianomada.cat")
    R(K, owner=JORDI, inv=inv, frm=("Mireia Costa", "produccio@agencianomada.cat"), date=D("2027-01-19 11:40", "barcelona"),
      mailer="outlook", prefix="RE: ", charset="utf-8", qdate=D("2027-01-18 09:00", "barcelona"),
      body=T("""
        Hola Jordi,

        En el detalle de la factura F-2027-002 pones 32 horas de edición, y según nuestro registro (y lo que hablamos en la reunión de seguimiento) fueron 24. Antes de tramitarla necesitamos que la revises y nos mandes una nueva con las horas correctas.

        Gràcies,
        Mireia Costa
        Producció · Agència Nòmada
        """),
      reference="F-2027-002",
      note="Hours billed disputed (32 vs 24).")

    # D20 -----------------------------------------------------------------
    inv = L("2026-030", 1936.00, "2026-11-12", "Vinos y Licores Hermanos Carrasco, S.L.", "pedidos@hnoscarrasco.es")
    R(K, owner=LUCIA, inv=inv, frm=("Enrique Carrasco", "pedidos@hnoscarrasco.es"), date=D("2026-11-16 10:00"),
      mailer="outlook", prefix="RE: ", qkind="due", qdate=D("2026-11-13 09:00"),
      body=T("""
        Buenos días Lucía:

        Las etiquetas llegaron el viernes y el granate del logotipo ha salido casi marrón, nada que ver con la prueba que aprobamos. No las podemos poner en las botellas así. No pagaremos la factura hasta que se repita la tirada con el color correcto.

        Te mando fotos en otro correo.

        Saludos,
        Enrique Carrasco
        Bodegas y Licores Hnos. Carrasco
        """),
      note="Defective print run; payment withheld until reprinted.")

    # D21 -----------------------------------------------------------------
    inv = I("IF-26-040", 3025.00, "2026-11-10", "Mareira Labs, S.L.", "hello@mareiralabs.com")
    R(K, owner=IAGO, inv=inv, frm=("Sara Domínguez", "sara@mareiralabs.com"), date=D("2026-11-16 16:25", "vigo"),
      mailer="gmail", qkind="due", qdate=D("2026-11-11 09:00", "vigo"),
      body=T("""
        Hola Iago,

        No entiendo esta factura. Cancelamos el proyecto el 9 de octubre, por escrito, antes de que empezaras la fase 2, y nos facturas la fase 2 completa (2.500 € + IVA). Lo acordado en el contrato era pagar solo lo ejecutado hasta la cancelación, que ya pagamos con la factura de septiembre.

        No vamos a pagar esta factura.

        Un saludo,
        Sara Domínguez
        CEO · Mareira Labs
        """),
      note="Project cancelled before the billed phase; refuses. Mentions an earlier invoice already paid (not this one).")

    # D22 -----------------------------------------------------------------
    inv = I("IF-26-052", 1694.00, "2027-01-05", "Mariscos Cambados, S.L.", "admin@mariscoscambados.com")
    R(K, owner=IAGO, inv=inv, frm=("Suso Outeiral", "suso@mariscoscambados.com"), date=D("2027-01-12 09:15", "vigo"),
      mailer="iphone", qkind="reminder", qdate=D("2027-01-11 09:00", "vigo"),
      body=T("""
        Iago, discrepamos del importe de la factura. Llámame cuando puedas y lo hablamos, mejor por teléfono.

        Suso

        Enviado desde mi iPhone
        """),
      note="Short: states disagreement with the amount and asks for a call; the disagreement makes it a dispute.")

    # D23 -----------------------------------------------------------------
    inv = L("2026-031", 544.50, "2026-12-10", "Clínica de Fisioterapia Retiro, S.L.", "admin@fisioretiro.es",
            desc="mantenimiento web diciembre")
    R(K, owner=LUCIA, inv=inv, frm=("Alberto Sanchís", "gerencia@fisioretiro.es"), date=D("2027-01-14 17:05"),
      mailer="outlook", prefix="RE: ", qkind="suspension", qdate=D("2027-01-13 09:00"),
      body=T("""
        Lucía:

        Me parece una falta de respeto amenazar con suspender el servicio. Hay un error en la factura y te lo dije por teléfono hace dos semanas: el mantenimiento de la web es trimestral, no mensual, y me estás cobrando tres meses en una factura que dice "diciembre". Corrígela y la pago ese mismo día.

        Alberto Sanchís
        Gerente
        """),
      note="Reply to the suspension letter: claims a billing error and conditions payment on correction.")

    # D24 -----------------------------------------------------------------
    inv = J("F-2026-126", 2120.00, "2027-01-10", "Grupo Textil Llobregat, S.A.", "facturas@textilllobregat.com")
    hb = T("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:10pt">
        <p>Estimado proveedor:</p>
        <p>Le informamos de que la factura <b>F-2026-126</b> ha sido <span style="color:#C00000"><b>RECHAZADA</b></span> en nuestro sistema por el siguiente motivo:</p>
        <table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:9pt">
        <tr><td style="background:#EEE">Motivo</td><td>Importe no coincide con el pedido</td></tr>
        <tr><td style="background:#EEE">Pedido</td><td>4500123456</td></tr>
        <tr><td style="background:#EEE">Importe pedido (base imponible)</td><td>1.800,00 €</td></tr>
        <tr><td style="background:#EEE">Importe factura (base imponible)</td><td>2.000,00 €</td></tr>
        </table>
        <p>Le rogamos emita una factura rectificativa ajustada al pedido o, en su caso, solicite a su contacto en Grupo Textil Llobregat una ampliación del pedido. Mientras tanto, la factura no se incluirá en ninguna remesa de pago.</p>
        <p>Atentamente,</p>
        <p>Montserrat Vila<br>Cuentas a Pagar<br>Grupo Textil Llobregat, S.A.<br>Sant Feliu de Llobregat</p>
        </body></html>
        """)
    R(K, owner=JORDI, inv=inv, frm=("Montserrat Vila", "facturas@textilllobregat.com"), date=D("2027-01-13 09:30", "barcelona"),
      mailer="outlook", prefix="RE: ", html_only=True, no_quote=True, html_body=hb, body="", charset="utf-8",
      reference="F-2026-126",
      note="HTML-only reply from accounts payable: invoice rejected, amount does not match the purchase order.")

    # D25 -----------------------------------------------------------------
    inv = N("FAC26-060", 1605.00, "2026-12-15", "Bodega Los Berrazales, S.L.", "admin@losberrazales.com")
    R(K, owner=NAYRA, inv=inv, frm=("Candelaria Suárez", "admin@losberrazales.com"), date=D("2026-12-18 12:30", "canarias"),
      mailer="gmail", qkind="due", qdate=D("2026-12-16 09:00", "canarias"),
      body=T("""
        Hola Nayra, creo que hay un error: te adelantamos el 50 % en septiembre (802,50 € con el IGIC) y la factura es por el total, no lo descuenta. Debería ser de 802,50. ¿Me mandas la corregida?

        Gracias!
        Cande
        """),
      note="Advance payment not deducted: wrong amount. The 802.50 is a past advance / the corrected total, not a payment of this invoice.")

    # D26 -----------------------------------------------------------------
    inv = L("2027-008", 2420.00, "2027-02-15", "Fundación Cultural Tierra Mixteca, A.C.", "administracion@tierramixteca.org.mx")
    R(K, owner=LUCIA, inv=inv, frm=("Gabriela Sánchez Lara", "administracion@tierramixteca.org.mx"),
      date=D("2027-02-17 09:45", "mexico"), mailer="outlook", prefix="RE: ", charset="utf-8", qkind="due",
      qdate=D("2027-02-16 09:00"),
      body=T("""
        Estimada Lucía:

        Nuestra contadora nos indica que la factura no debería llevar IVA español, ya que somos una asociación civil mexicana y el servicio se presta a un cliente fuera de la Unión Europea. Le pedimos de favor que la corrija y nos la reenvíe sin el 21 %, para poder tramitar el pago.

        Quedamos atentos,

        Mtra. Gabriela Sánchez Lara
        Coordinación Administrativa
        Fundación Cultural Tierra Mixteca, A.C.
        """),
      note="Mexican client contests the Spanish VAT on an export of services; wants a corrected invoice.")

    # D27 -----------------------------------------------------------------
    inv = C("2026/086", 968.00, "2026-11-20", "Seguros Macarena Mediación, S.L.", "admin@segurosmacarena.es")
    R(K, owner=CARMEN, inv=inv, frm=("Rocío Benjumea", "admin@segurosmacarena.es"), date=D("2026-11-24 13:40", "sevilla"),
      mailer="outlook_classic", charset="iso-8859-1", prefix="RE: ", qkind="due", qdate=D("2026-11-23 09:00", "sevilla"),
      body=T("""
        Sra. Rivas:

        No estamos conformes con la factura nº 2026/086. La tarifa que nos indicó por teléfono era de 0,08 € por palabra y en la factura aplica 0,10 €. Le rogamos que la revise y nos remita una nueva conforme a lo acordado.

        Un saludo,

        Rocío Benjumea
        Seguros Macarena Mediación
        """),
      reference="2026/086",
      note="iso-8859-1/cp1252 quoted-printable; rate per word differs from the agreed one.")

    # D28 -----------------------------------------------------------------
    inv = J("F-2026-117", 2544.00, "2026-11-15", "Cosmética Natural Montseny, S.L.", "marketing@cosmeticamontseny.com")
    R(K, owner=JORDI, inv=inv, frm=("Clàudia Prat", "marketing@cosmeticamontseny.com"), date=D("2026-11-20 16:10", "barcelona"),
      mailer="gmail", qkind="due", qdate=D("2026-11-16 09:00", "barcelona"),
      body=T("""
        Hola Jordi:

        Hemos revisado la factura y nos has cobrado aparte una "licencia ampliada de uso publicitario" de 600 €. En el presupuesto que firmamos ya ponía que las fotos eran para uso en web, redes y campañas publicitarias durante dos años, así que entendemos que está incluida. Esa línea no la vamos a pagar; el resto, sin problema en cuanto nos mandes la factura corregida.

        Saludos,
        Clàudia Prat
        Marketing Manager · Cosmética Natural Montseny
        """),
      note="Contests one line (usage licence) and will pay the rest on a corrected invoice: dispute.")
