# Prose, French, PDF. Legalistic; few cues; 1b and 1c refused together late in the letter; 2b skipped.
META = {
    "file": "Reponse questionnaire BHRRC.pdf",
    "company": "Orvalis Détection SAS",
    "aliases": ["Orvalis Détection", "Orvalis"],
    "country": "France",
    "listed": True,
    "style": "prose",
    "lang": "fr",
    "layout": {"font": "DejaVu Serif Condensed", "size_pt": 10.5, "page": "A4", "letterhead_align": "center",
               "letterhead_color": "7A1F2B", "justify": True, "letterhead_size_pt": 17},
    "footer": "Orvalis Détection SAS – RCS Rennes 812 447 905 – page {PAGE}",
    "status": {"1a": "answered", "1b": "declined", "1c": "declined", "2a": "answered", "2b": "not_addressed",
               "2c": "partial", "2d": "partial", "2e": "answered", "3": "answered"},
    "notes": ("French legalistic prose without cues; one paragraph declines 1b and 1c together, another mixes 2c and 2e. "
              "Partial: 2c (the only action given is strict compliance with regulations and licence conditions), "
              "2d (Sapin II whistleblowing channel open to employees only). "
              "Caveated answer(s): 1a (countries named but deliveries went through integrators, final sites not known), "
              "3 (no plan to stop, defers to embargoes and French licensing decisions)."),
}

BLOCKS = [
    ("lh", "ORVALIS DÉTECTION"),
    ("lhs", "Société par actions simplifiée au capital de 2 400 000 € – 14, rue des Tanneurs – 35000 Rennes – France"),
    ("right", "Rennes, le 24 août 2022"),
    ("letter", "Business & Human Rights Resource Centre"),
    ("letter", "À l'attention de Mme Nour El-Amrani"),
    ("letter", "Objet : votre courrier de juillet 2022 relatif aux technologies de surveillance dans la région MENA"),
    ("letter", "Madame,"),
    ("p", "g", "OT",
     "Nous accusons réception de votre courrier et vous remercions de l'intérêt que vous portez à nos activités. "
     "Orvalis Détection conçoit et fabrique des caméras thermiques longue portée et des radars de surveillance côtière "
     "destinés aux administrations et aux opérateurs d'infrastructures."),
    ("p", "1a", "PC",
     "Dans la région concernée, nos équipements ont été livrés aux autorités chargées de la surveillance des côtes du "
     "Maroc et de l'Égypte, dans les deux cas par l'intermédiaire d'intégrateurs de systèmes, pour des missions qui "
     "comprennent notamment la lutte contre l'immigration irrégulière par voie maritime. Une fois les équipements remis "
     "à l'intégrateur, nous ne maîtrisons pas toujours leur lieu exact d'installation."),
    ("p", "2a", "DD",
     "Toute exportation de nos produits vers un pays tiers est soumise à autorisation, soit au titre du règlement (UE) "
     "2021/821 relatif aux biens à double usage, soit au titre de la réglementation nationale sur les matériels de "
     "guerre. En amont de la demande de licence, notre direction juridique procède à une évaluation interne portant sur "
     "le client final, l'usage déclaré et la situation des droits humains dans le pays de destination. Pour les "
     "livraisons mentionnées ci-dessus, les risques relevés étaient le détournement des équipements vers la "
     "surveillance de populations civiles, leur revente à un tiers non autorisé et leur utilisation pour intercepter "
     "des embarcations de migrants sans assistance aux personnes en détresse."),
    ("p", "2e 2c", "PO",
     "Les mesures que nous prenons consistent d'abord dans le strict respect de la réglementation applicable et des "
     "conditions attachées à chaque licence. Elles s'inscrivent dans le cadre de notre Charte éthique, adoptée en 2019 "
     "et révisée en 2022, qui soumet toute offre à destination d'un client étatique hors de l'Union européenne à l'avis "
     "préalable d'un comité composé du directeur juridique, du directeur commercial et du responsable conformité ; ce "
     "comité peut refuser l'offre ou l'assortir de conditions."),
    ("p", "2d", "GM",
     "Conformément à la loi dite « Sapin II », nous disposons d'un dispositif de recueil des signalements accessible à "
     "l'ensemble de nos collaborateurs, y compris pour des faits touchant aux droits humains."),
    ("p", "1b 1c", "CD",
     "Les quantités livrées, les sites d'installation ainsi que l'identité de nos clients relèvent du secret des "
     "affaires et, pour certains contrats, d'obligations de confidentialité envers les autorités concernées. Nous ne "
     "sommes donc pas en mesure de vous communiquer ces informations, ni de nous engager à vous transmettre des listes "
     "actualisées."),
    ("p", "3", "EX",
     "Nous n'envisageons pas de cesser nos activités dans la région. Nous appliquons les embargos et mesures "
     "restrictives en vigueur et nous nous conformons aux décisions des autorités françaises, qui peuvent refuser une "
     "licence lorsqu'il existe un risque d'utilisation contraire aux droits humains."),
    ("letter", "Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées."),
    ("sig", "Claire Vasseur-Lemoine"),
    ("sig", "Directrice juridique et conformité"),
]
