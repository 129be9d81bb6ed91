from blocks import LH, LL, G, C, TABLE

LB, ANS = "table_label", "table_answer"

LETTER = dict(
    file="Stellungnahme Brunnmatt Sensorik.docx",
    company="Brunnmatt Sensorik AG", aliases=["Brunnmatt Sensorik", "Brunnmatt"], country="Switzerland",
    listed=True, campaign_status="responded", style="table", lang="de", marked_default=True,
    layout=dict(font="DejaVu Sans Condensed", size=21, margin=1250),
    status={"1a": "answered", "1b": "answered", "1c": "declined", "2a": "answered", "2b": "not_addressed",
            "2c": "answered", "2d": "answered", "2e": "answered", "3": "answered"},
    notes="Swiss German letter with a two-column table (Ziffer | Stellungnahme) using legal citation labels "
          "'Ziff. N lit. x'; one row combines two sub-questions; 2b has no row.",
    tests="2-column German table; labels 'Ziff. 2 lit. c' (Ziffer = question, litera = letter); combined row "
          "'Ziff. 1 lit. b und c'; a skipped sub-question",
    blocks=[
        LH("BRUNNMATT SENSORIK AG"),
        LH("Industriestrasse 27 · CH-3052 Zollikofen · Schweiz", fmt="lhs"),
        LL("Zollikofen, 30. August 2022"),
        LL("Business & Human Rights Resource Centre"),
        LL("Ihre Anfrage vom Juli 2022 zu Überwachungstechnologie im Grenzschutz (MENA)", fmt="bold"),
        LL("Sehr geehrte Damen und Herren"),
        G("Wir danken Ihnen für Ihr Schreiben. Brunnmatt Sensorik entwickelt Radar- und Infrarotsensorik für den "
          "Perimeterschutz von Flughäfen, Kraftwerken und Grenzanlagen. Unsere Stellungnahme folgt der Gliederung Ihres "
          "Fragebogens; wir zitieren Ihre Fragen nach Ziffer und Buchstabe (litera)."),
        TABLE([22, 78], ["Ziffer", "Stellungnahme"], [
            [C(LB, "1a", "Ziff. 1 lit. a"),
             C(ANS, "1a", "Ja. Wir haben Bodenradare der Baureihe BR-7 und Infrarot-Zaunsensoren an die Grenzpolizei des "
                          "Königreichs Saudi-Arabien sowie an das Innenministerium von Katar geliefert. Andere Staaten der "
                          "Region beliefern wir nicht.")],
            [C(LB, "1b,1c", "Ziff. 1 lit. b und c"),
             C(ANS, "1b,1c", "Seit 2015 wurden insgesamt 38 Radaranlagen installiert, davon keine in Flüchtlingslagern. Zu "
                             "weiteren Angaben über Einsatzorte sowie zur künftigen Übermittlung von Kunden- und "
                             "Produktlisten sind wir aufgrund vertraglicher Geheimhaltungspflichten nicht in der Lage.")],
            [C(LB, "2a", "Ziff. 2 lit. a"),
             C(ANS, "2a", "Vor jeder Offerte an eine staatliche Stelle ausserhalb Europas prüft unser Compliance-Ausschuss "
                          "das Bestimmungsland und den Endverwender. Als Risiken wurden insbesondere die Verwendung der "
                          "Sensordaten für Zurückweisungen an der Grenze und die Weitergabe an Nachrichtendienste festgehalten.")],
            [C(LB, "2c", "Ziff. 2 lit. c"),
             C(ANS, "2c", "Unsere Sensoren erfassen ausschliesslich Bewegungen und keine personenbezogenen Merkmale. "
                          "Verträge enthalten eine Endverbleibserklärung und ein Verbot der Wiederausfuhr; Softwareupdates "
                          "werden nur nach Bestätigung des Endverbleibs freigeschaltet.")],
            [C(LB, "2d", "Ziff. 2 lit. d"),
             C(ANS, "2d", "Hinweise und Beschwerden können über unsere externe Meldestelle eingereicht werden, die auch "
                          "Personen ausserhalb des Unternehmens offensteht und anonyme Meldungen in deutscher, "
                          "französischer und englischer Sprache annimmt.")],
            [C(LB, "2e", "Ziff. 2 lit. e"),
             C(ANS, "2e", "Unser Verhaltenskodex enthält ein Bekenntnis zu den UN-Leitprinzipien für Wirtschaft und "
                          "Menschenrechte. Eine spezifische Weisung für Lieferungen im Migrationskontext besteht derzeit "
                          "nicht; sie ist in Ausarbeitung.")],
            [C(LB, "3", "Ziff. 3"),
             C(ANS, "3", "Einen generellen Rückzug aus der Region planen wir nicht. Sämtliche Ausfuhren unterliegen der "
                         "Bewilligungspflicht nach der Güterkontrollverordnung und werden vom SECO geprüft; Gesuche für "
                         "Länder mit schweren Menschenrechtsverletzungen stellen wir nicht.")],
        ], lang="de"),
        G("Für Rückfragen zu dieser Stellungnahme steht Ihnen unser Compliance Officer, Herr Daniel Imboden, jederzeit "
          "gerne per E-Mail oder Telefon zur Verfügung."),
        LL("Freundliche Grüsse"),
        LL("Brunnmatt Sensorik AG"),
        LL("Andrea Zürcher, CEO · Daniel Imboden, Compliance Officer"),
    ],
)
