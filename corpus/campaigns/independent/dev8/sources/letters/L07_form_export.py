from blocks import LH, LL, G, A, H

LETTER = dict(
    file="form_export_20220816.pdf",
    company="Orvix Data Solutions Ltd", aliases=["Orvix"], country="Cyprus",
    listed=False, campaign_status="responded", style="markers", lang="en", marked_default=True,
    layout=dict(font="DejaVu Sans Mono", size=18, margin=1200),
    status={"1a": "answered", "1b": "answered", "1c": "partial", "2a": "answered", "2b": "answered",
            "2c": "answered", "2d": "answered", "2e": "answered", "3": "answered"},
    notes="Unlisted company; answers pasted from an internal form tool: 'Ref. n/x – subject' label lines followed by "
          "'Answer:' paragraphs, one combined label, inline '1) 2) 3)' enumeration and a cross-reference to another "
          "label inside answers. Partial: 1c (product list on request, client list refused).",
    tests="unknown company named only in letterhead and closing; slash-separated labels on their own line; inline '2)' and "
          "'under 2/b' inside answers that are not labels",
    blocks=[
        LH("ORVIX DATA SOLUTIONS LTD · 41 Archbishop Kyprianou Street, 3036 Limassol, Cyprus", fmt="lhs"),
        LL("Form: BHRRC_MENA_2022 · Exported 16/08/2022 14:22 · To: Business & Human Rights Resource Centre"),
        G("Our compliance desk prepared the answers below in our internal questionnaire tool. The export is pasted "
          "unchanged, so the references follow the tool's own field numbering rather than the layout of your letter."),
        H("1a", "Ref. 1/a – Products and countries", fmt="p"),
        A("1a", "Answer: Yes, in a limited way. We license travel document verification and passenger data analytics "
                "software to two MENA government clients: the immigration authority of Jordan (airport and land "
                "crossings) and a border agency in Egypt through a local integrator. We do not supply cameras, drones or "
                "interception tools."),
        H("1b,1c", "Ref. 1/b + 1/c – Volumes and future lists", fmt="p"),
        A("1b,1c", "Answer: 23 software installations at border crossing points since 2016, none in refugee camps. We "
                   "will send an updated product list on request. We cannot commit to listing our clients, as our "
                   "licence agreements do not permit it."),
        H("2a", "Ref. 2/a – Due diligence", fmt="p"),
        A("2a", "Answer: Yes. Screening has three stages: 1) sanctions and restricted-party check on the end user and the "
                "integrator; 2) country risk rating using public UN and NGO reporting; 3) a use-case review by our data "
                "protection officer. Risks identified: profiling of travellers by nationality, data sharing with "
                "security services, and detention following false matches."),
        H("2b", "Ref. 2/b – Consultation", fmt="p"),
        A("2b", "Answer: No consultation with migrants, refugees or human rights defenders has taken place to date. We "
                "recognise this as a gap and intend to address it during 2023."),
        H("2c", "Ref. 2/c – Other actions", fmt="p"),
        A("2c", "Answer: The software is configured so that a match never triggers an automatic decision; an officer "
                "must review every alert. Nationality cannot be used as a search filter, and data is deleted according "
                "to a retention table agreed in the contract."),
        H("2d", "Ref. 2/d – Grievance mechanism", fmt="p"),
        A("2d", "Answer: Not for external parties at present. Employees can report concerns to the compliance desk, and "
                "an external channel is planned as part of the 2023 work described under 2/b."),
        H("2e", "Ref. 2/e – Policy", fmt="p"),
        A("2e", "Answer: We follow our Code of Business Ethics, which commits us to respect human rights. There is no "
                "specific policy or approval process for border or migration work."),
        H("3", "Ref. 3 – Plans to stop", fmt="p"),
        A("3", "Answer: No plan to stop. We would terminate a licence if we had evidence that our software was being "
               "used to target refugees or migrants for detention or mistreatment."),
        LL("End of export. Contact: Compliance Desk, Orvix Data Solutions Ltd, Limassol."),
    ],
)
