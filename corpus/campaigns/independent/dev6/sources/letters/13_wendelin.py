# Markers, German, DOCX. Company's own numbering: A.1-A.3 = 1a-1c, B.1-B.5 = 2a-2e, C. = 3; combined "B.2/B.3".
META = {
    "file": "Antwort auf Ihre Anfrage vom Juli 2022.docx",
    "company": "Wendelin Optronik GmbH",
    "aliases": ["Wendelin Optronik"],
    "country": "Germany",
    "listed": True,
    "style": "markers",
    "lang": "de",
    "layout": {"font": "Arial", "size_pt": 11, "page": "A4", "letterhead_align": "right",
               "letterhead_color": "A0522D", "letterhead_size_pt": 18},
    "footer": "Wendelin Optronik GmbH · Sitz Jena · Amtsgericht Jena HRB 50213 · Seite {PAGE}",
    "status": {"1a": "answered", "1b": "partial", "1c": "partial", "2a": "answered", "2b": "answered",
               "2c": "answered", "2d": "answered", "2e": "answered", "3": "partial"},
    "notes": ("German letter with invented markers A.1-A.3 / B.1-B.5 / C. (mapping explained in the opening paragraph); "
              "B.2/B.3 answers 2b and 2c together. "
              "Partial: 1b ('eine niedrige dreistellige Zahl', sites unknown), "
              "1c (product information offered, no client information), "
              "3 (situation monitored, decisions 'im Einzelfall'). "
              "Caveated answer(s): 2b (no direct consultation; relies on UNHCR and NGO reports)."),
}

BLOCKS = [
    ("lh", "WENDELIN OPTRONIK"),
    ("lhs", "Wendelin Optronik GmbH · Am Lichtbogen 5 · 07745 Jena"),
    ("letter", "Jena, den 30. August 2022"),
    ("letter", "Business & Human Rights Resource Centre"),
    ("letter", "Betreff: Ihre Anfrage zu Überwachungstechnologie im Kontext von Migration und Grenzkontrolle (MENA)"),
    ("letter", "Sehr geehrte Frau El-Amrani,"),
    ("p", "g", "OT",
     "vielen Dank für Ihre Anfrage. Zur besseren Übersicht haben wir Ihre Fragen wie folgt nummeriert: A.1 bis A.3 "
     "entsprechen Ihren Fragen 1 a) bis c), B.1 bis B.5 den Fragen 2 a) bis e) und C. der Frage 3."),
    ("p", "1a", "PC",
     "A.1 Wir liefern gekühlte und ungekühlte Wärmebildkameras sowie Beobachtungsgeräte mit Laser-Entfernungsmesser. "
     "Staatliche Kunden mit Aufgaben im Grenzschutz haben wir in der Region in Ägypten, Marokko und Tunesien; die "
     "Lieferungen erfolgten teils direkt, teils über Systemintegratoren.",
     {"bold": "A.1"}),
    ("p", "1b", "DS",
     "A.2 In den letzten zehn Jahren wurde eine niedrige dreistellige Zahl von Geräten an Grenzschutzbehörden in der "
     "Region ausgeliefert. Wie viele davon an Grenzübergängen oder Kontrollpunkten eingesetzt werden, ist uns nicht "
     "bekannt; in Flüchtlingslagern werden sie nach unserer Kenntnis nicht verwendet.",
     {"bold": "A.2"}),
    ("p", "1c", "DC",
     "A.3 Über unser jeweils aktuelles Produktportfolio informieren wir Sie gern. Kundenbezogene Angaben machen wir "
     "grundsätzlich nicht.",
     {"bold": "A.3"}),
    ("p", "2a", "DD",
     "B.1 Ja. Neben der gesetzlich vorgeschriebenen Genehmigung durch das Bundesamt für Wirtschaft und "
     "Ausfuhrkontrolle führen wir vor jedem Angebot an eine Behörde außerhalb der EU eine interne Menschenrechtsprüfung "
     "durch. Als wesentliche Risiken haben wir für die Region festgestellt: den Einsatz der Kameras zum Aufspüren und "
     "Zurückweisen von Schutzsuchenden an Land- und Seegrenzen, die Weitergabe an Sicherheitskräfte, die gegen "
     "Demonstrierende vorgehen, sowie die Kopplung mit Waffensystemen.",
     {"bold": "B.1"}),
    ("p", "2c 2b", "MI",
     "B.2/B.3 Eine unmittelbare Konsultation von Migrantinnen und Migranten, Geflüchteten oder "
     "Menschenrechtsverteidigern findet nicht statt; wir werten jedoch Berichte von UNHCR und "
     "Nichtregierungsorganisationen aus. Darüber hinaus verlangen wir eine Endverbleibserklärung mit Re-Exportverbot, "
     "schulen das Bedienpersonal unter Einbeziehung menschenrechtlicher Inhalte und behalten uns vertraglich "
     "Vor-Ort-Kontrollen nach der Lieferung vor, die wir 2021 in Tunesien auch durchgeführt haben.",
     {"bold": "B.2/B.3"}),
    ("p", "2d", "GM",
     "B.4 Unser Hinweisgebersystem steht Beschäftigten, Geschäftspartnern und Dritten offen. Meldungen können über ein "
     "Online-Portal in deutscher, englischer, französischer und arabischer Sprache, auf Wunsch auch anonym, abgegeben "
     "werden.",
     {"bold": "B.4"}),
    ("p", "2e", "PO",
     "B.5 Die Geschäftsführung hat 2021 eine Grundsatzerklärung zur Achtung der Menschenrechte verabschiedet. Eine "
     "interne Verfahrensanweisung regelt, dass Lieferungen an Sicherheitsbehörden außerhalb der EU nur nach Prüfung "
     "durch den Exportkontrollbeauftragten und die Menschenrechtsbeauftragte sowie mit Zustimmung der Geschäftsführung "
     "erfolgen.",
     {"bold": "B.5"}),
    ("p", "3", "EX",
     "C. Wir beobachten die Entwicklung in den einzelnen Ländern laufend und entscheiden über jede Anfrage im "
     "Einzelfall.",
     {"bold": "C."}),
    ("letter", "Mit freundlichen Grüßen"),
    ("sig", "Dr. Katharina Wendelin"),
    ("sig", "Geschäftsführerin"),
]
