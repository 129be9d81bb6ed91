from lib import LH, L, P

FILE = "Réponse BHRRC 06-09-2022.docx"
COMPANY = "Thermivue SAS"
ALIASES = ["Thermivue"]
COUNTRY = "France"
LISTED = True
YAML_STATUS = "responded"
STYLE = "prose"
LANG = "fr"
MARKED = False
STATUS = {"1a": "answered", "1b": "partial", "1c": "not_addressed", "2a": "partial", "2b": "not_addressed",
          "2c": "partial", "2d": "answered", "2e": "partial", "3": "not_addressed"}
NOTES = ("French prose without cues; component maker selling through integrators; export screening described "
         "instead of human-rights risks; 1c, 2b and 3 silently skipped.")
WHAT = "French prose, few cues, indirect sales, three questions silently skipped"
THEME = dict(body_font="DejaVu Sans", head_font="DejaVu Sans", size=20, accent="C0392B",
             letterhead_align="left", date_align="left")

BLOCKS = [
    LH("THERMIVUE"),
    LH("Société par actions simplifiée au capital de 2 400 000 euros - 14 rue des Glairons, 38400 "
       "Saint-Martin-d'Hères - RCS Grenoble 812 447 390", small=True),
    L("Saint-Martin-d'Hères, le 6 septembre 2022", cstyle="DateLine"),
    L("Business & Human Rights Resource Centre\nÀ l'attention de Mme Rania Khoury\nLondres, Royaume-Uni",
      cstyle="Address"),
    L("Objet : votre courrier du 19 juillet 2022", cstyle="Subject"),
    L("Madame,"),
    P("Nous avons bien reçu votre courrier relatif à l'usage des technologies de surveillance dans le contexte des "
      "migrations au Moyen-Orient et en Afrique du Nord, et nous vous remercions de nous avoir associés à cette "
      "démarche."),
    P("Thermivue conçoit et fabrique à Grenoble des détecteurs infrarouges non refroidis et des modules de caméras "
      "thermiques. Nous comptons environ 180 salariés. La majeure partie de notre production est destinée à "
      "l'industrie, à la lutte contre les incendies, à l'automobile et au bâtiment ; la sécurité et la défense "
      "représentent un peu moins d'un quart de notre chiffre d'affaires."),
    P("Nous ne vendons pas directement à des administrations de la région. Nos modules sont intégrés par des "
      "fabricants de caméras et de systèmes de sécurité, européens pour la plupart, qui les revendent sous leur propre "
      "marque. Nous savons que certains de ces intégrateurs ont livré des caméras équipées de nos modules à des clients "
      "publics au Maroc et en Égypte, sans que l'utilisation finale précise nous soit toujours connue.", "1a"),
    P("Il nous est difficile de dire quelle part de ces équipements se trouve à des postes-frontières. Sur les cinq "
      "dernières années, les intégrateurs concernés nous ont déclaré quelques centaines de modules à destination de ces "
      "deux pays, toutes applications confondues.", "1b"),
    P("Chaque commande fait l'objet d'un contrôle de conformité à l'export : vérification des listes de sanctions, "
      "classement des produits au regard du règlement (UE) 2021/821 et, lorsque c'est nécessaire, demande de licence "
      "auprès du service des biens à double usage. Nos modules les plus performants sont soumis à licence, que "
      "l'administration accorde ou refuse.", "2a", topic="export_control"),
    P("Pour les ventes hors de l'Union européenne, nous demandons en outre à nos intégrateurs un certificat "
      "d'utilisateur final et un engagement de non-réexportation. Nous ne disposons pas, en revanche, de moyens de "
      "suivre l'utilisation des caméras une fois installées.", "2c"),
    P("Notre charte éthique, adoptée en 2018, rappelle notre attachement au respect des droits humains et s'applique à "
      "l'ensemble de nos collaborateurs et partenaires commerciaux. Nous l'avons complétée cette année par une démarche "
      "de vigilance volontaire, que nous sommes en train d'étendre aux risques liés à l'usage de nos produits.", "2e"),
    P("Toute personne, salariée ou non, peut signaler une situation préoccupante par l'intermédiaire de notre dispositif "
      "d'alerte, accessible à l'adresse alerte@thermivue-grenoble.fr ou par courrier adressé à notre référent "
      "éthique. Les signalements sont traités de manière confidentielle, conformément à la loi Sapin II.", "2d"),
    P("Nous restons à votre disposition pour tout complément d'information et vous prions d'agréer, Madame, "
      "l'expression de nos salutations distinguées."),
    L("Claire Vasseur-Lemoine\nDirectrice générale", cstyle="Signature"),
]
