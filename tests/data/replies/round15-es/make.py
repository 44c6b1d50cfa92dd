#!/usr/bin/env python3
"""round15-es: Spanish-language client replies and a little machine mail for mailduns.

Run:  python3 make.py   (stdlib only; rewrites r15e-NNNN.eml and labels.toml in this directory)
Every body text below was written by hand; this file only adds the MIME plumbing, the quoted
reminders (rendered like templates/es/*.txt.j2) and the HTML skeletons.
"""
import base64
import datetime as dt
import email
import email.policy
import hashlib
import os
import quopri
import random
import sys
import tomllib
from decimal import Decimal, ROUND_HALF_UP
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r15e"
RNG = random.Random(20261115)

TZ = {"Madrid": 60, "Canary": 0, "Mexico": -360, "BA": -180, "Lima": -300, "Mvd": -180}


def when(s, tz, rand=True):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    sec = RNG.randint(0, 59) if rand else 0
    return d.replace(second=sec, tzinfo=dt.timezone(dt.timedelta(minutes=TZ[tz])))


MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]
MES_AB = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DIAS_AB = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]


def largo(d):
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


def D(s):
    return dt.date.fromisoformat(s)


# ---------------------------------------------------------------- money

def q2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _group(n, sep):
    s = f"{n:,}"
    return s.replace(",", sep)


def money(amount, cur="EUR"):
    a = q2(amount)
    ent, dec = divmod(a, 1)
    ent = int(ent)
    cents = f"{int(dec * 100):02d}"
    if cur == "EUR":
        return f"{_group(ent, '.')},{cents} €"
    if cur == "MXN":
        return f"${_group(ent, ',')}.{cents} MXN"
    if cur == "ARS":
        return f"$ {_group(ent, '.')},{cents}"
    if cur == "USD-AR":
        return f"USD {_group(ent, '.')},{cents}"
    if cur == "PEN":
        return f"S/ {_group(ent, ',')}.{cents}"
    if cur == "UYU":
        return f"$ {_group(ent, '.')},{cents}"
    if cur == "USD-UY":
        return f"USD {_group(ent, '.')},{cents}"
    raise ValueError(cur)


# ---------------------------------------------------------------- owners

OWNERS = {
    "L": dict(name="Lucía Martín", email="lucia@martinestudio.es", tz="Madrid",
              pay=dict(beneficiary="Lucía Martín García", iban="ES91 2100 0418 4502 0005 1332",
                       bic="CAIXESBBXXX"),
              subj="Factura {n} · Martín Estudio",
              inv_body="Hola:\n\nTe adjunto la factura {n} correspondiente a {concept}.\n\n"
                       "Importe: {amt} (IVA incluido). Vencimiento: {due}.\n\n"
                       "Cualquier cosa me dices.\n\nGracias y un saludo,\nLucía\n\n--\nLucía Martín · Martín Estudio\n"
                       "Diseño gráfico y branding · Madrid\n+34 611 48 22 90"),
    "J": dict(name="Javier Ortega", email="javier@ortegafoto.es", tz="Madrid",
              pay=dict(beneficiary="Javier Ortega Marí", iban="ES48 0081 0216 7300 0123 4567",
                       bic="BSABESBBXXX"),
              subj="Factura {n} - Javier Ortega Fotografía",
              inv_body="Buenos días,\n\nOs envío adjunta la factura {n} ({concept}), por un importe de {amt}, "
                       "con vencimiento el {due}.\n\nMuchas gracias por confiar en mí.\n\nJavier Ortega\n"
                       "Fotografía y vídeo · València\nortegafoto.es"),
    "N": dict(name="Nerea Etxeberria", email="nerea@etxeweb.eus", tz="Madrid",
              pay=dict(beneficiary="Nerea Etxeberria Goikoetxea", iban="ES07 2095 0000 7091 0012 3456",
                       bic="BASKES2BXXX"),
              subj="Factura {n} - Etxeweb",
              inv_body="Kaixo,\n\nAdjunto la factura {n} ({concept}). Importe total: {amt}. "
                       "Vence el {due}.\n\nEskerrik asko!\nNerea\n\nNerea Etxeberria · Etxeweb\n"
                       "Desarrollo web · Bilbao"),
    "A": dict(name="Álvaro Requena", email="alvaro@requenaformacion.es", tz="Madrid",
              pay=dict(beneficiary="Álvaro Requena Lasheras", iban="ES66 2085 5200 8103 3012 3456",
                       bic="CAZRES2ZXXX"),
              subj="Factura {n} — Requena Formación",
              inv_body="Buenos días:\n\nLes remito la factura {n}, correspondiente a {concept}, por importe de "
                       "{amt}, con vencimiento el {due}.\n\nQuedo a su disposición.\n\nAtentamente,\n"
                       "Álvaro Requena\nConsultoría y formación en protección de datos\nZaragoza"),
    "Y": dict(name="Yeray Santana", email="yeray@santanamarketing.es", tz="Canary",
              pay=dict(beneficiary="Yeray Santana Déniz", iban="ES32 2100 8687 1102 0012 3456",
                       bic="CAIXESBBXXX"),
              subj="Factura {n} | Santana Marketing",
              inv_body="¡Buenas!\n\nTe paso la factura {n} de {concept}. Total: {amt} (IGIC incluido). "
                       "Vencimiento: {due}.\n\nUn saludo,\nYeray Santana\nMarketing digital · Las Palmas de Gran Canaria"),
    "C": dict(name="Camila Rojas", email="camila@rojasconsultoria.mx", tz="Mexico",
              paytext="CLABE 012180001534567892 (BBVA México), a nombre de Camila Rojas Vázquez, "
                      "RFC ROVC880412AB3",
              subj="Factura {n} (CFDI) - Rojas Consultoría",
              inv_body="Hola, buen día:\n\nTe comparto la factura {n} (PDF y XML) por {concept}. "
                       "Total: {amt}. Fecha de vencimiento: {due}.\n\nSaludos cordiales,\nCamila Rojas\n"
                       "Rojas Consultoría · Investigación UX\nCiudad de México"),
    "M": dict(name="Mateo Ferreyra", email="mateo@ferreyra.com.ar", tz="BA",
              paytext="CBU 0070089420000012345678 (Banco Galicia), alias mateo.ferreyra.mp, "
                      "CUIT 20-33456789-1",
              subj="Factura C {n} - Mateo Ferreyra",
              inv_body="Hola, ¿cómo andan?\n\nLes mando la factura C {n} por {concept}. Total: {amt}. "
                       "Vence el {due}.\n\nAbrazo,\nMateo\n\nMateo Ferreyra · Ilustración y animación\nBuenos Aires"),
    "V": dict(name="Valentina Quispe", email="valentina@quispetraduce.pe", tz="Lima",
              paytext="cuenta corriente BCP en soles 191-2345678-0-12 (CCI 00219100234567801255); "
                      "cuenta de detracciones Banco de la Nación 00-045-123456",
              subj="Factura electrónica {n} - Quispe Traducciones",
              inv_body="Estimados:\n\nAdjunto la factura electrónica {n} (PDF y XML) por {concept}, por un "
                       "total de {amt}, con vencimiento el {due}.\n\nAtentamente,\nValentina Quispe\n"
                       "Traductora colegiada · Lima"),
    "S": dict(name="Santiago Pereira", email="santiago@pereiraaudio.com.uy", tz="Mvd",
              paytext="BROU, caja de ahorro en pesos 001234567-00001 y en dólares 001234567-00002, "
                      "a nombre de Santiago Pereira",
              subj="e-Factura {n} - Pereira Audio",
              inv_body="Buenas,\n\nLes paso la e-Factura {n} por {concept}. Importe: {amt}. "
                       "Vence el {due}.\n\nSaludos,\nSantiago Pereira\nPereira Audio · Montevideo"),
}

# ---------------------------------------------------------------- invoices
# n: (owner, client "Name <addr>", salutation, amount, currency, issue, due, concept)

INV = {}


def inv(n, owner, to, sal, amount, issue, due, concept, cur="EUR", b2b=True):
    INV[n] = dict(n=n, owner=owner, to=to, sal=sal, amount=q2(amount), cur=cur, issue=D(issue), due=D(due),
                  concept=concept, b2b=b2b)


ES = "Estimados señores:"
# Lucía Martín
inv("2026-038", "L", "Intervención Municipal <intervencion@villamayordelcampo.es>", ES, "2299.00",
    "2026-10-02", "2026-11-01", "el diseño del cartel y el programa de las Fiestas Patronales 2026")
inv("2026-047", "L", "Intervención Municipal <intervencion@villamayordelcampo.es>", ES, "1378.00",
    "2026-11-20", "2026-12-20", "la señalética del Centro Cívico (base 1.300,00 €, IVA 273,00 €, retención IRPF -195,00 €)")
inv("2026-044", "L", "Dani Sanz <dani@klimbr.io>", "Buenos días, Dani Sanz:", "3630.00",
    "2026-10-15", "2026-11-14", "la identidad de marca de Klimbr")
inv("2026-051", "L", "Dani Sanz <dani@klimbr.io>", "Buenos días, Dani Sanz:", "1089.00",
    "2026-11-05", "2026-12-05", "las plantillas para redes sociales y el pitch deck")
inv("2026-052", "L", "Cuentas a Pagar <cuentasapagar@gruponorteno.es>", ES, "4840.00",
    "2026-11-06", "2026-12-06", "el rediseño del packaging de la línea Norteño Selección")
inv("2026-049", "L", "Talleres Hermanos Cuesta <talleres.cuesta@hotmail.com>", ES, "968.00",
    "2026-10-30", "2026-11-15", "el logotipo y la rotulación de las furgonetas")
inv("2026-058", "L", "Talleres Hermanos Cuesta <talleres.cuesta@hotmail.com>", ES, "726.00",
    "2026-12-10", "2027-01-09", "los vinilos de las dos furgonetas nuevas")
inv("2026-055", "L", "Cooperativa Olivarera Virgen de la Cabeza <administracion@olivarera-virgencabeza.es>", ES,
    "1452.00", "2026-11-16", "2026-11-30", "el diseño de las etiquetas de la campaña 2026/27")
inv("2026-061", "L", "Cooperativa Olivarera Virgen de la Cabeza <administracion@olivarera-virgencabeza.es>", ES,
    "544.50", "2026-12-18", "2027-01-17", "la adaptación y reimpresión de las etiquetas de garrafa 5 L")
inv("2026-060", "L", "Hermandad Stmo. Cristo de la Misericordia <mayordomia@hermandadmisericordia.org>", ES,
    "605.00", "2026-12-01", "2026-12-31", "el cartel de la Semana Santa 2027")
inv("2026-041", "L", "Servicio de Publicaciones <publicaciones@utcampos.es>", ES, "1936.00",
    "2026-10-30", "2026-11-29", "el diseño de la colección «Cuadernos de Campos» (4 cubiertas)")
inv("2026-057", "L", "Administración Colegio San José de Calasanz <administracion@calasanzvallecas.es>", ES,
    "847.00", "2026-11-02", "2026-12-02", "el diseño de la agenda escolar 2026/27")
inv("2026-045", "L", "Gerencia CPLM <gerencia@logopedasmadrid.org>", ES, "2662.00",
    "2026-10-20", "2026-11-19", "la nueva imagen del Colegio y la plantilla de la revista")
inv("2026-043", "L", "Carnicería Hermanos Peña <carniceriahnospena@gmail.com>", ES, "363.00",
    "2026-11-03", "2026-12-03", "el diseño de los carteles de precios y la tarjeta de fidelización")
# Javier Ortega
inv("F26-131", "J", "Bodegas Arrieta <administracion@bodegasarrieta.com>", ES, "1815.00",
    "2026-10-20", "2026-11-19", "la sesión de fotografía de producto para la nueva web")
inv("F26-118", "J", "Vicent Ferrer Roig <vferrer@upl.es>", "Estimado Sr. Ferrer:", "2420.00",
    "2026-10-05", "2026-11-04", "el reportaje fotográfico del Congreso Internacional de Ingeniería Hidráulica")
inv("F26-140", "J", "Cofradía de Pescadores de Santa Pola <secretaria@cofradiasantapola.es>", ES, "726.00",
    "2026-11-03", "2026-11-18", "las fotografías de la lonja y la flota para la web")
inv("F27-004", "J", "Bravo Rides <finance@bravorides.com>", ES, "1028.50",
    "2027-01-12", "2027-01-27", "la sesión de retratos del equipo")
inv("F26-149", "J", "Hermandad del Santo Sepulcro <junta@santosepulcrocabanyal.org>", ES, "1210.00",
    "2026-11-27", "2026-12-27", "las fotografías del libro del centenario de la Hermandad")
inv("F26-127", "J", "Proveedores GEL <proveedores@grupoenergialevante.com>", ES, "3025.00",
    "2026-10-28", "2026-12-27", "las fotografías del informe anual 2026")
inv("F26-122", "J", "Intervenció <intervencio@vilanovadelasequia.es>", ES, "484.00",
    "2026-10-15", "2026-11-14", "las fotografías de la Fira de Tots Sants")
inv("F26-135", "J", "Intervenció <intervencio@vilanovadelasequia.es>", ES, "1331.00",
    "2026-11-10", "2026-12-10", "el reportaje de la restauración de la Ermita")
inv("F26-146", "J", "Cooperativa Agrícola Sant Bernat <administracio@coopsantbernat.es>", ES, "907.50",
    "2026-11-20", "2026-12-05", "las fotografías de la campaña de la naranja")
# Nerea Etxeberria
inv("NE-2026-031", "N", "Administración Colegio Ntra. Sra. del Carmen <administracion@carmenikastetxea.eus>", ES,
    "1694.00", "2026-10-15", "2026-11-14", "el mantenimiento anual de la web y la plataforma de familias")
inv("NE-2026-047", "N", "Administración Colegio Ntra. Sra. del Carmen <administracion@carmenikastetxea.eus>", ES,
    "411.40", "2026-12-14", "2027-01-13", "las horas de soporte del primer trimestre")
inv("NE-2026-036", "N", "Gerencia CPESB <gerencia@educadoressociales-bizkaia.org>", ES, "4235.00",
    "2026-11-02", "2026-12-02", "la nueva web colegial con área privada")
inv("NE-2026-039", "N", "Gerencia CPESB <gerencia@educadoressociales-bizkaia.org>", ES, "302.50",
    "2026-11-20", "2026-12-20", "la migración del boletín")
inv("NE-2026-040", "N", "Unai Larrea <unai@txokolab.com>", "Buenos días, Unai Larrea:", "6050.00",
    "2026-11-10", "2026-11-25", "el desarrollo del MVP de Txokolab (fase 1)")
inv("NE-2026-046", "N", "Maialen Uriarte <maialen@txokolab.com>", "Buenos días, Maialen Uriarte:", "290.40",
    "2026-12-01", "2026-12-31", "el hosting y el dominio anual")
inv("NE-2026-033", "N", "Cofradía de Pescadores San Pedro <idazkaritza@bermeokokofradia.eus>", ES, "968.00",
    "2026-10-22", "2026-11-21", "la web de la Cofradía y la tienda de conservas")
inv("NE-2027-005", "N", "Cofradía de Pescadores San Pedro <idazkaritza@bermeokokofradia.eus>", ES, "363.00",
    "2027-01-15", "2027-01-30", "las mejoras de la tienda online")
inv("NE-2026-035", "N", "Udala - Ayuntamiento <kontuhartzailetza@zubietauribe.eus>", ES, "2904.00",
    "2026-10-30", "2026-11-29", "la nueva web municipal")
inv("NE-2026-044", "N", "Cuentas a pagar GEC <ap.proveedores@grupoeolicocantabrico.com>", ES, "3388.00",
    "2026-11-16", "2027-01-15", "el desarrollo del portal del empleado")
# Álvaro Requena
inv("A-2026/57", "A", "Colegio Graduados Sociales Aragón <administracion@graduadosocialesaragon.es>", ES,
    "1089.00", "2026-10-26", "2026-11-25", "el curso «Protección de datos en el despacho» (12 horas)")
inv("A-2026/66", "A", "Colegio Graduados Sociales Aragón <administracion@graduadosocialesaragon.es>", ES,
    "726.00", "2026-11-27", "2026-12-27", "el curso «Protección de datos en el despacho» (8 horas), factura rectificativa de la A-2026/57")
inv("A-2026/63", "A", "Secretaría-Intervención <secretaria@almonaciddelebro.es>", ES, "2178.00",
    "2026-10-01", "2026-10-31", "el servicio de Delegado de Protección de Datos (2.º semestre 2026)")
inv("A-2026/68", "A", "Secretaría-Intervención <secretaria@almonaciddelebro.es>", ES, "1452.00",
    "2026-11-20", "2026-12-20", "el servicio de Delegado de Protección de Datos (julio a octubre 2026)")
inv("A-2026/60", "A", "Cuentas a Pagar GSE <cuentasapagar@gruposanitarioebro.es>", ES, "3146.00",
    "2026-10-31", "2026-11-30", "la auditoría de protección de datos de las clínicas")
inv("A-2026/70", "A", "Cooperativa Agraria San Lamberto <oficina@coopsanlamberto.es>", ES, "1452.00",
    "2026-12-15", "2027-01-14", "la adaptación al RGPD y la formación del personal")
inv("A-2026/52", "A", "Cooperativa Agraria San Lamberto <gerencia@coopsanlamberto.es>", ES, "605.00",
    "2026-10-10", "2026-11-09", "la revisión de los contratos de encargado del tratamiento")
inv("A-2027/03", "A", "Unidad de Gestión Económica <ugeconomica@unimoncayo.es>", ES, "2420.00",
    "2027-01-12", "2027-02-11", "el taller de protección de datos para investigadores")
# Yeray Santana
inv("YS26-022", "Y", "Intervención <intervencion@vegadesanlorenzo.es>", ES, "3210.00",
    "2026-10-20", "2026-11-19", "la campaña de redes sociales de las Fiestas del Pino")
inv("YS26-028", "Y", "Surfea App <hola@surfea.app>", ES, "1284.00",
    "2026-10-28", "2026-11-27", "la gestión de redes de octubre")
inv("YS26-034", "Y", "Surfea App <hola@surfea.app>", ES, "1926.00",
    "2026-12-01", "2026-12-16", "la campaña de Black Friday (creatividades y gestión de anuncios)")
inv("YS27-003", "Y", "Surfea App <hola@surfea.app>", ES, "1284.00",
    "2027-01-31", "2027-02-15", "la gestión de redes de enero")
inv("YS26-037", "Y", "Dulcería Hermanos Déniz <dulceriadeniz@gmail.com>", ES, "535.00",
    "2026-12-05", "2026-12-20", "las fotos y publicaciones de Navidad")
inv("YS27-006", "Y", "Administración Colegio Santa Teresita <administracion@colegiosantateresita.es>", ES,
    "856.00", "2027-01-25", "2027-02-09", "la gestión de redes del primer trimestre del curso")
# Camila Rojas
inv("CR-1457", "C", "Coordinación de Compras <compras@uabajio.edu.mx>", "Buenos días:", "48720.00",
    "2026-11-03", "2026-12-03", "el estudio de usabilidad del portal de alumnos", cur="MXN")
inv("CR-1471", "C", "Cuentas por Pagar GIR <cxp@gir.com.mx>", ES, "58000.00",
    "2026-12-01", "2026-12-31", "la investigación con usuarios de la app de distribuidores", cur="MXN")
inv("CR-1460", "C", "Andrea Solís <andrea@pagalo.mx>", "Buenos días, Andrea Solís:", "17400.00",
    "2026-11-05", "2026-11-19", "las pruebas de usabilidad del onboarding", cur="MXN")
inv("CR-1466", "C", "Café Tzeltal S.C. <administracion@cafetzeltal.org.mx>", ES, "23200.00",
    "2026-11-12", "2026-12-02", "los tres talleres de diseño de servicios con socios productores", cur="MXN")
inv("CR-1462", "C", "Tortillería Hermanos Olvera <tortilleriaolvera@hotmail.com>", "Buenos días:", "9280.00",
    "2026-11-06", "2026-11-20", "el rediseño del sistema de pedidos por WhatsApp", cur="MXN")
inv("CR-1468", "C", "Colegio Mexicano de Diseñadores <tesoreria@colegiodisenadores.org.mx>", ES, "31320.00",
    "2026-11-18", "2026-12-18", "el taller de investigación de usuarios para colegiados", cur="MXN")
inv("CR-1475", "C", "Dirección Administrativa <administracion@culturaestatal.gob.mx>", ES, "40600.00",
    "2026-12-05", "2027-01-04", "la evaluación de usabilidad de la cartelera digital", cur="MXN")
inv("CR-1463", "C", "Tesorería Municipal <tesoreria@santacatarinatlaltempan.gob.mx>", ES, "34800.00",
    "2026-11-09", "2026-12-09", "el diagnóstico de trámites en línea", cur="MXN")
# Mateo Ferreyra
inv("0003-00000118", "M", "Mercadito <admin@mercadito.com.ar>", "Buenos días:", "640000",
    "2026-11-10", "2026-11-30", "las ilustraciones de la app", cur="ARS")
inv("0003-00000121", "M", "Secretaría de Extensión <extension@unllanura.edu.ar>", ES, "450000",
    "2026-11-04", "2026-12-04", "las ilustraciones de la campaña de inscripciones", cur="ARS")
inv("0003-00000115", "M", "Fiambrería Hnos. Bianchi <fiambreriabianchi@gmail.com>", "Buenos días:", "380000",
    "2026-10-28", "2026-11-12", "el diseño del cartel y las etiquetas", cur="ARS")
inv("0003-00000126", "M", "Fiambrería Hnos. Bianchi <fiambreriabianchi@gmail.com>", "Buenos días:", "1350000",
    "2026-12-01", "2026-12-16", "la animación para redes y la vidriera de Navidad", cur="ARS")
inv("0003-00000124", "M", "Pampa Studio <hola@pampastudio.co>", ES, "950",
    "2026-11-25", "2026-12-10", "la animación del spot «Pampa Pay»", cur="USD-AR")
inv("0003-00000129", "M", "Coop. Agrícola Ganadera de Laboulaye <administracion@coopaglaboulaye.com.ar>", ES,
    "2100000", "2026-12-20", "2027-01-19", "las ilustraciones de la memoria y el calendario 2027", cur="ARS")
inv("0003-00000127", "M", "Colegio de Kinesiólogos <tesoreria@kinesiologoscba.org.ar>", ES, "720000",
    "2026-12-02", "2026-12-17", "la ilustración de la campaña «Movete»", cur="ARS")
inv("0003-00000130", "M", "Lucas Benítez <lucas@ruidoeditorial.com.ar>", "Buenos días, Lucas Benítez:", "880000",
    "2026-12-28", "2027-01-12", "la tapa y las viñetas de «Ruido de fondo»", cur="ARS")
# Valentina Quispe
inv("E001-87", "V", "Cuentas por Pagar <cuentasporpagar@minerandinadelsur.com.pe>", ES, "4720.00",
    "2026-10-20", "2026-11-19", "la traducción del estudio de impacto ambiental", cur="PEN")
inv("E001-91", "V", "Oficina de Abastecimiento <abastecimiento@upp.edu.pe>", ES, "3304.00",
    "2026-11-10", "2026-12-10", "la traducción de los planes de estudio", cur="PEN")
inv("E001-93", "V", "Coop. Agraria Cafetalera Valle del Perené <contabilidad@cafeperene.org.pe>", ES, "1180.00",
    "2026-11-20", "2026-12-05", "la traducción de la ficha de certificación orgánica", cur="PEN")
inv("E001-89", "V", "Tesorería COR Lima <tesoreria@corlima.org.pe>", ES, "2006.00",
    "2026-11-02", "2026-12-02", "la traducción de la revista científica", cur="PEN")
inv("E001-95", "V", "Rosa Huamán <rosahuaman67@hotmail.com>", "Buenos días, Rosa Huamán:", "350.00",
    "2026-12-10", "2026-12-25", "la traducción de las partidas de nacimiento", cur="PEN", b2b=False)
inv("E001-97", "V", "Dirección Colegio Santa Rosa <direccion@colegiosantarosa.edu.pe>", ES, "944.00",
    "2027-01-28", "2027-02-12", "la traducción del folleto de admisión", cur="PEN")
# Santiago Pereira
inv("A-1045", "S", "Municipio de Costa Azul <compras@municipiocostaazul.gub.uy>", ES, "38500",
    "2026-10-01", "2026-10-31", "la sonorización del Festival de Verano", cur="UYU")
inv("A-1051", "S", "Administración Liceo Santa Lucía <administracion@liceosantalucia.edu.uy>", ES, "24400",
    "2026-11-10", "2026-11-30", "la grabación del coro del liceo", cur="UYU")
inv("A-1058", "S", "Garra Films <produccion@garrafilms.com.uy>", ES, "2300",
    "2026-12-20", "2027-01-19", "la postproducción de sonido del corto «Invierno»", cur="USD-UY")
inv("A-1049", "S", "Cooperativa Lechera del Este <proveedores@lecheradeleste.coop.uy>", ES, "61000",
    "2026-11-01", "2026-11-30", "el jingle y las cuñas de radio", cur="UYU")
inv("A-1062", "S", "Chivito Labs <finance@chivitolabs.io>", ES, "1200",
    "2027-01-15", "2027-01-30", "el diseño sonoro de la app", cur="USD-UY")

# ---------------------------------------------------------------- reminders (like templates/es)

FEES_ON = {"L", "A"}  # owners who configured Ley 3/2004 interest + 40 € compensation
RATE = Decimal("10.15")


def payment_block(o, n):
    if "pay" in o:
        p = o["pay"]
        return (f"Datos para el pago:\n- beneficiario: {p['beneficiary']}\n- IBAN: {p['iban']}\n"
                f"- BIC: {p['bic']}\n- concepto: Factura {n}")
    return f"Datos para el pago: {o['paytext']}"


def fee_block(i, at):
    days = (at - i["due"]).days
    interest = q2(i["amount"] * RATE / 100 * days / 365)
    total = i["amount"] + interest + 40
    txt = ("Al tratarse de una operación comercial, es de aplicación la Ley 3/2004, de 29 de diciembre, por la "
           "que se establecen medidas de lucha contra la morosidad en las operaciones comerciales (Directiva "
           "2011/7/UE). Desde el día siguiente al vencimiento, la deuda devenga automáticamente intereses de "
           "demora al tipo legal: el tipo del Banco Central Europeo para sus operaciones principales de "
           "financiación más ocho puntos porcentuales, actualmente el 10,15 % anual (arts. 5 y 7). A la deuda "
           "se añade, además, una cantidad fija de 40,00 € en concepto de indemnización por costes de cobro "
           "(art. 8).\n\n"
           "A día de hoy, el importe adeudado es el siguiente:\n"
           f"- factura n.º {i['n']}: {money(i['amount'])}\n"
           f"- intereses de demora (10,15 % anual, {days} días): {money(interest)}\n"
           f"- indemnización por costes de cobro: 40,00 €\n"
           f"- total: {money(total)}\n\n")
    return txt, total


def reminder(kind, n, at, deadline=None, susp=None, promise=None, claim=None, paid_on=None, others=()):
    """Text of the mail mailduns (or the owner) sent, that the client is answering."""
    i = INV[n]
    o = OWNERS[i["owner"]]
    at_d = at.date()
    amt = money(i["amount"], i["cur"])
    fees = i["owner"] in FEES_ON and i["b2b"] and i["cur"] == "EUR" and at_d > i["due"]
    pay = payment_block(o, n)
    sal = i["sal"]
    sign = f"Un cordial saludo,\n{o['name']}"
    if kind == "invoice":
        t = o["inv_body"].format(n=n, concept=i["concept"], amt=amt, due=largo(i["due"]))
        return t.replace(" a el ", " al ").replace(" de el ", " del ").replace("por el ", "por el ")
    if kind == "courtesy":
        return (f"{sal}\n\nUn breve recordatorio: la factura n.º {n} de {amt}, emitida el {largo(i['issue'])}, "
                f"vence el {largo(i['due'])}.\n\nSi el pago ya está en curso, muchas gracias: no es necesario hacer "
                f"nada más.\n\n{pay}\n\nPara cualquier duda, basta con responder a este correo.\n\n{sign}")
    if kind == "due":
        late = (at_d - i["due"]).days
        if late > 0:
            s = (f"La factura n.º {n} de {amt} venció el {largo(i['due'])} y, según mis registros, el pago aún no "
                 f"consta. Agradecería que se tramitara en los próximos días.")
        else:
            s = f"La factura n.º {n} de {amt} vence hoy, {largo(i['due'])}."
        return (f"{sal}\n\n{s}\n\nSi el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más."
                f"\n\n{pay}\n\nPara cualquier duda, basta con responder a este correo.\n\n{sign}")
    if kind == "reminder":
        fb = fee_block(i, at_d)[0] if fees else ""
        return (f"{sal}\n\nRevisando mis cuentas, veo que la factura n.º {n} de {amt}, vencida el "
                f"{largo(i['due'])}, sigue pendiente de pago. Seguramente se trata de un simple descuido; "
                f"agradecería que el pago se realizara en cuanto sea posible.\n\n{fb}Si el pago ya se ha realizado, "
                f"muchas gracias: en ese caso basta con responder indicando la fecha de la transferencia, para que "
                f"pueda actualizar mis registros. Si hay algún problema con la factura, podemos aclararlo por esta "
                f"misma vía.\n\n{pay}\n\n{sign}")
    if kind == "late_fee":
        late = (at_d - i["due"]).days
        fb, total = fee_block(i, at_d) if fees else ("", i["amount"])
        return (f"{sal}\n\nLa factura n.º {n} de {amt} venció el {largo(i['due'])}, hace {late} días, y sigue "
                f"pendiente de pago.\n\n{fb}Ruego que el pago de {money(total, i['cur'])} se realice a más tardar el "
                f"{largo(D(deadline))}. Si ya está en curso, muchas gracias: basta con responder indicando la fecha "
                f"de la transferencia. Si hay algún problema con la factura o con los plazos, podemos buscar una "
                f"solución por esta misma vía.\n\n{pay}\n\n{sign}")
    if kind == "suspension":
        fb, total = fee_block(i, at_d) if fees else ("", i["amount"])
        return (f"{sal}\n\nVuelvo a ponerme en contacto en relación con la factura n.º {n} de {amt}, vencida el "
                f"{largo(i['due'])} y todavía pendiente de pago.\n\n{fb}Si para el {largo(D(deadline))} no se ha "
                f"recibido el pago de {money(total, i['cur'])}, a partir del {largo(D(susp))} podría verme en la "
                f"necesidad de suspender los trabajos en curso y la prestación de los servicios contratados hasta "
                f"que se regularice la situación. Si existe alguna dificultad (por ejemplo, si es necesario "
                f"fraccionar el pago), basta con responder a este correo y buscaremos una solución.\n\n{pay}\n\n{sign}")
    if kind == "final":
        fb, total = fee_block(i, at_d) if fees else ("", i["amount"])
        dl = largo(D(deadline))
        cname = i["to"].split(" <")[0]
        return (f"Asunto: Requerimiento de pago de la factura n.º {n}\n\n{sal}\n\nLa factura n.º {n}, emitida a "
                f"nombre de {cname} el {largo(i['issue'])}, venció el {largo(i['due'])} y, pese a los "
                f"recordatorios enviados anteriormente, sigue pendiente de pago por un importe de {amt}.\n\n{fb}"
                f"Por la presente, y a los efectos del artículo 1100 del Código Civil, requiero formalmente el pago "
                f"de {money(total, i['cur'])} a más tardar el {dl}"
                f"{', más los intereses de demora que se devenguen hasta la fecha del pago' if fees else ''}.\n\n"
                f"Mi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es también una "
                f"invitación formal a negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de enero, "
                f"de medidas en materia de eficiencia del Servicio Público de Justicia: si existe algún motivo para "
                f"el retraso, alguna discrepancia con la factura o la necesidad de un calendario de pagos, basta con "
                f"responder a este correo.\n\nSi para el {dl} no se ha recibido el pago ni hemos llegado a un "
                f"acuerdo, tendré que pasar a la reclamación formal de la deuda por vía judicial, mediante el "
                f"procedimiento monitorio. Preferiría sinceramente evitarlo.\n\nSi el pago ya se ha realizado en los "
                f"últimos días, muchas gracias, y disculpas por las molestias: en ese caso, basta una breve respuesta "
                f"con la fecha de la transferencia.\n\n{pay}\n\nAtentamente,\n{o['name']}")
    if kind == "promise_followup":
        if promise:
            s = (f"Según su último mensaje, el pago de la factura n.º {n} de {amt} se realizaría a más tardar el "
                 f"{largo(D(promise))}; gracias de nuevo por la información.")
        else:
            s = (f"Gracias de nuevo por la información sobre el pago de la factura n.º {n} de {amt}, vencida el "
                 f"{largo(i['due'])}.")
        return (f"{sal}\n\n{s}\n\nA día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas "
                f"gracias: basta con responder indicando la fecha de la transferencia. Si hacen falta unos días más, "
                f"me sería útil saber para cuándo puedo contar con él.\n\n{pay}\n\n{sign}")
    if kind == "paid_claim_followup":
        c = f" el {largo(D(claim))}" if claim else ""
        p = f" (transferencia ordenada el {largo(D(paid_on))})" if paid_on else ""
        return (f"{sal}\n\nMuchas gracias por comunicarme{c} que la factura n.º {n} de {amt} ya está pagada{p}."
                f"\n\nSin embargo, a día de hoy el pago todavía no aparece en mi cuenta. A veces una transferencia "
                f"tarda unos días más en llegar, o puede haberse enviado a otros datos bancarios. Para poder "
                f"localizarla, me sería de gran ayuda conocer la fecha de ejecución y la referencia de la "
                f"transferencia, o recibir el justificante.\n\nSi la transferencia se ordenó hace muy poco, es normal "
                f"que aún no haya llegado: en ese caso no es necesario hacer nada más. Gracias por su "
                f"colaboración.\n\n{sign}")
    if kind == "statement":
        rows = []
        total = Decimal(0)
        for m in (n,) + tuple(others):
            j = INV[m]
            late = (at_d - j["due"]).days
            st = (f"vencida el {largo(j['due'])} ({late} {'día' if late == 1 else 'días'} de retraso)" if late > 0
                  else "vence hoy" if late == 0 else f"vence el {largo(j['due'])}")
            rows.append(f"- n.º {m}, del {largo(j['issue'])}, {st}: {money(j['amount'], j['cur'])}")
            total += j["amount"]
        return (f"{sal}\n\nRevisando mis cuentas, veo que siguen pendientes de pago las siguientes facturas:\n\n"
                + "\n".join(rows) + f"\n\nTotal a pagar: {money(total, i['cur'])}\n\nRuego que el pago de las "
                f"facturas vencidas se realice a más tardar el {largo(D(deadline))}, y el de las demás en su "
                f"vencimiento. Si alguna de ellas ya está pagada, muchas gracias: basta con responder indicando "
                f"cuáles y la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún "
                f"problema con alguna factura, podemos aclararlo por esta misma vía.\n\nLos datos para el pago "
                f"figuran en las facturas, en los mensajes con los que se enviaron.\n\n{sign}")
    raise ValueError(kind)

# ---------------------------------------------------------------- quoting

REM_SUBJ = {
    "courtesy": "Recordatorio: factura n.º {n}",
    "due": "Factura n.º {n}: vencimiento",
    "reminder": "Factura n.º {n} pendiente de pago",
    "late_fee": "Factura n.º {n} vencida",
    "suspension": "Factura n.º {n}: aviso antes de suspender los trabajos",
    "final": "Requerimiento de pago de la factura n.º {n}",
    "promise_followup": "Factura n.º {n}: pago previsto",
    "paid_claim_followup": "Factura n.º {n}: pago no recibido",
    "statement": "Facturas pendientes de pago",
}


def rem_subject(kind, n):
    if kind == "invoice":
        return OWNERS[INV[n]["owner"]]["subj"].format(n=n)
    return REM_SUBJ[kind].format(n=n)


def rem_mid(n, kind, at):
    h = hashlib.sha1(f"{n}|{kind}|{at.isoformat()}".encode()).hexdigest()
    dom = OWNERS[INV[n]["owner"]]["email"].split("@")[1]
    if kind == "invoice":
        return f"<{at.strftime('%Y%m%d%H%M%S')}.{h[:10]}@{dom}>"
    return f"<mailduns.{h[:16]}.{at.strftime('%Y%m%d')}@{dom}>"


def local(at, tz):
    return at.astimezone(dt.timezone(dt.timedelta(minutes=TZ[tz])))


def gt(s):
    return "\n".join(("> " + l) if l else ">" for l in s.split("\n"))


def attribution(style, who, addr, at, to, subj):
    d = at
    hm = f"{d.hour}:{d.minute:02d}"
    if style == "gmail":
        return f"El {DIAS_AB[d.weekday()]}, {d.day} {MES_AB[d.month - 1]} {d.year} a las {hm}, {who} (<{addr}>) escribió:"
    if style == "apple":
        return f"El {d.day} {MES_AB[d.month - 1]} {d.year}, a las {hm}, {who} <{addr}> escribió:"
    if style == "thunderbird":
        return f"El {d.day}/{d.month}/{d.year % 100:02d} a las {hm}, {who} escribió:"
    if style == "outlook":
        return (f"________________________________\nDe: {who} <{addr}>\nEnviado: {DIAS[d.weekday()]}, "
                f"{largo(d)} {d.hour}:{d.minute:02d}\nPara: {to}\nAsunto: {subj}")
    if style == "outlook_old":
        return (f"-----Mensaje original-----\nDe: {who} [mailto:{addr}]\nEnviado el: {DIAS[d.weekday()]}, "
                f"{largo(d)} {d.hour}:{d.minute:02d}\nPara: {to}\nAsunto: {subj}")
    if style == "android":
        off = d.utcoffset().total_seconds() / 3600
        return (f"-------- Mensaje original --------\nDe: {who} <{addr}>\nFecha: {d.day}/{d.month}/{d.year % 100:02d} "
                f"{hm} (GMT{off:+03.0f}:00)\nA: {to}\nAsunto: {subj}")
    if style == "zimbra":
        return (f"----- Mensaje original -----\nDe: \"{who}\" <{addr}>\nPara: {to}\nEnviados: "
                f"{DIAS[d.weekday()].capitalize()}, {d.day} de {MESES[d.month - 1].capitalize()} {d.year} "
                f"{d.hour}:{d.minute:02d}:{d.second:02d}\nAsunto: {subj}")
    if style == "roundcube":
        return f"El {d.strftime('%Y-%m-%d %H:%M')}, {who} escribió:"
    if style == "fwd":
        return (f"---------- Forwarded message ---------\nDe: {who} <{addr}>\nDate: {DIAS_AB[d.weekday()]}, "
                f"{d.day} {MES_AB[d.month - 1]} {d.year} a las {hm}\nSubject: {subj}\nTo: {to}")
    if style == "rv":
        return (f"De: {who} <{addr}>\nEnviado el: {DIAS[d.weekday()]}, {largo(d)} {hm}\nPara: {to}\nAsunto: {subj}")
    raise ValueError(style)


def quote_plain(style, attr, text):
    if style in ("gmail", "apple", "thunderbird", "roundcube"):
        return f"{attr}\n\n{gt(text)}\n" if style not in ("thunderbird", "roundcube") else f"{attr}\n{gt(text)}\n"
    return f"{attr}\n\n{text}\n"


def esc(s):
    import html
    return html.escape(s, quote=False)


def html_lines(text):
    return "<br>\n".join(esc(l) for l in text.split("\n"))


def quote_html(style, attr, text):
    if style == "gmail":
        return (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(attr)}<br></div>'
                f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                f'rgb(204,204,204);padding-left:1ex">{html_lines(text)}</blockquote></div>')
    if style == "apple":
        return (f'<div><br><blockquote type="cite"><div>{esc(attr)}</div><br>'
                f'<div><div>{html_lines(text)}</div></div></blockquote></div>')
    if style in ("outlook", "outlook_old", "rv"):
        hdr = attr.replace("________________________________\n", "").replace("-----Mensaje original-----\n", "")
        rows = []
        for l in hdr.split("\n"):
            k, _, v = l.partition(": ")
            rows.append(f"<b>{esc(k)}:</b> {esc(v)}")
        return (f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">'
                + "<br>\n".join(rows) + '</span></p></div><p class="MsoNormal">&nbsp;</p>'
                + "".join(f'<p class="MsoNormal">{esc(l) or "&nbsp;"}</p>\n' for l in text.split("\n")))
    return f"<div>{esc(attr)}<br>{html_lines(text)}</div>"


def html_doc(top_html, quote_html_s="", flavor="gmail", charset="utf-8"):
    if flavor == "outlook":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                '.MsoChpDefault\n\t{mso-style-type:export-only;}\n--></style>\n</head>\n'
                '<body lang="ES" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                f'<div class="WordSection1">\n{top_html}\n{quote_html_s}\n</div>\n</body>\n</html>\n')
    if flavor == "apple":
        return (f'<html><head><meta http-equiv="content-type" content="text/html; charset={charset}"></head>'
                f'<body dir="auto">{top_html}{quote_html_s}</body></html>\n')
    return f'<div dir="ltr">{top_html}</div><br>{quote_html_s}\n'


def top_to_html(text, flavor):
    if flavor == "outlook":
        return "\n".join(f'<p class="MsoNormal">{esc(l) or "&nbsp;"}</p>' for l in text.split("\n"))
    parts = []
    for l in text.split("\n"):
        parts.append(f"<div>{esc(l) if l else '<br>'}</div>")
    return "\n".join(parts)

# ---------------------------------------------------------------- MIME plumbing


def enc_h(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76)


def enc_addr(a, charset="utf-8"):
    out = []
    for one in split_addrs(a):
        if "<" in one:
            name, addr = one.rsplit("<", 1)
            name = name.strip().strip('"')
            addr = addr.rstrip(">").strip()
            out.append(formataddr((name, addr), charset=charset) if name else addr)
        else:
            out.append(one.strip())
    return ", ".join(out)


def split_addrs(a):
    res, cur, depth = [], "", 0
    for ch in a:
        if ch == "<":
            depth += 1
        elif ch == ">":
            depth -= 1
        if ch == "," and depth == 0:
            res.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        res.append(cur.strip())
    return res


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def bytes(self):
        h = "".join(f"{k}: {v}\n" for k, v in self.headers).encode("ascii")
        return h + b"\n" + self.body


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", cp1252=False, extra=()):
    raw = text.encode("cp1252" if cp1252 else charset)
    if cte in ("7bit", "8bit"):
        try:
            raw.decode("ascii")
            cte = "7bit"
        except UnicodeDecodeError:
            cte = "8bit"
        body = raw if raw.endswith(b"\n") else raw + b"\n"
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
        if not body.endswith(b"\n"):
            body += b"\n"
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        raise ValueError(cte)
    fl = "; format=flowed" if subtype == "plain" and extra and "flowed" in extra else ""
    return Part([("Content-Type", f'text/{subtype}; charset="{charset}"{fl}'),
                 ("Content-Transfer-Encoding", cte)], body)


def boundary():
    return "----=_Part_" + "".join(RNG.choice("0123456789abcdef") for _ in range(24))


def multipart(subtype, parts, params="", preamble=True):
    b = boundary()
    body = b"This is a multi-part message in MIME format.\n\n" if preamble else b""
    for p in parts:
        body += b"--" + b.encode() + b"\n" + p.bytes() + b"\n"
    body += b"--" + b.encode() + b"--\n"
    return Part([("Content-Type", f'multipart/{subtype}; boundary="{b}"{params}')], body)


def attachment(filename, ctype, data, inline=False):
    try:
        filename.encode("ascii")
        fn = f'filename="{filename}"'
        nm = f'name="{filename}"'
    except UnicodeEncodeError:
        from urllib.parse import quote
        fn = f"filename*=utf-8''{quote(filename)}"
        nm = f'name="{Header(filename, "utf-8").encode()}"'
    disp = "inline" if inline else "attachment"
    return Part([("Content-Type", f"{ctype}; {nm}"), ("Content-Disposition", f"{disp}; {fn}"),
                 ("Content-Transfer-Encoding", "base64")], base64.encodebytes(data))


def fake_pdf(title, lines):
    txt = "\\n".join(l.replace("(", "[").replace(")", "]") for l in lines)
    stream = f"BT /F1 10 Tf 50 780 Td ({txt}) Tj ET"
    return (f"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n"
            f"2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n"
            f"3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>> endobj\n"
            f"4 0 obj <</Length {len(stream)}>> stream\n{stream}\nendstream endobj\n"
            f"5 0 obj <</Title ({title})/Producer (Banca Online)>> endobj\n"
            f"trailer <</Root 1 0 R/Info 5 0 R>>\n%%EOF\n").encode("latin-1")


PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAFklEQVR4nGP8z8DwnwEIGBn+M4AZAAA7VgX7Hq1UjwAAAABJRU5ErkJggg==")


def rand_id(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def make_mid(mua, addr, at):
    dom = addr.split("@")[1]
    if mua == "gmail":
        return f"<CA{rand_id(2)}{rand_id(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-')}@mail.gmail.com>"
    if mua == "outlook":
        srv = RNG.choice(["AM0PR04MB", "DB9PR02MB", "PA4PR08MB", "VI1PR06MB", "AS8PR10MB", "MN2PR11MB"])
        num = RNG.randint(1000, 9999)
        return f"<{srv}{num}{rand_id(10, '0123456789ABCDEF')}{rand_id(22, '0123456789ABCDEF')}@{srv}{num}.eurprd04.prod.outlook.com>"
    if mua in ("apple", "iphone"):
        u = rand_id(32, "0123456789ABCDEF")
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{dom}>"
    if mua == "android":
        return f"<{rand_id(20, '0123456789abcdef')}.{rand_id(6)}@email.android.com>"
    if mua == "hotmail":
        return f"<DB7P{RNG.randint(100, 999)}MB{RNG.randint(1000, 9999)}{rand_id(12, '0123456789ABCDEF')}@DB7P195MB0123.EURP195.PROD.OUTLOOK.COM>"
    return f"<{at.strftime('%Y%m%d%H%M%S')}.{rand_id(12, '0123456789abcdef')}@{dom}>"


MUA_HEADERS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "es-ES")],
    "iphone": [("X-Mailer", "iPhone Mail (22C152)")],
    "apple": [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "android": [],
    "gmail": [],
    "hotmail": [("Content-Language", "es-ES")],
    "webmail": [("User-Agent", "Roundcube Webmail/1.6.9")],
    "zimbra": [("X-Mailer", "Zimbra 10.0.8_GA_4611 (ZimbraWebClient - GC131 (Win)/10.0.8_GA_4611)")],
}

MSGS = []


def M(**kw):
    MSGS.append(kw)

# ================================================================= MESSAGES
# Each M(...) is one message. Bodies are hand-written. q = the mail being answered (rendered above).

LOPD_AYTO = ("AVISO LEGAL: Este mensaje y, en su caso, los ficheros anexos son confidenciales y van dirigidos "
             "exclusivamente a su destinatario. Si usted no es el destinatario indicado, le rogamos que lo comunique "
             "al remitente y proceda a su eliminación. En cumplimiento del Reglamento (UE) 2016/679 y de la Ley "
             "Orgánica 3/2018, le informamos de que sus datos personales serán tratados por el Ayuntamiento de "
             "Villamayor del Campo para la gestión de las relaciones con proveedores. Puede ejercer sus derechos en "
             "la sede electrónica municipal.")

# ---------------------------------------------------------------- Lucía Martín · Ayuntamiento de Villamayor

M(n="2026-038", frm="Intervención Municipal <intervencion@villamayordelcampo.es>", date="2026-11-09 10:42",
  mua="outlook", fmt="alt", charset="iso-8859-1", cp1252=True, pre="RE: ",
  q=dict(kind="due", at="2026-11-03 09:00"),
  body="""Buenos días:

En relación con su correo, le informamos de que en el Registro Contable de Facturas de este Ayuntamiento no consta ninguna factura a su nombre.

Le recordamos que, conforme a la Ley 25/2013, de 27 de diciembre, de impulso de la factura electrónica y creación del registro contable de facturas en el Sector Público, las facturas dirigidas a esta Entidad deben presentarse a través del Punto General de Entrada de Facturas Electrónicas de la Administración General del Estado (FACe). Las facturas remitidas por correo electrónico en formato PDF no pueden registrarse ni, por tanto, tramitarse para su pago.

Para la presentación de su factura 2026-038 deberá consignar los siguientes códigos DIR3:

    Oficina contable: L01281679 – Intervención
    Órgano gestor: L01281679 – Alcaldía-Presidencia
    Unidad tramitadora: LA0019384 – Concejalía de Cultura y Festejos

Una vez presentada, la factura seguirá el procedimiento ordinario de conformidad y aprobación. Puede consultar su estado de tramitación en cualquier momento en https://face.gob.es.

Atentamente,

Rosa M.ª Lozano Gil
Interventora
Ayuntamiento de Villamayor del Campo
Plaza de España, 1 – 28819 Villamayor del Campo (Madrid)
Tel. 918 72 40 11 – Ext. 214

""" + LOPD_AYTO,
  label=dict(kind="client-reply-other", reference="2026-038",
             note="Interventora: not registered, must be filed through FACe with DIR3 codes. A procedural "
                  "request, not a dispute nor a refusal; no payment claim. Outlook iso-8859-1 with cp1252 dashes."))

M(n="2026-038", frm="Marta Seco Alonso <cultura@villamayordelcampo.es>", date="2026-11-20 13:05",
  mua="zimbra", cc="Intervención Municipal <intervencion@villamayordelcampo.es>",
  q=dict(kind="reminder", at="2026-11-19 09:00"),
  body="""Buenos días, Lucía:

Me pasa Intervención tu recordatorio. Antes de que lo subas a FACe te adelanto que la factura, tal como está, no la puedo conformar.

El contrato menor del cartel y el programa se adjudicó por Decreto 2026/0815 por 1.900,00 € IVA incluido, que es lo que figuraba en el presupuesto que aceptamos en julio. La factura es de 2.299,00 €, es decir, 1.900 más el IVA. No podemos pagar por encima de lo adjudicado: no hay crédito retenido para esa diferencia y el interventor no me lo va a fiscalizar.

Tienes que emitir una rectificativa por el importe adjudicado (1.900,00 € IVA incluido) y presentarla en FACe. Si entiendes que el programa de mano a cuatro tintas era un trabajo adicional, habría que tramitarlo como un contrato aparte con su propio presupuesto, y eso ya no entra en el ejercicio 2026.

Siento las molestias. Un saludo,

Marta Seco Alonso
Técnica de Cultura
Ayuntamiento de Villamayor del Campo""",
  label=dict(kind="client-reply-dispute", reference="2026-038",
             note="Public body refuses to conform the invoice: the contrato menor was 1.900 € VAT included, "
                  "invoice 2.299 €; asks for a rectificativa. Wrong amount = dispute. 1900 is the amount they "
                  "accept but they do not say they pay it now, so no amount."))

M(n="2026-038", frm="Intervención Municipal <intervencion@villamayordelcampo.es>", date="2026-12-15 12:31",
  mua="outlook", fmt="alt", charset="iso-8859-1", cp1252=True, pre="RE: ",
  q=dict(kind="late_fee", at="2026-12-14 09:00", deadline="2026-12-28"),
  body="""Buenos días, Sra. Martín:

Le informo de que su factura rectificativa (n.º de registro en el RCF 2026/001587), presentada en FACe el pasado 27 de noviembre, ha sido conformada por la Concejalía de Cultura y está incluida en la relación de obligaciones que se aprobará mediante Decreto de Alcaldía esta misma semana.

El pago se efectuará en la siguiente ordenación de pagos de la Tesorería municipal.

Atentamente,

Rosa M.ª Lozano Gil
Interventora
Ayuntamiento de Villamayor del Campo

""" + LOPD_AYTO,
  label=dict(kind="client-reply-promise",
             note="Conformada, pending approval by Decreto; will be paid 'en la siguiente ordenación de pagos' "
                  "= vague promise, no date. 'Esta misma semana' is the approval, not the payment."))

M(n="2026-047", frm="Jesús Molina <tesoreria@villamayordelcampo.es>", date="2027-01-28 11:47",
  mua="thunderbird", q=dict(kind="late_fee", at="2027-01-22 09:00", deadline="2027-02-05"),
  body="""Buenos días, Lucía:

Te confirmo que hoy se ha ordenado la transferencia de tu factura 2026-047 (señalética del Centro Cívico) por el importe líquido de 1.378,00 € (base 1.300,00 + IVA 273,00 − retención IRPF 195,00). Entre dos y tres días hábiles deberías tenerla en la cuenta.

El retraso ha sido por el cierre del ejercicio, que nos tiene a todos de cabeza. Disculpa.

Un saludo,
--
Jesús Molina Prieto
Tesorería
Ayuntamiento de Villamayor del Campo""",
  label=dict(kind="client-reply-paid", amount="1378.00", reference="2026-047",
             note="Tesorería: transfer ordered today, net of IRPF. Paid, with arrival in 2-3 days (not a promise)."))


def ooo_part(text, charset="utf-8"):
    return text_part(text, "plain", charset, "quoted-printable", cp1252=(charset == "iso-8859-1"))


M(n="2026-047", frm="Intervención Municipal <intervencion@villamayordelcampo.es>", date="2026-12-23 09:00",
  mua="outlook", subj="Respuesta automática: Factura n.º 2026-047: vencimiento",
  in_reply=rem_mid("2026-047", "due", when("2026-12-23 08:59", "Madrid", False)),
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "intervencion@villamayordelcampo.es")],
  part=ooo_part("""Gracias por su mensaje.

Me encuentro fuera de la oficina del 23 de diciembre de 2026 al 6 de enero de 2027, ambos inclusive, sin acceso al correo electrónico.

Para asuntos urgentes relacionados con la tramitación de facturas pueden dirigirse a D. Álvaro Pinto (apinto@villamayordelcampo.es) o llamar al 918 72 40 11, ext. 210.

Un saludo,
Rosa M.ª Lozano Gil
Interventora – Ayuntamiento de Villamayor del Campo
""", "iso-8859-1"),
  label=dict(kind="auto-reply", return_date="2027-01-07",
             note="Out of office 23 Dec to 6 Jan 'ambos inclusive' -> back 7 January. RFC 3834 headers."))

# ---------------------------------------------------------------- Lucía · Klimbr (startup)

M(n="2026-044", frm="Dani Sanz <dani@klimbr.io>", date="2026-11-27 23:14", mua="iphone",
  q=dict(kind="reminder", at="2026-11-26 09:00"),
  body="""Lucía!! Perdona perdona perdona.

Estamos cerrando la ronda seed (firmamos en notaría en nada) y ahora mismo la caja está literalmente a cero hasta que entre la pasta. En cuanto entre te pagamos todo, lo tuyo lo primero 🙏

Dani

Enviado desde mi iPhone""",
  label=dict(kind="client-reply-promise",
             note="Startup founder: will pay as soon as the seed round money arrives. Promise without date "
                  "('en nada', 'en cuanto entre')."))

M(n="2026-051", frm="Irene Llorente <irene@klimbr.io>", date="2026-12-02 10:26", fmt="alt", cte="base64",
  q=dict(kind="courtesy", at="2026-12-01 09:00"),
  att=[attachment("Presupuesto_MartinEstudio_septiembre.pdf", "application/pdf",
                  fake_pdf("Presupuesto Klimbr", ["Pitch deck y plantillas RRSS", "Incluye 2 rondas de revisiones",
                                                  "Total 900,00 EUR + IVA"]))],
  body="""Hola Lucía,

Aprovecho el recordatorio para comentarte una cosa de esta factura que se me pasó cuando llegó: en la línea del pitch deck vienen 3 rondas de revisiones a 180 € y en el presupuesto que nos pasaste en septiembre (te lo adjunto por si acaso) ponía "incluye 2 rondas de revisiones". La tercera fue porque Dani cambió de idea con los colores, vale, pero fue un cambio pequeño y nadie nos dijo que se iba a cobrar aparte.

¿Puedes rehacerla sin esa línea? En cuanto la tenga la meto para pago, que el resto está perfecto 😊

Gracias!

Irene Llorente
Operations · Klimbr
klimbr.io""",
  label=dict(kind="client-reply-dispute",
             note="Asks for the invoice to be redone without the third revision round (not in the quote). "
                  "'En cuanto la tenga la meto para pago' depends on the correction: dispute wins."))

M(n="2026-051", frm="Dani Sanz <dani@klimbr.io>", date="2026-12-18 17:52",
  q=dict(kind="promise_followup", at="2026-12-17 09:00"),
  body="""hecho ✅

Te hemos mandado las dos (la de la marca y la del pitch, ya la corregida) por Revolut Business, 4.501,20 € en total. Debería llegarte hoy o mañana.

Mil gracias por la paciencia, de verdad. Ya con la ronda cerrada esto no vuelve a pasar 😅

Dani""",
  label=dict(kind="client-reply-paid", amount="4501.20",
             note="Both invoices paid in one transfer (2026-044 + corrected 2026-051). 'Hecho' with no payment "
                  "verb at the top; arrival 'hoy o mañana' is not a promise."))

# ---------------------------------------------------------------- Lucía · Grupo Alimentario Norteño (AP, portal)

AP_NORTE = ("Este mensaje se dirige exclusivamente a su destinatario y puede contener información privilegiada o "
            "confidencial. Si no es vd. el destinatario indicado, queda notificado de que la utilización, "
            "divulgación y/o copia sin autorización está prohibida en virtud de la legislación vigente. "
            "Grupo Alimentario Norteño, S.A. – Inscrita en el Registro Mercantil de Burgos.")

M(n="2026-052", frm="Begoña Ruiz Cuesta <cuentasapagar@gruponorteno.es>", date="2026-11-16 08:47", mua="outlook",
  fmt="alt", pre="RE: ", q=dict(kind="invoice", at="2026-11-06 12:10"),
  body="""Buenos días,

Hemos recibido su factura 2026-052 en este buzón.

Le informamos de que desde el 1 de septiembre todas las facturas de proveedores deben cargarse en nuestro Portal de Proveedores (https://proveedores.gruponorteno.es) e incluir obligatoriamente el número de pedido de compra (10 dígitos, comienza por 45). Las facturas recibidas por correo electrónico no se registran en el sistema.

Si todavía no dispone de usuario en el portal, solicite el alta a su contacto en el departamento de Compras, que le facilitará también el número de pedido.

Referencia de la incidencia: INC0045871

Un saludo,

Begoña Ruiz Cuesta
Cuentas a Pagar – Centro de Servicios Compartidos
Grupo Alimentario Norteño, S.A.

""" + AP_NORTE,
  label=dict(kind="client-reply-other", reference="2026-052",
             note="AP: invoices only through the supplier portal with a PO number; email invoices are not "
                  "registered. Procedure/question, not a dispute of the invoice."))

M(n="2026-052", frm="Cuentas a Pagar <cuentasapagar@gruponorteno.es>", date="2026-12-04 13:38", mua="outlook",
  fmt="html", pre="RE: ", q=dict(kind="courtesy", at="2026-12-02 09:00"),
  html="""<p class="MsoNormal">Estimada proveedora:</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Le informamos de que la factura <b>2026-052</b>, por importe de <b>4.840,00 &euro;</b>, ha sido aprobada y se ha incluido en la remesa de <i>confirming</i> de fecha 04/12/2026, con <b>vencimiento 25/01/2027</b>, a trav&eacute;s de Banco Santander.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">En los pr&oacute;ximos d&iacute;as recibir&aacute; la comunicaci&oacute;n de la entidad financiera, a trav&eacute;s de la cual podr&aacute;, si lo desea, anticipar el cobro de la factura en las condiciones que acuerde con la entidad.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Un saludo,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b><span style="color:#1F4E79">Cuentas a Pagar</span></b><br>Centro de Servicios Compartidos<br>Grupo Alimentario Norte&ntilde;o, S.A.</p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">""" + esc(AP_NORTE) + "</span></p>",
  body="",
  label=dict(kind="client-reply-promise", amount="4840.00", reference="2026-052", promised_date="2027-01-25",
             note="Confirming: approved and scheduled, bank pays on 25/01/2027. Not paid yet (the supplier may "
                  "discount it). HTML-only Outlook mail."))

M(owner="L", frm="Portal de Proveedores Grupo Norteño <no-reply@proveedores.gruponorteno.es>",
  date="2026-11-24 03:12", subj="Factura 2026-052 recibida - Estado: Pendiente de aprobación",
  hdrs=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
  part=multipart("alternative", [text_part("""Estimado proveedor:

Le confirmamos la recepción de la siguiente factura a través del Portal de Proveedores:

  Proveedor:              300872 - MARTIN GARCIA LUCIA
  Nº factura proveedor:   2026-052
  Fecha factura:          06/11/2026
  Importe:                4.840,00 EUR
  Pedido de compra:       4500871234
  Nº documento interno:   5105566321
  Estado:                 Pendiente de aprobación

Podrá consultar la evolución de su factura en https://proveedores.gruponorteno.es/facturas

Este es un mensaje automático. Por favor, no responda a este correo.
Grupo Alimentario Norteño, S.A.
""", "plain", "utf-8", "quoted-printable"), text_part("""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Estimado proveedor:</p><p>Le confirmamos la recepción de la siguiente factura a través del Portal de Proveedores:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td>Proveedor</td><td>300872 - MARTIN GARCIA LUCIA</td></tr>
<tr><td>Nº factura proveedor</td><td>2026-052</td></tr>
<tr><td>Fecha factura</td><td>06/11/2026</td></tr>
<tr><td>Importe</td><td>4.840,00 EUR</td></tr>
<tr><td>Pedido de compra</td><td>4500871234</td></tr>
<tr><td>Nº documento interno</td><td>5105566321</td></tr>
<tr><td>Estado</td><td><b>Pendiente de aprobación</b></td></tr>
</table>
<p>Podrá consultar la evolución de su factura en <a href="https://proveedores.gruponorteno.es/facturas">el portal</a>.</p>
<p style="color:#888">Este es un mensaje automático. Por favor, no responda a este correo.<br>Grupo Alimentario Norteño, S.A.</p>
</body></html>
""", "html", "utf-8", "quoted-printable")], preamble=False),
  label=dict(kind="other",
             note="Supplier-portal notice: invoice received, pending approval. Neither payment nor promise."))

# ---------------------------------------------------------------- Lucía · Talleres Hermanos Cuesta (family)

M(n="2026-049", frm="Talleres Cuesta <talleres.cuesta@hotmail.com>", date="2026-12-01 19:03", mua="hotmail",
  pre="RE: ", q=dict(kind="reminder", at="2026-11-30 09:00"),
  body="""LUCIA BUENAS. LO PAGAMOS EL VIERNES QUE AHORA ANDAMOS LIADOS CON LAS ITV DE FIN DE AÑO Y MI HIJA QUE ES LA QUE LLEVA EL BANCO ESTA DE VIAJE. PERDONA EL RETRASO.

UN SALUDO
PACO

TALLERES HNOS CUESTA S.L.
MECANICA - ELECTRICIDAD - NEUMATICOS
TLF 925 14 33 08""",
  label=dict(kind="client-reply-promise", promised_date="2026-12-04",
             note="Family business, father writes in caps. 'El viernes' from Tuesday 1 Dec = 4 Dec."))

M(n="2026-049", frm="Marisa Cuesta <marisacuesta.85@gmail.com>", date="2026-12-04 13:20",
  to="Lucía Martín <lucia@martinestudio.es>", cc="Talleres Cuesta <talleres.cuesta@hotmail.com>",
  q=dict(kind="reminder", at="2026-11-30 09:00"),
  att=[attachment("Justificante_transferencia_04122026.pdf", "application/pdf",
                  fake_pdf("Justificante", ["Transferencia SEPA", "Ordenante TALLERES HNOS CUESTA SL",
                                            "Beneficiario LUCIA MARTIN GARCIA", "Importe 968,00 EUR",
                                            "Concepto FRA 2026-049"]))],
  body="""Hola Lucía!

Soy Marisa, la hija de Paco. Ya está hecha la transferencia de la 2026-049, te adjunto el justificante.

Me dice mi padre que te había contestado él, perdona si te escribió todo en mayúsculas, es que no sabe quitarlas 😂

Un beso""",
  label=dict(kind="client-reply-paid", reference="2026-049",
             note="Daughter of the owner confirms transfer and attaches receipt. Amount only in the PDF, not "
                  "in her text."))

M(n="2026-058", frm="Luis Cuesta <luiscuesta.taller@gmail.com>", date="2027-01-19 08:12", mua="android",
  q=dict(kind="reminder", at="2027-01-18 09:00"),
  body="""Lucia buenas soy Luis el hermano de Paco.

Sobre la factura de los vinilos, el de la Ducato grande se esta despegando por la esquina de atras, la de la puerta, y eso con dos semanas. Hasta que no venga alguien a mirarlo y lo arregle no lo pagamos, que eso no es normal. El de la pequeña bien.

Cuando quieras te paso fotos por whatsap.
Luis

Enviado desde mi Galaxy""",
  label=dict(kind="client-reply-dispute",
             note="Another family member: the vinyl is peeling, won't pay until it is fixed. Work defective = "
                  "dispute."))

# ---------------------------------------------------------------- Lucía · Cooperativa olivarera

M(n="2026-055", frm="Encarni Moreno <administracion@olivarera-virgencabeza.es>", date="2026-12-10 09:37",
  mua="webmail", q=dict(kind="reminder", at="2026-12-09 09:00"),
  body="""Buenos días Lucía,

Ahora mismo estamos en plena campaña de recogida y hasta que la almazara no cobre el primer anticipo de la aceituna no hay liquidez para pagar a proveedores. Te lo pagamos a final de mes seguro.

Disculpa las molestias.

Un saludo,
Encarni
Administración
Coop. Olivarera Virgen de la Cabeza, S. Coop. And.
Andújar (Jaén) · Tel. 953 50 21 76""",
  label=dict(kind="client-reply-promise", promised_date="2026-12-31",
             note="Agricultural cooperative, no cash during harvest: 'a final de mes' = 31 Dec."))

M(n="2026-061", frm="Antonio Jesús Expósito <gerencia@olivarera-virgencabeza.es>", date="2027-01-12 18:40",
  cc="Encarni Moreno <administracion@olivarera-virgencabeza.es>",
  q=dict(kind="courtesy", at="2027-01-12 09:00"),
  body="""Lucía, buenas tardes.

Me pasa Encarni el recordatorio de la factura de la reimpresión de las etiquetas de garrafa. Esa factura no la vamos a pagar. En la garrafa de 5 litros salió "Categoría: aceite de oliva virgen" en lugar de "virgen extra", y el texto que os mandamos estaba bien, lo tengo en el correo. La errata fue vuestra, y la reimpresión la tenéis que asumir vosotros, no nosotros. Bastante nos costó ya tener el palé parado una semana.

La otra factura, la de las etiquetas de la campaña, ya quedó hablada con Encarni.

Un saludo.

Antonio Jesús Expósito Cano
Gerente
Coop. Olivarera Virgen de la Cabeza, S. Coop. And.""",
  label=dict(kind="client-reply-dispute",
             note="Refuses to pay the reprint invoice (2026-061): the typo was the designer's. Mentions the "
                  "other invoice only vaguely. No invoice number in his own text."))

M(n="2026-055", frm="Encarni Moreno <administracion@olivarera-virgencabeza.es>", date="2027-01-22 08:55",
  mua="webmail", q=dict(kind="promise_followup", at="2027-01-21 09:00", promise="2026-12-31"),
  body="""Buenos días, ya está pagado, salió en la remesa de ayer.

Saludos,
Encarni""",
  label=dict(kind="client-reply-paid",
             note="Short: 'ya está pagado, salió en la remesa de ayer'. Remesa here is past = paid."))


def postfix_bounce(owner_key, rcpt, n, kind, at, host, ip, reason, mta):
    o = OWNERS[owner_key]
    i = INV[n]
    qtext = reminder(kind, n, at)
    orig = (f"From: {enc_addr(o['name'] + ' <' + o['email'] + '>')}\nTo: {rcpt}\n"
            f"Subject: {enc_h(rem_subject(kind, n))}\nDate: {format_datetime(at)}\n"
            f"Message-ID: {rem_mid(n, kind, at)}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
            ).encode() + quopri.encodestring(qtext.encode())
    human = f"""Este es el programa de correo del servidor {mta}.

Lamentamos informarle de que su mensaje no ha podido ser entregado a
uno o más destinatarios. Se adjunta el mensaje original.

Para más ayuda, póngase en contacto con <postmaster@{mta.split('.', 1)[1]}>.

Si lo desea, puede eliminar su propio texto del mensaje adjunto.

                   El programa de correo

<{rcpt}>: host {host}[{ip}] said: {reason} (in reply to RCPT TO command)
"""
    arr = at + dt.timedelta(seconds=4)
    dsn = (f"Reporting-MTA: dns; {mta}\nX-Postfix-Queue-ID: 4Q{rand_id(9, 'BCDFGHJKLMNPQRSTVWXYZ0123456789')}\n"
           f"X-Postfix-Sender: rfc822; {o['email']}\nArrival-Date: {format_datetime(at)}\n\n"
           f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: failed\n"
           f"Status: 5.1.1\nRemote-MTA: dns; {host}\nDiagnostic-Code: smtp; {reason}\n")
    return multipart("report", [text_part(human, "plain", "utf-8", "8bit"),
                                Part([("Content-Type", "message/delivery-status"),
                                      ("Content-Description", "Delivery report")], dsn.encode()),
                                Part([("Content-Type", "message/rfc822"),
                                      ("Content-Description", "Undelivered Message")], orig)],
                     params="; report-type=delivery-status", preamble=True)


M(owner="L", frm="Mail Delivery System <MAILER-DAEMON@smtp-out2.correoseguro-hosting.es>", date="2026-12-01 09:00",
  subj="Mensaje no entregado: devuelto al remitente",
  hdrs=[("Auto-Submitted", "auto-replied")],
  part=postfix_bounce("L", "contabilidad@coopvirgencabeza.es", "2026-055", "due", when("2026-12-01 08:59", "Madrid", False),
                      "mx.coopvirgencabeza.es", "212.64.170.23",
                      "550 5.1.1 <contabilidad@coopvirgencabeza.es>: Recipient address rejected: User unknown in "
                      "virtual mailbox table", "smtp-out2.correoseguro-hosting.es"),
  label=dict(kind="bounce", failed_recipient="contabilidad@coopvirgencabeza.es", permanent=True,
             note="Postfix DSN with a Spanish-localised text: 550 5.1.1 user unknown (old cooperative domain)."))

# ---------------------------------------------------------------- Lucía · Hermandad (cofradía)

M(n="2026-060", frm="Fernando Medina Ruiz <mayordomia@hermandadmisericordia.org>", date="2027-01-08 18:22",
  q=dict(kind="due", at="2027-01-04 09:00"),
  body="""Estimada Lucía:

Buenas tardes. Como le comenté cuando le encargamos el cartel, los pagos de la Hermandad los aprueba la Junta de Gobierno una vez que el Cabildo General de Cuentas ha aprobado el estado de cuentas del ejercicio, y este año lo celebramos el próximo sábado 16 de enero, D. m. Hasta entonces no podemos disponer de los fondos.

En cuanto quede aprobado, nuestro Tesorero le hará la transferencia.

Aprovecho para decirle que el cartel ha gustado muchísimo entre los hermanos, y el Hermano Mayor quiere presentarlo en el pregón con usted presente si es posible.

Reciba un cordial saludo en Cristo,

Fernando Medina Ruiz
Mayordomo
Hermandad del Santísimo Cristo de la Misericordia""",
  label=dict(kind="client-reply-promise",
             note="Cofradía: payment after the Cabildo de Cuentas of 16 January; no payment date given "
                  "('en cuanto quede aprobado'). 16 Jan is the meeting, not the payment -> no promised_date."))

M(owner="L", frm="Tesorería Hermandad de la Misericordia <tesoreria@hermandadmisericordia.org>",
  date="2027-01-20 21:05", subj="Pago cartel Semana Santa 2027", mua="webmail",
  body="""Paz y bien, Lucía.

Le comunico que hoy se ha realizado la transferencia de 605 € correspondiente al cartel de la Semana Santa 2027, una vez aprobadas las cuentas en el Cabildo del sábado.

Que el Santísimo Cristo de la Misericordia le bendiga.

José Antonio Rivas
Tesorero""",
  label=dict(kind="client-reply-paid", amount="605.00",
             note="New thread (no In-Reply-To), cofradía treasurer: transfer made today."))

# ---------------------------------------------------------------- Lucía · others

M(n="2026-041", frm="Carmen Vidal Ortiz <publicaciones@utcampos.es>", date="2026-11-13 12:02", mua="outlook",
  fmt="alt", pre="RE: ", q=dict(kind="invoice", at="2026-10-30 17:45"),
  body="""Buenos días, Lucía:

Hemos recibido la factura 2026-041 de las cubiertas, muchas gracias. Antes de pasarla a Gestión Económica, una consulta: al ser un trabajo profesional, ¿no tendría que llevar retención de IRPF? En la factura no aparece.

Si estás en los tres primeros años de actividad y te corresponde el 7 %, indícanoslo también, porque en ese caso nos piden un escrito firmado por ti.

Gracias. Un saludo,

Carmen Vidal Ortiz
Servicio de Publicaciones
Universidad de Tierra de Campos
Tel. 979 10 82 45""",
  label=dict(kind="client-reply-other", reference="2026-041",
             note="University publications service asks whether IRPF withholding should apply (15 % or 7 %). "
                  "A question, no claim that the invoice is wrong."))

M(owner="L", frm="Paloma Garrido <administracion@calasanzvallecas.es>", date="2026-12-17 10:18", mua="outlook",
  subj="RV: Confirmación de transferencia", fmt="alt",
  body="""Hola Lucía,

Te reenvío el justificante que me ha mandado el banco, es el de la agenda escolar (factura 2026-057).

Un saludo,

Paloma Garrido
Administración
Colegio San José de Calasanz – Madrid

________________________________
De: CaixaBank <notificaciones@caixabank.es>
Enviado: miércoles, 16 de diciembre de 2026 19:02
Para: administracion@calasanzvallecas.es
Asunto: Confirmación de transferencia

CaixaBank

Transferencia realizada

Ordenante: COLEGIO SAN JOSE DE CALASANZ
Cuenta de cargo: ES12 2100 **** **** **** 4471
Beneficiario: LUCIA MARTIN GARCIA
Cuenta de abono: ES91 2100 0418 4502 0005 1332
Importe: 847,00 EUR
Concepto: FACTURA 2026-057 AGENDA ESCOLAR
Fecha de ejecución: 16/12/2026
Tipo: Transferencia SEPA ordinaria

Este correo es una notificación automática. Por favor, no respondas a este mensaje.""",
  label=dict(kind="client-reply-paid", amount="847.00", reference="2026-057",
             note="Concertado school forwards the bank's transfer confirmation (RV:, new thread). The forwarded "
                  "notice is an OUTGOING transfer of the school, but the message is the client saying paid."))

M(n="2026-045", frm="Elena Serrano <gerencia@logopedasmadrid.org>", date="2026-11-23 17:34",
  q=dict(kind="due", at="2026-11-20 09:00"),
  body="""Hola Lucía:

¡Qué bien quedó la revista! Las colegiadas están encantadas, y en el congreso de octubre varias personas nos felicitaron por la nueva imagen; la presidenta me pide que te lo diga expresamente.

Te escribo también porque queremos ir pensando en el calendario de formación de 2027 y en la memoria anual. Si te va bien, podríamos vernos la segunda semana de diciembre en la sede (calle Hortaleza) y te contamos qué tenemos en mente. También nos gustaría que le echaras un ojo a la web, que se ha quedado muy vieja al lado de todo lo nuevo.

Por cierto, revisando la factura que nos llegó, no se ha aplicado el 10 % de descuento que acordamos por ser entidad sin ánimo de lucro (lo tienes en mi correo del 4 de septiembre). ¿Nos puedes enviar una rectificativa? En cuanto la tengamos se paga sin problema.

Y nada más, ¡un abrazo y gracias otra vez!

Elena Serrano
Gerente
Colegio Profesional de Logopedas de Madrid""",
  label=dict(kind="client-reply-dispute",
             note="Long friendly mail about other work; one paragraph says the agreed 10 % discount is missing "
                  "and asks for a rectificativa. Dispute over the cheerful tone."))

M(n="2026-043", frm="Manolo Peña <carniceriahnospena@gmail.com>", date="2026-11-04 14:51", mua="android",
  fmt="plain",
  q=dict(kind="invoice", at="2026-11-03 11:20"),
  body="""Recibida, gracias Lucía. Se la paso a mi gestor que es el que lleva los pagos.

Un saludo
Manolo Peña""",
  label=dict(kind="client-reply-other",
             note="'Received, thanks', passes it to his accountant. No payment, no promise."))

M(owner="L", frm="CaixaBank <notificaciones@caixabank.es>", date="2026-12-09 11:03",
  subj="Has recibido una transferencia",
  hdrs=[("Auto-Submitted", "auto-generated")],
  part=multipart("alternative", [text_part("""Hola, LUCIA:

Te informamos de que has recibido una transferencia en tu cuenta ES91 **** **** **** 1332.

Importe: 1.696,00 EUR
Ordenante: UNIVERSIDAD DE TIERRA DE CAMPOS
Concepto: FRA 2026-041 SERV PUBLICACIONES
Fecha valor: 09/12/2026

Puedes consultar el detalle en CaixaBankNow.

Este es un mensaje automático. No respondas a este correo.
CaixaBank, S.A. – Calle Pintor Sorolla, 2-4, 46002 València
""", "plain", "utf-8", "quoted-printable"), text_part("""<html><body style="font-family:Arial,Helvetica,sans-serif;color:#333">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#007eae;color:#fff;padding:12px;font-size:18px">CaixaBank</td></tr>
<tr><td style="padding:16px"><p>Hola, LUCIA:</p>
<p>Te informamos de que has recibido una transferencia en tu cuenta ES91 **** **** **** 1332.</p>
<table cellpadding="4"><tr><td>Importe:</td><td><b>1.696,00 EUR</b></td></tr>
<tr><td>Ordenante:</td><td>UNIVERSIDAD DE TIERRA DE CAMPOS</td></tr>
<tr><td>Concepto:</td><td>FRA 2026-041 SERV PUBLICACIONES</td></tr>
<tr><td>Fecha valor:</td><td>09/12/2026</td></tr></table>
<p>Puedes consultar el detalle en CaixaBankNow.</p>
<p style="font-size:11px;color:#888">Este es un mensaje automático. No respondas a este correo.<br>CaixaBank, S.A. &ndash; Calle Pintor Sorolla, 2-4, 46002 Val&egrave;ncia</p></td></tr></table>
</body></html>
""", "html", "utf-8", "quoted-printable")], preamble=False),
  label=dict(kind="payment-notification", amount="1696.00", reference="2026-041",
             note="Bank alert: incoming transfer from the university (net of IRPF)."))

# ---------------------------------------------------------------- Javier Ortega · Bodegas Arrieta (family)

M(n="F26-131", frm="Ainhoa Arrieta <ainhoa@bodegasarrieta.com>", date="2026-11-19 10:15",
  to="Koldo Arrieta <koldo@bodegasarrieta.com>", cc="Javier Ortega <javier@ortegafoto.es>",
  q=dict(kind="due", at="2026-11-19 08:00"),
  body="""Koldo, ¿esta la pagaste tú? Yo no la tengo en la lista de transferencias de noviembre. Dímelo y si no la meto yo con las de las barricas.

Javier, ahora te decimos algo, perdona!

Ainhoa Arrieta
Administración · Bodegas Arrieta
Laguardia (Araba/Álava)""",
  label=dict(kind="client-reply-other",
             note="Reply-all: the daughter asks her brother whether he paid; the freelancer is only in Cc. "
                  "Internal question, neither paid nor promised."))

M(n="F26-131", frm="Koldo Arrieta <koldo@bodegasarrieta.com>", date="2026-11-19 20:47", mua="iphone",
  cc="Ainhoa Arrieta <ainhoa@bodegasarrieta.com>", q=dict(kind="due", at="2026-11-19 08:00"),
  body="""Javier, buenas. Se me pasó, la pago yo mañana sin falta. Perdona.

Koldo

Enviado desde mi iPhone""",
  label=dict(kind="client-reply-promise", promised_date="2026-11-20",
             note="'Mañana' from Thursday evening 19 Nov = 20 Nov."))

M(n="F26-131", frm="Koldo Arrieta <koldo@bodegasarrieta.com>", date="2026-11-23 12:30", mua="iphone",
  q=dict(kind="due", at="2026-11-19 08:00"), style="none",
  att=[attachment("IMG_4471.PNG", "image/png", PNG)],
  body="""Ya está. Transferencia inmediata, te paso captura.

Enviado desde mi iPhone""",
  label=dict(kind="client-reply-paid",
             note="Very short, with a screenshot; no quote. 'Ya está' + transfer."))

# ---------------------------------------------------------------- Javier · Universitat Politècnica de Llevant

UPL_FOOT = ("AVÍS: Aquest missatge i els seus annexos poden contenir informació confidencial. / AVISO: Este "
            "mensaje y sus anexos pueden contener información confidencial. Si usted no es su destinatario, "
            "comuníquelo al remitente y elimínelo. Universitat Politècnica de Llevant – Protección de datos: "
            "dpd@upl.es")

M(n="F26-118", frm="Vicent Ferrer Roig <vferrer@upl.es>", date="2026-11-11 09:58", mua="outlook", fmt="alt",
  pre="RE: ", q=dict(kind="reminder", at="2026-11-10 09:00"),
  body="""Bon dia, Javier:

He recibido tu recordatorio. Te comento: desde Gestión Económica me pasaron la factura para que la conforme como responsable del gasto, y todavía no puedo hacerlo.

En el encargo (te reenvío luego el correo de julio) estaban incluidas las fotos de la sesión de clausura y de la entrega de premios del día 25, y en la galería que nos compartiste solo están las de los días 23 y 24. Si las tienes, mándalas y la conformo ese mismo día; si no llegaste a hacerlas, habría que rehacer la factura descontando esa parte.

Una abraçada,

Vicent

--
Dr. Vicent Ferrer Roig
Catedrático de Universidad
Departamento de Ingeniería Hidráulica y Medio Ambiente
Universitat Politècnica de Llevant

""" + UPL_FOOT,
  label=dict(kind="client-reply-dispute",
             note="Professor won't sign off: the closing-session photos ordered were not delivered; pay after "
                  "delivery or reissue the invoice. Work incomplete = dispute."))

M(n="F26-118", frm="Servicio de Gestión Económica <gestion.economica@upl.es>", date="2026-12-16 13:14",
  mua="outlook", fmt="alt", charset="iso-8859-1", cp1252=True, pre="RE: ", cc="Vicent Ferrer Roig <vferrer@upl.es>",
  q=dict(kind="late_fee", at="2026-12-15 09:00", deadline="2026-12-29"),
  body="""Estimado proveedor:

En relación con su consulta, le informamos de que la factura F26-118 fue conformada por el responsable del gasto con fecha 14/12/2026, una vez recibido el material pendiente.

De acuerdo con el artículo 198.4 de la Ley 9/2017, de Contratos del Sector Público, el pago se realizará dentro de los 30 días naturales siguientes a la fecha de conformidad, es decir, antes del 13 de enero de 2027.

Atentamente,

Sección de Proveedores
Servicio de Gestión Económica
Universitat Politècnica de Llevant

""" + UPL_FOOT,
  label=dict(kind="client-reply-promise", reference="F26-118", promised_date="2027-01-13",
             note="University: conformed on 14/12, paid within 30 days = 'antes del 13 de enero de 2027' (pay-by "
                  "date). Outlook, iso-8859-1 label with cp1252 bytes."))

M(n="F26-118", frm="Servicio de Gestión Económica <gestion.economica@upl.es>", date="2027-01-14 11:31",
  mua="outlook", fmt="alt", pre="RE: ", q=dict(kind="promise_followup", at="2027-01-14 09:00", promise="2027-01-13"),
  att=[attachment("Justificante_pago_F26-118.pdf", "application/pdf",
                  fake_pdf("Orden de pago", ["UPL - Orden de pago ADOK 2027/000123", "Tercero: ORTEGA MARI JAVIER",
                                             "Factura F26-118", "Importe 2.420,00 EUR", "Fecha 08/01/2027"]))],
  body="""Estimado proveedor:

Le comunicamos que la factura F26-118 fue pagada mediante transferencia bancaria con fecha 08/01/2027 (documento contable ADOK 2027/000123). Adjuntamos el justificante de la orden de pago.

Si transcurridos unos días no le constara el ingreso, le rogamos que nos lo indique respondiendo a este mismo correo.

Atentamente,

Sección de Proveedores
Servicio de Gestión Económica
Universitat Politècnica de Llevant

""" + UPL_FOOT,
  label=dict(kind="client-reply-paid", reference="F26-118",
             note="Paid on 08/01 per the university's accounting document, receipt attached."))

M(n="F26-118", frm="CAU Gestión Económica <cau.economica@upl.es>", date="2026-12-10 09:01",
  subj="[Ticket#2026121010000452] Hemos recibido su solicitud",
  in_reply=rem_mid("F26-118", "reminder", when("2026-12-10 09:00", "Madrid", False)),
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Loop", "cau.economica@upl.es"), ("Precedence", "bulk"),
        ("X-OTRS-Loop", "yes")],
  part=text_part("""Estimado/a usuario/a:

Su consulta ha sido registrada en el Centro de Atención a Usuarios (CAU) del Servicio de Gestión Económica con el número de ticket 2026121010000452.

Será atendida por orden de llegada en un plazo máximo de 72 horas laborables. Si necesita añadir información, responda a este correo sin modificar el asunto.

Puede consultar el estado de sus solicitudes en https://cau.upl.es

Este mensaje se ha generado automáticamente. Por favor, no responda para darnos las gracias.

Servicio de Gestión Económica
Universitat Politècnica de Llevant
""", "plain", "utf-8", "quoted-printable"),
  label=dict(kind="auto-reply",
             note="Help-desk ticket acknowledgement (OTRS-like), RFC 3834 header. No return date."))

# ---------------------------------------------------------------- Javier · Cofradía de Pescadores de Santa Pola

M(n="F26-140", frm="Maribel Such <secretaria@cofradiasantapola.es>", date="2026-11-26 11:20",
  q=dict(kind="reminder", at="2026-11-25 09:00"),
  body="""Hola Javier, soy Maribel, de la secretaría de la Cofradía.

La factura de las fotos la tenemos, pero no antes del 10 de diciembre, que es cuando nos ingresa la Conselleria la ayuda del FEMPA con la que se paga la web. En cuanto entre te la pagamos.

Un saludo,

Maribel Such
Secretaría
Cofradía de Pescadores de Santa Pola""",
  label=dict(kind="client-reply-promise", promised_date="2026-12-10",
             note="Fishermen's guild: 'no antes del 10 de diciembre' (when the grant arrives) = promise for 10 Dec."))

M(n="F26-140", frm="Maribel Such <secretaria@cofradiasantapola.es>", date="2026-12-11 10:02",
  q=dict(kind="reminder", at="2026-11-25 09:00"), style="none",
  body="""Buenos días Javier, ya te lo hemos ingresado esta mañana, son 726 euros. Dime si te ha llegado que aquí el banco va como quiere.

Saludos,
Maribel""",
  label=dict(kind="client-reply-paid", amount="726.00",
             note="Paid + asks to confirm arrival: still paid."))

# ---------------------------------------------------------------- Javier · others

M(n="F27-004", frm="Clara Benlloch <finance@bravorides.com>", date="2027-02-03 16:44", fmt="alt",
  q=dict(kind="reminder", at="2027-02-02 09:00"),
  body="""Hola Javier!

Revisando la factura F27-004 vemos 850 € + IVA, pero lo que hablamos por teléfono fue 600 + IVA por la sesión de medio día (lo tengo apuntado en el Notion 😅). Las 4 fotos extra de producto vale, pero eso eran 50 cada una, ¿no? Entonces serían 800, no 850.

¿Nos mandas una rectificativa con eso y la pagamos enseguida?

Gracias!
Clara | Finance & Ops @ Bravo Rides""",
  label=dict(kind="client-reply-dispute", reference="F27-004",
             note="Startup: amount differs from what was agreed by phone (800 vs 850 + IVA), asks for a "
                  "rectificativa; payment conditional on it."))

M(n="F26-149", frm="Junta de Gobierno Hdad. Santo Sepulcro <junta@santosepulcrocabanyal.org>",
  date="2027-01-11 21:30", mua="outlook", style="outlook_old", pre="RE: ",
  q=dict(kind="reminder", at="2027-01-08 09:00"),
  body="""Estimado Javier:

En la última reunión de la Junta de Gobierno se trató su factura de las fotografías del libro del centenario.

Como sabe, la fecha de entrega acordada era el 27 de noviembre, y las fotografías no se recibieron hasta el 4 de diciembre. Esto obligó a retrasar la imprenta y a aplazar la presentación del libro, que ya estaba anunciada, con los gastos que ello supuso para la Hermandad (cambio de fecha del salón y de la imprenta).

Por ello, la Junta acordó por mayoría abonarle el 50 % del importe, es decir, 605 euros, en compensación por el perjuicio causado. Si está conforme, le rogamos que nos remita una factura rectificativa por esa cantidad y se la abonaremos de inmediato.

Reciba un cordial saludo,

Por la Junta de Gobierno,
Vicente Llopis Soler
Secretario
Hermandad del Santo Sepulcro – Semana Santa Marinera""",
  label=dict(kind="client-reply-dispute", amount="605.00",
             note="Cofradía board decided to pay only half (605 €) because of late delivery. Accepted amount "
                  "stated; partial payment offer = dispute."))

M(owner="J", frm="Sonia Pastor <proveedores@grupoenergialevante.com>", date="2026-12-09 12:06", mua="outlook",
  fmt="alt", subj="Verificación de datos bancarios - Javier Ortega Marí",
  body="""Buenos días, Javier:

Te escribo desde el departamento de Proveedores de Grupo Energía Levante.

Hemos recibido un correo, supuestamente enviado por ti, en el que se nos comunica un cambio de cuenta bancaria para el pago de tus facturas (un nuevo IBAN de una entidad de Lituania). Por nuestra política antifraude, antes de modificar ningún dato bancario necesitamos confirmarlo por un canal distinto al correo electrónico.

¿Puedes llamarnos al 963 18 40 00 (ext. 4512) o confirmarnos por teléfono que la cuenta correcta sigue siendo la que figura en tu factura F26-127? Hasta que lo verifiquemos, la factura queda retenida por precaución.

Gracias y disculpa las molestias.

Sonia Pastor
Proveedores – Administración y Finanzas
Grupo Energía Levante""",
  label=dict(kind="client-reply-other", reference="F26-127",
             note="Anti-fraud check of a (fake) change of IBAN; invoice held until confirmed. A question about "
                  "payment details, not a dispute of the invoice."))

M(n="F26-122", frm="Vicenta Martí <intervencio@vilanovadelasequia.es>", date="2026-12-02 12:48", mua="zimbra",
  q=dict(kind="statement", at="2026-12-01 09:00", deadline="2026-12-15", others=("F26-135",)),
  body="""Bon dia, Javier:

Le confirmo que la F26-122 (la de la Fira) ya se pagó el pasado 27 de noviembre; lo tendrá en la cuenta desde hace unos días.

La F26-135, la del reportaje de la Ermita, está pendiente del Decreto de aprobación y se abonará antes del 20 de diciembre.

Salutacions,

Vicenta Martí
Intervenció Municipal
Ajuntament de Vilanova de la Sèquia""",
  label=dict(kind="client-reply-promise", reference="F26-135", promised_date="2026-12-20",
             note="Statement of two invoices: F26-122 already paid, F26-135 'antes del 20 de diciembre'. "
                  "Paid one + promise other = promise; reference is the promised one."))

M(n="F26-146", frm="Toni Ferrando <administracio@coopsantbernat.es>", date="2026-12-14 17:25", mua="android",
  fmt="plain", charset="windows-1252",
  q=dict(kind="reminder", at="2026-12-14 08:00"),
  body="""Javier, bon dia.

Esta semana no puede ser, y la que viene es Navidad y aquí no hay nadie en la oficina. Después de Reyes te la pagamos, no te preocupes.

Salut,
Toni

Enviado desde mi smartphone Samsung Galaxy.""",
  label=dict(kind="client-reply-promise",
             note="Agricultural cooperative: 'después de Reyes' = vague, no promised_date."))

# ---------------------------------------------------------------- Nerea Etxeberria · Colegio Ntra. Sra. del Carmen (concertado)

M(n="NE-2026-031", frm="Begoña Zabala <administracion@carmenikastetxea.eus>", date="2026-11-24 09:12", mua="outlook",
  pre="RE: ", q=dict(kind="reminder", at="2026-11-23 09:00"),
  body="""Egun on, Nerea:

Sí, la tenemos. El Departamento de Educación nos ingresa el módulo del concierto a primeros de mes, y es entonces cuando pagamos a los proveedores, así que irá con los pagos de diciembre.

Un saludo,

Begoña Zabala
Administración
Colegio Nuestra Señora del Carmen Ikastetxea""",
  label=dict(kind="client-reply-promise",
             note="Concertado school pays when the concierto money arrives 'a primeros de mes' / 'con los pagos "
                  "de diciembre' = vague, no date."))

M(n="NE-2026-031", frm="Iñigo Gorostiza <direccion@carmenikastetxea.eus>", date="2026-12-03 17:40", mua="outlook",
  style="outlook", pre="RE: ", cc="Begoña Zabala <administracion@carmenikastetxea.eus>",
  q=dict(kind="invoice", at="2026-10-15 10:00"),
  body="""Buenas tardes, Nerea:

Begoña me ha pasado la factura del mantenimiento y, antes de pagarla, quiero comentarte algo.

En el contrato que firmamos en septiembre se incluye una bolsa de 10 horas anuales de soporte, y en la factura aparecen 14. No recuerdo haber autorizado horas adicionales, y además las incidencias de la plataforma de familias de octubre vinieron de la actualización que hiciste tú, así que entiendo que esas no deberían contar.

Te agradecería que revisaras el detalle y nos enviaras la factura corregida.

Un saludo,

Iñigo Gorostiza
Director
Colegio Nuestra Señora del Carmen Ikastetxea""",
  label=dict(kind="client-reply-dispute",
             note="Director contests the hours (14 billed vs 10 included; the extra were caused by her update), "
                  "asks for a corrected invoice. Same school had promised before: dispute now."))

M(n="NE-2026-031", frm="Hna. Pilar Etxebarria <titular@carmenikastetxea.eus>", date="2026-12-21 12:05",
  q=dict(kind="reminder", at="2026-12-18 09:00"),
  body="""Querida Nerea:

Ya está abonada la factura rectificada (la de 1.403,60 €, sin las horas de octubre). Perdona el retraso, con el festival de Navidad y las evaluaciones no hemos parado.

Te deseamos una feliz Navidad y un buen año. Un abrazo,

Hna. Pilar Etxebarria
Titular del centro""",
  label=dict(kind="client-reply-paid", amount="1403.60",
             note="Paid the corrected invoice; the quoted reminder still shows the old amount (1.694 €). Amount "
                  "is the one she states."))

M(n="NE-2026-047", frm="Xabier Olaizola <administracion@carmenikastetxea.eus>", date="2027-01-13 10:40",
  mua="outlook", pre="RE: ", q=dict(kind="due", at="2027-01-13 08:00"),
  body="""Buenos días, Nerea:

Soy Xabier Olaizola, el nuevo administrador del colegio (Begoña se jubiló en diciembre). Estoy poniendo orden en las facturas pendientes y no encuentro la de las horas de soporte del primer trimestre.

¿Me la podrías volver a enviar a esta dirección?

Eskerrik asko,

Xabier Olaizola
Administración
Colegio Nuestra Señora del Carmen Ikastetxea""",
  label=dict(kind="client-reply-other",
             note="New administrator asks for the invoice to be resent."))

# ---------------------------------------------------------------- Nerea · Colegio profesional

M(n="NE-2026-036", frm="Amaia Landa <gerencia@educadoressociales-bizkaia.org>", date="2026-12-29 13:02",
  q=dict(kind="reminder", at="2026-12-28 09:00"),
  body="""Kaixo Nerea:

Te confirmo que tenemos la factura de la web. La Junta de Gobierno se reúne el 14 de enero y es ahí donde se aprueban los pagos de más de 3.000 €, así que no antes del 15. En cuanto se apruebe, te la pagamos.

Urte berri on!

Amaia Landa
Gerente
Colegio Profesional de Educadoras y Educadores Sociales de Bizkaia""",
  label=dict(kind="client-reply-promise", promised_date="2027-01-15",
             note="Colegio profesional: board meets 14 Jan; 'no antes del 15' = promise for 15 January 2027 "
                  "(message of 29 Dec)."))

M(n="NE-2026-036", frm="Amaia Landa <gerencia@educadoressociales-bizkaia.org>", date="2026-12-09 09:25",
  q=dict(kind="statement", at="2026-12-07 09:00", deadline="2026-12-21", others=("NE-2026-039",)),
  body="""Buenos días, Nerea:

Nos ha llegado este correo con dos facturas, pero nosotros solo tenemos registrada una, la de la web. La NE-2026-039 de la migración del boletín, ¿nos la enviaste? No la encuentro por ningún lado.

¿Me la reenvías, por favor?

Gracias,
Amaia""",
  label=dict(kind="client-reply-other", reference="NE-2026-039",
             note="Statement of two invoices; asks to resend one they never received. Question only."))

# ---------------------------------------------------------------- Nerea · Txokolab (startup)

M(n="NE-2026-040", frm="Unai Larrea <unai@txokolab.com>", date="2026-12-09 11:47", cte="base64",
  cc="Maialen Uriarte <maialen@txokolab.com>", q=dict(kind="reminder", at="2026-12-08 09:00"),
  body="""Nerea, egun on.

Te escribo por la factura del MVP. Siendo sinceros, no la podemos pagar entera todavía: en el alcance que firmamos (anexo I) estaban la pasarela de pago con Redsys y el panel de administración, y a día de hoy ninguna de las dos está en producción.

Lo que sí podemos hacer es pagarte hoy el 50 % (3.025 €) y el resto cuando esas dos partes estén entregadas y probadas. ¿Te parece? Si no, lo hablamos en una call esta semana.

Unai Larrea
CTO · Txokolab""",
  label=dict(kind="client-reply-dispute", amount="3025.00",
             note="Partial payment (50 %) offered; the rest withheld because scope is not delivered. Partial + "
                  "dispute = dispute."))

M(n="NE-2026-046", frm="Maialen Uriarte <maialen@txokolab.com>", date="2027-01-07 18:03", mua="iphone",
  q=dict(kind="due", at="2027-01-04 09:00"),
  body="""Hola Nerea! Urte berri on 🎉

La del hosting irá en la próxima remesa, que con las fiestas se nos ha quedado todo parado.

Maialen

Enviado desde mi iPhone""",
  label=dict(kind="client-reply-promise",
             note="'Irá en la próxima remesa' = promise without a date."))

# ---------------------------------------------------------------- Nerea · Cofradía de Pescadores de Bermeo

M(n="NE-2026-033", frm="Miren Aranbarri <idazkaritza@bermeokokofradia.eus>", date="2026-11-30 10:14",
  q=dict(kind="reminder", at="2026-11-27 09:00"),
  body="""Egun on Nerea,

Ordainduta dago. / Ya está pagada, se hizo el viernes.

Ondo izan,
Miren
Idazkaritza – Secretaría
San Pedro Arrantzaleen Kofradia – Cofradía de Pescadores San Pedro""",
  label=dict(kind="client-reply-paid",
             note="Bilingual Basque/Spanish one-liner: 'Ordainduta dago' = 'ya está pagada'."))

M(n="NE-2027-005", frm="Miren Aranbarri <idazkaritza@bermeokokofradia.eus>", date="2027-02-10 09:51",
  q=dict(kind="reminder", at="2027-02-09 09:00"),
  body="""Kaixo Nerea,

La tesorera viene los lunes a firmar los pagos, esta semana no ha podido. La pagaremos el lunes.

Barkatu!
Miren""",
  label=dict(kind="client-reply-promise", promised_date="2027-02-15",
             note="'El lunes' from Wednesday 10 Feb = Monday 15 Feb."))

# ---------------------------------------------------------------- Nerea · Ayuntamiento (udala)

M(n="NE-2026-035", frm="Kontuhartzailetza / Intervención <kontuhartzailetza@zubietauribe.eus>",
  date="2026-11-17 11:20", mua="outlook", fmt="alt", pre="RE: ", q=dict(kind="courtesy", at="2026-11-16 09:00"),
  body="""Egun on / Buenos días:

Le comunicamos que las facturas dirigidas a este Ayuntamiento deben presentarse en formato electrónico (Facturae 3.2.2) a través del Punto General de Entrada de Facturas Electrónicas de la Diputación Foral de Bizkaia, y no por correo electrónico. Su factura NE-2026-035 no consta registrada.

En la factura deberá indicar los siguientes códigos:

Oficina contable: LA0005871
Órgano gestor: L01480978
Unidad tramitadora: LA0005872

Una vez registrada, se tramitará su aprobación y pago.

Adeitasunez / Atentamente,

Kontuhartzailetza – Intervención
Zubieta-Uribeko Udala – Ayuntamiento de Zubieta de Uribe""",
  label=dict(kind="client-reply-other", reference="NE-2026-035",
             note="Basque municipality: must resubmit as Facturae through the Diputación's entry point with "
                  "DIR3-like codes. Procedural, not a dispute."))

M(n="NE-2026-035", frm="Ane Bilbao <diruzaintza@zubietauribe.eus>", date="2026-12-03 12:37", mua="outlook",
  pre="RE: ", q=dict(kind="due", at="2026-12-01 09:00"),
  body="""Nerea, buenos días:

La factura ya está registrada y se aprobó en la Junta de Gobierno Local del 2 de diciembre. Tesorería hace las transferencias a proveedores los días 15 y 30 de cada mes; la suya irá en la del día 30.

Un saludo,

Ane Bilbao
Diruzaintza – Tesorería
Zubieta-Uribeko Udala""",
  label=dict(kind="client-reply-promise", promised_date="2026-12-30",
             note="Treasury pays on the 15th and 30th; 'la suya irá en la del día 30' = 30 Dec (message of 3 Dec)."))

M(n="NE-2026-044", frm="Cuentas a Pagar GEC <ap.proveedores@grupoeolicocantabrico.com>", date="2027-01-18 10:09",
  mua="outlook", fmt="html", charset="iso-8859-1", cp1252=True, pre="RE: ", q=dict(kind="due", at="2027-01-18 08:00"),
  html="""<p class="MsoNormal"><span style="font-family:&quot;Arial&quot;,sans-serif;font-size:10pt">Buenos d&iacute;as:</span></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><span style="font-family:&quot;Arial&quot;,sans-serif;font-size:10pt">Le confirmamos que la factura NE-2026-044 se incluy&oacute; en el pago a proveedores del 15/01/2027 (documento de compensaci&oacute;n 1500032211).</span></p>
<p class="MsoNormal">&nbsp;</p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td style="padding:2pt 5pt"><b>Factura</b></td><td style="padding:2pt 5pt"><b>Fecha</b></td><td style="padding:2pt 5pt"><b>Importe</b></td><td style="padding:2pt 5pt"><b>Doc. pago</b></td></tr>
<tr><td style="padding:2pt 5pt">NE-2026-044</td><td style="padding:2pt 5pt">16.11.2026</td><td style="padding:2pt 5pt">3.388,00 EUR</td><td style="padding:2pt 5pt">1500032211</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><span style="font-family:&quot;Arial&quot;,sans-serif;font-size:10pt">Atentamente,</span></p>
<p class="MsoNormal"><span style="font-family:&quot;Arial&quot;,sans-serif;font-size:10pt;color:#00703C"><b>Cuentas a Pagar &ndash; GEC Shared Services</b></span><br><span style="font-family:&quot;Arial&quot;,sans-serif;font-size:8pt;color:gray">Grupo E&oacute;lico Cant&aacute;brico, S.A. &ndash; Santander</span></p>""",
  body="",
  label=dict(kind="client-reply-paid", amount="3388.00", reference="NE-2026-044",
             note="Large company AP (human, HTML only): included in the 15/01 payment run, with a table."))

# ---------------------------------------------------------------- Álvaro Requena · Colegio de Graduados Sociales

M(n="A-2026/57", frm="Pilar Gimeno <administracion@graduadosocialesaragon.es>", date="2026-11-10 12:33",
  mua="outlook", charset="windows-1252", pre="RE: ", q=dict(kind="invoice", at="2026-10-26 10:00"),
  body="""Buenos días, Álvaro:

Nuestra asesoría fiscal nos pregunta si la factura A-2026/57 debería estar exenta de IVA al tratarse de formación (art. 20.Uno.9.º de la Ley del IVA). ¿Nos lo puedes confirmar?

Si no procede la exención no hay ningún problema, pero necesitamos saberlo para el modelo 303 del trimestre.

Gracias y un saludo,

Pilar Gimeno
Administración
Colegio Oficial de Graduados Sociales de Aragón""",
  label=dict(kind="client-reply-other", reference="A-2026/57",
             note="Question about VAT exemption for training; explicitly 'no hay problema' either way. Other."))

M(n="A-2026/57", frm="Pilar Gimeno <administracion@graduadosocialesaragon.es>", date="2026-11-25 13:10",
  mua="outlook", charset="windows-1252", pre="RE: ", q=dict(kind="due", at="2026-11-25 08:30"),
  body="""Álvaro, otra cosa sobre la misma factura, que me lo ha hecho ver el secretario:

Se facturan 12 horas y el curso fueron dos sesiones de 4 horas, 8 en total. Las hojas de firmas lo reflejan (te las puedo mandar). ¿Nos envías una rectificativa por las 8 horas?

Gracias,
Pilar""",
  label=dict(kind="client-reply-dispute",
             note="Hours billed (12) vs delivered (8): asks for a rectificativa. Dispute."))

M(n="A-2026/66", frm="Administración COGSA <administracion@graduadosocialesaragon.es>", date="2026-12-22 09:41",
  mua="outlook", pre="RE: ", q=dict(kind="courtesy", at="2026-12-21 09:00"),
  body="""Buenos días:

Le informamos de que el pasado 18 de diciembre se abonó, en la remesa de fin de año, la factura rectificativa A-2026/66.

Felices fiestas.

Administración
Colegio Oficial de Graduados Sociales de Aragón""",
  label=dict(kind="client-reply-paid", reference="A-2026/66",
             note="Paid in the year-end remittance ('remesa' in the past = paid), before the due date."))

# ---------------------------------------------------------------- Álvaro · Ayuntamiento de Almonacid del Ebro

M(n="A-2026/68", frm="Chema Lasheras <secretaria@almonaciddelebro.es>", date="2026-12-09 13:55", mua="zimbra",
  q=dict(kind="courtesy", at="2026-12-09 09:00"),
  body="""Hola Álvaro:

Tengo tu factura del DPD, la nueva, la de julio a octubre. Como sabes, aquí soy secretario-interventor y tesorero a la vez, y esta hay que llevarla a Pleno para el reconocimiento extrajudicial de crédito, porque de la partida de protección de datos no queda nada este año.

El Pleno es el jueves 17 de diciembre. Te la pago el viernes siguiente, sin falta.

Un abrazo,
Chema

--
José María Lasheras Pueyo
Secretario-Interventor
Ayuntamiento de Almonacid del Ebro""",
  label=dict(kind="client-reply-promise", promised_date="2026-12-18",
             note="'El viernes siguiente' to the Pleno of Thursday 17 Dec = Friday 18 Dec (not the first Friday "
                  "after the message date, 11 Dec)."))

M(n="A-2026/63", frm="José María Lasheras Pueyo <secretaria@almonaciddelebro.es>", date="2026-11-12 10:08",
  mua="zimbra", q=dict(kind="reminder", at="2026-11-11 09:00"),
  body="""Álvaro:

Recibido tu recordatorio. No puedo tramitar la factura tal como está.

Facturas el semestre completo (julio a diciembre) por adelantado, y además en octubre te hicimos dos consultas —la de las cámaras del polideportivo y la del acceso al padrón por la policía local— que siguen sin respuesta. Para mí el servicio de octubre y noviembre no se ha prestado.

Te propongo que anules esta y emitas una de julio a octubre, y lo demás lo vemos en enero cuando retomemos el contrato.

Saludos,

José María Lasheras Pueyo
Secretario-Interventor
Ayuntamiento de Almonacid del Ebro""",
  label=dict(kind="client-reply-dispute",
             note="Small municipality: service not rendered in Oct/Nov, billed in advance; asks to cancel and "
                  "reissue. Dispute."))

# ---------------------------------------------------------------- Álvaro · Grupo Sanitario Ebro (AP)

M(n="A-2026/60", frm="Raquel Lahoz <cuentasapagar@gruposanitarioebro.es>", date="2026-11-30 16:22", mua="outlook",
  fmt="html", pre="RE: ", q=dict(kind="due", at="2026-11-30 08:00"),
  html="""<p class="MsoNormal">Estimado proveedor:</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">En respuesta a su correo, le informamos de que, seg&uacute;n las condiciones de pago acordadas con nuestro Grupo (60 d&iacute;as fecha factura), su factura <b>A-2026/60</b> tiene fecha de vencimiento <b>30/12/2026</b> en nuestro sistema y se abonar&aacute; en esa fecha por transferencia.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Le rogamos que en sus pr&oacute;ximas facturas indique el vencimiento conforme a dichas condiciones.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Un saludo,</p>
<p class="MsoNormal"><b>Raquel Lahoz</b><br>Cuentas a Pagar<br>Grupo Sanitario Ebro, S.A.<br>Paseo de la Independencia 34, Zaragoza</p>""",
  body="",
  label=dict(kind="client-reply-promise", reference="A-2026/60", promised_date="2026-12-30",
             note="AP says their terms are 60 days: will pay on 30/12/2026. Not contesting the amount, so "
                  "promise with a date."))

M(owner="A", frm="Grupo Sanitario Ebro - Pagos <avisos.pagos@gruposanitarioebro.es>", date="2026-12-30 06:15",
  subj="Aviso de pago - Grupo Sanitario Ebro, S.A. - Proveedor 300451",
  hdrs=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "SAP NetWeaver 7.50")],
  part=text_part("""<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:12px">
<p>Estimado proveedor:</p>
<p>Le comunicamos que en el día de hoy hemos ordenado el siguiente pago a su favor:</p>
<table border="0" cellpadding="3">
<tr><td>Proveedor:</td><td>300451 REQUENA LASHERAS ALVARO</td></tr>
<tr><td>Fecha de pago:</td><td>30.12.2026</td></tr>
<tr><td>Forma de pago:</td><td>Transferencia</td></tr>
<tr><td>Cuenta destino:</td><td>ES66 **** **** **** **** 3456</td></tr>
<tr><td>Documento de pago:</td><td>2000045123</td></tr>
</table>
<br>
<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde"><th>Su factura</th><th>Fecha factura</th><th>Doc. contable</th><th>Importe bruto</th><th>Retenciones</th><th>Importe pagado</th></tr>
<tr><td>A-2026/60</td><td>31.10.2026</td><td>5100078812</td><td align="right">3.146,00</td><td align="right">0,00</td><td align="right">3.146,00</td></tr>
<tr><td colspan="5" align="right"><b>Total EUR</b></td><td align="right"><b>3.146,00</b></td></tr>
</table>
<p style="color:#777;font-size:10px">Este correo se ha generado automáticamente. Para cualquier consulta diríjase a cuentasapagar@gruposanitarioebro.es indicando su número de proveedor.</p>
</body></html>
""", "html", "utf-8", "base64"),
  label=dict(kind="payment-notification", amount="3146.00", reference="A-2026/60",
             note="ERP remittance advice (HTML only, base64): payment ordered today for A-2026/60."))

# ---------------------------------------------------------------- Álvaro · Cooperativa Agraria San Lamberto

M(n="A-2026/70", frm="Pili Royo <oficina@coopsanlamberto.es>", date="2027-01-20 12:14", mua="webmail",
  q=dict(kind="reminder", at="2027-01-19 09:00"),
  body="""Buenas Álvaro,

La factura la tengo, pero aquí los pagos los aprueba el Consejo Rector, que se reúne el último jueves de cada mes. Este mes es el 28, así que te la pagaremos el viernes 29.

Un saludo,
Pili (oficina)
Cooperativa Agraria San Lamberto""",
  label=dict(kind="client-reply-promise", promised_date="2027-01-29",
             note="Cooperative: board meets Thu 28; 'te la pagaremos el viernes 29' = 29 Jan 2027."))

M(n="A-2026/70", frm="Pili Royo <oficina@coopsanlamberto.es>", date="2027-02-01 10:12", mua="webmail",
  q=dict(kind="promise_followup", at="2027-02-01 09:00", promise="2027-01-29"),
  body="""Buenos días, ya se hizo la transferencia el viernes.

Un saludo,
Pili""",
  label=dict(kind="client-reply-paid",
             note="Answer to the promise follow-up: done on Friday."))

M(n="A-2026/52", frm="Gerencia Coop. San Lamberto <gerencia@coopsanlamberto.es>", date="2026-11-05 09:00",
  subj="Re: Recordatorio: factura n.º A-2026/52",
  in_reply=rem_mid("A-2026/52", "courtesy", when("2026-11-05 08:59", "Madrid", False)),
  part=text_part("""Este buzón ya no está operativo.

Para cualquier gestión con la Cooperativa, escriba a oficina@coopsanlamberto.es o llame al 976 61 40 22 (de lunes a viernes, de 8 a 14 h).

Gracias.
Cooperativa Agraria San Lamberto
""", "plain", "iso-8859-1", "8bit"),
  label=dict(kind="auto-reply",
             note="Mailbox no longer in use, points to another address. No RFC 3834 headers, 'Re:' subject."))

M(n="A-2027/03", frm="Unidad de Gestión Económica <ugeconomica@unimoncayo.es>", date="2027-02-02 12:50",
  mua="outlook", fmt="alt", charset="iso-8859-1", cp1252=True, pre="RE: ",
  q=dict(kind="courtesy", at="2027-02-01 09:00"),
  body="""Estimado Sr. Requena:

Le informo de que su factura A-2027/03 ha sido validada por el responsable del taller y se encuentra pendiente de fiscalización previa por parte de la Intervención de la Universidad.

Una vez fiscalizada, el pago se tramitará en el próximo cierre contable, previsiblemente en la segunda quincena de febrero.

Atentamente,

Unidad de Gestión Económica
Vicegerencia de Asuntos Económicos
Universidad del Moncayo""",
  label=dict(kind="client-reply-promise", reference="A-2027/03",
             note="University: will be paid 'previsiblemente en la segunda quincena de febrero' = vague, no date."))

# ---------------------------------------------------------------- Yeray Santana (Las Palmas) · Ayuntamiento

M(n="YS26-022", frm="Nayra Suárez Medina <intervencion@vegadesanlorenzo.es>", date="2026-11-18 10:44",
  mua="outlook", fmt="alt", pre="RE: ", q=dict(kind="courtesy", at="2026-11-16 09:00"),
  body="""Buenos días, Sr. Santana:

Para poder tramitar el pago de su factura YS26-022 es necesario que aporte los certificados de estar al corriente de sus obligaciones tributarias (Agencia Estatal de Administración Tributaria y Agencia Tributaria Canaria) y con la Seguridad Social, con fecha de expedición inferior a seis meses.

Puede remitirlos respondiendo a este correo o presentarlos a través de la sede electrónica municipal.

Atentamente,

Nayra Suárez Medina
Departamento de Intervención
Ayuntamiento de Vega de San Lorenzo
Gran Canaria""",
  label=dict(kind="client-reply-other", reference="YS26-022",
             note="Public body asks for tax/social-security certificates before paying. Request, no claim."))

M(n="YS26-022", frm="Tesorería Municipal <tesoreria@vegadesanlorenzo.es>", date="2027-01-20 09:15",
  mua="outlook", pre="RE: ", q=dict(kind="late_fee", at="2027-01-15 09:00", deadline="2027-01-29"),
  body="""Buenos días:

Le comunicamos que con fecha 19/01/2027 se ha firmado la orden de pago de la factura YS26-022, por importe de 3.210,00 €. Recibirá la transferencia en su cuenta en los próximos días hábiles.

Atentamente,

Tesorería Municipal
Ayuntamiento de Vega de San Lorenzo""",
  label=dict(kind="client-reply-paid", amount="3210.00", reference="YS26-022",
             note="Payment order signed yesterday: money on its way = paid (not a promise)."))

# ---------------------------------------------------------------- Yeray · Surfea (startup)

M(n="YS26-028", frm="Ancor Rodríguez <ancor@surfea.app>", date="2026-11-27 19:20", tz="Canary",
  q=dict(kind="due", at="2026-11-27 08:00"),
  body="""Mi niño, ya te lo pagué ayer por transferencia, 1.284 justos. Si no te ha llegado avísame, que el banco este nuestro es más lento que un baifo cojo 😂

Abrazo,
Ancor
Surfea · surfea.app""",
  label=dict(kind="client-reply-paid", amount="1284.00",
             note="Canarian voice ('mi niño', 'baifo'): paid yesterday, asks to be told if it didn't arrive."))

M(n="YS26-034", frm="Ancor Rodríguez <ancor@surfea.app>", date="2026-12-12 11:02", mua="android",
  q=dict(kind="courtesy", at="2026-12-11 09:00"),
  body="""Ños Yeray, te soy sincero.

La campaña de Black Friday no trajo ni una venta de la membresía anual. Cero. Y gastamos 600 en anuncios aparte de tu factura. Yo entiendo que tu trabajo lo hiciste, pero así no te puedo pagar 1.926 por eso.

Te propongo pagarte la mitad y quedamos en paz, o nos sentamos y cambiamos el modelo para enero (fijo más variable por ventas, algo así).

Ancor""",
  label=dict(kind="client-reply-dispute",
             note="Refuses to pay the full amount because the campaign sold nothing; offers half. Half is not "
                  "stated as a figure, so no amount."))

M(n="YS27-003", frm="Ancor Rodríguez <ancor@surfea.app>", date="2027-02-03 13:37",
  q=dict(kind="invoice", at="2027-01-31 12:00"),
  body="""Yeray, una cosa: el inversor nos pide para la due diligence el desglose de horas de la gestión de redes de enero. ¿Me lo puedes pasar en un Excel o como lo tengas?

No es que haya problema con la factura, eh, es para el data room.

Gracias crack
Ancor""",
  label=dict(kind="client-reply-other",
             note="Asks for an hours breakdown for investors and explicitly says there is no problem with the "
                  "invoice. Not a dispute."))

# ---------------------------------------------------------------- Yeray · Dulcería Hermanos Déniz (family)

M(n="YS26-037", frm="Juan Déniz <dulceriadeniz@gmail.com>", date="2027-01-12 16:48", mua="android",
  q=dict(kind="reminder", at="2027-01-08 09:00"),
  body="""Yeray estoy en el hospital, cuanto era? no encuentro el correo y desde el movil no me abre el adjunto. Dimelo por whatsapp y se lo digo a mi hermana

Juan""",
  label=dict(kind="client-reply-other",
             note="Owner in hospital asks how much it was (the amount is in the quoted reminder). Question."))

M(n="YS26-037", frm="Carmita Déniz <carmitadeniz@hotmail.es>", date="2027-01-14 08:31", mua="hotmail",
  to="Yeray Santana <yeray@santanamarketing.es>", cc="Juan Déniz <dulceriadeniz@gmail.com>",
  pre="RE: ", q=dict(kind="reminder", at="2027-01-08 09:00"),
  body="""Yeray buenas, soy Carmita, la hermana de Juan. Él está de baja, que se operó de la rodilla, y ahora las cuentas las llevo yo, que me estoy volviendo loca con tanto papel.

Te la pago mañana sin falta, que mañana vengo temprano a la dulcería y lo hago desde el ordenador de allí.

Un beso y perdona mi niño
Carmita""",
  label=dict(kind="client-reply-promise", promised_date="2027-01-15",
             note="Sister now handles payments: 'mañana' from Thursday 14 Jan = 15 Jan."))

M(n="YS27-006", frm="Inma Afonso <administracion@colegiosantateresita.es>", date="2027-02-09 12:26",
  mua="outlook", pre="RE: ", q=dict(kind="due", at="2027-02-09 08:00"),
  body="""Buenos días, Yeray:

Nos ha llegado la factura YS27-006 de la gestión de redes del primer trimestre del curso, pero ese trimestre ya nos lo facturaste en octubre (YS26-031) y está pagado desde noviembre. Creemos que es un duplicado.

Por favor, revísalo y anúlala si es así.

Un saludo,

Inma Afonso
Administración
Colegio Santa Teresita – Las Palmas de Gran Canaria""",
  label=dict(kind="client-reply-dispute", reference="YS27-006",
             note="Concertado school: already billed (duplicate of YS26-031, which is paid). 'Está pagado' "
                  "refers to the other invoice; this one is disputed."))

# ---------------------------------------------------------------- Camila Rojas (CDMX)

M(n="CR-1457", frm="Mariana Ávila Zúñiga <compras@uabajio.edu.mx>", date="2026-11-12 16:05", mua="outlook",
  fmt="alt", pre="RE: ", q=dict(kind="invoice", at="2026-11-03 11:00"),
  body="""Buenas tardes, Mtra. Rojas:

Para dar de alta su factura CR-1457 en el sistema de pagos de la Universidad necesitamos lo siguiente:

1) El archivo XML del CFDI (solo recibimos el PDF).
2) Su Constancia de Situación Fiscal actualizada.
3) La Opinión de Cumplimiento de Obligaciones Fiscales (32-D) en sentido positivo, con antigüedad no mayor a 30 días.

Sin estos documentos no es posible programar el pago.

Quedo atenta. Saludos cordiales,

Lic. Mariana Ávila Zúñiga
Coordinación de Compras
Universidad Autónoma del Bajío
Tel. 477 710 3300 ext. 2214""",
  label=dict(kind="client-reply-other", reference="CR-1457",
             note="Mexican university asks for the CFDI XML, CSF and 32-D opinion before scheduling payment."))

M(n="CR-1471", frm="Rogelio Treviño <cxp@gir.com.mx>", date="2027-01-05 10:20", mua="outlook", pre="RE: ",
  charset="windows-1252",
  q=dict(kind="due", at="2027-01-04 09:00"),
  body="""Buen día Camila:

Te confirmo que la factura CR-1471 por $58,000.00 ya está validada y quedó programada para pago el viernes 15 de enero (los pagos a proveedores se liberan los viernes).

Saludos,

Rogelio Treviño Garza
Cuentas por Pagar
Grupo Industrial Regiomontano, S.A. de C.V.
Monterrey, N.L.""",
  label=dict(kind="client-reply-promise", amount="58000.00", currency="MXN", reference="CR-1471",
             promised_date="2027-01-15",
             note="AP (Monterrey): scheduled for Friday 15 January."))

M(n="CR-1460", frm="Andrea Solís <andrea@pagalo.mx>", date="2026-11-20 13:47", cte="base64",
  q=dict(kind="due", at="2026-11-20 09:00"),
  att=[attachment("comprobante_spei.png", "image/png", PNG)],
  body="""Holaa Camila!

Listo, ya quedó el SPEI 🙌 te comparto el comprobante.

¿Me mandas el complemento de pago porfa? Que si no contabilidad me regaña jaja

Gracias!!
Andrea
Pagalo · Ops""",
  label=dict(kind="client-reply-paid",
             note="Mexican startup: 'ya quedó el SPEI' + screenshot, asks for the complemento de pago. Paid."))

M(n="CR-1466", frm="Pedro Gómez Sántiz <administracion@cafetzeltal.org.mx>", date="2026-12-07 18:30",
  q=dict(kind="due", at="2026-12-03 09:00"),
  body="""Buenos días Lic. Camila:

Reciba un saludo de parte del Consejo de Administración de la cooperativa.

Le escribimos porque en su factura se cobran los tres talleres, pero el tercer taller, el de Oxchuc, no se realizó por el bloqueo de la carretera y hasta ahora no se ha reprogramado. La asamblea está de acuerdo en pagar los dos talleres que sí se dieron, pero le pedimos que nos haga una nota de crédito o una factura nueva nada más por esos dos.

Cuando tengamos la factura correcta se la pagamos.

Atentamente,
Pedro Gómez Sántiz
Tesorero del Consejo de Administración
Sociedad Cooperativa Café Tzeltal""",
  label=dict(kind="client-reply-dispute",
             note="Coffee cooperative: one of three workshops did not happen; asks for a credit note / new "
                  "invoice for two. Dispute."))

M(n="CR-1462", frm="Emiliano Olvera <tortilleriaolvera@hotmail.com>", date="2026-11-24 17:05", mua="hotmail",
  pre="RE: ", q=dict(kind="due", at="2026-11-23 09:00"),
  body="""Buenas tardes Camila, le escribe Emiliano Olvera, el hijo de doña Lupe.

Mi mamá dice que el viernes sin falta le deposita, que esta semana se le juntaron los pagos del gas y de la harina. Disculpe la demora.

Saludos""",
  label=dict(kind="client-reply-promise", promised_date="2026-11-27",
             note="Son writes for his mother: 'el viernes' from Tuesday 24 Nov = 27 Nov."))

M(owner="C", frm="BBVA México <notificaciones@bbva.mx>", date="2026-11-27 12:41",
  subj="Recibiste una transferencia SPEI",
  hdrs=[("Auto-Submitted", "auto-generated")],
  part=text_part("""<html><body style="font-family:Arial,sans-serif;color:#072146">
<table width="560" cellpadding="0" cellspacing="0" align="center">
<tr><td style="background:#072146;color:#fff;padding:14px;font-size:20px"><b>BBVA</b></td></tr>
<tr><td style="padding:18px">
<p style="font-size:16px">Camila, recibiste una transferencia SPEI</p>
<table cellpadding="4" style="font-size:13px">
<tr><td>Monto:</td><td><b>$9,280.00 MXN</b></td></tr>
<tr><td>Ordenante:</td><td>GUADALUPE OLVERA MARTINEZ</td></tr>
<tr><td>Banco ordenante:</td><td>BANAMEX</td></tr>
<tr><td>Concepto:</td><td>PAGO FACTURA CR 1462</td></tr>
<tr><td>Clave de rastreo:</td><td>MBAN01002611270012345678</td></tr>
<tr><td>Cuenta destino:</td><td>Cuenta •7892</td></tr>
<tr><td>Fecha y hora:</td><td>27/11/2026 12:41:07</td></tr>
</table>
<p style="font-size:11px;color:#666">Este correo es informativo, no es necesario que lo respondas. BBVA nunca te pedirá tus claves por correo electrónico.</p>
</td></tr></table></body></html>
""", "html", "utf-8", "quoted-printable"),
  label=dict(kind="payment-notification", amount="9280.00", currency="MXN", reference="CR-1462",
             note="Incoming SPEI bank alert; concept 'PAGO FACTURA CR 1462'."))

M(n="CR-1468", frm="Sofía Pineda <tesoreria@colegiodisenadores.org.mx>", date="2026-12-10 11:15",
  q=dict(kind="courtesy", at="2026-12-10 09:00"),
  att=[attachment("CSF_Colegio_Mexicano_de_Disenadores.pdf", "application/pdf",
                  fake_pdf("CSF", ["Constancia de Situacion Fiscal", "RFC CMD940301AB2",
                                   "Colegio Mexicano de Disenadores A.C.", "Regimen 603"]))],
  body="""Hola Camila, buen día.

Al revisar el CFDI de la factura CR-1468 vemos que salió con el RFC de la persona que te contactó (el mío, jaja) y no con el del Colegio (CMD940301AB2), y con régimen 612 en lugar de 603. Así no la podemos pagar ni deducir.

¿Puedes cancelarla y emitir una nueva a nombre del Colegio? Te adjunto la Constancia de Situación Fiscal del Colegio.

Mil gracias,
Sofía Pineda
Tesorera
Colegio Mexicano de Diseñadores, A.C.""",
  label=dict(kind="client-reply-dispute", reference="CR-1468",
             note="CFDI issued to the wrong RFC/regime: cannot be paid as is, must be cancelled and reissued "
                  "(factura a rectificar). Friendly tone, still a dispute of the invoice as issued."))

M(n="CR-1475", frm="Jorge Hernández Cruz <administracion@culturaestatal.gob.mx>", date="2027-01-08 14:02",
  mua="outlook", fmt="alt", pre="RE: ", q=dict(kind="due", at="2027-01-05 09:00"),
  body="""Estimada C. Camila Rojas Vázquez:

Por instrucciones de la Directora Administrativa, le informo que su factura CR-1475 ya cuenta con la validación del área requirente y fue turnada a la Secretaría de Finanzas para su pago, el cual se realizará a más tardar el 31 de enero del presente, conforme al calendario de pagos vigente.

Sin otro particular, reciba un cordial saludo.

ATENTAMENTE

Lic. Jorge Hernández Cruz
Jefe del Departamento de Recursos Financieros
Dirección Administrativa – Instituto Estatal de Cultura""",
  label=dict(kind="client-reply-promise", reference="CR-1475", promised_date="2027-01-31",
             note="Mexican state agency, formal register: 'a más tardar el 31 de enero'."))

M(n="CR-1463", frm="Martha Leticia Ramírez <tesoreria@santacatarinatlaltempan.gob.mx>", date="2026-12-18 15:40",
  mua="outlook", fmt="alt", pre="RE: ", q=dict(kind="reminder", at="2026-12-15 09:00"),
  body="""C. CAMILA ROJAS VÁZQUEZ
P R E S E N T E

Por este medio le informo que el pago de su factura CR-1463 fue realizado el día de hoy vía SPEI por la cantidad de $34,800.00 (TREINTA Y CUATRO MIL OCHOCIENTOS PESOS 00/100 M.N.).

Le solicito de la manera más atenta nos haga llegar el Recibo Electrónico de Pago (complemento de pago) correspondiente.

Sin más por el momento, quedo de usted.

ATENTAMENTE
"SUFRAGIO EFECTIVO. NO REELECCIÓN"

C.P. Martha Leticia Ramírez Flores
Tesorera Municipal
H. Ayuntamiento de Santa Catarina Tlaltempan""",
  label=dict(kind="client-reply-paid", amount="34800.00", currency="MXN", reference="CR-1463",
             note="Mexican municipal treasury, very formal: paid today via SPEI, asks for the REP."))


def gmail_delay(owner_key, rcpt, n, kind, at, now):
    o = OWNERS[owner_key]
    qtext = reminder(kind, n, at)
    orig_h = (f"From: {enc_addr(o['name'] + ' <' + o['email'] + '>')}\nTo: {rcpt}\n"
              f"Subject: {enc_h(rem_subject(kind, n))}\nDate: {format_datetime(at)}\n"
              f"Message-ID: {rem_mid(n, kind, at)}\nMIME-Version: 1.0\n"
              f"Content-Type: text/plain; charset=\"UTF-8\"\n")
    plain = f"""
** El mensaje no se ha entregado todavía **

Hay un problema temporal al entregar tu mensaje a {rcpt}. Gmail volverá a intentarlo durante 46 horas más. Recibirás una notificación si no se puede entregar el mensaje.

La respuesta fue:

The recipient server did not accept our requests to connect. For more information, go to https://support.google.com/mail/answer/7720 [mx1.gir.com.mx. 201.150.38.12: timed out]
"""
    html = f"""<html><head></head><body><div style="font-family:Google Sans,Roboto,Arial,sans-serif">
<p style="font-size:18px"><b>El mensaje no se ha entregado todavía</b></p>
<p>Hay un problema temporal al entregar tu mensaje a <b>{rcpt}</b>. Gmail volverá a intentarlo durante 46 horas más. Recibirás una notificación si no se puede entregar el mensaje.</p>
<p>La respuesta fue:</p><p style="font-family:monospace">The recipient server did not accept our requests to connect. For more information, go to https://support.google.com/mail/answer/7720 [mx1.gir.com.mx. 201.150.38.12: timed out]</p>
</div></body></html>
"""
    dsn = (f"Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; {o['email']}\n"
           f"Arrival-Date: {format_datetime(at)}\nX-Original-Message-ID: {rem_mid(n, kind, at)}\n\n"
           f"Final-Recipient: rfc822; {rcpt}\nAction: delayed\nStatus: 4.4.1\n"
           f"Diagnostic-Code: smtp; The recipient server did not accept our requests to connect.\n"
           f"Last-Attempt-Date: {format_datetime(now)}\nWill-Retry-Until: {format_datetime(now + dt.timedelta(hours=46))}\n")
    return multipart("report", [multipart("alternative", [text_part(plain, "plain", "utf-8", "quoted-printable"),
                                                          text_part(html, "html", "utf-8", "quoted-printable")],
                                          preamble=False),
                                Part([("Content-Type", "message/delivery-status")], dsn.encode()),
                                Part([("Content-Type", "text/rfc822-headers")], orig_h.encode())],
                     params="; report-type=delivery-status", preamble=False)


_cr_at = when("2026-12-29 09:00", "Mexico", False)
M(n="CR-1471", frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", date="2026-12-30 09:04",
  subj="Delivery Status Notification (Delay)",
  in_reply=rem_mid("CR-1471", "courtesy", _cr_at),
  hdrs=[("Auto-Submitted", "auto-replied")],
  part=gmail_delay("C", "cxp@gir.com.mx", "CR-1471", "courtesy", _cr_at, when("2026-12-30 09:04", "Mexico", False)),
  label=dict(kind="bounce", failed_recipient="cxp@gir.com.mx", permanent=False,
             note="Gmail (Spanish UI) delay notice, Action: delayed 4.4.1, will retry 46 h: temporary."))

# ---------------------------------------------------------------- Mateo Ferreyra (Buenos Aires)

M(n="0003-00000118", frm="Flor Iturriaga <admin@mercadito.com.ar>", date="2026-12-08 12:26", cte="base64",
  q=dict(kind="reminder", at="2026-12-07 10:00"),
  body="""Hola Mateo! Perdón la demora.

Hoy es feriado y el home banking de la empresa no me deja transferir montos grandes sin el token del socio, que está de viaje 🙄. Mañana a primera hora te hago la transferencia.

Abrazo,
Flor
Mercadito · Administración""",
  label=dict(kind="client-reply-promise", promised_date="2026-12-09",
             note="Argentine startup on the 8 Dec holiday: 'mañana a primera hora' = 9 Dec."))

M(n="0003-00000121", frm="Gabriela Ríos <extension@unllanura.edu.ar>", date="2026-11-16 11:50", mua="outlook",
  pre="RE: ", q=dict(kind="invoice", at="2026-11-04 15:00"),
  body="""Estimado Mateo:

Desde la Dirección de Contabilidad nos informan que, para liquidar su factura C N.° 121, deben estar cargados en el sistema los siguientes documentos:

- Constancia de inscripción en ARCA (ex AFIP).
- Formulario de alta de beneficiario, firmado.
- Constancia de CBU emitida por el banco.

Le pido que nos los envíe a la brevedad para poder iniciar el expediente de pago.

Saludos cordiales,

Lic. Gabriela Ríos
Secretaría de Extensión Universitaria
Universidad Nacional de la Llanura""",
  label=dict(kind="client-reply-other", reference="0003-00000121",
             note="Argentine public university asks for supplier documents. 'Factura C N.° 121' = "
                  "0003-00000121."))

M(n="0003-00000115", frm="Nico Bianchi <fiambreriabianchi@gmail.com>", date="2026-11-28 10:33", mua="android",
  q=dict(kind="reminder", at="2026-11-27 10:00"),
  body="""Mateo, listo. Te transferí al alias hoy a la mañana. Fijate y avisame si no te llegó.

Abrazo grande
Nico""",
  label=dict(kind="client-reply-paid",
             note="Family deli: 'te transferí al alias', voseo."))

M(n="0003-00000124", frm="Juli Quiroga <hola@pampastudio.co>", date="2026-12-15 15:12",
  q=dict(kind="due", at="2026-12-11 10:00"),
  body="""Che Mateo, ¿cómo va?

Vimos la factura del spot y hay algo que no cierra: el presupuesto lo cerramos en USD 800 (está en el mail del 2/11, te lo reenvío si querés). Los 150 de diferencia imagino que son por la versión vertical, pero eso quedó incluido, lo hablamos en la call con Tomi.

Te pagamos los 800 acordados esta semana; mandame la factura corregida y listo.

Abrazo,
Juli
Pampa Studio""",
  label=dict(kind="client-reply-dispute", amount="800.00", currency="USD",
             note="Agreed USD 800, billed 950; will pay only the 800 and wants a corrected invoice. Partial "
                  "payment + dispute = dispute; accepted amount in USD."))

M(n="0003-00000129", frm="Administración Coop. Laboulaye <administracion@coopaglaboulaye.com.ar>",
  date="2027-01-20 09:40", mua="outlook", pre="RE: ", q=dict(kind="due", at="2027-01-20 08:00"),
  body="""Estimado Mateo:

Le informamos que su factura fue aprobada por el Consejo de Administración. El pago se realizará mediante echeq con fecha de pago 15/02/2027, que le será enviado en los próximos días a su CUIT.

Saludos cordiales,

Administración
Cooperativa Agrícola Ganadera de Laboulaye Ltda.""",
  label=dict(kind="client-reply-promise", promised_date="2027-02-15",
             note="A deferred e-cheque dated 15/02, not yet sent: promise for 15 Feb."))

M(n="0003-00000127", frm="Marcela Quiroga <tesoreria@kinesiologoscba.org.ar>", date="2026-12-22 17:55",
  q=dict(kind="due", at="2026-12-18 10:00"),
  body="""Hola Mateo, te escribo de Tesorería del Colegio.

Diciembre es un mes complicado para nosotros: la cuota de los colegiados la cobramos a principios de enero, así que no antes del 10 de enero. Disculpá las molestias.

Felices fiestas!
Marcela Quiroga
Tesorera – Colegio Profesional de Kinesiólogos de Córdoba""",
  label=dict(kind="client-reply-promise", promised_date="2027-01-10",
             note="Colegio profesional: 'no antes del 10 de enero' = promise for 10 Jan 2027."))

M(n="0003-00000130", frm="Lucas Benítez <lucas@ruidoeditorial.com.ar>", date="2027-01-11 10:00",
  subj="Respuesta automática: Recordatorio: factura n.º 0003-00000130",
  in_reply=rem_mid("0003-00000130", "courtesy", when("2027-01-11 09:59", "BA", False)),
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
  part=text_part("""Hola! Estoy de vacaciones, sin acceso regular al correo. Vuelvo el lunes 1 de febrero.

Para temas urgentes de producción escribí a produccion@ruidoeditorial.com.ar

Gracias!
Lucas
""", "plain", "utf-8", "8bit"),
  label=dict(kind="auto-reply", return_date="2027-02-01",
             note="Vacation auto-reply: 'vuelvo el lunes 1 de febrero'."))

M(n="0003-00000126", frm="Paula Bianchi <paubianchi@gmail.com>", date="2026-12-29 11:20",
  cc="Nico Bianchi <fiambreriabianchi@gmail.com>", q=dict(kind="reminder", at="2026-12-28 10:00"),
  body="""Mateo, te la pagó mi hermano ayer, son $ 1.350.000, fijate que ya tendría que estar. Cualquier cosa avisame.

Saludos
Paula Bianchi""",
  label=dict(kind="client-reply-paid", amount="1350000.00", currency="ARS",
             note="Sister says the brother paid yesterday; ARS amount with dot thousands."))

# ---------------------------------------------------------------- Valentina Quispe (Lima)

MINERA_FOOT = ("CONFIDENCIALIDAD: La información contenida en este correo electrónico es confidencial y está "
               "dirigida únicamente a su destinatario. Compañía Minera Andina del Sur S.A.A. no se responsabiliza "
               "por cambios o alteraciones que pudiera sufrir este mensaje. Antes de imprimir, piense en su "
               "responsabilidad con el medio ambiente.")

M(n="E001-87", frm="Cuentas por Pagar CMAS <cuentasporpagar@minerandinadelsur.com.pe>", date="2026-11-26 10:18",
  mua="outlook", fmt="alt", pre="RE: ", q=dict(kind="due", at="2026-11-20 09:00"),
  body="""Estimada Srta. Quispe:

Le informamos que con fecha 25/11/2026 hemos efectuado el pago de su factura E001-87 por S/ 4,153.60, importe neto de la detracción.

La detracción del 12 % (S/ 566.40) ha sido depositada en su cuenta de detracciones del Banco de la Nación, constancia de depósito N.° 0251234567.

Atentamente,

Área de Cuentas por Pagar – Tesorería
Compañía Minera Andina del Sur S.A.A.
Av. Javier Prado Este 4200, Santiago de Surco, Lima

""" + MINERA_FOOT,
  label=dict(kind="client-reply-paid", amount="4153.60", currency="PEN", reference="E001-87",
             note="Peruvian mining company: paid net of the 12 % SPOT detracción (deposited to the Banco de la "
                  "Nación account). Full payment by law, not a short payment."))

M(n="E001-91", frm="Oficina de Abastecimiento UPP <abastecimiento@upp.edu.pe>", date="2026-12-03 12:44",
  mua="outlook", pre="RE: ", q=dict(kind="courtesy", at="2026-12-03 09:00"),
  body="""Señora
Valentina Quispe
Presente.-

Se le comunica que su comprobante E001-91 ha sido observado por la Unidad de Contabilidad, toda vez que el importe facturado (S/ 3,304.00) no coincide con el monto de la Orden de Servicio N.° 0001234-2026 (S/ 2,800.00, IGV incluido).

Deberá emitir la nota de crédito correspondiente y un nuevo comprobante por el monto de la orden. Mientras tanto, el trámite de pago queda suspendido.

Atentamente,

Oficina de Abastecimiento
Universidad Peruana del Pacífico""",
  label=dict(kind="client-reply-dispute", reference="E001-91",
             note="Peruvian university: amount exceeds the purchase order; credit note and new invoice required."))

M(n="E001-93", frm="Rubén Chuquimantari <contabilidad@cafeperene.org.pe>", date="2026-12-14 08:50",
  q=dict(kind="reminder", at="2026-12-11 09:00"),
  body="""Buenos días señorita Valentina:

Disculpe la demora en el pago, estamos en cierre de campaña y recién nos están pagando los compradores del café. Le pagamos el 30 de este mes sin falta.

Atentamente,
Rubén Chuquimantari
Contabilidad
Cooperativa Agraria Cafetalera Valle del Perené""",
  label=dict(kind="client-reply-promise", promised_date="2026-12-30",
             note="Coffee cooperative: 'el 30 de este mes' = 30 Dec."))

M(n="E001-89", frm="Katherine Salas <tesoreria@corlima.org.pe>", date="2026-11-09 16:22",
  q=dict(kind="invoice", at="2026-11-02 12:00"),
  body="""Estimada Valentina:

Por favor, ¿nos podría remitir el archivo XML y la constancia de recepción (CDR) de SUNAT de su factura E001-89? Solo nos llegó el PDF y el sistema contable no nos permite registrarla sin el XML.

Gracias de antemano.

Katherine Salas
Tesorería
Colegio de Odontólogos Región Lima""",
  label=dict(kind="client-reply-other", reference="E001-89",
             note="Colegio profesional asks for the XML and CDR of the e-invoice."))

M(n="E001-95", frm="Rosa Huamán <rosahuaman67@hotmail.com>", date="2027-01-06 15:03", mua="android",
  q=dict(kind="due", at="2026-12-28 09:00"),
  body="""Señorita Valentina buenas tardes ya le yapee los 350 soles de las partidas a su numero. Me confirma por favor si le llego. Dios le bendiga

Rosa""",
  label=dict(kind="client-reply-paid", amount="350.00", currency="PEN",
             note="Private person paid via Yape ('le yapee'), no accents."))

M(n="E001-97", frm="Secretaría de Dirección <direccion@colegiosantarosa.edu.pe>", date="2027-02-17 11:36",
  mua="outlook", pre="RE: ", q=dict(kind="due", at="2027-02-15 09:00"),
  att=[attachment("Folleto_admision_observaciones.pdf", "application/pdf",
                  fake_pdf("Observaciones", ["Pag. 1: nombre de la congregacion", "Pag. 3: nivel inicial",
                                             "Pag. 4: dos parrafos sin traducir"]))],
  body="""Estimada Srta. Quispe:

La Madre Directora ha revisado la traducción del folleto de admisión y ha encontrado varios errores: el nombre de la congregación está mal traducido, "nivel inicial" aparece como "initial level" y en la página 4 hay dos párrafos sin traducir. Le adjunto el PDF con las observaciones.

No podremos tramitar el pago hasta que nos envíe la versión corregida.

Atentamente,

Secretaría de Dirección
Colegio Parroquial Santa Rosa""",
  label=dict(kind="client-reply-dispute",
             note="Parish school: translation has errors, payment withheld until corrected. Dispute."))

# ---------------------------------------------------------------- Santiago Pereira (Montevideo)

M(n="A-1045", frm="Departamento de Hacienda <compras@municipiocostaazul.gub.uy>", date="2026-11-19 13:10",
  mua="outlook", pre="RE: ", q=dict(kind="reminder", at="2026-11-16 10:00"),
  body="""Sr. Santiago Pereira:

Se informa que el pago de la factura A-1045 fue acreditado mediante transferencia bancaria al BROU con fecha 18/11/2026, por un importe de $ 38.500.

Por consultas, comunicarse con Tesorería al 4372 2210 int. 210.

Atte.,
Departamento de Hacienda
Municipio de Costa Azul""",
  label=dict(kind="client-reply-paid", amount="38500.00", currency="UYU", reference="A-1045",
             note="Uruguayan municipality: paid by transfer on 18/11. Pesos uruguayos."))

M(n="A-1051", frm="Verónica Silva <administracion@liceosantalucia.edu.uy>", date="2026-12-10 16:02",
  q=dict(kind="reminder", at="2026-12-09 10:00"),
  body="""Hola Santiago, ¿cómo estás?

Te hice hoy la transferencia desde Itaú. Como es a otro banco, seguramente te llega mañana. Cualquier cosa me avisás.

Saludos,
Verónica
Administración – Liceo Santa Lucía""",
  label=dict(kind="client-reply-paid",
             note="Paid today; 'te llega mañana' is the arrival, not a promise."))

M(n="A-1058", frm="Martina Acosta <produccion@garrafilms.com.uy>", date="2027-01-26 12:48",
  q=dict(kind="reminder", at="2027-01-25 10:00"),
  body="""Santi, ¿todo bien?

Te escribo por la factura del corto. Nos llegó en dólares (USD 2.300) y nosotros habíamos quedado en pesos, 92.000, que es lo que teníamos en el presupuesto del fondo del ICAU. Con el dólar como está nos sale bastante más.

¿Podés rehacerla en pesos? Ahí te la pagamos enseguida.

Abrazo,
Martina
Garra Films""",
  label=dict(kind="client-reply-dispute",
             note="Invoice in USD instead of the agreed pesos; asks to reissue. Dispute (wrong amount/currency)."))

M(n="A-1049", frm="Gonzalo Ferreira <proveedores@lecheradeleste.coop.uy>", date="2026-12-01 11:27",
  q=dict(kind="due", at="2026-12-01 09:00"),
  body="""Santiago, buenas.

Cambiamos el sistema de proveedores y nos pide volver a cargar los datos de todos. ¿Nos pasás de nuevo el RUT, la cuenta del BROU y en qué moneda? Así te liberamos el pago.

Gracias,
Gonzalo
Proveedores – Cooperativa Lechera del Este""",
  label=dict(kind="client-reply-other",
             note="Dairy cooperative asks for supplier data again before releasing payment. Question, no date."))

M(n="A-1062", frm="Nacho Bentancur <finance@chivitolabs.io>", date="2027-02-04 10:05",
  q=dict(kind="due", at="2027-02-01 10:00"),
  body="""Hi Santiago! Te pagamos por Wise ayer, USD 1.200. Debería llegarte en 1-2 días hábiles.

¡Gracias por el laburo, la app suena increíble!
Nacho
Chivito Labs""",
  label=dict(kind="client-reply-paid", amount="1200.00", currency="USD",
             note="Uruguayan startup: paid via Wise yesterday; English greeting, Spanish text."))


# ---------------------------------------------------------------- assembly

DEFAULT_STYLE = {"gmail": "gmail", "outlook": "outlook", "hotmail": "outlook", "iphone": "apple", "apple": "apple",
                 "android": "android", "thunderbird": "thunderbird", "zimbra": "zimbra", "webmail": "roundcube"}
DEFAULT_FMT = {"gmail": "alt", "outlook": "alt", "hotmail": "alt", "apple": "alt", "android": "alt",
               "iphone": "plain", "thunderbird": "plain", "zimbra": "plain", "webmail": "plain"}
HTML_FLAVOR = {"gmail": "gmail", "outlook": "outlook", "hotmail": "outlook", "iphone": "apple", "apple": "apple",
               "android": "gmail", "thunderbird": "gmail", "zimbra": "gmail", "webmail": "gmail"}


def build(spec):
    n = spec.get("n")
    i = INV.get(n) if n else None
    owner = OWNERS[spec.get("owner") or i["owner"]]
    tz = spec.get("tz") or owner["tz"]
    at = when(spec["date"], tz)
    spec["_at"] = at
    mua = spec.get("mua", "generic" if "part" in spec else "gmail")
    headers = []
    if "part" in spec:  # machine mail, fully prepared
        part = spec["part"]
        subj = spec["subj"]
        frm = spec["frm"]
        to = spec.get("to") or f'{owner["name"]} <{owner["email"]}>'
        in_reply = spec.get("in_reply")
        refs = spec.get("refs")
    else:
        frm = spec["frm"]
        to = spec.get("to") or f'{owner["name"]} <{owner["email"]}>'
        style = spec.get("style") or DEFAULT_STYLE[mua]
        flavor = spec.get("flavor") or HTML_FLAVOR[mua]
        body = spec["body"].strip("\n") + "\n"
        plain, html_q = body, ""
        subj = spec.get("subj")
        in_reply = refs = None
        q = spec.get("q")
        if q:
            kind = q["kind"]
            qat = when(q["at"], owner["tz"], False)
            kw = {k: v for k, v in q.items() if k not in ("kind", "at", "to", "hide")}
            qtext = reminder(kind, n, qat, **kw)
            if qtext.startswith("Asunto: "):
                qtext = qtext.split("\n", 2)[2]
            qsubj = rem_subject(kind, n)
            qto = q.get("to") or i["to"]
            in_reply = rem_mid(n, kind, qat)
            inv_mid = rem_mid(n, "invoice", dt.datetime.combine(i["issue"], dt.time(10, 0), tzinfo=dt.timezone.utc))
            if kind == "invoice":
                in_reply = inv_mid
            refs = in_reply if kind == "invoice" else f"{inv_mid} {in_reply}"
            if subj is None:
                subj = spec.get("pre", "Re: ") + qsubj
            if style != "none" and not q.get("hide"):
                attr = attribution(style, owner["name"], owner["email"], local(qat, tz), qto, qsubj)
                sep = "\n" if style in ("outlook", "outlook_old", "zimbra", "android") else ""
                plain = body + "\n" + sep + quote_plain(style, attr, qtext)
                html_q = quote_html(style, attr, qtext)
        charset = spec.get("charset", "utf-8")
        cte = spec.get("cte") or ("quoted-printable" if (spec.get("fmt") or DEFAULT_FMT.get(mua, "plain")) != "plain"
                                  else "8bit")
        cp = spec.get("cp1252", False)
        fmt = spec.get("fmt") or DEFAULT_FMT.get(mua, "plain")
        if fmt == "plain":
            part = text_part(plain, "plain", charset, cte, cp)
        else:
            top = spec.get("html") or top_to_html(body, flavor)
            html = html_doc(top, html_q, flavor, charset)
            hp = text_part(html, "html", charset, spec.get("html_cte", cte), cp)
            part = hp if fmt == "html" else multipart("alternative", [text_part(plain, "plain", charset, cte, cp), hp],
                                                      preamble=False)
        if spec.get("att"):
            part = multipart("mixed", [part] + list(spec["att"]))
    hcs = "iso-8859-1" if spec.get("cp1252") else "utf-8"
    headers.append(("From", enc_addr(frm, hcs)))
    headers.append(("To", enc_addr(to, hcs)))
    if spec.get("cc"):
        headers.append(("Cc", enc_addr(spec["cc"], hcs)))
    headers.append(("Subject", enc_h(subj, hcs)))
    headers.append(("Date", format_datetime(at)))
    addr = split_addrs(frm)[0].rsplit("<", 1)[-1].rstrip(">")
    headers.append(("Message-ID", spec.get("mid") or make_mid(mua, addr, at)))
    if in_reply:
        headers.append(("In-Reply-To", in_reply))
        headers.append(("References", refs or in_reply))
    if mua in ("outlook", "hotmail") and "part" not in spec:
        topic = subj
        for p in ("RE: ", "Re: ", "RV: ", "R: ", "AW: "):
            while topic.startswith(p):
                topic = topic[len(p):]
        headers.append(("Thread-Topic", enc_h(topic, hcs)))
        headers.append(("Thread-Index", base64.b64encode(bytes(RNG.randrange(256) for _ in range(22))).decode()))
    headers.extend(MUA_HEADERS.get(mua, []) if "part" not in spec else [])
    headers.extend(spec.get("hdrs", []))
    headers.append(("MIME-Version", "1.0"))
    top = "".join(f"{k}: {v}\n" for k, v in headers).encode("ascii")
    return top + part.bytes()


KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other", "invoice"}
ORDER = ["kind", "language", "split", "amount", "currency", "reference", "promised_date", "return_date",
         "failed_recipient", "permanent", "note"]


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    s = str(v).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{s}"'


def main():
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    built = []
    for spec in MSGS:
        data = build(spec)
        built.append((spec["_at"], spec, data))
    built.sort(key=lambda t: t[0])
    lines = ["# round15-es: Spanish-speaking clients (Spain ~70 %, Mexico, Argentina, Peru, Uruguay).",
             "# Generated by make.py. Labels written by hand, one per message.", ""]
    for k, (at, spec, data) in enumerate(built, 1):
        name = f"{PREFIX}-{k:04d}.eml"
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        lab = dict(spec["label"])
        assert lab["kind"] in KINDS, lab
        lab.setdefault("language", "es")
        lab.setdefault("split", "dev")
        for key in lab:
            assert key in ORDER, key
        lines.append(f'[files."{name}"]')
        for key in ORDER:
            if key in lab:
                lines.append(f"{key} = {toml_val(lab[key])}")
        lines.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    check(len(built))


def check(count):
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    assert len(labels) == count, (len(labels), count)
    stats = {}
    for name, lab in sorted(labels.items()):
        with open(os.path.join(HERE, name), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert msg[h], (name, h)
        assert msg["Date"].datetime is not None
        for p in msg.walk():
            if p.get_content_maintype() == "text":
                p.get_content()
        b = msg.get_body(preferencelist=("plain", "html"))
        assert b is not None or msg.get_content_type() == "multipart/report", name
        for key in ("promised_date", "return_date"):
            if key in lab:
                dt.date.fromisoformat(lab[key])
        if lab["kind"] == "bounce":
            assert "failed_recipient" in lab and "permanent" in lab, name
        stats[lab["kind"]] = stats.get(lab["kind"], 0) + 1
    print(f"{count} messages OK:", ", ".join(f"{k}={v}" for k, v in sorted(stats.items())))


if __name__ == "__main__":
    main()
