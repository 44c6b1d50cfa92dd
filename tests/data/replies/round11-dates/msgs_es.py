# Spanish client replies (round 11, dates). Bodies written by hand.
from make import pdf_bytes

LOPD = """
--
AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario,
pudiendo contener información confidencial sometida a secreto profesional. En cumplimiento del
Reglamento (UE) 2016/679 (RGPD) y de la LOPDGDD 3/2018, le informamos de que sus datos forman parte de
un fichero cuyo responsable es la empresa remitente. Puede ejercer sus derechos de acceso, rectificación,
supresión y oposición escribiendo a la dirección del remitente."""

MSGS = [
# 1 ---------------------------------------------------------------- el viernes
dict(owner="lucia", lang="es", frm=("Raúl Ortega", "rortega@grupoalcor.es"),
     date="2026-11-16 10:30:14", tz="+0100", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="2026-038", amount="1.452,00 €", due="2026-11-10",
                 sent="2026-11-16 08:00", client="Grupo Alcor SL", ckind="company"),
     body="""Hola Lucía:

La tengo pendiente de firma, el viernes sale la transferencia. Disculpa el retraso.

Raúl
""",
     kind="client-reply-promise", label=dict(promised_date="2026-11-20"),
     note="'el viernes' written Mon 16 Nov = Fri 20 Nov."),

# 2 ---------------------------------------------------------------- el lunes que viene
dict(owner="jordi", lang="es", frm=("Marta Vidal", "martavidal.ceramica@gmail.com"),
     date="2026-12-10 19:02:37", tz="+0100", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="FP-2026-44", amount="385,00 €", due="2026-12-04",
                 sent="2026-12-10 08:00", client="Marta Vidal", ckind="person"),
     body="""Jordi, perdona el retraso!! El lunes que viene te hago la transferencia, que esta semana con el puente voy loca con la tienda.
Un abrazo,
Marta
""",
     kind="client-reply-promise", label=dict(promised_date="2026-12-14"),
     note="'El lunes que viene' written Thu 10 Dec = Mon 14 Dec; the 'puente' (6-8 Dec) is context only."),

# 3 ---------------------------------------------------------------- el 5 sin falta
dict(owner="lucia", lang="es", frm=("Iñaki Lasarte", "inaki@bodegaslasarte.com"), cte="quoted-printable",
     date="2027-01-28 12:44:51", tz="+0100", mua="apple", quote="apple",
     thread=dict(tpl="late_fee", inv="2026-049", amount="2.057,00 €", due="2026-12-31", deadline="2027-02-05",
                 sent="2027-01-27 08:00", client="Bodegas Hermanos Lasarte SL", ckind="company"),
     body="""Buenas Lucía, te pido unos días más. El 5 sin falta la tienes pagada.
Un saludo,
Iñaki

Enviado desde mi iPhone
""",
     kind="client-reply-promise", label=dict(promised_date="2027-02-05"),
     note="'El 5 sin falta' written 28 Jan: the 5th is past in January, so 5 Feb."),

# 4 ---------------------------------------------------------------- el día 3
dict(owner="jordi", lang="es", frm=("Tesorería La Nave", "tesoreria@asociacionlanave.org"),
     date="2027-01-21 17:30:09", tz="+0100", mua="thunder", quote="gmail",
     thread=dict(tpl="reminder", inv="FP-2027-02", amount="240,00 €", due="2027-01-15",
                 sent="2027-01-21 08:00", client="Asociación Cultural La Nave", ckind="company"),
     body="""Hola Jordi:

Los pagos de la asociación se hacen todos juntos el día 3 de cada mes, cuando la junta revisa las cuentas. Tu factura ya está aprobada, así que entrará el día 3.

Gracias por las fotos de la jornada de puertas abiertas, quedaron preciosas.

Pilar Gómez
Tesorera – Asociación Cultural La Nave
""",
     kind="client-reply-promise", label=dict(promised_date="2027-02-03"),
     note="'el día 3' written 21 Jan: the next 3rd is 3 Feb."),

# 5 ---------------------------------------------------------------- pasado mañana (mañana is her own payday)
dict(owner="lucia", lang="es", frm=("Carmen Ruiz", "carmenruizp@hotmail.com"), cte="base64",
     date="2026-12-01 13:25:48", tz="+0100", mua="other", quote="none",
     thread=dict(tpl="reminder", inv="2026-045", amount="180,00 €", due="2026-11-25",
                 sent="2026-12-01 08:00", client="Carmen Ruiz", ckind="person"),
     body="""Hola guapa!! Mañana cobro yo y pasado mañana te lo pago, vale? Perdona de verdad, ha sido un mes horrible.
Besos
Carmen

Enviado desde mi Android
""",
     kind="client-reply-promise", label=dict(promised_date="2026-12-03"),
     note="'Mañana cobro yo' is her own payday; the payment is 'pasado mañana' = Thu 3 Dec."),

# 6 ---------------------------------------------------------------- Mexico, late evening, mañana
dict(owner="lucia", lang="es", frm=("Ximena Robles", "ximena.robles@estudionopal.mx"),
     date="2027-01-13 21:30:22", tz="-0600", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="2026-051", amount="1.800,00 €", due="2027-01-08",
                 sent="2027-01-13 08:00", client="Estudio Nopal SA de CV", ckind="company"),
     body="""Hola Lucía, qué pena contigo. Ya tengo autorizado el pago; mañana a primera hora te hago la transferencia internacional (por Wise, como la vez pasada).

Saludos desde CDMX,
Ximena
""",
     kind="client-reply-promise", label=dict(promised_date="2027-01-14"),
     note="Mexico City 21:30 -0600 on Wed 13 Jan (already Thu 14 in UTC and Madrid): 'mañana' = 14 Jan in the sender's zone."),

# 7 ---------------------------------------------------------------- Canary, hoy
dict(owner="jordi", lang="es", frm=("Yeray Santana", "yeray@surfschoolcanteras.com"),
     date="2026-12-18 08:15:33", tz="+0000", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="FP-2026-47", amount="520,00 €", due="2026-12-11",
                 sent="2026-12-17 08:00", client="Yeray Santana", ckind="person"),
     body="""Buenos días Jordi, tienes toda la razón. Hoy te hago la transferencia sin falta.
Un saludo desde Las Palmas 🤙
""",
     kind="client-reply-promise", label=dict(promised_date="2026-12-18"),
     note="Canary Islands (+0000): 'Hoy te hago la transferencia' = promise for Fri 18 Dec."),

# 8 ---------------------------------------------------------------- final de mes, formal, latin-1
dict(owner="lucia", lang="es", frm=("Administración Clínica Sonríe", "administracion@clinicasonrie.es"),
     date="2027-02-09 10:02:18", tz="+0100", mua="outlook", quote="outlook", re="RE:",
     charset="iso-8859-15", cte="quoted-printable",
     thread=dict(tpl="reminder", inv="2027-006", amount="726,00 €", due="2027-02-05",
                 sent="2027-02-09 08:00", client="Clínica Dental Sonríe SL", ckind="company"),
     body="""Buenos días:

Le informamos de que el pago de su factura se realizará a final de mes, junto con el resto de proveedores.

Atentamente,

Departamento de Administración
Clínica Dental Sonríe, S.L.
C/ Alcalá 211, 28028 Madrid
""" + LOPD,
     kind="client-reply-promise", label=dict(promised_date="2027-02-28"),
     note="'a final de mes' written 9 Feb 2027 = 28 Feb. iso-8859-15 QP with LOPD footer."),

# 9 ---------------------------------------------------------------- remesa del 25
dict(owner="jordi", lang="es", frm=("Dpto. Administración", "administracion@construccionesberrocal.es"),
     date="2026-11-19 16:48:30", tz="+0100", mua="outlook", quote="outlook", re="RE:",
     fmt="alt",
     thread=dict(tpl="reminder", inv="FP-2026-31", amount="1.210,00 €", due="2026-11-12",
                 sent="2026-11-19 08:00", client="Construcciones Berrocal SA", ckind="company"),
     body="""Buenas tardes:

La factura FP-2026-31 ya está contabilizada y entra en la remesa de pagos del día 25.

Atentamente,
Departamento de Administración
Construcciones Berrocal, S.A.
""",
     kind="client-reply-promise", label=dict(promised_date="2026-11-25", reference="FP-2026-31"),
     note="'entra en la remesa de pagos del día 25' written 19 Nov = 25 Nov."),

# 10 --------------------------------------------------------------- a primeros de mes (vague)
dict(owner="lucia", lang="es", frm=("Sergio Navarro", "sergionavarro.foto@gmail.com"),
     date="2026-11-24 22:10:05", tz="+0100", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="2026-042", amount="350,00 €", due="2026-11-18",
                 sent="2026-11-24 08:00", client="Sergio Navarro", ckind="person"),
     body="""Hola Lucía, ahora mismo no puedo, te lo pago a primeros de mes cuando cobre. Perdona las molestias.
Sergio
""",
     kind="client-reply-promise",
     note="'a primeros de mes' is vague: promise without date."),

# 11 --------------------------------------------------------------- no antes del 20
dict(owner="jordi", lang="es", frm=("Nuria Ferrer", "nferrer@eventosmediterraneo.com"),
     date="2027-01-11 11:37:44", tz="+0100", mua="outlook", quote="outlook", re="RE:",
     thread=dict(tpl="reminder", inv="FP-2026-49", amount="1.694,00 €", due="2026-12-31",
                 sent="2027-01-11 08:00", client="Eventos Mediterráneo SL", ckind="company"),
     body="""Hola Jordi,

Lo siento, no podemos pagarla antes del 20: hasta entonces no se cierra la facturación de los eventos de Navidad. Te aviso cuando salga.

Nuria Ferrer
Eventos Mediterráneo
""",
     kind="client-reply-promise", label=dict(promised_date="2027-01-20"),
     note="'no podemos pagarla antes del 20' written 11 Jan = the 20th (20 Jan)."),

# 12 --------------------------------------------------------------- hoy no, el jueves
dict(owner="lucia", lang="es", frm=("Alberto Sanz", "alberto@sanzinteriorismo.es"),
     date="2027-02-01 12:05:17", tz="+0100", mua="apple", quote="none",
     thread=dict(tpl="reminder", inv="2027-003", amount="968,00 €", due="2027-01-29",
                 sent="2027-02-01 08:00", client="Alberto Sanz", ckind="person"),
     body="""Hoy no me da tiempo, estoy en obra toda la mañana y el banco me pide la firma desde el ordenador. El jueves la tienes.
Alberto

Enviado desde mi iPhone
""",
     kind="client-reply-promise", label=dict(promised_date="2027-02-04"),
     note="'Hoy no... El jueves' written Mon 1 Feb = Thu 4 Feb."),

# 13 --------------------------------------------------------------- martes -> miércoles (8 Dec holiday)
dict(owner="jordi", lang="es", frm=("Montse Roca", "mroca@rocaiassociats.cat"),
     date="2026-12-04 09:58:26", tz="+0100", mua="outlook", quote="outlook", re="RE:",
     charset="windows-1252", cte="quoted-printable",
     thread=dict(tpl="reminder", inv="FP-2026-42", amount="726,00 €", due="2026-11-27",
                 sent="2026-12-04 08:00", client="Roca i Associats SL", ckind="company"),
     body="""Bon dia Jordi,

Te la pago el martes… perdón, el martes es festivo (Inmaculada), así que el miércoles a primera hora.

Gràcies i bon cap de setmana!
Montse Roca
Roca i Associats – Gestoria
""",
     kind="client-reply-promise", label=dict(promised_date="2026-12-09"),
     note="Day corrected: Tuesday 8 Dec is a holiday, so Wednesday 9 Dec. Catalan greetings in a Spanish mail, windows-1252."),

# 14 --------------------------------------------------------------- two instalments, 15 Dec and 15 Jan
dict(owner="lucia", lang="es", frm=("Beatriz Molina", "direccion@academialingua.es"),
     date="2026-12-02 17:19:40", tz="+0100", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="2026-046", amount="2.420,00 €", due="2026-11-27",
                 sent="2026-12-02 08:00", client="Academia Lingua SL", ckind="company"),
     body="""Hola Lucía:

Te escribo con franqueza: diciembre es un mes muy flojo para la academia y no podemos pagar la factura entera de golpe. Te propongo pagar la mitad el 15 de diciembre y el resto el 15 de enero, cuando cobramos las matrículas del segundo trimestre.

¿Te parece bien? Si prefieres otra fórmula dímelo.

Un saludo,
Beatriz Molina
Directora – Academia Lingua
""",
     kind="client-reply-promise", label=dict(promised_date="2027-01-15"),
     note="Two instalments (15 Dec and 15 Jan): everything paid by 15 Jan 2027."),

# 15 --------------------------------------------------------------- 400 now, rest when the grant arrives
dict(owner="jordi", lang="es", frm=("AVV Sant Andreu", "junta@avvsantandreu.org"),
     date="2026-11-11 20:12:58", tz="+0100", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="FP-2026-35", amount="900,00 €", due="2026-11-06",
                 sent="2026-11-11 08:00", client="Asociación de Vecinos Sant Andreu", ckind="company"),
     body="""Hola Jordi,

Te hacemos ahora una transferencia de 400 € y el resto cuando nos ingresen la subvención del distrito, que ya está concedida pero no sabemos cuándo llega.

Perdona el lío, somos todos voluntarios.
Josep (tesorero de la AVV)
""",
     kind="client-reply-promise",
     note="Part now, the rest 'cuando nos ingresen la subvención': no day on which all is paid, so no promised_date."),

# 16 --------------------------------------------------------------- Ayuntamiento pays them on the 15th
dict(owner="lucia", lang="es", frm=("Pablo Herrero", "pablo@producionesalbatros.es"),
     date="2026-12-03 11:45:12", tz="+0100", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="2026-043", amount="1.573,00 €", due="2026-11-30",
                 sent="2026-12-03 08:00", client="Producciones Albatros SL", ckind="company"),
     body="""Hola Lucía,

Te cuento: el Ayuntamiento nos paga el festival el día 15 (eso nos han dicho, ya sabes cómo va esto) y en cuanto entre te pago a ti, eres la primera de la lista.

Un abrazo,
Pablo
""",
     kind="client-reply-promise",
     note="The 15th is when the town council pays them; our payment is 'en cuanto entre': no promised_date."),

# 17 --------------------------------------------------------------- next week; Tuesday is a meeting
dict(owner="jordi", lang="es", frm=("Lorena Prieto", "lprieto@inmobiliariaprieto.com"),
     date="2027-02-15 13:22:40", tz="+0100", mua="outlook", quote="outlook", re="RE:",
     thread=dict(tpl="reminder", inv="FP-2027-05", amount="605,00 €", due="2027-02-10",
                 sent="2027-02-15 08:00", client="Inmobiliaria Prieto", ckind="company"),
     body="""Hola Jordi:

Os pagamos la semana que viene. El martes tenemos la reunión de cierre con la gestoría y a partir de ahí se liberan los pagos de febrero.

Saludos,
Lorena
""",
     kind="client-reply-promise",
     note="'la semana que viene' is vague; Tuesday is a meeting, not the payment: no promised_date."),

# 18 --------------------------------------------------------------- en unos días
dict(owner="lucia", lang="es", frm=("Gonzalo Ibáñez", "gonzalo.ibanez@yahoo.es"), cte="base64",
     date="2026-11-17 09:12:33", tz="+0100", mua="other", quote="gmail",
     thread=dict(tpl="due", inv="2026-040", amount="495,00 €", due="2026-11-16",
                 sent="2026-11-17 08:00", client="Gonzalo Ibáñez", ckind="person"),
     body="""buenos dias, en unos dias te lo ingreso, estoy esperando un pago. gracias
""",
     kind="client-reply-promise",
     note="'en unos días', lowercase without accents: promise without date."),

# 19 --------------------------------------------------------------- 15/1, windows-1252 Outlook
dict(owner="jordi", lang="es", frm=("Contabilidad Hotel Brisa", "contabilidad@hotelbrisamar.com"),
     date="2026-12-17 12:50:07", tz="+0100", mua="outlook", quote="outlook", re="RE:",
     charset="iso-8859-1*", cte="quoted-printable", fmt="alt",
     thread=dict(tpl="reminder", inv="FP-2026-45", amount="2.178,00 €", due="2026-12-10",
                 sent="2026-12-17 08:00", client="Hotel Brisamar SL", ckind="company"),
     body="""Buenos días, Sr. Puig:

Le comunicamos que su factura nº FP-2026-45 se abonará el 15/1 por transferencia bancaria, según nuestro calendario de pagos a proveedores (días 15 y último de cada mes). El hotel permanece cerrado por temporada baja hasta el 8/1.

Reciba un cordial saludo,

Dpto. de Contabilidad
Hotel Brisamar – Sitges
""",
     kind="client-reply-promise", label=dict(promised_date="2027-01-15", reference="FP-2026-45"),
     note="'se abonará el 15/1' written 17 Dec 2026 = 15 Jan 2027; 8/1 is the reopening, not the payment. cp1252 bytes declared iso-8859-1."),

# 20 --------------------------------------------------------------- el 12 de enero
dict(owner="lucia", lang="es", frm=("Irene Castro", "irene.castro.psico@gmail.com"),
     date="2026-12-30 18:33:21", tz="+0100", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="2026-050", amount="290,00 €", due="2026-12-23",
                 sent="2026-12-30 08:00", client="Irene Castro", ckind="person"),
     body="""¡Hola Lucía! Feliz año adelantado 🎉
Te pago el 12 de enero, que antes tengo la cuesta de enero encima (regalos, seguro del coche...). Me encanta cómo quedó la web, por cierto.
Irene
""",
     kind="client-reply-promise", label=dict(promised_date="2027-01-12"),
     note="'el 12 de enero' written 30 Dec 2026 = 12 Jan 2027."),

# 21 --------------------------------------------------------------- a final del mes que viene
dict(owner="jordi", lang="es", frm=("Consorcio Turístico Costa Brava Sud", "intervencion@ctcostabravasud.org"),
     date="2026-11-05 10:20:44", tz="+0100", mua="outlook", quote="outlook", re="RE:",
     thread=dict(tpl="courtesy", inv="FP-2026-33", amount="3.025,00 €", due="2026-11-08", issue="2026-10-09",
                 sent="2026-11-02 08:00", client="Consorcio Turístico Costa Brava Sud", ckind="company"),
     body="""Estimado Sr. Puig:

Le informamos de que su factura ha sido conformada por el área de promoción, pero la tramitación de la orden de pago en intervención requiere algo más de tiempo. La previsión es que el pago se realice a final del mes que viene.

Atentamente,
Intervención – Consorcio Turístico Costa Brava Sud
""",
     kind="client-reply-promise", label=dict(promised_date="2026-12-31"),
     note="'a final del mes que viene' written 5 Nov 2026 = end of December, 31 Dec."),

# 22 --------------------------------------------------------------- Bizum el domingo
dict(owner="lucia", lang="es", frm=("Dani Romero", "dani.romero.bcn@gmail.com"),
     date="2027-01-20 15:41:09", tz="+0100", mua="gmail", quote="none",
     thread=dict(tpl="reminder", inv="2027-002", amount="150,00 €", due="2027-01-15",
                 sent="2027-01-20 08:00", client="Dani Romero", ckind="person"),
     body="""Ey Lucía! Sorry, se me pasó totalmente. Te hago un Bizum de los 150 el domingo, que el viernes cobro. ¿Me pasas el número asociado?
""",
     kind="client-reply-promise", label=dict(promised_date="2027-01-24", amount="150.00"),
     note="'el domingo' written Wed 20 Jan = Sun 24 Jan; 'el viernes cobro' is his payday. Also asks for the Bizum number (promise wins)."),

# 23 --------------------------------------------------------------- Argentina, voseo, el martes que viene
dict(owner="jordi", lang="es", frm=("Facundo Giménez", "facu.gimenez@estudiogimenez.com.ar"),
     date="2026-11-26 16:05:38", tz="-0300", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="FP-2026-38", amount="800,00 €", due="2026-11-20",
                 sent="2026-11-26 08:00", client="Facundo Giménez", ckind="person"),
     body="""Che Jordi, mil disculpas. Acá con el tema del cepo cambiario es un quilombo mandar euros, pero ya lo tengo resuelto con el banco. Te lo transfiero el martes que viene, dale?
Abrazo grande,
Facu
""",
     kind="client-reply-promise", label=dict(promised_date="2026-12-01"),
     note="Buenos Aires voseo; 'el martes que viene' written Thu 26 Nov = Tue 1 Dec."),

# 24 --------------------------------------------------------------- Colombia, próximo viernes 11 de diciembre
dict(owner="lucia", lang="es", frm=("Andrés Felipe Ocampo", "aocampo@cafeandino.com.co"),
     date="2026-12-07 08:40:52", tz="-0500", mua="outlook", quote="outlook", re="RE:",
     thread=dict(tpl="reminder", inv="2026-047", amount="1.100,00 €", due="2026-12-01",
                 sent="2026-12-07 08:00", client="Café Andino SAS", ckind="company"),
     body="""Buenos días, Lucía, ¿cómo está?

Le confirmo que el pago se realiza el próximo viernes 11 de diciembre por transferencia internacional. Le comparto el soporte apenas lo tenga.

Quedo atento,
Andrés Felipe Ocampo
Café Andino S.A.S. – Medellín
""",
     kind="client-reply-promise", label=dict(promised_date="2026-12-11"),
     note="Colombian usted; 'el próximo viernes 11 de diciembre' written Mon 7 Dec = 11 Dec."),

# 25 --------------------------------------------------------------- ALL CAPS, no accents
dict(owner="jordi", lang="es", frm=("TALLERES HNOS. GIL", "talleresgil@telefonica.net"),
     date="2027-01-09 11:18:00", tz="+0100", mua="other", quote="gmail",
     thread=dict(tpl="reminder", inv="FP-2026-50", amount="430,00 €", due="2027-01-04",
                 sent="2027-01-08 08:00", client="Talleres Hermanos Gil", ckind="company"),
     body="""BUENOS DIAS JORDI. RECIBIDO. PAGO EL MIERCOLES QUE ES CUANDO VIENE EL GESTOR. UN SALUDO. ANTONIO GIL
""",
     kind="client-reply-promise", label=dict(promised_date="2027-01-13"),
     note="ALL CAPS without accents; 'EL MIERCOLES' written Sat 9 Jan = Wed 13 Jan."),

# 26 --------------------------------------------------------------- jueves no (Nochebuena), lunes 28
dict(owner="lucia", lang="es", frm=("Laia Serra", "laia.serra@gmail.com"),
     date="2026-12-21 10:15:31", tz="+0100", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="2026-048", amount="275,00 €", due="2026-12-15",
                 sent="2026-12-21 08:00", client="Laia Serra", ckind="person"),
     body="""Hola Lucía!
Iba a decirte el jueves, pero es Nochebuena y no voy a estar ni para el banco 😅 Te la pago el lunes 28, ¿vale?
Bon Nadal!!
Laia
""",
     kind="client-reply-promise", label=dict(promised_date="2026-12-28"),
     note="Thursday rejected (Christmas Eve); 'el lunes 28' = 28 Dec."),

# 27 --------------------------------------------------------------- el viernes de la semana que viene
dict(owner="jordi", lang="es", frm=("Óscar Medina", "omedina@medinagrafic.es"),
     date="2027-02-02 09:30:15", tz="+0100", mua="thunder", quote="gmail",
     thread=dict(tpl="reminder", inv="FP-2027-03", amount="1.331,00 €", due="2027-01-29",
                 sent="2027-02-02 08:00", client="Medina Gràfic SL", ckind="company"),
     body="""Buenos días Jordi:

Esta semana imposible, estamos cerrando el trimestre. El viernes de la semana que viene te la pago, te lo confirmo por aquí.

Óscar Medina
Medina Gràfic
""",
     kind="client-reply-promise", label=dict(promised_date="2027-02-12"),
     note="'El viernes de la semana que viene' written Tue 2 Feb = Fri 12 Feb (not Fri 5)."),

# 28 --------------------------------------------------------------- confirming, vencimiento 10/02, HTML
dict(owner="lucia", lang="es", frm=("Cuentas a pagar - Distribuciones Pérez", "proveedores@distribucionesperez.es"),
     date="2027-01-15 13:05:28", tz="+0100", mua="outlook", quote="outlook", re="RE:",
     fmt="alt",
     thread=dict(tpl="reminder", inv="2026-052", amount="3.388,00 €", due="2027-01-10",
                 sent="2027-01-15 08:00", client="Distribuciones Pérez Hermanos SA", ckind="company"),
     body="""Buenos días:

Su factura 2026-052 ha sido incluida en la remesa de confirming con vencimiento 10/02/2027. Recibirá la comunicación de la entidad financiera (Banco Sabadell) en los próximos días; si desea anticipar el cobro puede solicitarlo directamente al banco.

Un saludo,
Cuentas a Pagar
Distribuciones Pérez Hermanos, S.A.
""",
     html="""<p style="margin:0">Buenos días:</p><p style="margin:0">&nbsp;</p>
<p style="margin:0">Su factura <b>2026-052</b> ha sido incluida en la remesa de <i>confirming</i> con vencimiento <b>10/02/2027</b>. Recibirá la comunicación de la entidad financiera (Banco Sabadell) en los próximos días; si desea anticipar el cobro puede solicitarlo directamente al banco.</p>
<p style="margin:0">&nbsp;</p><p style="margin:0">Un saludo,</p>
<p style="margin:0"><span style="color:#C00000"><b>Cuentas a Pagar</b></span><br>Distribuciones Pérez Hermanos, S.A.</p>
""",
     kind="client-reply-promise", label=dict(promised_date="2027-02-10", reference="2026-052"),
     note="Confirming (reverse factoring) maturing 10/02/2027: the client pays on that day, so a promise for 10 Feb."),

# ================================================================= PAID with days
# 29
dict(owner="jordi", lang="es", frm=("Ricard Bosch", "ricard@boschvins.cat"),
     date="2026-11-14 10:48:20", tz="+0100", mua="apple", quote="apple",
     thread=dict(tpl="reminder", inv="FP-2026-34", amount="660,00 €", due="2026-11-06",
                 sent="2026-11-13 08:00", client="Ricard Bosch", ckind="person"),
     body="""Jordi, la transferencia salió ayer viernes, te llegará el lunes imagino. Perdona el retraso!
Ricard

Enviado desde mi iPhone
""",
     kind="client-reply-paid",
     note="'salió ayer viernes' = paid; 'te llegará el lunes' is the arrival, not a promise."),

# 30 paid on 2 Dec, PDF justificante
dict(owner="lucia", lang="es", frm=("Elena Campos", "ecampos@camposabogados.es"),
     date="2026-12-04 12:12:47", tz="+0100", mua="outlook", quote="outlook", re="RE:",
     thread=dict(tpl="reminder", inv="2026-044", amount="968,00 €", due="2026-11-28",
                 sent="2026-12-04 08:00", client="Campos Abogados SLP", ckind="company"),
     body="""Buenos días, Lucía:

La factura 2026-044 se pagó el 2 de diciembre (968,00 €). Le adjunto el justificante de la transferencia.

Un saludo,
Elena Campos
Campos Abogados, S.L.P.
""" + LOPD,
     attach=[dict(name="Justificante_transferencia_02122026.pdf", ctype="application/pdf",
                  data=pdf_bytes(["Justificante de transferencia", "Fecha de ejecucion: 02/12/2026",
                                  "Beneficiario: LUCIA MARTIN", "Importe: 968,00 EUR",
                                  "Concepto: Factura 2026-044"]))],
     kind="client-reply-paid", label=dict(amount="968.00", reference="2026-044"),
     note="Paid on 2 Dec with the receipt attached as PDF; LOPD footer."),

# 31 Bizum today at 10
dict(owner="jordi", lang="es", frm=("Clara Núñez", "claranunez.yoga@gmail.com"),
     date="2027-02-12 10:06:33", tz="+0100", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="FP-2027-04", amount="120,00 €", due="2027-02-08",
                 sent="2027-02-12 08:00", client="Clara Núñez", ckind="person"),
     body="""Hecho! Bizum de 120 € enviado hoy a las 10. Mil gracias por las fotos del retiro 🙏
""",
     kind="client-reply-paid", label=dict(amount="120.00"),
     note="'Hecho! Bizum enviado hoy a las 10': paid today."),

# 32 RV: accounts forwarded, fecha valor 22/01
dict(owner="lucia", lang="es", frm=("Jorge Vallejo", "jvallejo@vallejoarquitectos.es"),
     date="2027-01-25 09:27:14", tz="+0100", mua="outlook", quote="none",
     subject="RV: Pago proveedores - Lucía Martín",
     body="""Lucía, te reenvío lo que me dice administración. Ya está.
Jorge

________________________________
De: Administración Vallejo Arquitectos <admin@vallejoarquitectos.es>
Enviado el: viernes, 22 de enero de 2027 13:40
Para: Jorge Vallejo <jvallejo@vallejoarquitectos.es>
Asunto: RE: Pago proveedores - Lucía Martín

Jorge, la transferencia a Lucía Martín por la factura 2027-001 (1.210,00 €) se emitió hoy con fecha valor 22/01.
Un saludo
Carolina
""",
     kind="client-reply-paid", label=dict(amount="1210.00", reference="2027-001"),
     note="Client forwards the accounts office's note: transfer issued on 22 Jan (fecha valor 22/01): paid."),

# 33 Mexico: paid Tuesday via Wise
dict(owner="jordi", lang="es", frm=("Mariana Treviño", "mariana@trevinoestudio.mx"),
     date="2027-02-11 19:48:02", tz="-0600", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="FP-2027-01", amount="950,00 €", due="2027-02-01",
                 sent="2027-02-11 08:00", client="Mariana Treviño", ckind="person"),
     body="""Hola Jordi! Ya te lo pagué el martes por Wise, revisa porfa, a veces tarda uno o dos días en llegar a España. Si no te aparece me avisas y le escribo a soporte.
Saludos!
Mariana
""",
     kind="client-reply-paid",
     note="'Ya te lo pagué el martes por Wise' + 'revisa porfa': paid with a request to check."),

# 34 ordered today, value date tomorrow
dict(owner="lucia", lang="es", frm=("Fernando Gil", "fgil@gilasesores.es"),
     date="2026-12-22 12:31:56", tz="+0100", mua="outlook", quote="outlook", re="RE:",
     thread=dict(tpl="reminder", inv="2026-053", amount="847,00 €", due="2026-12-18",
                 sent="2026-12-22 08:00", client="Gil Asesores", ckind="company"),
     body="""Buenos días Lucía,

Transferencia ordenada hoy, con fecha valor mañana. Felices fiestas.

Fernando Gil
Gil Asesores
""",
     kind="client-reply-paid",
     note="Transfer ordered today (value date tomorrow): paid, no promise."),

# ================================================================= DISPUTE with days
# 35
dict(owner="lucia", lang="es", frm=("Roberto Lozano", "rlozano@lozanoimport.es"),
     date="2026-12-10 15:20:40", tz="+0000", mua="outlook", quote="outlook", re="RE:",
     thread=dict(tpl="reminder", inv="2026-041", amount="1.210,00 €", due="2026-12-05",
                 sent="2026-12-10 08:00", client="Lozano Import SL", ckind="company"),
     body="""Hola Lucía:

La factura lleva el IVA al 21 % cuando el servicio, según nuestro asesor, va con inversión del sujeto pasivo (somos de Canarias y tributamos por IGIC). No podemos incluirla en la remesa del 25 hasta que nos envíes una factura rectificativa correcta.

Saludos,
Roberto Lozano
""",
     kind="client-reply-dispute",
     note="Contests the VAT and wants a corrected (rectificativa) invoice; 'remesa del 25' is conditional, not a promise."),

# 36
dict(owner="jordi", lang="es", frm=("Alicia Moreno", "amoreno@moreno-eventos.com"),
     date="2026-11-30 11:02:19", tz="+0100", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="FP-2026-40", amount="1.452,00 €", due="2026-11-25",
                 sent="2026-11-30 08:00", client="Moreno Eventos", ckind="company"),
     body="""Hola Jordi,

Me sorprende esta factura. El día 10 te dijimos por teléfono que la boda se cancelaba y que no hacía falta la sesión de preboda; no corresponde facturar las horas posteriores a esa fecha. Como mucho te pagamos la reunión inicial del día 3. Mándame una factura nueva con eso y la pagamos.

Alicia
""",
     kind="client-reply-dispute",
     note="Work cancelled on the 10th; will pay only the first meeting after a new invoice: dispute. Dates are of events."),

# ================================================================= OTHER with days
# 37
dict(owner="lucia", lang="es", frm=("Marina Esteve", "compras@esteveyasociados.es"),
     date="2026-12-15 10:09:43", tz="+0100", mua="outlook", quote="outlook", re="RE:",
     thread=dict(tpl="reminder", inv="2026-039", amount="605,00 €", due="2026-12-10",
                 sent="2026-12-15 08:00", client="Esteve y Asociados", ckind="company"),
     body="""Buenos días, Lucía:

¿Me la puedes reenviar indicando nuestro número de pedido (PO 2026/0871)? Sin él el sistema la rechaza. El martes cierra contabilidad el año, así que si me llega antes mejor.

Gracias,
Marina Esteve – Compras
""",
     kind="client-reply-other",
     note="Asks to resend with the PO number; 'el martes cierra contabilidad' is a deadline for us, not a payment day: other."),

# 38
dict(owner="jordi", lang="es", frm=("Sara Pons", "sara@ponsdisseny.es"),
     date="2026-12-21 12:44:58", tz="+0100", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="FP-2026-48", amount="484,00 €", due="2026-12-16",
                 sent="2026-12-21 08:00", client="Pons Disseny", ckind="company"),
     body="""Hola Jordi, recibida. La paso a administración, que están de vacaciones y vuelven el 7 de enero. Ya te dirán ellos.
Sara
""",
     kind="client-reply-other",
     note="Passed to accounts who return on 7 Jan; no payment day, no promise: other."),

# ================================================================= AUTO-REPLIES
# 39
dict(owner="lucia", lang="es", frm=("Javier Soler", "jsoler@solerconsulting.es"),
     date="2026-12-23 08:00:52", tz="+0100", mua="outlook", quote="none",
     thread=dict(tpl="reminder", inv="2026-054", amount="1.089,00 €", due="2026-12-18",
                 sent="2026-12-23 08:00", client="Soler Consulting SL", ckind="company"),
     subject="Respuesta automática: Factura n.º 2026-054 pendiente de pago",
     headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Gracias por su mensaje.

Estaré fuera de la oficina hasta el lunes 11 de enero, sin acceso al correo. Para asuntos urgentes, contacte con administracion@solerconsulting.es.

Javier Soler
""",
     kind="auto-reply", label=dict(return_date="2027-01-11"),
     note="'fuera de la oficina hasta el lunes 11 de enero' = back that Monday, 11 Jan 2027."),

# 40
dict(owner="jordi", lang="es", frm=("Aventura Tenerife", "reservas@aventuratenerife.com"),
     date="2026-12-24 08:01:05", tz="+0000", mua="other", quote="none",
     thread=dict(tpl="reminder", inv="FP-2026-46", amount="715,00 €", due="2026-12-14",
                 sent="2026-12-24 08:00", client="Aventura Tenerife SL", ckind="company"),
     subject="Re: Factura n.º FP-2026-46 pendiente de pago [Respuesta automática]",
     headers={"X-Autoreply": "yes"},
     body="""¡Hola!

Nos encontramos de vacaciones del 24/12 al 6/1, ambos incluidos. Responderemos a tu correo a nuestra vuelta.

¡Felices fiestas!
El equipo de Aventura Tenerife
""",
     kind="auto-reply", label=dict(return_date="2027-01-07"),
     note="Holidays 'del 24/12 al 6/1, ambos incluidos' (Canary, +0000): back 7 Jan 2027. Only X-Autoreply header."),
]
