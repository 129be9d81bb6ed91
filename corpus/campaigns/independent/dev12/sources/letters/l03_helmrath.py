from lib import LH, L, P

FILE = "Antwort_BHRRC_Helmrath_2022-08-12.pdf"
COMPANY = "Helmrath Sensorik GmbH"
ALIASES = ["Helmrath Sensorik", "Helmrath"]
COUNTRY = "Germany"
LISTED = True
YAML_STATUS = "responded"
STYLE = "prose"
LANG = "de"
MARKED = False
STATUS = {"1a": "answered", "1b": "answered", "1c": "partial", "2a": "answered", "2b": "answered",
          "2c": "partial", "2d": "answered", "2e": "answered", "3": "answered"}
NOTES = ("German prose with some topical cues ('Was die Lieferungen ... betrifft', 'Zur Sorgfaltsprüfung'); 1a and 1b "
         "answered in one paragraph; offers product overview but not client lists (1c partial); a plain 'no' to 2b.")
WHAT = "German prose, moderate cues, combined 1a+1b paragraph, BAFA licensing"
THEME = dict(body_font="DejaVu Sans Condensed", head_font="DejaVu Sans", size=21, accent="004B87",
             letterhead_align="right", date_align="right",
             footer="Helmrath Sensorik GmbH - Sitz Bremen - Amtsgericht Bremen HRB 27514 - Geschäftsführung: Katrin Oltmanns")

BLOCKS = [
    LH("Helmrath Sensorik GmbH"),
    LH("Am Speicherhafen 7 - 28217 Bremen - Deutschland - Tel. +49 421 5550 310", small=True),
    L("Business & Human Rights Resource Centre\nFrau Rania Khoury\nLondon\nVereinigtes Königreich", cstyle="Address"),
    L("Bremen, 12. August 2022", cstyle="DateLine"),
    L("Ihre Anfrage vom 19. Juli 2022 - Überwachungstechnik im Kontext von Migration und Grenzschutz in der "
      "MENA-Region", cstyle="Subject"),
    L("Sehr geehrte Frau Khoury,"),
    P("vielen Dank für Ihr Schreiben. Wir beantworten Ihre Fragen gern, soweit uns dies ohne Verletzung vertraglicher "
      "Verpflichtungen möglich ist, und haben uns erlaubt, einige Fragen zusammenzufassen."),
    P("Die Helmrath Sensorik GmbH entwickelt und fertigt seit 1987 Radarsensoren für die Boden- und "
      "Küstenüberwachung. Zu unseren Kunden zählen Hafenbetreiber, Betreiber kritischer Infrastruktur sowie Polizei- "
      "und Grenzbehörden, überwiegend in Europa."),
    P("Was die Lieferungen in die Region betrifft: Ja, wir haben in den vergangenen Jahren Behörden in zwei Ländern "
      "beliefert. An die Küstenwache des Königreichs Marokko haben wir Küstenradare der Baureihe HS-Coast geliefert, an "
      "die jordanische Grenzpolizei tragbare und mastgestützte Bodenüberwachungsradare der Baureihe HS-Ground. "
      "Insgesamt handelt es sich seit 2013 um 37 Radarsysteme, davon 22 in Marokko und 15 in Jordanien. "
      "Grenzübergänge im engeren Sinne oder Flüchtlingslager gehören nicht zu den Einsatzorten, die uns bekannt sind.",
      "1a", qs=["1a", "1b"]),
    P("Sämtliche Lieferungen wurden vom Bundesamt für Wirtschaft und Ausfuhrkontrolle (BAFA) genehmigt. Für jedes "
      "Geschäft liegt uns eine Endverbleibserklärung der staatlichen Empfängerbehörde vor, die eine Weitergabe an "
      "Dritte ohne Zustimmung der Bundesregierung ausschließt.", "2c", topic="export_control"),
    P("Eine regelmäßige Übermittlung von Kunden- und Lieferlisten können wir nicht zusagen, da unsere Verträge mit "
      "staatlichen Auftraggebern Vertraulichkeitsklauseln enthalten. Eine aktualisierte Übersicht über die Produkte, "
      "die wir für die Grenzüberwachung anbieten, stellen wir Ihnen jedoch gern zur Verfügung.", "1c"),
    P("Zur Sorgfaltsprüfung: Vor jedem Angebot an eine Behörde außerhalb der EU und der NATO prüft unser "
      "Exportkontrollbeauftragter gemeinsam mit der Rechtsabteilung das Empfängerland und den Endverwender. Seit 2021 "
      "gehört dazu eine Menschenrechtsbewertung anhand von Berichten der Vereinten Nationen, des Auswärtigen Amts und "
      "von Nichtregierungsorganisationen. Als wesentliche Risiken der Grenzüberwachung haben wir festgestellt, dass "
      "Radardaten für Zurückweisungen von Schutzsuchenden ohne Prüfung ihres Anliegens genutzt werden könnten und "
      "dass Daten ohne unser Wissen an Dritte weitergegeben werden könnten.", "2a"),
    P("Konsultationen mit Migrantinnen und Migranten, Geflüchteten oder Menschenrechtsverteidigerinnen und "
      "-verteidigern führen wir nicht durch. Als Zulieferer von Sensortechnik haben wir zu diesen Gruppen keinen "
      "direkten Zugang und stützen uns auf veröffentlichte Berichte.", "2b"),
    P("Unsere Radare erfassen Bewegungen, aber keine Gesichter, Stimmen oder Kommunikationsinhalte. Eine "
      "Identifizierung einzelner Personen ist mit ihnen allein nicht möglich.", "2c"),
    P("Für Hinweise auf mögliche Rechtsverstöße oder Menschenrechtsrisiken steht unser Hinweisgebersystem allen "
      "Personen offen, auch außerhalb des Unternehmens. Meldungen können auf Deutsch, Englisch oder Französisch, auf "
      "Wunsch auch anonym, an unsere externe Ombudsperson gerichtet werden.", "2d"),
    P("Grundlage dieser Verfahren sind unsere Grundsatzerklärung zur Achtung der Menschenrechte, die die "
      "Geschäftsführung im Frühjahr 2022 in Anlehnung an das Lieferkettensorgfaltspflichtengesetz verabschiedet hat, "
      "sowie unsere interne Exportkontrollrichtlinie.", "2e"),
    P("Einen generellen Rückzug aus der Region planen wir nicht. Über die Zulässigkeit einzelner Ausfuhren "
      "entscheiden in Deutschland die Genehmigungsbehörden. Auch wo eine Ausfuhr genehmigungsfähig wäre, verzichten wir "
      "auf ein Geschäft, wenn unsere eigene Prüfung dagegen spricht, wie zuletzt 2020 bei einer Anfrage aus einem Land "
      "der Region.", "3"),
    P("Für Rückfragen steht Ihnen unser Leiter Compliance, Herr Dr. Jörg Pfannenschmidt "
      "(compliance@helmrath-sensorik.de), gern zur Verfügung."),
    L("Mit freundlichen Grüßen"),
    L("Helmrath Sensorik GmbH\nKatrin Oltmanns, Geschäftsführerin\nDr. Jörg Pfannenschmidt, Leiter Compliance",
      cstyle="Signature"),
]
