from blocks import LH, LL, G, A, Q, LI

LETTER = dict(
    file="Letter 2022-0917.pdf",
    company="Falcobruna Droni S.r.l.", aliases=["Falcobruna Droni", "Falcobruna"], country="Italy",
    listed=True, campaign_status="responded", style="restated", lang="en", marked_default=True,
    layout=dict(font="DejaVu Sans", size=22, margin=1300),
    status={"1a": "answered", "1b": "answered", "1c": "not_addressed", "2a": "partial", "2b": "answered",
            "2c": "answered", "2d": "answered", "2e": "answered", "3": "answered"},
    notes="Each question restated in its own short words as a bold line; 2b and 2c merged into one restated question; "
          "1c not restated or answered; bullet list inside the merged answer. "
          "Partial: 2a (legal checks described, no human rights risks identified).",
    tests="bold restated short questions (no numbers); one merged question; a skipped question; bullets under an answer",
    blocks=[
        LH("FALCOBRUNA DRONI S.r.l."),
        LH("Via dell'Artigianato 12 · 40057 Granarolo dell'Emilia (BO) · Italia", fmt="lhs"),
        LL("Bologna, 17 September 2022"),
        LL("To: Business & Human Rights Resource Centre"),
        LL("Dear Madam, dear Sir,"),
        G("We received your questionnaire with interest. Falcobruna is a small company of 85 people that designs "
          "fixed-wing and vertical take-off drones for civil and government surveillance. We have repeated each of your "
          "questions in short form before our answer."),
        Q("1a", "Do you supply surveillance products to MENA governments for migration or border control, and which ones?"),
        A("1a", "Yes. Our FB-20 fixed-wing drone with a day and thermal camera has been supplied to the Libyan Coast "
                "Guard through an Italian government cooperation programme, and three VTOL drones were sold to the "
                "Tunisian National Guard in 2021."),
        Q("1b", "How many have been distributed at borders, checkpoints or camps?"),
        A("1b", "Six FB-20 systems (each with two aircraft and one ground station) and three VTOL aircraft. All of them "
                "operate over the sea or along the coast; none are used at checkpoints or in camps."),
        Q("2a", "Do you carry out human rights due diligence, and what risks have you identified?"),
        A("2a", "We carry out the checks required by Italian Law 185/1990 and by the EU Dual-Use Regulation, and our sales "
                "manager reviews public reports on the customer country before each offer. We recognise that these "
                "checks are mainly legal and that we have not written down a list of human rights risks."),
        Q("2b,2c", "Do you consult migrants, refugees or human rights defenders, and what else do you do to avoid harm?"),
        A("2b,2c", "We have not carried out consultations with migrants, refugees, asylum seekers or human rights "
                   "defenders. Our other actions to reduce the risk of harm are the following:"),
        LI("2c", "every delivery includes training for pilots on the duty to report boats in distress to the competent "
                 "rescue coordination centre;", fmt="ul"),
        LI("2c", "the ground station records every flight, and the customer must keep these logs for five years and "
                 "show them to us on request;", fmt="ul"),
        LI("2c", "our drones carry no weapons and no facial recognition software, and they cannot be fitted with either "
                 "by the customer.", fmt="ul"),
        Q("2d", "Do you have a grievance mechanism?"),
        A("2d", "Not a formal one. Anyone can write to our general manager, and every letter receives a reply, but we "
                "understand that this is not a grievance mechanism in the sense of the UN Guiding Principles."),
        Q("2e", "Do you have a human rights policy or internal process for these sales?"),
        A("2e", "Our organisational model and Code of Ethics under Legislative Decree 231/2001 include respect for human "
                "rights, but there is no process specific to migration or border sales."),
        Q("3", "Do you plan to stop selling to MENA countries with a poor human rights record?"),
        A("3", "We will continue to sell only where the Italian authorities grant an export licence. If the authorities "
               "refuse a licence, we stop. We have no plan of our own to leave the region."),
        G("We thank you for the opportunity to explain our position and remain available for a call at your "
          "convenience."),
        LL("Best regards,"),
        LL("Marco Belluzzi, General Manager"),
    ],
)
