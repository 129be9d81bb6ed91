from blocks import *

LETTER = dict(
    file="Letter_2022-09-02.pdf",
    company="Osterlund Radar AS", listed=False, style="prose", lang="en", languages=["en"], marked=False,
    layout=dict(font="dejavu", size=9.5, lh_align="right", color="1A1A1A", lh_size=14),
    status={"1a": "answered", "1b": "answered", "1c": "not_addressed", "2a": "partial", "2b": "not_addressed",
            "2c": "answered", "2d": "answered", "2e": "partial", "3": "answered"},
    notes="Terse engineer's prose, no question cues; company not in campaign.yaml, named only in letterhead and signature; due diligence mostly export licensing; 1c and 2b silently skipped.",
    blocks=[
        H("Osterlund Radar AS"),
        H("Strandveien 41, 7042 Trondheim, Norway · Org. nr. 918 442 317", st="LHS"),
        L("Trondheim, 2 September 2022", st="Right"),
        L("To: Business & Human Rights Resource Centre", st="Addr"),
        L("Dear Ms Kassem,"),
        GP("We refer to your letter of July 2022 concerning surveillance equipment and border control in the Middle East and North Africa."),
        P("1a", "products_and_clients", "We build X-band and S-band coastal surveillance radars and the software that displays their tracks. In the MENA region our radars are operated by the coast guard of Oman and by the coastal surveillance service of the Algerian navy. We do not supply land border systems, cameras or anything that collects data on individuals."),
        P("1b", "deployment_scale", "In total eleven radar stations have been delivered in the region since 2014, seven in Oman and four in Algeria. None is at a land crossing, checkpoint or camp."),
        P("2c", "mitigation", "A maritime radar detects and tracks vessels. It cannot identify the persons on board, and it is used every day to find boats in distress. We have built the systems so that tracks can be exported in the standard formats used by rescue coordination centres, and we train operators on that function."),
        P("2a", "export_control", "All deliveries were licensed by the Norwegian Ministry of Foreign Affairs, which assesses the human rights situation in the receiving country before granting a licence. In addition, our sales director and I review each enquiry from a government outside Europe before we submit an offer."),
        P("2e 2a", "policy_commitment", "As a company covered by the Norwegian Transparency Act we carry out and publish an annual account of our due diligence, which also covers our customers. The account for 2022 will be on our website by 30 June next year."),
        P("2d", "grievance_mechanism", "Employees can report concerns under our whistleblowing routine. We do not have a separate channel for people outside the company, but questions can be sent to post@osterlundradar.no and will reach me."),
        P("3", "exit_and_restrictions", "We have no plans to stop selling coastal radars to the region. We would not sell to a country under an arms embargo, and we have not quoted for projects in Libya."),
        L("Best regards"),
        SIG("Per-Anders Vik"),
        SIG("Chief Executive Officer, Osterlund Radar AS"),
    ],
)
