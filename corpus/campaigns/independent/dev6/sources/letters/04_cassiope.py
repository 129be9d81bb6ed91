# Prose, French, DOCX. UNLISTED company (named only in letterhead and signature). Defensive, with cues
# ("S'agissant de", "Pour ce qui est de", "Quant aux"); order differs; 2b skipped.
META = {
    "file": "lettre_2022-08-29.docx",
    "company": "Cassiope Analytique SAS",
    "country": "France",
    "listed": False,
    "style": "prose",
    "lang": "fr",
    "layout": {"font": "Garamond", "size_pt": 12, "page": "A4", "letterhead_align": "left",
               "letterhead_color": "6B2D5C", "letterhead_size_pt": 20},
    "status": {"1a": "answered", "1b": "answered", "1c": "answered", "2a": "partial", "2b": "not_addressed",
               "2c": "answered", "2d": "answered", "2e": "partial", "3": "partial"},
    "notes": ("Unlisted French software firm, defensive; opens with 2a and 2e, then 1a and 1b in one paragraph (a 'no'). "
              "Partial: 2a (risk analysis asserted, no risks outlined), "
              "2e (CSR policy named but not described), "
              "3 ('case by case' instead of an answer on stopping). "
              "Caveated answer(s): 1c (nothing to list now; would inform BHRRC within confidentiality limits)."),
}

BLOCKS = [
    ("lh", "Cassiope Analytique"),
    ("lhs", "SAS au capital de 450 000 € – 87, avenue Jean-Jaurès – 69007 Lyon"),
    ("right", "Lyon, le 29 août 2022"),
    ("letter", "Business & Human Rights Resource Centre"),
    ("letter", "Madame, Monsieur,"),
    ("p", "g", "OT",
     "Nous avons bien reçu votre questionnaire du mois de juillet. Avant d'y répondre, nous tenons à rappeler que "
     "notre entreprise est un éditeur de logiciels d'analyse de données et non un fabricant d'équipements de "
     "surveillance, et nous regrettons que votre courrier semble présumer le contraire."),
    ("p", "2a", "DD",
     "S'agissant de la diligence raisonnable, une analyse de risques est menée avant toute offre commerciale, quel que "
     "soit le pays concerné, et elle intègre les enjeux de droits humains. Cette analyse est conduite par notre service "
     "conformité et ses conclusions sont présentées à la direction générale."),
    ("p", "2e", "PO",
     "Notre politique RSE, validée par la direction générale, encadre par ailleurs l'ensemble de nos activités "
     "commerciales, y compris avec des clients publics."),
    ("p", "1a 1b", "PC",
     "Pour ce qui est de nos clients, nous ne fournissons aucune solution à des autorités gouvernementales du "
     "Moyen-Orient ou d'Afrique du Nord dans le cadre de la gestion des migrations ou du contrôle des frontières. Notre "
     "seul client dans la région est un établissement bancaire marocain, qui utilise notre logiciel pour la détection "
     "de la fraude. Aucun de nos produits n'a donc été déployé à des points de passage frontaliers, à des postes de "
     "contrôle ou dans des camps de réfugiés."),
    ("p", "2c", "MI",
     "Quant aux garde-fous, notre logiciel ne traite aucune donnée biométrique, chaque requête fait l'objet d'une "
     "journalisation que le client ne peut pas désactiver, et nos conditions de licence interdisent expressément toute "
     "utilisation visant à cibler des personnes en raison de leur origine, de leur nationalité ou de leur religion."),
    ("p", "3", "EX",
     "La question d'un éventuel arrêt des ventes ne se pose pas à ce jour. Si une demande émanant d'un pays de la "
     "région nous parvenait, elle serait examinée au cas par cas."),
    ("p", "2d", "GM",
     "Toute personne, salariée ou extérieure à l'entreprise, peut adresser un signalement à l'adresse électronique "
     "dédiée indiquée sur notre site internet ; les messages sont reçus directement par notre référente éthique, qui "
     "en accuse réception sous huit jours."),
    ("p", "1c", "DC",
     "Enfin, nous n'avons aucune liste de clients à vous communiquer pour la région. Si cette situation devait "
     "évoluer, nous serions disposés à vous en informer, dans la limite de nos engagements contractuels de "
     "confidentialité."),
    ("letter", "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées."),
    ("sig", "Étienne Roussel-Barbier"),
    ("sig", "Président, Cassiope Analytique SAS"),
]
