from lib import LH, L, P

FILE = "Stanmore response - BHRRC MENA letter.docx"
COMPANY = "Stanmore Analytics plc"
ALIASES = ["Stanmore Analytics", "Stanmore"]
COUNTRY = "United Kingdom"
LISTED = True
YAML_STATUS = "responded"
STYLE = "prose"
LANG = "en"
MARKED = False
STATUS = {"1a": "partial", "1b": "declined", "1c": "declined", "2a": "answered", "2b": "partial",
          "2c": "answered", "2d": "answered", "2e": "answered", "3": "answered"}
NOTES = ("Legalistic, defensive prose with many discourse cues ('As to', 'Regarding', 'Turning to', 'Finally'); disputes "
         "the 'surveillance' label; 'Gulf region' only; 1b and 1c refused together; detailed due diligence.")
WHAT = "legalistic prose with many cues, combined 1b+1c refusal, region not countries"
THEME = dict(body_font="DejaVu Serif", head_font="DejaVu Serif", size=22, accent="333333",
             letterhead_align="right", date_align="left",
             footer="Stanmore Analytics plc - Registered in England and Wales No. 09981342 - Registered office: 8 Quill Court, London EC4A 3BD")

BLOCKS = [
    LH("Stanmore Analytics plc"),
    LH("8 Quill Court - London EC4A 3BD - United Kingdom", small=True),
    L("PRIVATE AND CONFIDENTIAL - FOR PUBLICATION ONLY IN FULL", cstyle="Subject"),
    L("23 August 2022", cstyle="DateLine"),
    L("Ms R. Khoury\nBusiness & Human Rights Resource Centre\nBy email", cstyle="Address"),
    L("Dear Ms Khoury,"),
    L("Your letter of 19 July 2022: surveillance technology in migration and border control (MENA)", cstyle="Subject"),
    P("We write in response to your letter, which reached our General Counsel on 25 July. We note that the Resource "
      "Centre intends to publish responses in full, and we have prepared this letter on that basis. We would ask that "
      "it is not summarised or quoted in part without our consent."),
    P("At the outset, we should say that the description in your letter of companies supplying 'surveillance "
      "technology' does not accurately reflect what Stanmore does. We develop risk-assessment and data-integration "
      "software used by customs and border agencies to decide which consignments, vehicles and travellers require "
      "further checks. Our software does not capture images, intercept communications or track the location of "
      "individuals.", "1a"),
    P("As to our customers in the region, Stanmore has provided software and associated services to public authorities "
      "in the Gulf region since 2017, principally in the customs and trade domain. A smaller part of this work concerns "
      "the processing of advance passenger information for immigration authorities.", "1a"),
    P("We are not able to provide the number, location or value of individual deployments, nor to commit to providing "
      "the Resource Centre with lists of customers in future. Our contracts with government customers impose strict "
      "confidentiality obligations, and in several cases the customer treats the existence of the contract itself as "
      "sensitive for reasons of national security. Breaching those obligations would expose the company to legal "
      "liability and, we believe, would not advance the legitimate aims of your enquiry.", "1b", qs=["1b", "1c"],
      topic="confidentiality_decline"),
    P("Regarding due diligence, every opportunity involving a government customer outside the United Kingdom, the "
      "European Union and a small number of other jurisdictions is referred to our Sensitive Engagements Panel, chaired "
      "by the General Counsel and including our Chief Technology Officer and an external adviser on human rights. The "
      "Panel considers the customer's legal framework for data protection and judicial oversight, the intended use of "
      "the software, the data sources to be connected to it, and published assessments of the country's human rights "
      "record. For border-related work in the Gulf, the risks the Panel has identified are discriminatory risk-scoring "
      "on the basis of nationality or ethnicity, use of data to support arbitrary detention or deportation of migrant "
      "workers, and onward sharing of data with intelligence services.", "2a"),
    P("Those risks are addressed in the design of the product and in our contracts. Risk rules cannot be based on "
      "protected characteristics without a configuration change that requires our sign-off; all rule changes are "
      "logged; every automated flag must be reviewed by a human officer before any action is taken; and our licences "
      "prohibit use of the software for purposes other than those agreed. We review each government deployment "
      "annually, and we have, on one occasion, declined to build a requested integration with a police intelligence "
      "database.", "2c"),
    P("Turning to engagement, Stanmore takes part in multi-stakeholder discussions on the responsible use of data in "
      "border management, organised by industry associations and academic institutions, at which civil society "
      "organisations are regularly represented.", "2b"),
    P("Our whistleblowing procedure is open to employees, contractors and third parties. Concerns may be raised in "
      "confidence with the General Counsel, or anonymously through an independent hotline, and we do not tolerate "
      "retaliation against anyone who raises a concern in good faith.", "2d"),
    P("The Panel's work is governed by our Human Rights Policy and our Responsible Sales Procedure, both approved by the "
      "Board, which commit the company to the UN Guiding Principles on Business and Human Rights and set out when a "
      "sale requires Panel approval. The Board's Risk Committee receives a report on sensitive engagements at each of "
      "its meetings.", "2e"),
    P("Finally, you ask whether we intend to stop selling to countries in the region with a record of human rights "
      "violations. We do not. A blanket approach by country would in our view be neither appropriate nor effective; we "
      "keep each engagement under review and will withdraw where we conclude that our software is being used in a "
      "manner inconsistent with our policy.", "3"),
    P("We trust that this response will be published in full alongside any reference to Stanmore. Should you wish to "
      "discuss any aspect of it, please contact the undersigned."),
    L("Yours sincerely,"),
    L("Eleanor Whitcombe\nGeneral Counsel and Company Secretary\nStanmore Analytics plc", cstyle="Signature"),
]
