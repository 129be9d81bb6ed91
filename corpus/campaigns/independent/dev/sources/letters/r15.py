from blocks import *

LETTER = dict(
    file="Aldmark response 1-2-3.pdf",
    company="Aldmark Maritime Surveillance A/S", listed=True, style="numbered-other", lang="en", languages=["en"], marked=True,
    layout=dict(font="serif", size=11.5, lh_align="left", color="0D3B66", lh_size=16, justify=True),
    status={"1a": "answered", "1b": "answered", "1c": "partial", "2a": "answered", "2b": "answered",
            "2c": "answered", "2d": "answered", "2e": "answered", "3": "answered"},
    notes="Answers grouped under the three main numbers 1./2./3. with lettered sub-answers (a)-(e) inside long paragraphs; each paragraph answers two or three sub-questions; candid about Libya coast guard supplies and their suspension.",
    blocks=[
        H("Aldmark Maritime Surveillance A/S"),
        H("Havnegade 4 · DK-8000 Aarhus C · Denmark · CVR 37 81 22 09", st="LHS"),
        L("Aarhus, 25 August 2022", st="Right"),
        L("Business & Human Rights Resource Centre", st="Addr"),
        L("Dear Ms Kassem,"),
        GP("Thank you for your letter of 12 July. Aldmark is a company of 90 people that develops maritime surveillance software and sensor integration for navies, coast guards and port authorities. We have grouped our answers under the three headings of your letter."),
        P("1a 1b 1c", "products_and_clients", "**1.** Our products are coastal surveillance software, AIS receivers and sensor integration for patrol vessels. (a) In the region we have delivered systems to the Royal Moroccan Navy and, in 2019, under an EU-funded capacity-building project managed by a member-state agency, to the Libyan Coast Guard. (b) The Moroccan system covers nine coastal sites; in Libya, equipment was installed on four patrol vessels and at one operations centre. We have never supplied equipment for land crossings, checkpoints or camps. (c) We are prepared to confirm once a year whether these relationships continue and whether new countries have been added."),
        P("2a 2b", "due_diligence", "**2.** (a) Every offer to a government customer outside the EU and NATO is reviewed by our Compliance Committee, which looks at the end user, the intended use and the human rights situation in the country. For maritime projects in the central Mediterranean the main risk we identified was that surveillance data could be used to intercept boats and return people to Libya, where they face arbitrary detention and ill-treatment. (b) We have not consulted migrants directly; in 2021 we met representatives of two search and rescue NGOs to understand their concerns."),
        P("2c 2d 2e", "mitigation", "(c) Our contracts require that distress situations detected by our systems are forwarded to the responsible rescue coordination centre, and our software logs every such forwarding so that it can be audited. (d) Complaints can be made through our whistleblower scheme, which is open to external persons and can be used anonymously. (e) These requirements form part of our Responsible Business Policy, adopted by the board in 2020 and reviewed every two years."),
        P("3", "exit_and_restrictions", "**3.** After the UN Independent Fact-Finding Mission on Libya reported on abuses in detention centres, we decided in 2021 not to deliver further equipment or services to Libyan authorities, including under EU-funded programmes. We continue to work in Morocco and keep that engagement under review."),
        GP("We are happy to answer follow-up questions."),
        L("Yours sincerely,"),
        SIG("Mette Lykkegaard"),
        SIG("Chief Executive Officer"),
    ],
)
