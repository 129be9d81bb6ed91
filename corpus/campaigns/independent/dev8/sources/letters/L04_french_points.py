from blocks import LH, LL, G, A, H, LI

LETTER = dict(
    file="Reponse_questionnaire_BHRRC.pdf",
    company="Aubrac Optronique SAS", aliases=["Aubrac Optronique", "Aubrac"], country="France",
    listed=True, campaign_status="responded", style="markers", lang="fr", marked_default=True,
    layout=dict(font="DejaVu Serif", size=21, justify=True, margin=1350,
                footer="Aubrac Optronique SAS au capital de 2 400 000 € – RCS Clermont-Ferrand 812 456 309 – "
                       "14 rue des Volcans, 63000 Clermont-Ferrand"),
    status={"1a": "answered", "1b": "answered", "1c": "declined", "2a": "answered", "2b": "answered",
            "2c": "answered", "2d": "answered", "2e": "answered", "3": "answered"},
    notes="French letter; headings on their own line in French legal style with degree sign and closing bracket, each "
          "restating the subject briefly; one combined heading for two sub-questions; an auto-numbered list inside the "
          "due-diligence answer.",
    tests="French labels 'Sur le point 2° a) — …' on their own line; combined 'Sur les points 2° b) et 2° c)'; "
          "numbered list 1.–3. inside an answer that must not be read as question numbers",
    blocks=[
        LH("AUBRAC OPTRONIQUE"),
        LH("14 rue des Volcans · 63000 Clermont-Ferrand · France", fmt="lhs"),
        LL("Clermont-Ferrand, le 12 septembre 2022"),
        LL("Business & Human Rights Resource Centre – à l'attention de l'équipe Moyen-Orient et Afrique du Nord"),
        LL("Objet : votre questionnaire de juillet 2022 sur les technologies de surveillance aux frontières"),
        LL("Madame, Monsieur,"),
        G("Nous accusons réception de votre courrier de juillet 2022 et vous remercions de l'intérêt porté à nos "
          "activités. Vous trouverez ci-dessous nos réponses, présentées dans l'ordre et selon la numérotation de votre "
          "questionnaire."),
        H("1a", "Sur le point 1° a) — Produits et clients", fmt="h3"),
        A("1a", "Aubrac Optronique conçoit des caméras thermiques portables et des jumelles de vision nocturne. Ces "
                "produits ont été livrés aux garde-côtes égyptiens en 2019 et à la garde nationale tunisienne en 2021, "
                "dans le cadre de programmes de surveillance des côtes et des frontières terrestres."),
        H("1b", "Sur le point 1° b) — Nombre d'équipements", fmt="h3"),
        A("1b", "Nous avons livré environ 320 caméras portables et 90 jumelles au titre de ces contrats. Nous ne disposons "
                "pas d'informations sur les sites précis où ces équipements sont utilisés, le client n'étant pas tenu de "
                "nous les communiquer."),
        H("1c", "Sur le point 1° c) — Communication future", fmt="h3"),
        A("1c", "Nous ne sommes pas en mesure de nous engager à transmettre des listes de produits ou de clients. Nos "
                "contrats avec les autorités publiques comportent des clauses de confidentialité que nous sommes tenus de "
                "respecter."),
        H("2a", "Sur le point 2° a) — Diligence raisonnable", fmt="h3"),
        A("2a", "Oui. Depuis 2020, chaque projet destiné à une autorité publique située hors de l'Union européenne fait "
                "l'objet d'une évaluation en trois étapes :"),
        LI("2a", "un examen du pays de destination à partir des rapports des Nations unies, du Département d'État "
                 "américain et des organisations non gouvernementales reconnues ;"),
        LI("2a", "une vérification de l'utilisateur final et de l'usage déclaré, y compris la présence éventuelle de "
                 "l'entité sur les listes de sanctions de l'Union européenne ;"),
        LI("2a", "une décision motivée de notre comité d'éthique, qui peut subordonner la vente à des conditions "
                 "particulières ou la refuser."),
        A("2a", "Les principaux risques identifiés sont l'utilisation de nos caméras pour repérer des personnes en vue de "
                "refoulements en mer et le risque de détention arbitraire des personnes interceptées."),
        H("2b,2c", "Sur les points 2° b) et 2° c) — Consultation et autres mesures", fmt="h3"),
        A("2b", "Nous n'avons pas mené de consultations directes avec des personnes migrantes, réfugiées ou demandeuses "
                "d'asile, ni avec des défenseurs des droits humains. Nous sommes toutefois ouverts à un échange avec des "
                "organisations de la société civile."),
        A("2c", "Nos contrats comportent un certificat d'utilisateur final interdisant toute réexportation et tout usage "
                "autre que la surveillance des frontières. Nos caméras n'enregistrent aucune donnée biométrique et ne "
                "conservent pas d'images au-delà de la mission en cours."),
        H("2d", "Sur le point 2° d) — Mécanisme de réclamation", fmt="h3"),
        A("2d", "Un dispositif d'alerte conforme à la loi Sapin II est accessible sur notre site internet, à nos salariés "
                "comme aux tiers. Les signalements sont traités par notre référent éthique."),
        H("2e", "Sur le point 2° e) — Politique en matière de droits humains", fmt="h3"),
        A("2e", "Notre plan de vigilance et notre charte éthique couvrent les droits humains de manière générale. Il "
                "n'existe pas de procédure spécifique aux ventes liées à la gestion des migrations."),
        H("3", "Sur le point 3° — Poursuite des ventes", fmt="h3"),
        A("3", "Nous n'envisageons pas de cesser nos ventes dans la région. Toutes nos exportations sont soumises à "
               "l'autorisation du Premier ministre après avis de la commission interministérielle (CIEEMG), et nous "
               "respectons strictement ses décisions."),
        G("Nous restons à votre disposition pour tout complément d'information et vous prions d'agréer, Madame, "
          "Monsieur, l'expression de nos salutations distinguées."),
        LL("Hélène Marchadier"),
        LL("Directrice juridique et conformité"),
    ],
)
