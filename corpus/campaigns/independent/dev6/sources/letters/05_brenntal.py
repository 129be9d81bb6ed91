# Prose, German, PDF. Terse and legalistic; no cues; 2a reduced to export-licensing checks; 2d skipped.
META = {
    "file": "Brenntal_Stellungnahme_BHRRC.pdf",
    "company": "Brenntal Sensorik GmbH",
    "aliases": ["Brenntal Sensorik", "Brenntal"],
    "country": "Germany",
    "listed": True,
    "style": "prose",
    "lang": "de",
    "layout": {"font": "DejaVu Sans", "size_pt": 10, "page": "A4", "letterhead_align": "center",
               "letterhead_color": "2E4A62", "margins_cm": (2.0, 2.0, 2.5, 2.5)},
    "footer": "Brenntal Sensorik GmbH · Amtsgericht Ulm HRB 731904 · Geschäftsführer: Anselm Brenntal · Seite {PAGE}",
    "status": {"1a": "answered", "1b": "answered", "1c": "declined", "2a": "partial", "2b": "answered",
               "2c": "answered", "2d": "not_addressed", "2e": "answered", "3": "answered"},
    "notes": ("Terse German prose, no cues; 1a+1b in one paragraph and 2e+3 in one paragraph; 2d skipped. "
              "Partial: 2a (due diligence reduced to licence and end-use checks under export law; no human rights risks named). "
              "Caveated answer(s): 2e (only a general code of conduct; states there is no specific policy for border sales)."),
}

BLOCKS = [
    ("lh", "Brenntal Sensorik GmbH"),
    ("lhs", "Industriestraße 22 · 89079 Ulm · Deutschland"),
    ("right", "Ulm, 12. September 2022"),
    ("letter", "Business & Human Rights Resource Centre"),
    ("letter", "Ihr Schreiben vom Juli 2022"),
    ("letter", "Sehr geehrte Damen und Herren,"),
    ("p", "g", "OT",
     "wir bedanken uns für Ihr Schreiben zu Überwachungstechnik im Kontext von Migration und Grenzkontrolle und nehmen "
     "dazu wie folgt Stellung."),
    ("p", "g", "OT",
     "Brenntal Sensorik ist ein mittelständisches Familienunternehmen mit rund 210 Beschäftigten. Unsere Systeme "
     "schützen überwiegend Flughäfen, Justizvollzugsanstalten, Pipelines und Energieanlagen in Europa; Grenzanlagen "
     "machen nur einen kleinen Teil unseres Umsatzes aus."),
    ("p", "1a 1b", "PC",
     "Brenntal Sensorik liefert faseroptische Zaunsensoren und die zugehörige Auswertesoftware, mit denen "
     "Erschütterungen oder das Durchtrennen von Zäunen erkannt werden. In der Region Naher Osten und Nordafrika wurden "
     "solche Systeme über Generalunternehmer an Grenzschutzbehörden in Algerien und Saudi-Arabien geliefert. Seit 2014 "
     "handelt es sich insgesamt um rund 140 Kilometer Sensorkabel an vier Grenzabschnitten. An Kontrollpunkten oder in "
     "Flüchtlingslagern sind unsere Systeme nicht installiert."),
    ("p", "2a", "EC",
     "Vor jeder Lieferung prüfen wir, ob eine Genehmigungspflicht nach der Dual-Use-Verordnung (EU) 2021/821 oder dem "
     "Außenwirtschaftsgesetz besteht, beantragen gegebenenfalls die Genehmigung beim Bundesamt für Wirtschaft und "
     "Ausfuhrkontrolle und lassen uns vom Endkunden eine Endverbleibserklärung vorlegen."),
    ("p", "2c", "MI",
     "Unsere Sensoren melden lediglich die Position eines Ereignisses am Zaun. Sie erfassen weder Bilder noch "
     "biometrische oder sonstige personenbezogene Daten, und eine Identifizierung von Personen ist mit ihnen technisch "
     "nicht möglich. Kamerasysteme bieten wir bewusst nicht an. Die Auswertung erfolgt ausschließlich in der Leitstelle "
     "des Kunden; auf Betriebsdaten haben wir nach der Inbetriebnahme keinen Zugriff."),
    ("p", "2b", "SE",
     "Konsultationen mit Migrantinnen und Migranten, Geflüchteten oder Menschenrechtsverteidigern führen wir im Rahmen "
     "unserer Prüfungen nicht durch; hierfür fehlen uns als mittelständischem Hersteller die Möglichkeiten."),
    ("p", "1c", "CD",
     "Angaben zu einzelnen Kunden, Projekten und Liefermengen unterliegen vertraglichen Geheimhaltungspflichten. Wir "
     "bitten um Verständnis, dass wir Ihnen keine Listen unserer Produkte und Kunden zur Verfügung stellen werden."),
    ("p", "2e 3", "PO",
     "Für unser Unternehmen gilt ein Verhaltenskodex, der die Achtung der Menschenrechte ausdrücklich einschließt; eine "
     "eigene Richtlinie für Lieferungen an Grenzbehörden haben wir nicht. Pläne, Lieferungen in die Region "
     "einzustellen, bestehen nicht. Geltende Embargos halten wir selbstverständlich ein."),
    ("p", "g", "OT", "Für Rückfragen steht Ihnen der Unterzeichner gern telefonisch oder per E-Mail zur Verfügung."),
    ("letter", "Mit freundlichen Grüßen"),
    ("sig", "Brenntal Sensorik GmbH"),
    ("sig", "i. A. Dr. Jörg Kessler-Wahl, Leiter Exportkontrolle"),
]
