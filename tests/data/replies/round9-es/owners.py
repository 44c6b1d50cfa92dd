from mimelib import Owner, Inv

LUCIA = Owner("Lucía Martín", "lucia@martinestudio.es", "Lucía Martín Gómez", "ES91 2100 0418 4502 0005 1332",
              "CAIXESBBXXX", "Lucía Martín\nMartín Estudio · diseño gráfico y editorial\n+34 611 204 377")
JORDI = Owner("Jordi Puig", "jordi@jordipuigfoto.com", "Jordi Puig Ferrer", "ES12 0081 0200 2500 0123 4567",
              "BSABESBBXXX", "Jordi Puig\nFotografia · Barcelona\n+34 654 332 190")
CARMEN = Owner("Carmen Rivas", "carmen@rivastraducciones.es", "Carmen Rivas Delgado",
               "ES68 0182 5322 1902 0150 3471", "BBVAESMMXXX",
               "Carmen Rivas\nTraductora-Intérprete Jurada de inglés n.º 7412\nSevilla")
IAGO = Owner("Iago Fernández", "iago@iagofernandez.gal", "Iago Fernández Lorenzo", "ES07 2080 5000 6130 4001 2345",
             "CAGLESMMXXX", "Iago Fernández\nDesarrollo web · Vigo")
NAYRA = Owner("Nayra Santana", "hola@nayrasantana.com", "Nayra Santana Quintana", "ES45 3076 0120 4122 3345 6789",
              "BCOEESMM076", "Nayra Santana\nIlustración · Las Palmas de Gran Canaria", tz="canarias")


def L(num, amount, due, client, email, kind="company", **kw):
    return Inv(LUCIA, num, amount, due, client, email, kind, **kw)


def J(num, amount, due, client, email, kind="company", **kw):
    return Inv(JORDI, num, amount, due, client, email, kind, **kw)


def C(num, amount, due, client, email, kind="company", **kw):
    return Inv(CARMEN, num, amount, due, client, email, kind, **kw)


def I(num, amount, due, client, email, kind="company", **kw):
    return Inv(IAGO, num, amount, due, client, email, kind, **kw)


def N(num, amount, due, client, email, kind="company", **kw):
    return Inv(NAYRA, num, amount, due, client, email, kind, **kw)


LEGAL_VALDELOSA = """AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la autorización expresa de BODEGAS VALDELOSA, S.L. Si usted no es el destinatario final, por favor elimínelo e infórmenos por esta vía.
PROTECCIÓN DE DATOS: De conformidad con el Reglamento (UE) 2016/679 (RGPD) y la Ley Orgánica 3/2018 (LOPDGDD), le informamos de que sus datos son tratados por BODEGAS VALDELOSA, S.L. con la finalidad de mantener la relación comercial. Puede ejercer sus derechos de acceso, rectificación, supresión, oposición, limitación y portabilidad dirigiéndose a lopd@bodegasvaldelosa.es."""

LEGAL_SHORT = """Este correo electrónico y, en su caso, cualquier fichero anexo al mismo, contiene información de carácter confidencial exclusivamente dirigida a su destinatario o destinatarios. Queda prohibida su divulgación, copia o distribución a terceros sin la previa autorización escrita. En el caso de haber recibido este correo electrónico por error, se ruega notificar inmediatamente esta circunstancia mediante reenvío a la dirección electrónica del remitente.
Antes de imprimir este mensaje, piense si es necesario. El medio ambiente es cosa de todos."""
