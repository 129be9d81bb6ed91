from blocks import LH, LL, G, A, LI

LETTER = dict(
    file="Courrier BHRRC 2022.docx",
    company="Vireaux Détection SA", aliases=["Vireaux Détection", "Vireaux"], country="France",
    listed=True, campaign_status="responded", style="prose", lang="fr", marked_default=False,
    layout=dict(font="DejaVu Serif", size=22, justify=True, margin=1400),
    status={"1a": "answered", "1b": "answered", "1c": "declined", "2a": "answered", "2b": "not_addressed",
            "2c": "answered", "2d": "answered", "2e": "partial", "3": "answered"},
    notes="French prose letter with discourse cues ('S'agissant de', 'Quant à', 'Pour ce qui est des réclamations'); "
          "an auto-numbered list of due-diligence steps inside the prose; 2b silently skipped. "
          "Partial: 2e (general ethics charter, no process for migration-related sales described).",
    tests="French prose with cues; numbered list that is not a question numbering; combined paragraphs",
    blocks=[
        LH("VIREAUX DÉTECTION SA"),
        LH("Parc technologique du Canal · 8 avenue de l'Europe · 31520 Ramonville-Saint-Agne · France", fmt="lhs"),
        LL("Toulouse, le 14 septembre 2022"),
        LL("À l'attention du Business & Human Rights Resource Centre"),
        LL("Madame, Monsieur,"),
        G("Nous avons bien reçu votre questionnaire relatif aux technologies de surveillance utilisées aux frontières "
          "dans la région Moyen-Orient et Afrique du Nord, et nous vous remercions de nous avoir donné la possibilité "
          "d'y répondre."),
        A("1a,1b", "Vireaux Détection fabrique des radars terrestres de courte portée et des capteurs sismiques. "
                   "S'agissant de la région, nous avons fourni des radars à la gendarmerie royale marocaine et aux forces "
                   "armées mauritaniennes pour la surveillance de zones frontalières désertiques. Une quarantaine de "
                   "radars ont été livrés depuis 2016, aucun dans un camp de réfugiés."),
        A("1c", "Quant à la communication de listes actualisées, nous ne pouvons pas nous y engager : les informations "
                "relatives à nos clients étatiques relèvent du secret des affaires et, pour partie, du secret de la "
                "défense nationale.", topic="confidentiality_decline"),
        A("2a", "En matière de diligence raisonnable, notre procédure d'évaluation des clients publics comprend les "
                "étapes suivantes :"),
        LI("2a", "l'analyse du pays de destination au regard des rapports des organes des Nations unies et des "
                 "organisations de défense des droits humains ;"),
        LI("2a", "l'examen de l'usage final déclaré et des unités destinataires, vérifiées auprès de notre distributeur "
                 "local ;"),
        LI("2a", "la validation par le comité d'éthique du groupe pour tout pays classé à risque élevé, avant la remise "
                 "de toute offre."),
        A("2a", "Cette procédure a mis en évidence le risque que nos radars servent à repérer des personnes migrantes en "
                "vue de leur refoulement vers des zones désertiques dangereuses."),
        A("2c", "Concernant les mesures d'atténuation, nos contrats interdisent l'utilisation de nos équipements à "
                "d'autres fins que la surveillance des frontières, et la formation des opérateurs rappelle l'obligation "
                "de porter secours aux personnes en détresse."),
        A("2d,2e", "Pour ce qui est des réclamations, notre dispositif d'alerte est ouvert aux tiers depuis 2022, "
                   "conformément à la loi Waserman. Notre charte éthique, qui fait référence aux Principes directeurs de "
                   "l'OCDE, encadre par ailleurs l'ensemble de nos ventes."),
        A("3", "Enfin, nous n'envisageons pas de cesser nos activités dans la région, toutes nos exportations étant "
               "soumises à l'autorisation préalable des autorités françaises."),
        LL("Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées."),
        LL("Jean-Baptiste Roucayrol"),
        LL("Président-directeur général"),
    ],
)
