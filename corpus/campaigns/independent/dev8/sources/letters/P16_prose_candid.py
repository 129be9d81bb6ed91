from blocks import LH, LL, G, A

LETTER = dict(
    file="Letter 0822.docx",
    company="Skerrion Aerial Ltd", aliases=["Skerrion Aerial"], country="Malta",
    listed=False, campaign_status="responded", style="prose", lang="en", marked_default=False,
    layout=dict(font="DejaVu Sans", size=22, margin=1300),
    status={"1a": "answered", "1b": "answered", "1c": "declined", "2a": "answered", "2b": "answered",
            "2c": "answered", "2d": "answered", "2e": "answered", "3": "answered"},
    notes="Unlisted company; candid prose with no discourse cues, answers out of questionnaire order (2c before 2b), "
          "one paragraph for 1a and 1b and one for 2d and 2e.",
    tests="unknown company named only in letterhead and signature; prose without cues; out-of-order answers",
    blocks=[
        LH("SKERRION AERIAL LTD"),
        LH("Triq il-Port Ħieles, Birżebbuġa BBG 3011, Malta", fmt="lhs"),
        LL("Birżebbuġa, 29 August 2022"),
        LL("Business & Human Rights Resource Centre"),
        LL("Dear Resource Centre,"),
        A("1a,1b", "We are a small maritime drone operator. Since 2019 we have flown surveillance missions over the "
                   "central Mediterranean under a service contract with the Libyan coast guard, and we sold two "
                   "long-endurance drones to the navy of Tunisia in 2021. We have no activity at land borders or in camps."),
        A("1c", "We will not promise to send lists of clients in future. Our contracts are few, and naming them would in "
                "practice identify individual pilots and crews, some of whom have received threats."),
        A("2a", "Our pilots see boats in distress. We know that the position reports we pass on can lead to interceptions "
                "and returns to Libya, where people are detained in conditions the UN has described as appalling. That "
                "is the main human rights risk we have identified, and we have discussed it openly with our client and "
                "with our own staff."),
        A("2c", "Our response so far has been practical. Every sighting of a boat in distress is reported at the same "
                "time to the Maltese and Italian rescue coordination centres, not only to our client, and our flight logs "
                "are kept for seven years so that they can be examined if our role in any incident is questioned."),
        A("2b", "We have talked to two search and rescue NGOs about this practice and made changes after those talks. We "
                "have not spoken with migrants themselves."),
        A("2d,2e", "There is no formal complaints mechanism and no written human rights policy. We are aware that this "
                   "is not good enough for a company working in this field, and we are drafting both with outside help."),
        A("3", "We will not renew the Libyan contract when it ends next year unless the arrangement for reporting to "
               "rescue centres is written into the contract."),
        G("We are happy for this letter to be published in full, and for you to contact us again next year to see what "
          "has changed."),
        LL("Yours sincerely,"),
        LL("Karl Borg Ciantar"),
        LL("Director, Skerrion Aerial Ltd"),
    ],
)
