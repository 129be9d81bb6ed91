from blocks import *

LETTER = dict(
    file="Courrier BHRRC.docx",
    company="Sentelle Défense SAS", listed=True, style="refusal", lang="fr", languages=["fr"], marked=False,
    layout=dict(font="serif", size=11, lh_align="left", color="1F2A44", lh_size=17),
    status={"1a": "declined", "1b": "declined", "1c": "declined", "2a": "partial", "2b": "not_addressed",
            "2c": "not_addressed", "2d": "not_addressed", "2e": "not_addressed", "3": "not_addressed"},
    notes="French refusal citing secret de la défense nationale and contractual confidentiality for question 1; points to CIEEMG export approval; offers a meeting; question 2b-3 not addressed.",
    blocks=[
        H("SENTELLE DÉFENSE"),
        H("SAS au capital de 1 500 000 € · 8, avenue du Maréchal-Juin · 92100 Boulogne-Billancourt", st="LHS"),
        L("Direction juridique", st="Addr"),
        L("Réf. : DJ/2022-0417", st="Addr"),
        L("Boulogne-Billancourt, le 29 août 2022", st="Right"),
        L("Business & Human Rights Resource Centre", st="Addr"),
        L("Madame,"),
        GP("Nous accusons réception de votre courrier du 12 juillet 2022 relatif à la fourniture de technologies de surveillance dans la région Afrique du Nord et Moyen-Orient."),
        P("1a 1b 1c", "confidentiality_decline", "Les activités de Sentelle Défense relèvent pour une large part du secret de la défense nationale et d'engagements contractuels de confidentialité envers nos clients étatiques. Nous ne sommes donc pas en mesure de communiquer d'informations sur nos clients, sur nos produits déployés ou sur leur localisation, ni de nous engager à vous transmettre de telles informations à l'avenir."),
        P("2a", "export_control", "Nous vous précisons que l'ensemble de nos exportations est soumis à l'autorisation préalable de l'État, après avis de la Commission interministérielle pour l'étude des exportations de matériels de guerre, qui tient compte du respect des droits humains dans le pays destinataire."),
        P("1c", "disclosure_commitment", "Nous restons néanmoins disposés à vous rencontrer afin de vous présenter, de manière générale, notre démarche de conformité."),
        L("Veuillez agréer, Madame, l'expression de nos salutations distinguées."),
        SIG("Henri Dubreuil-Lacaze"),
        SIG("Directeur juridique"),
    ],
)
