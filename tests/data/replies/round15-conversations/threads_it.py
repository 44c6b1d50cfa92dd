# Italian threads: Alessandra Rossi (N/2026), Marco Ferretti (2026/NN), Giulia Conti (N/2026).
from common import *

AR = P("Alessandra Rossi", "alessandra@example.it", "Europe/Rome", "it", "thunderbird-it", TB)
MF = P("Marco Ferretti", "marco@ferrettifoto.it", "Europe/Rome", "it", "gmail-it")
GC = P("Giulia Conti", "giulia.conti@contitraduzioni.it", "Europe/Rome", "it", "gmail-it")
for o in (AR, MF, GC):
    o.lang = "it"
letters.PAY[AR.addr] = ("Alessandra Rossi", "IT60 X054 2811 1010 0000 0123 456", "BPMOIT22XXX")
letters.PAY[MF.addr] = ("Marco Ferretti", "IT02 L030 6909 6061 0000 0117 358", "BCITITMM")
letters.PAY[GC.addr] = ("Giulia Conti", "IT77 Q020 0802 4350 0010 4562 981", "UNCRITMMXXX")

SIG_AR = "Alessandra"
SIG_AR_FULL = "Alessandra\n--\nAlessandra Rossi · graphic design\nvia Saragozza 41, 40123 Bologna · P.IVA 03456780371"
SIG_MF = "Marco\n\n--\nMarco Ferretti Fotografo\nferrettifoto.it · 347 218 9045"
SIG_GC = "Giulia\n\nGiulia Conti\nTraduzioni EN/DE > IT – traduttrice tecnica\nwww.contitraduzioni.it"

PRIVACY = ("Le informazioni contenute in questo messaggio di posta elettronica sono riservate e confidenziali e ne è "
           "vietata la diffusione in qualunque modo eseguita. Qualora Lei non fosse la persona a cui il presente "
           "messaggio è destinato, La invitiamo ad eliminarlo e a darcene gentilmente comunicazione. Ai sensi del "
           "Regolamento UE 2016/679 (GDPR) La informiamo che i Suoi dati sono trattati per finalità amministrative.")

# ------------------------------------------------------------------ 1 paid: promise kept
c = P("Roberto Galli", "r.galli@galliarredamenti.it", "Europe/Rome", "it", "outlook-it", OUTLOOK)
S([
    msg(AR, c, "2026-10-28 11:02", f"""Ciao Roberto,

ti mando in allegato la fattura n. 31/2026 per il restyling del catalogo autunno/inverno
(1.500,00 € + IVA 22% = 1.830,00 €), pagamento a 30 giorni come d'accordo.

Grazie ancora per la fiducia, è stato un bel lavoro!

{SIG_AR_FULL}""", subject="Fattura n. 31/2026 – Galli Arredamenti"),
    REM(AR, c, "2026-12-01 09:00", "reminder", "Spett.le Galli Arredamenti srl,", "31/2026", "1.830,00 €", "27 novembre 2026"),
    msg(c, AR, "2026-12-02 08:47", """Buongiorno Alessandra,

hai ragione, mi era proprio sfuggita: con la chiusura del magazzino per l'inventario è stato un delirio.
La metto in pagamento venerdì 11 insieme agli altri fornitori.

Cordiali saluti

Roberto Galli
Galli Arredamenti srl
Via dell'Industria 12 – 40138 Bologna
Tel. 051 555 0192""", subject="R: Sollecito di pagamento – fattura n. 31/2026"),
    msg(AR, c, "2026-12-02 09:20", "Grazie mille Roberto, nessun problema!\nBuona giornata\n\nAlessandra"),
    msg(c, AR, "2026-12-11 16:40", """Fatto oggi, come promesso.
Ti allego la contabile.

Buon weekend
Roberto""", subject="R: Re: R: Sollecito di pagamento – fattura n. 31/2026"),
], dict(kind="client-reply-paid", language="it",
        note="Promise kept: 'Fatto oggi, come promesso' with receipt; the quoted history holds the old promise 'venerdì 11', which must not become a promised_date."),
    fmt="alt", cte="quoted-printable", attach=[("contabile_bonifico_11122026.pdf", "application/pdf", PDF)])

# ------------------------------------------------------------------ 2 promise: new date replaces old
c = P("Stefania Moretti", "amministrazione@moretti-ottica.it", "Europe/Rome", "it", "gmail-it")
S([
    msg(GC, c, "2026-11-05 15:30", f"""Ciao Stefania,

ecco la fattura n. 44/2026 per la traduzione del catalogo lenti (DE > IT, 12.400 parole): 610,00 € (500 + IVA).
Scadenza a 30 giorni.

Un saluto e buon lavoro,
{SIG_GC}""", subject="Fattura 44/2026 - traduzione catalogo"),
    REM(GC, c, "2026-12-07 09:00", "due", "Spett.le Moretti Ottica snc,", "44/2026", "610,00 €", "5 dicembre 2026",
        subject="Re: Fattura 44/2026 - traduzione catalogo"),
    msg(c, GC, "2026-12-09 12:14", """Ciao Giulia,
scusa il ritardo, dicembre è il nostro mese peggiore. Riesco a saldare entro il 15.
Stefania"""),
    msg(GC, c, "2026-12-09 12:40", "Grazie Stefania, nessun problema! Buon lavoro.\nGiulia"),
    msg(c, GC, "2026-12-14 18:05", """Giulia perdonami, non ce la faccio più per il 15: il nostro cliente grosso (la catena di Modena) ci ha pagato in ritardo anche lui e sono rimasta a secco.
Facciamo il 22? Ti giuro che è l'ultima volta che sposto 🙏

Stefania
Moretti Ottica snc – ufficio amministrazione"""),
], dict(kind="client-reply-promise", language="it", promised_date="2026-12-22",
        note="New date replaces the old one: quoted 'entro il 15' is superseded by 'Facciamo il 22' (Mon 14 Dec, so 22 Dec)."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 3 promise: dispute settled with discount
c = P("Lorenzo Ferri", "lorenzo@ferricostruzioni.it", "Europe/Rome", "it", "outlook-it", OUTLOOK)
S([
    msg(MF, c, "2026-10-20 18:22", f"""Ciao Lorenzo,

in allegato la fattura 2026/38 per il servizio fotografico del cantiere di via Emilia (60 scatti post-prodotti, 2 uscite), 2.000 € + IVA = 2.440,00 €.
Le foto in alta le trovi già sul Drive.

{SIG_MF}""", subject="Fattura 2026/38 - cantiere via Emilia"),
    msg(c, MF, "2026-11-04 10:31", """Marco buongiorno,

ho visto la fattura. Ti dico subito che così non la posso pagare: nel preventivo avevamo parlato di 40 foto, non 60, e almeno metà di quelle del cortile sono venute con il cielo grigio e il committente me le ha già bocciate.
Vediamo di trovare una soluzione.

Lorenzo Ferri
Ferri Costruzioni srl"""),
    msg(MF, c, "2026-11-05 09:05", """Ciao Lorenzo,

le foto consegnate sono 58 e le due uscite erano nel preventivo (te lo rigiro). Capisco però il problema del cielo: ti propongo uno sconto del 10% e rifaccio le 12 del cortile alla prima giornata di sole, senza costi.
Se ti va bene ti mando la nota di credito da 244 €.

Marco"""),
    msg(c, MF, "2026-11-25 09:12", """Ok Marco, con lo sconto va bene. Ho ricevuto anche la nota di credito.
Pago venerdì i 2.196 €, così chiudiamo questa storia.
Le foto nuove del cortile sono venute benissimo, grazie.

Lorenzo""", subject="R: Re: R: Fattura 2026/38 - cantiere via Emilia"),
], dict(kind="client-reply-promise", language="it", promised_date="2026-11-27", amount="2196.00",
        note="Dispute in the quoted history is settled; newest message promises to pay 2.196 € 'venerdì' (Wed 25 Nov → Fri 27 Nov)."),
    fmt="plain", cs="iso-8859-1", cte="quoted-printable")

# ------------------------------------------------------------------ 4 other: IBAN question after promise
c = P("Chiara Esposito", "bbilglicine@libero.it", "Europe/Rome", "it", "libero-it")
S([
    REM(AR, c, "2026-11-16 09:00", "courtesy", "Gentile Chiara Esposito,", "35/2026", "427,00 €", "20 novembre 2026"),
    msg(c, AR, "2026-11-17 21:48", """Buonasera Alessandra, grazie del promemoria, con la stagione chiusa mi ero un po' persa. Pago entro fine mese.
Chiara - B&B Il Glicine""", subject="Re: Promemoria: fattura n. 35/2026 in scadenza"),
    msg(AR, c, "2026-11-18 08:55", "Grazie mille Chiara, a presto!\n\nAlessandra"),
    msg(c, AR, "2026-11-26 19:02", """Alessandra scusa una cosa.
Sto aggiornando l'anagrafica dei fornitori nell'home banking e con la nuova verifica del beneficiario mi esce "corrispondenza parziale" sul tuo IBAN: il nome che risulta è Rossi Alessandra e non Studio Rossi come avevo scritto io. È giusto l'IBAN che finisce con 3456?
Non voglio fare pasticci

Chiara"""),
], dict(kind="client-reply-other", language="it",
        note="Question about the payee check on the IBAN; the promise 'entro fine mese' is only in the quoted history. No payment done, no new promise stated."),
    fmt="plain", cs="utf-8", cte="8bit")

# ------------------------------------------------------------------ 5 paid after earlier dispute
c = P("Paolo Marchetti", "p.marchetti@studiomarchetti.it", "Europe/Rome", "it", "gmail-it")
S([
    msg(c, GC, "2026-11-10 17:40", """Giulia buonasera,

ho fatto leggere la traduzione del capitolato al nostro ingegnere inglese: ci sono diversi errori terminologici (solaio reso con "floor" invece di "floor slab", "getto" con "throw"...). Prima di pagare la fattura vorrei che fosse rivista.

Paolo Marchetti
Studio di Architettura Marchetti""", subject="Re: Fattura n. 39/2026 - capitolato"),
    msg(GC, c, "2026-11-11 09:12", f"""Buongiorno Paolo,

ha ragione su "throw", è un errore mio e me ne scuso. La rivedo tutta con un collega ingegnere entro venerdì, ovviamente senza costi aggiuntivi.

{SIG_GC}"""),
    msg(c, GC, "2026-11-16 08:31", "Ricevuta la revisione, ora va bene. Grazie della disponibilità.\nPaolo"),
    msg(GC, c, "2026-11-16 10:02", "Grazie a lei Paolo. Resto in attesa del saldo allora, buona settimana!\nGiulia"),
    msg(c, GC, "2026-12-03 11:26", """Giulia buongiorno,
saldata ieri la fattura n. 39-2026, CRO 0306912345678901 (glielo scrivo perché il commercialista dice che è meglio lasciare traccia).
Alla prossima, abbiamo un altro capitolato in arrivo a gennaio.

Paolo Marchetti
Studio di Architettura Marchetti
Via Garibaldi 8 – 50123 Firenze"""),
], dict(kind="client-reply-paid", language="it", reference="39/2026",
        note="Paid after a dispute that is still visible in the quoted history (errori terminologici, 'prima di pagare'). Reference written as 39-2026."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 6 dispute after earlier promise
c = P("Davide Rinaldi", "davide@rinaldiwine.it", "Europe/Rome", "it", "gmail-it")
S([
    REM(AR, c, "2026-11-30 09:00", "reminder", "Spett.le Cantina Rinaldi,", "33/2026", "3.050,00 €", "25 novembre 2026"),
    msg(c, AR, "2026-12-01 13:10", "Ciao Ale, scusa, è colpa mia. La paghiamo la settimana prossima.\nD."),
    msg(AR, c, "2026-12-01 13:45", "Grazie Davide, tranquillo!\n\nAlessandra"),
    msg(c, AR, "2026-12-09 22:17", """Ale ti devo dire una cosa che non mi fa piacere dire.

Ho riguardato la fattura con mio fratello prima di pagarla e ci sono 8 ore di "modifiche etichetta riserva" che secondo noi rientravano nel forfait: nel preventivo c'era scritto "due giri di revisione inclusi" e noi ne abbiamo fatti due e mezzo, non di più.
Quelle 8 ore (400 € + iva) non le riconosciamo. Il resto va bene, ma ci serve una fattura corretta o una nota di credito, altrimenti la nostra commercialista non la registra.

Mi spiace, sentiamoci se vuoi.
Davide"""),
], dict(kind="client-reply-dispute", language="it",
        note="New dispute after the quoted promise 'la settimana prossima': contests 8 hours, wants a credit note."),
    fmt="alt", cte="base64")

# ------------------------------------------------------------------ 7 paid: old paid claim was wrong, now really paid
c = P("Fabio Colombo", "fabio.colombo@colombo-impianti.it", "Europe/Rome", "it", "outlook-old-it", OUTLOOK)
S([
    REM(MF, c, "2026-12-01 09:00", "reminder", "Spett.le Colombo Impianti srl,", "2026/41", "915,00 €", "27 novembre 2026"),
    msg(c, MF, "2026-12-02 08:15", "Buongiorno, a noi risulta pagata il 27/11.\nSaluti\nFabio Colombo", subject="R: Sollecito di pagamento – fattura n. 2026/41"),
    msg(MF, c, "2026-12-09 17:50", """Ciao Fabio,
ho ricontrollato l'estratto conto fino a ieri e il bonifico non c'è. Mi mandi la contabile così lo faccio rintracciare dalla banca?
Grazie
Marco"""),
    msg(c, MF, "2026-12-10 12:33", """Marco scusa, avevi ragione tu. L'amministrazione l'aveva caricato in home banking ma nessuno l'aveva autorizzato 🤦‍♂️
Autorizzato stamattina, data esecuzione 10/12. Ti giro la contabile in allegato.

Fabio Colombo
Colombo Impianti srl - Termoidraulica
Via Ticino 22, 20871 Vimercate (MB)

""" + PRIVACY, subject="R: Re: R: Sollecito di pagamento – fattura n. 2026/41"),
], dict(kind="client-reply-paid", language="it",
        note="Earlier 'risulta pagata il 27/11' was wrong (quoted); the newest message says it was authorised this morning and attaches the receipt. Paid now."),
    fmt="plain", cs="utf-8", cte="quoted-printable", attach=[("Contabile_bonifico_SEPA.pdf", "application/pdf", PDF)])

# ------------------------------------------------------------------ 8 promise: one invoice paid, the other moved
c = P("Elena Sartori", "e.sartori@sartoriviaggi.it", "Europe/Rome", "it", "outlook-it", OUTLOOK)
S([
    REM(GC, c, "2026-11-24 09:00", "due", "Spett.le Sartori Viaggi srl,", "40/2026", "732,00 €", "22 novembre 2026"),
    msg(c, GC, "2026-11-25 09:40", """Ciao Giulia,
la 40 la paghiamo insieme alla 46 a fine mese, così facciamo un bonifico solo. Ok?
Elena""", subject="R: Fattura n. 40/2026 – promemoria di pagamento"),
    msg(GC, c, "2026-11-25 10:02", "Va benissimo, grazie Elena!\nGiulia"),
    msg(c, GC, "2026-11-30 17:20", """Ciao Giulia, cambio di programma, scusami:
la 40 è partita oggi (732 €), la 46 invece slitta al 10 dicembre perché un nostro cliente ci ha contestato una fattura e abbiamo la cassa ferma fino a quel giorno.
Spero non sia un problema.
Elena

Elena Sartori
Sartori Viaggi srl – Amministrazione
""" + PRIVACY, subject="R: Re: R: Fattura n. 40/2026 – promemoria di pagamento"),
], dict(kind="client-reply-promise", language="it", promised_date="2026-12-10",
        note="No amount: 732 € is what was paid on the other invoice. Two invoices: 40 paid today, 46 moved to 10 December. Paid one + promise for the other = promise. The old single-transfer plan ('a fine mese') is only quoted."),
    fmt="html", cte="quoted-printable")

# ------------------------------------------------------------------ 9 other: handed to accounts after promise
c = P("Giorgio Ricci", "giorgio.ricci@ricci-spa.it", "Europe/Rome", "it", "outlook-it", OUTLOOK)
sonia = P("Sonia Bellini", "contabilita@ricci-spa.it", "Europe/Rome", "it", "outlook-it")
S([
    REM(AR, c, "2026-12-07 09:00", "reminder", "Spett.le Ricci S.p.A.,", "37/2026", "2.196,00 €", "3 dicembre 2026"),
    msg(c, AR, "2026-12-07 11:18", "Alessandra ciao, ci penso io, te la faccio pagare entro venerdì.\nGiorgio", subject="R: Sollecito di pagamento – fattura n. 37/2026"),
    msg(AR, c, "2026-12-07 11:30", "Grazie Giorgio, gentilissimo!\n\nAlessandra"),
    msg(c, [AR], "2026-12-15 10:05", """Ciao Alessandra,
ti metto in copia Sonia della contabilità che da questo mese gestisce lei tutti i pagamenti fornitori, io mi sono accorto che non ho più l'accesso alla banca.
Sonia, per favore vedi tu con Alessandra la sua fattura 37. Grazie a entrambe.

Giorgio Ricci
Amministratore Delegato
Ricci S.p.A.""", cc=[sonia], subject="R: Re: R: Sollecito di pagamento – fattura n. 37/2026"),
], dict(kind="client-reply-other", language="it", reference="37/2026",
        note="Hands the invoice to accounts (cc) after a quoted promise 'entro venerdì' that was not kept; no new promise or payment claim."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 10 promise: earlier paid claim retracted
c = P("Martina Lombardi", "martina@lombardi-eventi.it", "Europe/Rome", "it", "gmail-it")
S([
    REM(MF, c, "2026-12-09 09:00", "reminder", "Spett.le Lombardi Eventi,", "2026/44", "1.525,00 €", "5 dicembre 2026"),
    msg(c, MF, "2026-12-09 09:47", "Ciao Marco, ma l'ho pagata la settimana scorsa, controlla bene!\nMartina"),
    msg(MF, c, "2026-12-14 18:30", """Ciao Martina,
ho ricontrollato anche oggi e non mi è arrivato nulla. Mi mandi la contabile? Così verifico con la banca.
Grazie, Marco"""),
    msg(c, MF, "2026-12-15 11:48", """Marco che figura... ho guardato in banca e il bonifico era rimasto in bozza, non è mai partito. Scusami tantissimo.
Lo rifaccio domani mattina appena arriva la mia socia con il token (è lei che firma).

Martina"""),
], dict(kind="client-reply-promise", language="it", promised_date="2026-12-16",
        note="The quoted 'l'ho pagata la settimana scorsa' is retracted; now a promise for 'domani' (Tue 15 Dec → 16 Dec)."),
    fmt="plain", cs="utf-8", cte="8bit")

# ------------------------------------------------------------------ 11 dispute: half paid until the error is sorted
c = P("Andrea Bruno", "andrea.bruno@brunoferramenta.it", "Europe/Rome", "it", "outlook-it", OUTLOOK)
S([
    msg(AR, c, "2026-11-16 10:10", f"""Buongiorno Andrea,

in allegato la fattura n. 42/2026 per il volantino di Natale e la locandina (1.200,00 € + IVA = 1.464,00 €), pagamento a 30 giorni.

Un saluto,
{SIG_AR_FULL}""", subject="Fattura n. 42/2026"),
    msg(c, AR, "2026-11-20 08:02", "Ricevuta, grazie. La paghiamo a 30 gg come sempre.\nAndrea Bruno", subject="R: Fattura n. 42/2026"),
    REM(AR, c, "2026-12-17 09:00", "due", "Spett.le Ferramenta Bruno snc,", "42/2026", "1.464,00 €", "16 dicembre 2026",
        subject="R: Fattura n. 42/2026"),
    msg(c, AR, "2026-12-17 09:33", "Sì sì, la mettiamo in pagamento a fine mese.\nAndrea", subject="R: R: Fattura n. 42/2026"),
    msg(AR, c, "2026-12-17 10:00", "Perfetto, grazie Andrea.\nAlessandra"),
    msg(c, AR, "2026-12-29 09:20", """Alessandra buongiorno,

ho visto solo ora con calma il volantino stampato: il numero di telefono del negozio è sbagliato (manca una cifra, 0521 23 456 invece di 0521 234 456) e ne abbiamo già distribuiti 2000 nelle cassette.
Finché non capiamo di chi è l'errore, se nostro nel testo che ti abbiamo mandato o tuo, paghiamo solo metà: 732 €, che ti ho mandato oggi. Il resto ne parliamo a gennaio.

Andrea Bruno
Ferramenta Bruno snc""", subject="R: R: Fattura n. 42/2026"),
], dict(kind="client-reply-dispute", language="it", amount="732.00",
        note="Partial payment (732 € sent today) withholding the rest over a printing error = dispute. Quoted history holds two earlier promises (30 gg, fine mese)."),
    fmt="alt", cs="iso-8859-1", cte="quoted-printable")

# ------------------------------------------------------------------ 12 promise: invoice found in spam, pays Thursday
c = P("Sara Gentile", "sara.gentile.yoga@gmail.com", "Europe/Rome", "it", "gmail-it")
S([
    REM(GC, c, "2026-12-28 09:00", "due", "Gentile Sara Gentile,", "48/2026", "305,00 €", "26 dicembre 2026"),
    msg(c, GC, "2026-12-28 14:22", "ciao giulia ma quale fattura? non mi risulta di averla ricevuta, per cosa era?"),
    msg(GC, c, "2026-12-29 09:10", """Ciao Sara,
è quella della traduzione del sito (le pagine dei corsi in inglese), te l'avevo mandata il 26 novembre. Te la riallego qui.
Un abbraccio e buone feste!
Giulia"""),
    msg(c, GC, "2027-01-04 20:51", """trovata!! era finita nello spam insieme alla tua prima mail, scusa.
tutto chiaro, la pago giovedì quando mi entra lo stipendio della scuola 😅
buon anno!!
sara"""),
], dict(kind="client-reply-promise", language="it", promised_date="2027-01-07",
        note="After a 'which invoice?' question (quoted), promises 'giovedì' (Mon 4 Jan 2027 → Thu 7 Jan)."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 13 paid: promise kept, southern voice
c = P("Totò Greco", "info@pasticceriagreco.it", "Europe/Rome", "it", "ios-it", IPHONE)
S([
    REM(MF, c, "2026-12-14 09:00", "reminder", "Spett.le Pasticceria Greco,", "2026/47", "680,00 €", "10 dicembre 2026"),
    msg(c, MF, "2026-12-15 05:48", """Marco scusami è periodo di panettoni, non ho manco il tempo di dormire. Appena respiro ti pago. Promesso.

Inviato da iPhone"""),
    msg(MF, c, "2026-12-15 09:30", "Tranquillo Totò, buon lavoro e buone feste!\nMarco"),
    msg(MF, c, "2027-01-08 10:00", """Ciao Totò, passate le feste ti riscrivo per la fattura 2026/47, quando riesci mi fai sapere?
Grazie!
Marco""", q="gmail-it"),
    msg(c, MF, "2027-01-08 11:47", """Fatto mo' mo'! Tutti e 680. Scusa u ritardo, a Natale qua è la guerra 😂
Ti aspetto per le foto della colomba a marzo

Inviato da iPhone"""),
], dict(kind="client-reply-paid", language="it", amount="680.00",
        note="Dialect 'Fatto mo' mo'', amount stated. Quoted history holds an undated promise and two owner messages."),
    fmt="plain", cs="utf-8", cte="quoted-printable")

# ------------------------------------------------------------------ 14 other: e-invoice missing after promise
c = P("Luca Barbieri", "luca@barbieri-consulting.it", "Europe/Rome", "it", "apple-it", APPLE)
S([
    REM(AR, c, "2026-12-28 09:00", "reminder", "Spett.le Barbieri Consulting srl,", "45/2026", "854,00 €", "24 dicembre 2026"),
    msg(c, AR, "2026-12-28 12:05", "Scusa Alessandra, è che a fine anno siamo sommersi. La pago entro il 10 gennaio.\nLuca"),
    msg(AR, c, "2026-12-29 09:00", "Grazie Luca, figurati! Buone feste.\nAlessandra"),
    msg(c, AR, "2027-01-07 10:14", """Ciao Alessandra, buon anno!
Ti disturbo per una cosa: la nostra commercialista mi dice che la fattura elettronica della 45 nel cassetto fiscale non c'è, abbiamo solo il PDF di cortesia che ci hai mandato per mail. Puoi verificare se è stata scartata dallo SdI? Senza la fattura elettronica l'amministrazione non la può registrare.

Grazie, Luca

Luca Barbieri
Barbieri Consulting srl"""),
], dict(kind="client-reply-other", language="it", reference="45/2026",
        note="Question about the e-invoice missing in the fiscal drawer; the quoted promise (entro il 10 gennaio) is not restated."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 15 promise: 'non prima del 28'
c = P("Federica Costa", "federica.costa@costa-immobiliare.it", "Europe/Rome", "it", "outlook-it", OUTLOOK)
S([
    REM(GC, c, "2026-12-03 09:00", "reminder", "Spett.le Costa Immobiliare srl,", "43/2026", "976,00 €", "30 novembre 2026"),
    msg(c, GC, "2026-12-03 15:02", """Buongiorno Giulia,
provvediamo con il pagamento fornitori del 15.
Cordiali saluti
Federica Costa""", subject="R: Sollecito di pagamento – fattura n. 43/2026"),
    msg(GC, c, "2026-12-03 15:30", "Grazie Federica, buona giornata!\nGiulia"),
    msg(c, GC, "2026-12-14 16:44", """Giulia, ti avviso per correttezza: il pagamento fornitori di domani è stato rinviato dalla direzione per la chiusura di bilancio. La tua fattura non riusciremo a pagarla prima del 28.
Mi dispiace, non dipende da me.

Federica Costa
Ufficio Amministrazione
Costa Immobiliare srl
""" + PRIVACY, subject="R: Re: R: Sollecito di pagamento – fattura n. 43/2026"),
], dict(kind="client-reply-promise", language="it", promised_date="2026-12-28",
        note="'non riusciremo a pagarla prima del 28' replaces the quoted 'pagamento fornitori del 15' → promise for 28 Dec."),
    fmt="html", cte="quoted-printable")

# ------------------------------------------------------------------ 16 paid: formal accounts office, HTML
c = P("Valeria Neri - Amministrazione", "amministrazione@tecnoplastsrl.it", "Europe/Rome", "it", "outlook-it", OUTLOOK)
S([
    REM(MF, c, "2026-12-07 09:00", "reminder", "Spett.le Tecnoplast srl,", "2026/42", "2.928,00 €", "30 novembre 2026"),
    msg(c, MF, "2026-12-07 14:40", """Buongiorno,
in riferimento al Vs. sollecito, si comunica che il pagamento della fattura in oggetto sarà eseguito con valuta 18/12/2026, come da nostro calendario pagamenti.
Distinti saluti
Valeria Neri
Ufficio Amministrazione""", subject="R: Sollecito di pagamento – fattura n. 2026/42"),
    msg(MF, c, "2026-12-07 15:05", "Buongiorno Valeria, grazie mille per il riscontro.\nCordiali saluti\nMarco Ferretti"),
    msg(c, MF, "2026-12-21 09:03", """Buongiorno,
con la presente si comunica che in data 18/12/2026 è stato disposto il bonifico a saldo della Vs. fattura n. 2026/42 per € 2.928,00.
Distinti saluti

Valeria Neri
Ufficio Amministrazione
Tecnoplast srl – Via dell'Artigianato 5 – 31050 Villorba (TV)

""" + PRIVACY, subject="R: Re: R: Sollecito di pagamento – fattura n. 2026/42"),
], dict(kind="client-reply-paid", language="it", amount="2928.00", reference="2026/42",
        note="Formal accounts wording; the quoted 'valuta 18/12' promise is now confirmed as done."),
    fmt="html", cte="quoted-printable")

# ------------------------------------------------------------------ 17 dispute: already billed
c = P("Nicola Fontana", "n.fontana@fontanaeditore.it", "Europe/Rome", "it", "gmail-it")
S([
    REM(GC, c, "2026-12-10 09:00", "reminder", "Spett.le Fontana Editore srl,", "47/2026", "1.220,00 €", "6 dicembre 2026"),
    msg(c, GC, "2026-12-11 08:58", "Giulia la giro in amministrazione, dovrebbe partire entro Natale.\nN."),
    msg(GC, c, "2026-12-11 09:20", "Grazie Nicola!\nGiulia"),
    msg(c, GC, "2026-12-18 12:40", """Giulia, l'amministrazione mi segnala una cosa: questa traduzione (capitoli 7-9 del manuale d'uso) ce l'avevi già fatturata con la 41/2026 di ottobre, che abbiamo pagato il mese scorso. A me sembra un doppione.
Puoi controllare? Nel frattempo la teniamo bloccata.

Nicola Fontana
Fontana Editore – redazione tecnica"""),
], dict(kind="client-reply-dispute", language="it",
        note="Already billed (duplicate of 41/2026) after a quoted promise 'entro Natale'; payment blocked. The invoice named (41/2026) is the other one, so no reference."),
    fmt="plain", cs="utf-8", cte="quoted-printable")

# ------------------------------------------------------------------ 18 paid: the client's accountant
c = P("Gianni Serra", "gianni.serra@serragelateria.it", "Europe/Rome", "it", "gmail-it")
villa = P("Studio Villa – Dott. Pietro Villa", "pietro.villa@studiovilla.it", "Europe/Rome", "it", "outlook-it", OUTLOOK)
S([
    REM(AR, c, "2026-12-01 09:00", "reminder", "Gentile Gianni Serra,", "41/2026", "549,00 €", "26 novembre 2026"),
    msg(c, AR, "2026-12-01 19:30", """Ciao Ale, giro al mio commercialista che fa lui i pagamenti dei fornitori, ti faccio sapere.
Gianni""", cc=[villa]),
    msg(AR, [c], "2026-12-02 08:40", "Grazie Gianni!\nAlessandra", cc=[villa]),
    msg(villa, [AR], "2026-12-04 12:15", """Gentile dott.ssa Rossi,

su incarico del sig. Serra Le comunico che il pagamento della fattura n. 41/2026 è stato disposto in data odierna a mezzo bonifico bancario.

Cordiali saluti

Studio Villa
Dott. Pietro Villa – Dottore Commercialista
Via Manzoni 14 – 40121 Bologna

""" + PRIVACY, cc=[c], subject="R: Re: Sollecito di pagamento – fattura n. 41/2026"),
], dict(kind="client-reply-paid", language="it", reference="41/2026",
        note="The client's accountant confirms payment, replying in a thread where the client had only forwarded the reminder."),
    fmt="alt", cs="iso-8859-1", cte="quoted-printable")

# ------------------------------------------------------------------ 19 other: credit note received, passed on
c = P("Irene Marino", "irene@marino-design.it", "Europe/Rome", "it", "apple-it", APPLE)
S([
    msg(c, MF, "2026-12-02 18:20", """Marco ciao,
ho visto la fattura 2026/45: ci sono due giornate di shooting, ma tu sei venuto un giorno e mezzo (il secondo giorno alle 13 eri già via per l'altro lavoro). Me la sistemi?
Irene""", subject="Fattura 2026/45"),
    msg(MF, c, "2026-12-03 09:15", """Ciao Irene, hai ragione, scusa. Ti mando la nota di credito di mezza giornata (183 €), quindi restano 854 €.
Marco"""),
    msg(c, MF, "2026-12-04 08:50", """Ricevuta la nota di credito, grazie Marco. Ora la passo alla Franca che fa l'amministrazione.
Buon weekend!
Irene"""),
], dict(kind="client-reply-other", language="it",
        note="Acknowledges the credit note and passes it to accounts; the dispute is only in the quoted history and is resolved; no payment or promise stated."),
    fmt="plain", cs="utf-8", cte="8bit")

# ------------------------------------------------------------------ 20 dispute: refuses the late fees after paying late
c = P("Massimo Leone", "m.leone@leonetrasporti.it", "Europe/Rome", "it", "outlook-old-it", OUTLOOK)
S([
    REM(AR, c, "2026-12-01 09:00", "reminder", "Spett.le Leone Trasporti srl,", "29/2026", "1.220,00 €", "20 novembre 2026"),
    msg(c, AR, "2026-12-01 12:00", "Alessandra, la pago il 20. Massimo", subject="R: Sollecito di pagamento – fattura n. 29/2026"),
    msg(AR, c, "2026-12-01 12:20", "Va bene Massimo, grazie.\nAlessandra"),
    msg(c, AR, "2027-01-11 08:40", """Alessandra, ti rispondo qui perché l'altra mail non la trovo più.
La fattura l'abbiamo pagata il 22 dicembre, due giorni dopo quello che ti avevo detto, lo ammetto. Adesso mi arriva una lettera con 40 euro di "risarcimento" e gli interessi?? Non esiste, non li paghiamo. Dopo sei anni che lavoriamo insieme mi sembra una cosa fuori luogo.
Massimo Leone""", subject="R: Re: R: Sollecito di pagamento – fattura n. 29/2026"),
], dict(kind="client-reply-dispute", language="it",
        note="The invoice itself was paid late; the client refuses the 40 € and interest claimed = dispute. Quoted promise 'il 20' is history."),
    fmt="plain", cs="windows-1252", cte="quoted-printable")

# ------------------------------------------------------------------ 21 promise: pays when his own client pays
c = P("Simone Gallo", "simone.gallo.foto@gmail.com", "Europe/Rome", "it", "gmail-it")
S([
    REM(MF, c, "2026-12-14 09:00", "reminder", "Gentile Simone Gallo,", "2026/46", "366,00 €", "10 dicembre 2026"),
    msg(c, MF, "2026-12-14 13:02", "Marco scusa, entro il 20 te la saldo"),
    msg(MF, c, "2026-12-14 13:10", "Grande, grazie Simo"),
    msg(MF, c, "2027-01-05 11:00", "Simo ciao, buon anno! Mi sa che il 20 è passato 😅 Novità sulla 2026/46?", q="gmail-it"),
    msg(c, MF, "2027-01-05 23:12", """Marco fratello sono messo male, il cliente del matrimonio di settembre non mi ha ancora saldato e ho l'affitto dello studio da pagare.
Appena mi pagano ti pago, giuro. Non ti sto fregando, lo sai"""),
], dict(kind="client-reply-promise", language="it",
        note="'Appena mi pagano ti pago': undated promise, replacing the quoted 'entro il 20'. No promised_date."),
    fmt="alt", cte="base64")

# ------------------------------------------------------------------ 22 paid: forwarded bank receipt
c = P("Anna Ferraro", "anna.ferraro@ferraroassicurazioni.it", "Europe/Rome", "it", "gmail-it")
S([
    REM(GC, c, "2027-01-11 09:00", "reminder", "Spett.le Ferraro Assicurazioni sas,", "50/2026", "671,00 €", "7 gennaio 2027"),
    msg(c, GC, "2027-01-11 10:12", "Ciao Giulia, sì, lo so, la metto in pagamento questa settimana.\nAnna"),
    msg(GC, c, "2027-01-11 10:30", "Grazie Anna!\nGiulia"),
    msg(c, GC, "2027-01-15 16:02", """Ecco qua. Ciao!

---------- Forwarded message ---------
Da: Banca Sella <noreply@sella.it>
Date: ven 15 gen 2027 alle ore 15:58
Subject: Conferma disposizione bonifico SEPA
To: <anna.ferraro@ferraroassicurazioni.it>

Gentile cliente,
le confermiamo l'inserimento della seguente disposizione:

Tipo operazione: Bonifico SEPA
Data esecuzione: 15/01/2027
Importo: EUR 671,00
Beneficiario: Giulia Conti
IBAN beneficiario: IT77Q0200802435000104562981
Causale: Saldo fatt. 50/2026
TRN: 0306909876543210480012345000IT

Cordiali saluti
Banca Sella"""),
], dict(kind="client-reply-paid", language="it", amount="671.00",
        note="'Ecco qua' plus a forwarded bank confirmation; the quoted promise 'questa settimana' is now kept. Reference only in the bank's causale."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 23 other: new work, old promise untouched
c = P("Valentina Ruggiero", "valentina@ruggierofood.it", "Europe/Rome", "it", "gmail-it")
S([
    REM(AR, c, "2026-12-09 09:00", "reminder", "Spett.le Ruggiero Food srl,", "43/2026", "1.586,00 €", "4 dicembre 2026"),
    msg(c, AR, "2026-12-09 10:40", "Ale ciao! Scusa, la saldiamo entro il 18 dicembre. Baci"),
    msg(AR, c, "2026-12-09 11:00", "Grazie Vale, perfetto. E buon Natale in anticipo!\nAlessandra"),
    msg(c, AR, "2026-12-16 15:35", """Ciao Ale!
Senti, per il catalogo di primavera ti va di fare una call giovedì o venerdì mattina? Ci sono tre linee nuove (sughi bio, pesti e le creme spalmabili) e vorremmo lo stesso stile del Natale che è piaciuto tantissimo, anche ai distributori tedeschi.
Mandami pure un preventivo quando riesci, così lo giro a mio padre.
Baci
Vale"""),
], dict(kind="client-reply-other", language="it",
        note="Talks about new work and a call; the quoted promise 'entro il 18 dicembre' is not restated. Thursday/Friday are meeting days, not payment dates."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 24 promise: today, after a missed Monday
c = P("Claudio Fabbri", "claudio@fabbrielettronica.it", "Europe/Rome", "it", "thunderbird-it", TB)
S([
    REM(MF, c, "2026-11-25 09:00", "reminder", "Spett.le Fabbri Elettronica srl,", "2026/40", "1.098,00 €", "20 novembre 2026"),
    msg(c, MF, "2026-11-25 10:20", "Buongiorno Marco, la pago lunedì.\nClaudio Fabbri"),
    msg(MF, c, "2026-11-25 10:25", "Grazie Claudio!\nMarco"),
    msg(MF, c, "2026-12-02 09:40", "Ciao Claudio, lunedì è passato, per caso è partito il bonifico? A me non risulta ancora.\nMarco", q="gmail-it"),
    msg(c, MF, "2026-12-02 12:10", """Hai ragione scusa, mi ero perso dietro a una fiera. La faccio oggi pomeriggio senz'altro.

--
Claudio Fabbri
Fabbri Elettronica srl"""),
], dict(kind="client-reply-promise", language="it", promised_date="2026-12-02",
        note="'La faccio oggi pomeriggio' (Wed 2 Dec) replaces the missed 'lunedì' in the quote."),
    fmt="plain", cs="utf-8", cte="8bit")

# ------------------------------------------------------------------ 25 promise: ALL CAPS, nephew pays Wednesday
c = P("", "carusogiuseppe1952@alice.it", "Europe/Rome", "it", "libero-it")
S([
    REM(AR, c, "2026-12-21 09:00", "reminder", "Gentile Giuseppe Caruso,", "47/2026", "250,00 €", "15 dicembre 2026"),
    msg(c, AR, "2026-12-21 17:30", "GENTILE SIGNORA HO RICEVUTO LA SUA LETTERA. PAGO DOPO LE FESTE. CARUSO"),
    msg(AR, c, "2026-12-22 09:10", "Gentile Sig. Caruso,\nnessun problema, grazie del riscontro. Buone feste!\nAlessandra Rossi", q="thunderbird-it"),
    msg(c, AR, "2027-01-11 10:02", """BUONGIORNO SIGNORA ROSSI
MIO NIPOTE MI FA IL BONIFICO CON IL COMPUTER MERCOLEDI QUANDO VIENE A TROVARMI. IO NON SO FARLO
SALUTI
CARUSO GIUSEPPE"""),
], dict(kind="client-reply-promise", language="it", promised_date="2027-01-13",
        note="ALL CAPS elderly client; 'MERCOLEDI' from Mon 11 Jan → Wed 13 Jan. Quoted 'DOPO LE FESTE' is the old vague promise."),
    fmt="plain", cs="iso-8859-1", cte="8bit")

# ------------------------------------------------------------------ 26 promise: dispute solved with a new invoice
c = P("Teresa Longo", "teresa.longo@farmacialongo.it", "Europe/Rome", "it", "gmail-it")
S([
    msg(c, GC, "2026-12-21 11:00", """Giulia ciao, la fattura 45/2026 ha l'IVA al 22% ma la traduzione dei bugiardini era per la casa madre svizzera, che ci rifattura lei. Il nostro consulente dice che va fatta a loro, non a noi. Così non possiamo pagarla.
Teresa""", subject="Re: Fattura 45/2026"),
    msg(GC, c, "2026-12-22 09:30", """Ciao Teresa,
hai ragione, avevo preso l'indirizzo sbagliato dall'ordine. Annullo la 45 con nota di credito ed emetto la 52/2026 intestata a Longo Pharma AG, senza IVA (art. 7-ter). Te le mando entrambe in giornata.
Giulia"""),
    msg(c, GC, "2026-12-22 10:15", "Perfetto grazie, aspetto."),
    msg(GC, c, "2026-12-22 17:40", "Eccole in allegato: nota di credito 12/2026 e fattura 52/2026 (800,00 €).\nGiulia"),
    msg(c, GC, "2027-01-12 09:25", """Ciao Giulia, buon anno!
Ricevuta la 52, questa va bene ed è già stata registrata dalla casa madre. La paghiamo entro fine mese, te lo confermo.
Teresa"""),
], dict(kind="client-reply-promise", language="it", promised_date="2027-01-31", reference="52/2026",
        note="Dispute on invoice 45 (quoted) settled with a new invoice; 'Ricevuta la 52 ... la paghiamo entro fine mese' (12 Jan) → promise for 31 Jan on 52/2026."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 27 dispute: site not finished, after promise
c = P("Riccardo Pellegrini", "riccardo@pellegrinisport.it", "Europe/Rome", "it", "outlook-it", OUTLOOK)
S([
    msg(AR, c, "2026-12-10 12:00", f"""Ciao Riccardo,

come d'accordo ti mando la fattura n. 48/2026 per il nuovo sito (1.400,00 € + IVA = 1.708,00 €).

{SIG_AR_FULL}""", subject="Fattura n. 48/2026 – sito Pellegrini Sport"),
    msg(c, AR, "2026-12-11 09:10", """Ciao Alessandra,
ricevuta. La paghiamo a gennaio quando il sito va online, come dicevamo.
Riccardo""", subject="R: Fattura n. 48/2026 – sito Pellegrini Sport"),
    msg(AR, c, "2026-12-11 09:40", "Va bene Riccardo, conto di andare online entro metà gennaio.\nAlessandra"),
    msg(c, AR, "2027-01-20 18:30", """Alessandra,
siamo al 20 gennaio e il sito non è ancora online: mancano le schede prodotto delle biciclette e il modulo contatti non manda le mail (l'abbiamo provato in tre).
La fattura era per il sito finito. Per me non è dovuta finché non è completo e funzionante, mi spiace.

Riccardo Pellegrini
Pellegrini Sport – Cicli e Running""", subject="R: Re: R: Fattura n. 48/2026 – sito Pellegrini Sport"),
], dict(kind="client-reply-dispute", language="it",
        note="The quoted conditional promise ('a gennaio quando il sito va online') turns into a dispute: work not finished, not due until complete."),
    fmt="html", cte="quoted-printable")

# ------------------------------------------------------------------ 28 dispute: Venetian, travel expenses contested
c = P("Bepi Zanon", "bepi@zanonmobili.it", "Europe/Rome", "it", "gmail-it")
S([
    REM(MF, c, "2026-12-01 09:00", "reminder", "Spett.le Zanon Mobili snc,", "2026/43", "1.342,00 €", "27 novembre 2026"),
    msg(c, MF, "2026-12-01 18:40", "Marco ciao, la pago el 30 con tutti i fornitori. Bepi"),
    msg(MF, c, "2026-12-02 08:30", "Ok Bepi, grazie!\nMarco"),
    msg(c, MF, "2026-12-09 19:05", """Marco, varda, go visto ben la fattura solo stamatina co' la ragioniera: te gà messo 200 euro de trasferta da Treviso a Mestre?? Xe 20 chilometri! Queste no le pago, no le gavevimo mai dite.
El resto te lo fasso sto mese, ma mandame na fattura giusta.
Bepi"""),
], dict(kind="client-reply-dispute", language="it",
        note="Venetian dialect. Contests 200 € of travel costs and asks for a corrected invoice; the 'el resto te lo fasso sto mese' promise loses to the dispute. Quoted 'el 30' is history."),
    fmt="plain", cs="utf-8", cte="quoted-printable")

# ------------------------------------------------------------------ 29 paid: chatty mail, one sentence matters
c = P("Laura Benedetti", "laura.benedetti@benedettiviaggi.it", "Europe/Rome", "it", "gmail-it")
S([
    REM(GC, c, "2026-12-14 09:00", "reminder", "Spett.le Benedetti Viaggi,", "49/2026", "915,00 €", "10 dicembre 2026"),
    msg(c, GC, "2026-12-14 11:00", "Giulia scusa, paghiamo il 22. Laura"),
    msg(GC, c, "2026-12-14 11:05", "Grazie Laura!"),
    msg(c, GC, "2026-12-21 17:00", "Giulia perdonami, slitta al 29, il commercialista è in ferie fino a quel giorno."),
    msg(GC, c, "2026-12-21 17:20", "Nessun problema Laura, buon Natale!\nGiulia"),
    msg(c, GC, "2026-12-30 16:45", """Ciao Giulia!!
Come stai? Passato bene il Natale? Noi siamo stati in montagna a Folgaria, finalmente un po' di neve vera, i bambini impazziti.

Ti scrivo anche per il nuovo anno: la brochure dei tour in Puglia andrà tradotta anche in tedesco oltre che in inglese, perché abbiamo firmato con un tour operator di Monaco. Sono circa 8.000 parole, ti giro il file appena la grafica lo chiude (dice metà gennaio). E poi ci sarebbe forse il giapponese, ma lì immagino tu non lo faccia, magari conosci qualcuno?

Ah, ieri è partito il bonifico, scusa ancora per il balletto di date.

Un abbraccio e buon anno!!
Laura"""),
], dict(kind="client-reply-paid", language="it",
        note="Long chatty mail about holidays and new work with one sentence that matters ('ieri è partito il bonifico'). Two old dates (22, 29) in the quoted history."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 30 paid: Outlook cp1252 office confirmation
c = P("Amministrazione Idraulica Pavan", "amministrazione@idraulicapavan.it", "Europe/Rome", "it", "outlook-old-it", OUTLOOK)
S([
    REM(AR, c, "2026-12-07 09:00", "reminder", "Spett.le Idraulica Pavan srl,", "44/2026", "732,00 €", "2 dicembre 2026"),
    msg(c, AR, "2026-12-07 10:30", "Buongiorno, provvederemo entro il 15/12.\nCordiali saluti\nUfficio Amministrazione", subject="R: Sollecito di pagamento – fattura n. 44/2026"),
    msg(AR, c, "2026-12-07 10:45", "Grazie, buona giornata.\nAlessandra Rossi"),
    msg(c, AR, "2026-12-16 09:12", """Buongiorno,

Vi confermiamo l’avvenuto pagamento in data 15/12/2026 (valuta beneficiario 17/12) dell’importo di € 732,00 – “saldo fattura 44/2026”.

Cordiali saluti
Ufficio Amministrazione
Idraulica Pavan srl""", subject="R: Re: R: Sollecito di pagamento – fattura n. 44/2026"),
], dict(kind="client-reply-paid", language="it", amount="732.00", reference="44/2026",
        note="Windows-1252 bytes (curly quotes, €) declared as iso-8859-1; promise 'entro il 15/12' kept."),
    fmt="plain", cs="iso-8859-1", cte="quoted-printable")

# ------------------------------------------------------------------ 31 other: asks for statement of open invoices
c = P("Marco Villa", "marco.villa@villagroup.it", "Europe/Rome", "it", "outlook-it", OUTLOOK)
S([
    REM(AR, c, "2026-12-14 09:00", "reminder", "Spett.le Villa Group srl,", "46/2026", "1.220,00 €", "10 dicembre 2026"),
    msg(c, AR, "2026-12-14 12:10", "Ciao Alessandra, la paghiamo venerdì. Marco", subject="R: Sollecito di pagamento – fattura n. 46/2026"),
    msg(AR, c, "2026-12-14 12:30", "Grazie Marco!\nAlessandra"),
    msg(c, AR, "2026-12-17 15:22", """Alessandra scusa ma in amministrazione si sono persi: dicono che hanno due fatture tue da 1.220 € (la 38 e la 46) e non capiscono se la 46 è quella della brochure o del sito, e se la 38 è già stata saldata a novembre o no.
Mi mandi un estratto con le fatture aperte e a cosa si riferiscono? Così sistemano.

Marco Villa""", subject="R: Re: R: Sollecito di pagamento – fattura n. 46/2026"),
], dict(kind="client-reply-other", language="it",
        note="Asks for a statement of open invoices (which one is which); no payment claim, the quoted 'venerdì' promise is not restated."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 32 promise: New York, 'domani' in sender's zone
c = P("Francesca Amato", "francesca.amato@amatolawnyc.com", "America/New_York", "it", "gmail-it")
S([
    REM(GC, c, "2026-12-21 09:00", "reminder", "Gentile Francesca Amato,", "51/2026", "488,00 €", "18 dicembre 2026"),
    msg(c, GC, "2026-12-21 08:15", "Ciao Giulia, scusa, ti pago entro metà gennaio, sono in Italia per le feste e con la banca USA è un casino.\nF."),
    msg(GC, c, "2027-01-18 10:00", "Ciao Francesca, ti riscrivo per la 51/2026: se riesci in questi giorni mi fai un favore.\nGiulia", q="gmail-it"),
    msg(c, GC, "2027-01-18 22:40", """Giulia hai ragione, sono rientrata a New York venerdì e sono ancora in jet lag.
Te lo faccio domani dal conto italiano con l'app, così non paghi commissioni.
Un abbraccio
Francesca"""),
], dict(kind="client-reply-promise", language="it", promised_date="2027-01-19",
        note="Sent Mon 18 Jan 22:40 New York time (already 19 Jan in Rome): 'domani' resolved in the sender's zone = 19 Jan."),
    fmt="alt", cte="quoted-printable")

# ------------------------------------------------------------------ 33 dispute: wants 20% off for late delivery
c = P("Gianluca Sala", "gianluca.sala@salaeventi.it", "Europe/Rome", "it", "gmail-it")
S([
    msg(MF, c, "2026-12-03 11:00", f"""Ciao Gianluca,
ecco la fattura 2026/48 per l'evento del 14 novembre (1.700 € + IVA = 2.074,00 €).
{SIG_MF}""", subject="Fattura 2026/48 evento Sala"),
    msg(c, MF, "2026-12-03 12:40", "Ok Marco, la paghiamo a inizio gennaio.\nGianluca"),
    msg(MF, c, "2026-12-03 13:00", "Perfetto, grazie!\nMarco"),
    msg(MF, c, "2027-01-12 09:30", "Ciao Gianluca, buon anno! Ti riscrivo per la 2026/48, riesci a guardarla?\nMarco", q="gmail-it"),
    msg(c, MF, "2027-01-12 14:05", """Marco, già che ne parliamo te lo dico: le foto dell'evento le hai consegnate tre settimane dopo, non una come da accordi, e il cliente finale ci ha fatto storie (le voleva per il comunicato stampa).
Ti chiedo uno sconto del 20%. A quel punto la pago subito.

Gianluca Sala
Sala Eventi"""),
], dict(kind="client-reply-dispute", language="it",
        note="Wants a 20% discount for late delivery; 'a quel punto la pago subito' is conditional on the discount. Quoted history holds 'a inizio gennaio'."),
    fmt="plain", cs="utf-8", cte="8bit")

# ------------------------------------------------------------------ 34 other: which IBAN?
c = P("Roberta Pace", "roberta.pace@pacecomunicazione.it", "Europe/Rome", "it", "gmail-it")
S([
    msg(AR, c, "2027-01-08 10:00", f"""Ciao Roberta,
in allegato la fattura n. 2/2027 per i post social di gennaio (610,00 €).

PS: da quest'anno ho cambiato banca, il nuovo IBAN è in fattura.

{SIG_AR_FULL}""", subject="Fattura n. 2/2027"),
    msg(c, AR, "2027-01-08 11:30", "Ricevuta! La paghiamo a 30 giorni come sempre.\nRoberta"),
    msg(AR, c, "2027-01-08 11:45", "Grazie Roberta!\nAlessandra", q="thunderbird-it"),
    msg(c, AR, "2027-02-05 10:20", """Ciao Ale,
stavo preparando i bonifici ma nella fattura 2/2027 l'IBAN è ancora quello vecchio di Intesa, non c'è nessun IBAN nuovo. Quale uso?
Roberta"""),
], dict(kind="client-reply-other", language="it", reference="2/2027",
        note="Question about which IBAN to use; the quoted '30 giorni' promise is not restated."),
    fmt="alt", cte="quoted-printable")
