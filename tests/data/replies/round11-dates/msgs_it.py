# Italian client replies (round 11, dates). Bodies written by hand.
from make import pdf_bytes

GDPR = """
--
Ai sensi del Regolamento UE 2016/679 (GDPR) e del D.Lgs. 196/2003, le informazioni contenute in questo
messaggio e negli eventuali allegati sono riservate e destinate esclusivamente al destinatario indicato.
Qualora il messaggio Le fosse pervenuto per errore, La preghiamo di eliminarlo e di darne comunicazione
al mittente. Ogni utilizzo non autorizzato è vietato."""

MSGS = [
# 1 ---------------------------------------------------------------- venerdì
dict(owner="alessandra", lang="it", frm=("Paolo Greco", "p.greco@grecoimpianti.it"),
     date="2026-12-01 09:40:12", tz="+0100", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="19/2026", amount="1.220,00 €", due="2026-11-20",
                 sent="2026-11-30 08:00", client="Greco Impianti srl", ckind="company"),
     body="""Buongiorno Alessandra,
hai ragione, mi era proprio sfuggita. Venerdì faccio il bonifico, promesso.

Scusami ancora
Paolo
""",
     kind="client-reply-promise", label=dict(promised_date="2026-12-04"),
     note="'Venerdì' written on Tuesday 1 Dec: the first Friday after is 4 Dec."),

# 2 ---------------------------------------------------------------- venerdì prossimo, sent on a Friday
dict(owner="marco", lang="it", frm=("Laura Ardizzone", "laura@studioardizzone.it"), cte="quoted-printable",
     date="2027-01-15 17:55:40", tz="+0100", mua="apple", quote="apple",
     thread=dict(tpl="reminder", inv="41/2026", amount="780,00 €", due="2026-12-31",
                 sent="2027-01-12 08:00", client="Laura Ardizzone", ckind="person"),
     body="""Ciao Marco,
questa settimana purtroppo non ce la faccio, mi sono arrivate tutte insieme le scadenze di gennaio. Venerdì prossimo senz'altro, me lo segno in agenda.

Laura

Inviato da iPhone
""",
     kind="client-reply-promise", label=dict(promised_date="2027-01-22"),
     note="Sent on Friday 15 Jan; 'questa settimana non ce la faccio... venerdì prossimo' = Friday 22 Jan, not today."),

# 3 ---------------------------------------------------------------- lunedì 11 p.v., Outlook, cp1252 declared latin-1
dict(owner="alessandra", lang="it", frm=("Monica Ferrante", "m.ferrante@tecnoplast-spa.it"),
     date="2027-01-07 11:20:03", tz="+0100", mua="outlook", quote="outlook", re="R:",
     charset="iso-8859-1*", cte="quoted-printable", fmt="alt",
     thread=dict(tpl="late_fee", inv="21/2026", amount="3.416,00 €", due="2026-12-31", deadline="2027-01-15",
                 sent="2027-01-05 08:00", client="Tecnoplast S.p.A.", ckind="company",
                 to_line="Amministrazione Tecnoplast <amministrazione@tecnoplast-spa.it>"),
     body="""Gentile Dott.ssa Rossi,

in riferimento al Vostro sollecito, Vi comunichiamo che la fattura n. 21/2026 è stata inserita nella distinta di pagamento di lunedì 11 p.v.
Ci scusiamo per il ritardo, dovuto alla chiusura aziendale per le festività natalizie.

Distinti saluti

Monica Ferrante
Ufficio Amministrazione – Tecnoplast S.p.A.
Via dell’Industria, 14 – 36100 Vicenza
Tel. 0444 912345
""" + GDPR,
     kind="client-reply-promise", label=dict(promised_date="2027-01-11", reference="21/2026"),
     note="'lunedì 11 p.v.' in a mail of Thu 7 Jan 2027 = Monday 11 Jan. Outlook, Windows-1252 bytes declared iso-8859-1, GDPR footer."),

# 4 ---------------------------------------------------------------- entro il 15 (already past this month)
dict(owner="giulia", lang="it", frm=("Franco Sala", "amministrazione@edizionilumen.it"),
     date="2026-11-23 10:12:55", tz="+0100", mua="thunder", quote="gmail",
     thread=dict(tpl="reminder", inv="33/2026", amount="640,00 €", due="2026-11-15",
                 sent="2026-11-20 08:00", client="Edizioni Lumen", ckind="company"),
     body="""Gentile Giulia,

le nostre fatture fornitori vengono liquidate una volta al mese, a metà mese. La sua è arrivata dopo la chiusura della distinta di novembre e quindi slitta al giro successivo: gliela paghiamo entro il 15.

Cordialmente,
Franco Sala
Edizioni Lumen – amministrazione
""",
     kind="client-reply-promise", label=dict(promised_date="2026-12-15"),
     note="'entro il 15' written on 23 Nov: the 15th of this month is past, so 15 Dec (and they say it slips to the next run)."),

# 5 ---------------------------------------------------------------- fine mese, HTML only, GDPR
dict(owner="marco", lang="it", frm=("Contabilità Hotel Bellavista", "contabilita@hotelbellavista-garda.it"),
     date="2026-12-09 15:47:21", tz="+0100", mua="outlook", quote="outlook", re="RE:",
     fmt="html",
     thread=dict(tpl="reminder", inv="37/2026", amount="1.830,00 €", due="2026-11-30",
                 sent="2026-12-07 08:00", client="Hotel Bellavista srl", ckind="company"),
     body="x",
     html="""<p class="MsoNormal">Buongiorno sig. Ferri,</p>
<p class="MsoNormal">abbiamo ricevuto il Suo sollecito. Il pagamento della fattura 37/2026 (servizio fotografico sala colazioni e camere) è previsto a <b>fine mese</b>, insieme agli altri fornitori della stagione.</p>
<p class="MsoNormal">Cordiali saluti</p>
<p class="MsoNormal"><span style="color:#1F3864"><b>Elisa Benetti</b><br>Ufficio contabilità<br>Hotel Bellavista ****<br>Lungolago Zanardelli 40 – 25087 Salò (BS)</span></p>
<p class="MsoNormal" style="font-size:7.5pt;color:gray">Ai sensi del Regolamento UE 2016/679 (GDPR) le informazioni contenute in questo messaggio sono riservate e ad uso esclusivo del destinatario. Se ha ricevuto questo messaggio per errore, La preghiamo di cancellarlo e di avvisare il mittente.</p>
""",
     kind="client-reply-promise", label=dict(promised_date="2026-12-31", reference="37/2026"),
     note="'a fine mese' on 9 Dec = 31 Dec. HTML-only Outlook mail with a GDPR footer."),

# 6 ---------------------------------------------------------------- domani after midnight local
dict(owner="alessandra", lang="it", frm=("Davide Marini", "davide.marini82@libero.it"), cte="quoted-printable",
     date="2026-12-15 00:35:10", tz="+0100", mua="apple", quote="apple",
     thread=dict(tpl="due", inv="35/2026", amount="380,00 €", due="2026-12-10",
                 sent="2026-12-14 08:00", client="Davide Marini", ckind="person"),
     body="""Scusa l'orario, sto rientrando adesso da una cena di lavoro. Domattina appena sveglio faccio il bonifico. Buonanotte!
D.

Inviato da iPhone
""",
     kind="client-reply-promise", label=dict(promised_date="2026-12-16"),
     note="Date 00:35 +0100 on Tue 15 Dec (still Monday 14 in UTC): 'domattina' = 16 Dec in the sender's time zone."),

# 7 ---------------------------------------------------------------- dopodomani
dict(owner="giulia", lang="it", frm=("Silvia Orlandi", "silvia@orlandicomunicazione.it"),
     date="2027-02-08 13:02:44", tz="+0100", mua="gmail", quote="gmail",
     thread=dict(tpl="due", inv="4/2027", amount="512,40 €", due="2027-02-05",
                 sent="2027-02-05 08:00", client="Silvia Orlandi", ckind="person"),
     body="""Ciao Giulia!
oggi e domani sono in fiera a Rimini e non ho con me il token della banca... dopodomani appena rientro in ufficio lo sistemo, tranquilla.
Un abbraccio e grazie ancora per la traduzione del catalogo, il cliente tedesco era entusiasta!!

Silvia
""",
     kind="client-reply-promise", label=dict(promised_date="2027-02-10"),
     note="'dopodomani' on Mon 8 Feb = Wed 10 Feb; 'oggi e domani' are the fair days, not payment days."),

# 8 ---------------------------------------------------------------- oggi
dict(owner="marco", lang="it", frm=("Luca Bertolini", "luca.bertolini@gmail.com"),
     date="2026-11-30 10:05:31", tz="+0100", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="34/2026", amount="250,00 €", due="2026-11-27",
                 sent="2026-11-30 08:30", client="Luca Bertolini", ckind="person"),
     body="""ciao marco scusami, te lo faccio oggi in pausa pranzo 👍
""",
     kind="client-reply-promise", label=dict(promised_date="2026-11-30"),
     note="One-liner, lowercase, emoji: a promise for today (30 Nov)."),

# 9 ---------------------------------------------------------------- prima del 18 non riesco
dict(owner="alessandra", lang="it", frm=("Gino Paolucci", "gino@ristorantedagino.it"),
     date="2026-12-10 09:31:08", tz="+0100", mua="other", quote="gmail",
     thread=dict(tpl="reminder", inv="31/2026", amount="915,00 €", due="2026-11-30",
                 sent="2026-12-09 08:00", client="Ristorante Da Gino snc", ckind="company"),
     body="""Cara Alessandra,
ti confesso che questo mese siamo messi maluccio, tra tredicesime dei ragazzi e fornitori. Prima del 18 non riesco proprio: quel giorno ti faccio il bonifico di tutto, così chiudiamo.
Grazie della pazienza, e passa a trovarci per gli auguri!

Gino
""",
     kind="client-reply-promise", label=dict(promised_date="2026-12-18"),
     note="'Prima del 18 non riesco... quel giorno' = not before the 18th, i.e. 18 Dec."),

# 10 --------------------------------------------------------------- oggi no, giovedì
dict(owner="giulia", lang="it", frm=("Segreteria Studio Mancini", "segreteria@studiolegalemancini.it"),
     date="2027-01-26 11:48:19", tz="+0100", mua="outlook", quote="outlook", re="R:",
     thread=dict(tpl="reminder", inv="2/2027", amount="1.098,00 €", due="2027-01-20",
                 sent="2027-01-26 08:00", client="Studio Legale Mancini & Associati", ckind="company"),
     body="""Buongiorno dott.ssa Conti,

l'avv. Mancini è in udienza tutto il giorno e le disposizioni le firma lui, quindi oggi non riusciamo. Giovedì mattina lo facciamo partire.

Cordiali saluti
Rita
Segreteria – Studio Legale Mancini & Associati
Corso Vittorio Emanuele II, 112 – 10121 Torino
""" + GDPR,
     kind="client-reply-promise", label=dict(promised_date="2027-01-28"),
     note="'oggi non riusciamo. Giovedì mattina' on Tue 26 Jan = Thu 28 Jan (not today)."),

# 11 --------------------------------------------------------------- martedì... anzi mercoledì
dict(owner="marco", lang="it", frm=("Chiara Gatti", "chiaragatti.design@gmail.com"),
     date="2026-11-20 16:20:47", tz="+0100", mua="gmail", quote="none",
     thread=dict(tpl="reminder", inv="30/2026", amount="450,00 €", due="2026-11-13",
                 sent="2026-11-20 08:00", client="Chiara Gatti", ckind="person"),
     body="""Ciao Marco, ricevuto. Ti faccio il bonifico martedì... anzi no, martedì sono a Milano tutto il giorno per un cliente, facciamo mercoledì. Scusa il ritardo!
Chiara
""",
     kind="client-reply-promise", label=dict(promised_date="2026-11-25"),
     note="Day corrected in the same sentence: Tuesday becomes Wednesday; from Fri 20 Nov = Wed 25 Nov. No quote."),

# 12 --------------------------------------------------------------- two instalments, both dated
dict(owner="alessandra", lang="it", frm=("Fabio Rinaldi", "info@bbcasarinaldi.it"),
     date="2026-11-30 18:40:26", tz="+0100", mua="gmail", quote="gmail",
     thread=dict(tpl="late_fee", inv="28/2026", amount="1.220,00 €", due="2026-11-15", deadline="2026-12-10",
                 sent="2026-11-30 08:00", client="Fabio Rinaldi", ckind="person"),
     body="""Ciao Alessandra,
ti scrivo con un po' di imbarazzo. In questo periodo di bassa stagione la liquidità è poca e non riesco a saldare tutto in una volta.
Ti propongo così: 600 euro giovedì 10 dicembre e i restanti 620 martedì 22. Se per te va bene procedo così, altrimenti dimmi tu e troviamo un'altra soluzione.

Grazie per la comprensione
Fabio

B&B Casa Rinaldi – Spello (PG)
""",
     kind="client-reply-promise", label=dict(promised_date="2026-12-22"),
     note="Two instalments (10 Dec and 22 Dec): everything is paid by Tue 22 Dec. Proposal, not a dispute."),

# 13 --------------------------------------------------------------- first part Friday, rest 'a gennaio'
dict(owner="marco", lang="it", frm=("Anna Pellegrini", "anna@agriturismolequerce.it"),
     date="2026-12-16 12:10:33", tz="+0100", mua="other", quote="gmail",
     thread=dict(tpl="reminder", inv="38/2026", amount="1.500,00 €", due="2026-12-10",
                 sent="2026-12-15 08:00", client="Agriturismo Le Querce", ckind="company"),
     body="""Buongiorno Marco,
venerdì le mando una prima parte, 700 euro, il resto a gennaio quando incassiamo le prenotazioni di capodanno. Spero che per lei vada bene così, le foto sono piaciute moltissimo a tutti.

Anna Pellegrini
Agriturismo Le Querce
""",
     kind="client-reply-promise",
     note="Two instalments, the second only 'a gennaio': no day on which all is paid, so no promised_date."),

# 14 --------------------------------------------------------------- board meeting Thursday, payment after
dict(owner="giulia", lang="it", frm=("Paolo Villa", "amministrazione@fondazionearteviva.org"),
     date="2026-11-09 09:05:50", tz="+0100", mua="outlook", quote="outlook", re="R:",
     thread=dict(tpl="due", inv="32/2026", amount="1.464,00 €", due="2026-11-06",
                 sent="2026-11-06 08:00", client="Fondazione Arte Viva", ckind="company"),
     body="""Gentile Giulia Conti,

la ringraziamo per il promemoria. Le liquidazioni di importo superiore a 1.000 euro devono essere approvate dal Consiglio di amministrazione, che si riunisce giovedì 12. Dopo l'approvazione l'ufficio procederà con il pagamento e le invierà conferma.

Cordiali saluti

Dott. Paolo Villa
Segreteria amministrativa
Fondazione Arte Viva
""",
     kind="client-reply-promise",
     note="Thursday 12 is the board meeting; payment comes 'dopo l'approvazione' with no day: promise without date."),

# 15 --------------------------------------------------------------- end client pays on the 20th
dict(owner="alessandra", lang="it", frm=("Stefano Riva", "stefano@pixelriva.it"),
     date="2026-12-03 14:22:18", tz="+0100", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="30/2026", amount="2.135,00 €", due="2026-11-30",
                 sent="2026-12-03 08:00", client="Pixel Riva srls", ckind="company"),
     body="""Ciao Ale,
lo so, lo so, hai ragione. Il problema è che il cliente finale (quello dell'e-commerce di vini) ci deve ancora pagare il SAL di ottobre: ci hanno detto che il loro bonifico parte il 20. Appena entrano i soldi ti giro subito la tua parte, giuro che non me ne dimentico.

Ste
""",
     kind="client-reply-promise",
     note="The 20th is when the client's own customer pays; the payment to us is 'appena entrano i soldi': no promised_date."),

# 16 --------------------------------------------------------------- settimana prox, abbreviations
dict(owner="marco", lang="it", frm=("Roberto", "robi.festa@hotmail.it"), cte="base64",
     date="2027-02-19 22:48:02", tz="+0100", mua="other", quote="none",
     thread=dict(tpl="reminder", inv="5/2027", amount="300,00 €", due="2027-02-12",
                 sent="2027-02-19 08:00", client="Roberto Festa", ckind="person"),
     body="""Marco perdonami, settimana prox ti saldo tt. ciao Roberto

Inviato da Outlook per Android
""",
     kind="client-reply-promise",
     note="'settimana prox' = next week, no day: promise without date."),

# 17 --------------------------------------------------------------- dopo le feste
dict(owner="giulia", lang="it", frm=("Matteo Guidi", "matteo.guidi@guidiarredamenti.it"),
     date="2026-12-18 19:14:09", tz="+0100", mua="apple", quote="apple",
     thread=dict(tpl="reminder", inv="37/2026", amount="420,00 €", due="2026-12-14",
                 sent="2026-12-18 08:00", client="Guidi Arredamenti", ckind="company"),
     body="""Ciao Giulia, con tutto il casino di fine anno in negozio me n'ero dimenticato. Te la pago dopo le feste, ok? Buon Natale intanto! 🎄

Matteo
""",
     kind="client-reply-promise",
     note="'dopo le feste' is vague: promise without date."),

# 18 --------------------------------------------------------------- two invoices: one paid today, other Friday
dict(owner="alessandra", lang="it", frm=("Carla Bassi", "carla.bassi@officinagraficabassi.it"),
     date="2026-12-16 10:27:36", tz="+0100", mua="outlook", quote="outlook", re="R:",
     fmt="alt",
     thread=dict(tpl="reminder", inv="40/2026", amount="1.586,00 €", due="2026-12-11",
                 sent="2026-12-15 08:00", client="Officina Grafica Bassi srl", ckind="company"),
     body="""Buongiorno Alessandra,

la 39/2026 l'abbiamo pagata stamattina (le giro la contabile appena la banca la rende disponibile).
La 40/2026 invece va sul giro di venerdì, perché aspettavamo il DDT firmato del materiale, che ci è arrivato solo ieri.

Un saluto
Carla Bassi
Officina Grafica Bassi srl
""",
     kind="client-reply-promise", label=dict(promised_date="2026-12-18", reference="40/2026"),
     note="Two invoices: 39/2026 paid this morning, 40/2026 (the one reminded) on Friday = 18 Dec. Paid one + promise other = promise."),

# 19 --------------------------------------------------------------- closed until 6/1, reopen 7/1, pay 15/1
dict(owner="giulia", lang="it", frm=("Ufficio Amministrazione", "amministrazione@fratellizanetti.it"),
     date="2026-12-21 08:52:14", tz="+0100", mua="outlook", quote="outlook", re="R:",
     charset="windows-1252", cte="quoted-printable",
     thread=dict(tpl="reminder", inv="36/2026", amount="2.318,00 €", due="2026-12-15",
                 sent="2026-12-18 08:00", client="Meccanica F.lli Zanetti srl", ckind="company"),
     body="""Buongiorno,

Vi informiamo che l’azienda resterà chiusa per ferie dal 23/12 al 6/1 compresi; riapriamo il 7/1.
La Vostra fattura n. 36/2026 è già stata registrata e sarà pagata con bonifico il 15/1, primo giro pagamenti dell’anno.

Cordiali saluti

Ufficio Amministrazione
Meccanica F.lli Zanetti srl – Lumezzane (BS)
""",
     kind="client-reply-promise", label=dict(promised_date="2027-01-15", reference="36/2026"),
     note="Numeric dates: 7/1 is the reopening, 15/1 the payment; written 21 Dec 2026 so 15 Jan 2027. windows-1252, QP."),

# 20 --------------------------------------------------------------- 29.01. from South Tyrol
dict(owner="marco", lang="it", frm=("Martina Oberhofer", "verwaltung@hotel-alpenrose.it"),
     date="2027-01-18 14:06:27", tz="+0100", mua="outlook", quote="outlook", re="AW:",
     thread=dict(tpl="due", inv="1/2027", amount="960,00 €", due="2027-01-15",
                 sent="2027-01-18 08:00", client="Hotel Alpenrose KG", ckind="company"),
     body="""Gentile sig. Ferri,

grazie per il promemoria. La fattura 1/2027 sarà pagata il 29.01. insieme alle altre fatture di gennaio.

Distinti saluti / Mit freundlichen Grüßen

Martina Oberhofer
Hotel Alpenrose KG – Verwaltung / Amministrazione
Str. Dolomites 22 – 39046 Urtijëi / Ortisei
""",
     kind="client-reply-promise", label=dict(promised_date="2027-01-29", reference="1/2027"),
     note="German-style numeric date '29.01.' (South Tyrol, 'AW:' subject) = 29 Jan 2027."),

# 21 --------------------------------------------------------------- il 7 gennaio
dict(owner="alessandra", lang="it", frm=("Elena Fabbri", "elena.fabbri@studiofabbri.eu"),
     date="2026-12-22 20:31:44", tz="+0100", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="36/2026", amount="610,00 €", due="2026-12-18",
                 sent="2026-12-22 08:00", client="Elena Fabbri", ckind="person"),
     body="""Ciao Alessandra,
ti faccio il bonifico il 7 gennaio: prima purtroppo la banca mi blocca i pagamenti perché ho sforato il plafond mensile con i regali e il tagliando della macchina 🙈
Buone feste a te e famiglia!

Elena
""",
     kind="client-reply-promise", label=dict(promised_date="2027-01-07"),
     note="Month name across the year end: 'il 7 gennaio' written 22 Dec 2026 = 7 Jan 2027."),

# 22 --------------------------------------------------------------- fine mese prossimo
dict(owner="giulia", lang="it", frm=("Nadia Ferraris", "n.ferraris@studioferraris.it"),
     date="2027-01-14 12:40:05", tz="+0100", mua="thunder", quote="gmail",
     thread=dict(tpl="reminder", inv="40/2026", amount="1.952,00 €", due="2027-01-10",
                 sent="2027-01-14 08:00", client="Studio Associato Ferraris", ckind="company"),
     body="""Gentile Giulia,

purtroppo la cassa di gennaio è già chiusa (abbiamo pagato F24 e saldo IVA), la sua fattura di dicembre va quindi a fine mese prossimo. Mi dispiace per il ritardo, lo so che non è il massimo.

Saluti
Nadia Ferraris
""",
     kind="client-reply-promise", label=dict(promised_date="2027-02-28"),
     note="'a fine mese prossimo' written 14 Jan 2027 = last day of February, 28 Feb 2027."),

# 23 --------------------------------------------------------------- il 3 (fine mese is something else)
dict(owner="marco", lang="it", frm=("Rosaria Esposito", "pasticceriadolcevita@virgilio.it"),
     date="2027-01-27 07:58:30", tz="+0100", mua="other", quote="none",
     thread=dict(tpl="reminder", inv="3/2027", amount="350,00 €", due="2027-01-22",
                 sent="2027-01-26 08:00", client="Pasticceria Dolce Vita", ckind="company"),
     body="""Buongiorno Marco,
a fine mese ho l'affitto del laboratorio e l'F24, quindi non ce la faccio, ma il 3 ti pago sicuro. Va bene?
Grazie e scusa
Rosaria
""",
     kind="client-reply-promise", label=dict(promised_date="2027-02-03"),
     note="'fine mese' is when rent and taxes go out, not the payment; 'il 3' written 27 Jan = 3 Feb."),

# 24 --------------------------------------------------------------- scheduled transfer, execution date 18/12
dict(owner="alessandra", lang="it", frm=("Gianni Colombo", "g.colombo@cartotecnicalombarda.it"),
     date="2026-12-11 17:12:51", tz="+0100", mua="outlook", quote="outlook", re="R:",
     thread=dict(tpl="reminder", inv="33/2026", amount="1.708,00 €", due="2026-12-04",
                 sent="2026-12-11 08:00", client="Cartotecnica Lombarda srl", ckind="company"),
     body="""Buongiorno,

ho programmato adesso il bonifico dall'home banking con data esecuzione 18/12/2026 (è la data in cui ci entra l'incasso di un nostro grosso cliente). Lo vedrà accreditato da quel giorno.

Saluti
Gianni Colombo
Cartotecnica Lombarda srl
""",
     kind="client-reply-promise", label=dict(promised_date="2026-12-18"),
     note="A transfer scheduled today for execution on 18/12: the money has not left yet, so a promise for 18 Dec, not paid."),

# 25 --------------------------------------------------------------- Roman dialect, lunedì
dict(owner="marco", lang="it", frm=("Fabrizio Proietti", "fabri.proietti@gmail.com"),
     date="2027-02-11 21:17:42", tz="+0100", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="6/2027", amount="480,00 €", due="2027-02-05",
                 sent="2027-02-11 08:00", client="Fabrizio Proietti", ckind="person"),
     body="""Ahò Marco scusa er ritardo, so' stato 'na settimana a letto co' 'a febbre. Lunedì te faccio er bonifico, giuro. Daje
""",
     kind="client-reply-promise", label=dict(promised_date="2027-02-15"),
     note="Roman dialect; 'lunedì' written Thu 11 Feb = Mon 15 Feb."),

# 26 --------------------------------------------------------------- ALL CAPS, giovedì 10 dicembre
dict(owner="giulia", lang="it", frm=("TOSI GIANFRANCO", "gianfranco.tosi@alice.it"),
     date="2026-12-05 10:44:00", tz="+0100", mua="other", quote="gmail",
     thread=dict(tpl="reminder", inv="35/2026", amount="195,20 €", due="2026-11-30",
                 sent="2026-12-04 08:00", client="Gianfranco Tosi", ckind="person"),
     body="""BUONGIORNO SIGNORA CONTI HO VISTO LA SUA MAIL. IL BONIFICO LO FACCIO GIOVEDI 10 DICEMBRE QUANDO VADO IN BANCA PERCHE NON USO INTERNET BANKING. CORDIALI SALUTI
TOSI GIANFRANCO
""",
     kind="client-reply-promise", label=dict(promised_date="2026-12-10"),
     note="ALL CAPS, no accents; 'GIOVEDI 10 DICEMBRE' = Thu 10 Dec 2026."),

# 27 --------------------------------------------------------------- AP office: 30 gg dffm, date spelt out
dict(owner="alessandra", lang="it", frm=("Contabilità Fornitori", "contabilita.fornitori@logisticaveneta.it"),
     date="2026-11-10 11:03:17", tz="+0100", mua="outlook", quote="outlook", re="R:",
     fmt="alt",
     thread=dict(tpl="courtesy", inv="27/2026", amount="4.880,00 €", due="2026-11-13", issue="2026-11-03",
                 sent="2026-11-09 08:00", client="Logistica Veneta S.p.A.", ckind="company"),
     body="""Gentile fornitore,

in riscontro alla Sua comunicazione, Le confermiamo che la fattura n. 27/2026 del 03/11/2026 risulta correttamente registrata.
Come da condizioni di fornitura (pagamento 30 gg d.f.f.m.), la scadenza a sistema è il 31/12/2026 e il pagamento verrà eseguito in tale data tramite bonifico SEPA.

La invitiamo per il futuro a riportare in fattura il numero dell'ordine di acquisto (OdA), in mancanza del quale la registrazione potrebbe subire ritardi.

Distinti saluti

Ufficio Contabilità Fornitori
Logistica Veneta S.p.A.
""" + GDPR,
     html="""<p>Gentile fornitore,</p>
<p>in riscontro alla Sua comunicazione, Le confermiamo che la fattura sotto indicata risulta correttamente registrata.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dce6f1"><th>Fattura n.</th><th>Data documento</th><th>Importo</th><th>Condizioni</th><th>Scadenza</th></tr>
<tr><td>27/2026</td><td>03/11/2026</td><td>4.880,00</td><td>30 gg d.f.f.m.</td><td>31/12/2026</td></tr>
</table>
<p>Il pagamento verrà eseguito alla scadenza indicata tramite bonifico SEPA.</p>
<p>La invitiamo per il futuro a riportare in fattura il numero dell'ordine di acquisto (OdA), in mancanza del quale la registrazione potrebbe subire ritardi.</p>
<p>Distinti saluti<br><br><b>Ufficio Contabilità Fornitori</b><br>Logistica Veneta S.p.A.</p>
<p style="font-size:7pt;color:#888">Ai sensi del Regolamento UE 2016/679 (GDPR) le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario indicato.</p>
""",
     kind="client-reply-promise", label=dict(promised_date="2026-12-31", reference="27/2026"),
     note="Accounts payable: '30 gg d.f.f.m.' with the resulting date spelt out (31/12/2026, also in an HTML table). Invoice date 03/11 is not a payment day."),

# 28 --------------------------------------------------------------- colleague forwarded; AP answers 'giro di giovedì'
dict(owner="giulia", lang="it", frm=("Paola Ricci", "p.ricci@nexosoftware.it"),
     cc=[("Davide Neri", "d.neri@nexosoftware.it")],
     date="2026-11-16 15:36:02", tz="+0100", mua="outlook", quote="outlook", re="R:",
     thread=dict(tpl="reminder", inv="29/2026", amount="1.342,00 €", due="2026-11-10",
                 sent="2026-11-13 08:00", client="Nexo Software srl", ckind="company",
                 to_line="Davide Neri <d.neri@nexosoftware.it>"),
     subject="R: I: Sollecito: fattura n. 29/2026",
     body="""Buongiorno Giulia,

Davide mi ha girato il suo sollecito. La fattura 29/2026 non era ancora stata caricata perché l'avevamo ricevuta solo via email e non tramite SdI; l'ho recuperata dal cassetto fiscale e la inserisco nel giro pagamenti di giovedì.

Saluti
Paola Ricci
Amministrazione – Nexo Software srl

________________________________
Da: Davide Neri <d.neri@nexosoftware.it>
Inviato: lunedì 16 novembre 2026 09:12
A: Paola Ricci <p.ricci@nexosoftware.it>
Oggetto: I: Sollecito: fattura n. 29/2026

Paola ciao, mi gireresti tu questa? Grazie
D.

{Q}
""",
     kind="client-reply-promise", label=dict(promised_date="2026-11-19", reference="29/2026"),
     note="Accounts answers after a colleague forwarded the reminder (cc him): 'giro pagamenti di giovedì' on Mon 16 Nov = Thu 19 Nov."),

# ================================================================= PAID with days
# 29
dict(owner="marco", lang="it", frm=("Ilaria Monti", "amministrazione@montieventi.it"),
     date="2026-12-03 09:15:42", tz="+0100", mua="outlook", quote="outlook", re="R:",
     thread=dict(tpl="reminder", inv="33/2026", amount="1.220,00 €", due="2026-11-25",
                 sent="2026-12-03 08:00", client="Monti Eventi srl", ckind="company"),
     body="""Buongiorno Marco,

il bonifico è partito martedì 1° dicembre, CRO 0306912345678901, importo 1.220,00 €. Dovrebbe vederlo a giorni, se non arriva mi faccia sapere.

Saluti
Ilaria – amministrazione
Monti Eventi srl
""",
     kind="client-reply-paid", label=dict(amount="1220.00"),
     note="Paid on a named day ('partito martedì 1° dicembre') with CRO and amount."),

# 30
dict(owner="alessandra", lang="it", frm=("Marta Giordano", "marta.giordano@outlook.it"),
     date="2027-01-22 08:03:11", tz="+0100", mua="apple", quote="apple",
     thread=dict(tpl="reminder", inv="2/2027", amount="290,00 €", due="2027-01-15",
                 sent="2027-01-21 08:00", client="Marta Giordano", ckind="person"),
     body="""fatto ieri sera, dovrebbe arrivarti lunedì. scusa ancora il ritardo!
Marta

Inviato da iPhone
""",
     kind="client-reply-paid",
     note="'fatto ieri sera' = paid; 'lunedì' is when it should arrive, not a promise."),

# 31 forwarded bank receipt with PDF
dict(owner="giulia", lang="it", frm=("Teresa Galli", "teresa.galli@galliottica.it"),
     date="2026-12-07 09:22:40", tz="+0100", mua="gmail", quote="none",
     subject="I: Esito disposizione bonifico SEPA",
     body="""Buongiorno Giulia,
ecco la contabile del bonifico per la fattura 34/2026, eseguito venerdì.
Buona giornata
Teresa

---------- Messaggio inoltrato ---------
Da: Banca Popolare Online <noreply@bancapopolare-online.it>
Date: ven 4 dic 2026 alle ore 11:02
Subject: Esito disposizione bonifico SEPA
To: <teresa.galli@galliottica.it>


Gentile Cliente,
la disposizione di bonifico SEPA n. 2026120400123 è stata eseguita.

Beneficiario: GIULIA CONTI
IBAN beneficiario: IT02L1234512345123456789012
Importo: EUR 850,00
Data esecuzione: 04/12/2026
Causale: Saldo fattura 34/2026

In allegato la ricevuta in formato PDF.
Cordiali saluti
Banca Popolare Online
""",
     attach=[dict(name="contabile_2026120400123.pdf", ctype="application/pdf",
                  data=pdf_bytes(["Banca Popolare Online - Contabile bonifico SEPA", "Data esecuzione: 04/12/2026",
                                  "Beneficiario: GIULIA CONTI", "Importo: EUR 850,00",
                                  "Causale: Saldo fattura 34/2026"]))],
     kind="client-reply-paid", label=dict(amount="850.00", reference="34/2026"),
     note="Client forwards her bank's execution notice ('eseguito venerdì', 04/12/2026) with a PDF: paid, not a bank notice to us."),

# 32 paid on 30 November, asks to check
dict(owner="marco", lang="it", frm=("Giorgio Lanza", "giorgio.lanza@lanzacostruzioni.it"),
     date="2026-12-09 13:55:09", tz="+0100", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="31/2026", amount="690,00 €", due="2026-11-26",
                 sent="2026-12-09 08:00", client="Lanza Costruzioni", ckind="company"),
     body="""Marco ciao, guarda che quella fattura l'ho pagata il 30 novembre! Controlla bene, magari è finita sull'altro conto, quello vecchio di Fineco che mi avevi dato l'anno scorso? Fammi sapere.
Giorgio
""",
     kind="client-reply-paid",
     note="Paid on 30 Nov, with a question whether it went to an old account: still paid."),

# 33 paid last Friday with another invoice
dict(owner="alessandra", lang="it", frm=("Roberta Sartori", "r.sartori@sartorimoda.com"),
     date="2027-01-18 10:31:27", tz="+0100", mua="outlook", quote="outlook", re="RE:",
     thread=dict(tpl="reminder", inv="44/2026", amount="1.342,00 €", due="2027-01-10",
                 sent="2027-01-18 08:00", client="Sartori Moda srl", ckind="company"),
     body="""Buongiorno,

l'abbiamo pagata venerdì scorso insieme alla 1/2027, con un unico bonifico da 2.074,00 €. Le mando la contabile appena la ritrovo.

Cordiali saluti
Roberta Sartori
""",
     kind="client-reply-paid", label=dict(amount="2074.00"),
     note="Paid 'venerdì scorso' (a past day) with another invoice in one transfer of 2,074.00 covering both."),

# 34 HTML only: bonifico disposto in data 11/12 for two invoices
dict(owner="giulia", lang="it", frm=("Ufficio Tesoreria", "tesoreria@consorziovalbrenta.it"),
     date="2026-12-14 12:18:45", tz="+0100", mua="outlook", quote="outlook", re="R:",
     fmt="html",
     thread=dict(tpl="reminder", inv="39/2026", amount="1.220,00 €", due="2026-12-05",
                 sent="2026-12-14 08:00", client="Consorzio Val Brenta", ckind="company"),
     body="x",
     html="""<div>Buongiorno,</div>
<div><br></div>
<div>si comunica che in data <b>11/12/2026</b> è stato disposto il bonifico di <b>€ 2.440,00</b> a saldo delle fatture n. 38/2026 e n. 39/2026 (mandato di pagamento n. 418/2026).</div>
<div><br></div>
<div>Distinti saluti</div>
<div><br></div>
<div>Ufficio Tesoreria<br>Consorzio Val Brenta</div>
""",
     kind="client-reply-paid", label=dict(amount="2440.00"),
     note="HTML-only: transfer 'disposto in data 11/12/2026' for two invoices (mandato di pagamento): paid."),

# ================================================================= DISPUTE with days
# 35
dict(owner="alessandra", lang="it", frm=("Daniele Fumagalli", "daniele@fumagalliarredo.it"),
     date="2026-12-11 16:44:10", tz="+0100", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="34/2026", amount="1.000,00 €", due="2026-12-05",
                 sent="2026-12-11 08:00", client="Fumagalli Arredo", ckind="company"),
     body="""Buongiorno Alessandra,

venerdì 18 vi paghiamo 800 euro, cioè quanto pattuito nel preventivo di settembre. Le due revisioni aggiuntive del catalogo non erano state concordate con noi e non le riconosciamo: se vuole ne parliamo, ma la fattura così com'è non la possiamo saldare.

Daniele Fumagalli
""",
     kind="client-reply-dispute", label=dict(amount="800.00"),
     note="Will pay only 800 on Friday 18 and contests the extra revisions: partial payment + dispute of the rest = dispute."),

# 36
dict(owner="marco", lang="it", frm=("Serena Valli", "serena.valli@vallicasa.it"),
     date="2027-01-12 11:09:33", tz="+0100", mua="outlook", quote="outlook", re="R:",
     thread=dict(tpl="due", inv="2/2027", amount="640,00 €", due="2027-01-11",
                 sent="2027-01-12 08:00", client="Valli Casa Immobiliare", ckind="company"),
     body="""Buongiorno Marco,

credo ci sia un errore: la fattura 2/2027 riguarda lo stesso servizio fotografico (appartamento di via Marsala) già fatturato con la 43/2026, che vi abbiamo pagato il 22 dicembre. Non procediamo quindi con il pagamento. Mi mandi per favore una nota di credito per annullarla.

Cordiali saluti
Serena Valli
Valli Casa Immobiliare
""",
     kind="client-reply-dispute", label=dict(reference="2/2027"),
     note="Says 2/2027 duplicates 43/2026 (paid on 22 Dec) and asks for a credit note: dispute, not paid."),

# ================================================================= OTHER with days
# 37
dict(owner="giulia", lang="it", frm=("Alberto Caruso", "a.caruso@carusofood.it"),
     date="2026-11-23 17:20:56", tz="+0100", mua="gmail", quote="gmail",
     thread=dict(tpl="reminder", inv="31/2026", amount="732,00 €", due="2026-11-16",
                 sent="2026-11-23 08:00", client="Caruso Food srl", ckind="company"),
     body="""Buonasera Giulia,
possiamo sentirci giovedì mattina per telefono? Il nostro gestionale non mi fa registrare la fattura senza il numero d'ordine e non riesco a capire a quale ordine si riferisca la 31/2026 (le schede tecniche o il sito?). Mi chiami pure al 347 1234567 dopo le 9.

Alberto
""",
     kind="client-reply-other", label=dict(reference="31/2026"),
     note="Asks for a call on Thursday and for the order number: a question, no payment day."),

# 38
dict(owner="alessandra", lang="it", frm=("Valentina Russo", "v.russo@studiorussoassociati.it"),
     date="2027-01-05 09:47:01", tz="+0100", mua="apple", quote="apple",
     thread=dict(tpl="reminder", inv="42/2026", amount="1.159,00 €", due="2026-12-31",
                 sent="2027-01-05 08:00", client="Studio Russo Associati", ckind="company"),
     body="""Buongiorno Alessandra, ricevuta. La passo all'amministrazione, che però rientra lunedì 11. Ti faranno sapere loro.
Valentina

Inviato da iPad
""",
     kind="client-reply-other",
     note="Forwarded to accounts; 'lunedì 11' is when accounts return, not a payment day: other."),

# ================================================================= AUTO-REPLIES
# 39
dict(owner="alessandra", lang="it", frm=("Federica Longo", "f.longo@gruppobeta.it"),
     date="2026-12-23 08:00:41", tz="+0100", mua="outlook", quote="none",
     thread=dict(tpl="reminder", inv="38/2026", amount="2.196,00 €", due="2026-12-15",
                 sent="2026-12-23 08:00", client="Gruppo Beta srl", ckind="company"),
     subject="Risposta automatica: Sollecito: fattura n. 38/2026",
     headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "X-Autoreply": "yes"},
     body="""Buongiorno,
sono fuori ufficio fino al 6 gennaio compreso, con accesso limitato alla posta. Per urgenze amministrative potete scrivere a amministrazione@gruppobeta.it.

Cordiali saluti
Federica Longo
""",
     kind="auto-reply", label=dict(return_date="2027-01-07"),
     note="Out of office 'fino al 6 gennaio compreso': back on 7 Jan 2027. RFC 3834 headers."),

# 40
dict(owner="giulia", lang="it", frm=("Enrico Pace", "enrico.pace@paceeditore.it"),
     date="2026-12-02 08:01:12", tz="+0100", mua="other", quote="none",
     thread=dict(tpl="reminder", inv="34/2026", amount="560,00 €", due="2026-11-25",
                 sent="2026-12-02 08:00", client="Pace Editore", ckind="company"),
     subject="Fuori sede",
     body="""Grazie per il messaggio. Sono fuori sede per la fiera Più libri più liberi e rientro lunedì 7 dicembre. Leggerò la posta al mio rientro.

Enrico Pace
""",
     kind="auto-reply", label=dict(return_date="2026-12-07"),
     note="Out-of-office without Auto-Submitted/X-Autoreply headers; 'rientro lunedì 7 dicembre'."),
]
