# -*- coding: utf-8 -*-
"""The 24 replies of campaign independent-dev3, written blind from BRIEF.md.

Every company, person and address below is invented.  Each letter is a dict with
file/format/company/listed/style/look and its blocks (see blocks.py).
"""
from blocks import (LH, LHS, DATE, L, REF, GP, P, AR, H, BH, BQ, AX, LI, PAGEBREAK, CELL, TABLE)

LETTERS = []


def letter(**kw):
    LETTERS.append(kw)


# ---------------------------------------------------------------------------------------------
# R01  German prose, candid managing director of a mid-sized thermal camera maker
letter(
    id="R01", file="Antwort auf Ihre Anfrage vom Juli 2022.docx", fmt="docx",
    company="Korvander Optronics GmbH", listed=True, country="Germany", style="prose", lang="de",
    look="serif_classic", voice="candid managing director (engineer)",
    status={"1a": "answered", "1b": "answered", "1c": "declined", "2a": "answered", "2b": "answered",
            "2c": "answered", "2d": "answered", "2e": "answered", "3": "answered"},
    notes="German prose, no cues; products reach MENA border projects via integrators; 2b+2e and 3+1c combined; commitment to publish a policy in 2023",
    tests="German prose without markers; combined paragraphs (1a+1b, 2e+2b, 3+1c); indirect supply via integrators",
    blocks=[
        LH("KORVANDER OPTRONICS GMBH"),
        LHS("Am Lohgraben 17 · 73430 Aalen · Deutschland · Tel. +49 7361 5548-0"),
        L("Business & Human Rights Resource Centre"),
        L("z. Hd. Regionalteam Naher Osten und Nordafrika"),
        DATE("Aalen, 9. August 2022", right=True),
        L("Ihre Anfrage zu Überwachungstechnik im Kontext von Migration und Grenzschutz", tight=False),
        L("Sehr geehrte Damen und Herren,", tight=False),
        GP("vielen Dank für Ihr Schreiben vom Juli. Wir sind ein mittelständischer Hersteller von "
           "Wärmebildkameras und Kameramodulen mit rund 240 Beschäftigten, und den größten Teil unseres "
           "Umsatzes machen wir mit Industrie- und Feuerwehrkunden. Ich beantworte Ihre Fragen gerne, so gut "
           "ich kann, und sage auch offen, wo wir an unsere Grenzen stoßen."),
        P("1a 1b", "products_and_clients",
          "Direkt an Regierungsstellen in der Region liefern wir nicht. Unsere gekühlten Wärmebildmodule der "
          "Serie KT-600 gehen allerdings an Systemintegratoren, die daraus Beobachtungstürme und "
          "Fahrzeugsysteme bauen. Aus den Endverbleibserklärungen wissen wir, dass seit 2016 Module in Projekte "
          "für den Grenzschutz in Marokko, Tunesien und Jordanien eingebaut wurden. Nach unseren Unterlagen "
          "handelt es sich um etwa 310 Module; wie viele davon tatsächlich an Grenzübergängen stehen, können "
          "wir nicht sagen, weil die Integratoren uns die Aufstellungsorte nicht mitteilen."),
        P("2a", "due_diligence",
          "Jede dieser Lieferungen war genehmigungspflichtig und ist vom BAFA genehmigt worden. Ehrlich gesagt "
          "war die Ausfuhrgenehmigung bis vor kurzem unsere wichtigste Prüfung. Seit 2021 erstellen wir "
          "zusätzlich eine eigene Länderbewertung, für die wir Berichte von Menschenrechtsorganisationen und "
          "der Vereinten Nationen auswerten. Als Risiken sehen wir vor allem, dass Menschen auf der Flucht mit "
          "unserer Technik nachts aufgespürt und dann zurückgedrängt oder festgehalten werden, und dass "
          "Aufnahmen ohne Rechtsgrundlage gespeichert werden."),
        P("2c", "mitigation",
          "Was wir praktisch tun: Unsere Module liefern wir ohne Gesichtserkennung und ohne Software, die "
          "Personen automatisch verfolgt. In die Verträge mit den Integratoren nehmen wir seit 2021 eine Klausel "
          "auf, nach der die Weitergabe an Sicherheitsbehörden in Ländern auf unserer internen Beobachtungsliste "
          "unsere vorherige Zustimmung braucht. Bei zwei Anfragen im vergangenen Jahr haben wir diese "
          "Zustimmung verweigert."),
        P("2e 2b", "policy_commitment",
          "Mit Betroffenen, also mit Migrantinnen und Migranten oder mit Flüchtlingsorganisationen, haben wir "
          "bisher nicht gesprochen. Das ist eine Lücke, die ich nicht schönreden will. Eine eigene "
          "Menschenrechtsrichtlinie haben wir noch nicht; die Regeln, nach denen wir Exportanfragen prüfen, "
          "stehen in einer Arbeitsanweisung des Vertriebs, die ich als Geschäftsführer freigegeben habe. Bis "
          "Mitte 2023 wollen wir daraus eine veröffentlichte Grundsatzerklärung machen."),
        P("2d", "grievance_mechanism",
          "Beschwerden kann jeder über unser Hinweisgebersystem abgeben, das auf unserer Website erreichbar ist, "
          "auch anonym und auch auf Englisch und Französisch. Bisher ist dort keine Meldung mit Bezug zu "
          "Grenzen oder Migration eingegangen."),
        P("3 1c", "exit_and_restrictions",
          "Einen vollständigen Rückzug aus der Region planen wir nicht, weil ein Großteil unserer Module dort in "
          "Kraftwerken und bei Feuerwehren eingesetzt wird. Für Grenzschutzprojekte in Ländern, in denen "
          "Zurückweisungen von Schutzsuchenden dokumentiert sind, werden wir aber künftig keine Zustimmung mehr "
          "erteilen. Listen unserer Kunden können wir Ihnen nicht zur Verfügung stellen, da unsere Verträge mit "
          "den Integratoren Vertraulichkeit vorsehen."),
        L("Für Rückfragen stehe ich Ihnen gern zur Verfügung.", tight=False),
        L("Mit freundlichen Grüßen", tight=False),
        L("Dr. Matthias Oberländer"),
        L("Geschäftsführer"),
    ])

# ---------------------------------------------------------------------------------------------
# R02  English prose, PR / CSR voice, maritime drones; products without countries
letter(
    id="R02", file="Reply_BHRRC_2022-08-11.pdf", fmt="pdf",
    company="Halcyon Aerial Systems Ltd", listed=True, country="United Kingdom", style="prose", lang="en",
    look="sans_corporate", voice="PR / corporate affairs",
    footer="Halcyon Aerial Systems Ltd · Registered in England and Wales No. 05318842",
    status={"1a": "partial", "1b": "declined", "1c": "declined", "2a": "partial", "2b": "partial",
            "2c": "answered", "2d": "answered", "2e": "answered", "3": "not_addressed"},
    notes="warm CSR voice; names products but only 'North Africa'; vague 'robust review processes'; civil-society dialogue but no migrants; silent on 3",
    tests="PR prose; partial answers (region instead of countries, vague processes); 2e+2a combined; question 3 silently skipped",
    blocks=[
        LH("HALCYON AERIAL SYSTEMS LTD"),
        LHS("Unit 4, Brackenfield Aerospace Park, Wrexham LL13 9QP, United Kingdom"),
        DATE("11 August 2022"),
        L("Business & Human Rights Resource Centre"),
        L("London"),
        L("Dear Ms Rahimi,", tight=False),
        GP("Thank you for reaching out to Halcyon as part of the Resource Centre's work on technology at borders. "
           "We welcome this kind of scrutiny. Halcyon was founded in 2004 to build unmanned aircraft for "
           "environmental monitoring, and today our long-endurance platforms support fisheries protection, "
           "oil-spill response and maritime safety for customers in more than twenty countries."),
        P("1a 1b", "products_and_clients",
          "Our Seawatch family of fixed-wing unmanned aircraft, together with the ground stations and training "
          "that come with it, is used by several coastguard and maritime authorities around the Mediterranean, "
          "including in North Africa. These are maritime surveillance systems whose primary missions are search "
          "and rescue and the detection of vessels in distress. As a matter of long-standing practice we do not "
          "name individual government customers or publish the number of systems delivered to them, and we hope "
          "you will understand that these details are not ours alone to share."),
        P("2c", "mitigation",
          "We are proud that our aircraft help save lives at sea. Every Seawatch system is delivered with a "
          "rescue alerting function that automatically relays the position of any vessel flagged as being in "
          "distress to the responsible Maritime Rescue Coordination Centre, and operator training covers the "
          "obligations of the International Convention for the Safety of Life at Sea. Our contracts require "
          "customers to use the systems in accordance with international maritime and human rights law, and we "
          "reserve the right to suspend support services if we become aware of serious misuse."),
        P("2e 2a", "policy_commitment",
          "Respect for human rights sits at the heart of how we do business. Our Human Rights Policy, adopted by "
          "the Board in 2020, is aligned with the UN Guiding Principles on Business and Human Rights, and robust "
          "review processes are in place before we enter into any government contract. These processes draw on "
          "expertise from across the business, including our legal, export compliance and sustainability teams."),
        P("2b", "stakeholder_engagement",
          "Listening to others is part of getting this right. Through our membership of a multi-stakeholder "
          "maritime forum we meet regularly with civil society organisations, including groups involved in "
          "rescue operations in the central Mediterranean, and their perspectives have shaped the way we train "
          "operators."),
        P("2d", "grievance_mechanism",
          "Anyone, whether an employee, a supplier or a member of the public, can raise a concern through our "
          "independent Speak Up line, which is available online and by telephone in twelve languages, including "
          "Arabic and French. Reports can be made anonymously and are reviewed by our Ethics Committee."),
        P("1c", "disclosure_commitment",
          "We value an ongoing dialogue with the Resource Centre. While we cannot commit to sharing customer "
          "lists, we would be delighted to keep you informed of our progress through our annual Sustainability "
          "Report, and our Head of Sustainability would be pleased to meet your team."),
        L("With warm regards,", tight=False),
        L("Eleanor Whitcombe"),
        L("Director of Corporate Affairs and Sustainability"),
    ])

# ---------------------------------------------------------------------------------------------
# R03  English prose, small family firm, unlisted, "we do not sell to that region"
letter(
    id="R03", file="Letter 0912.pdf", fmt="pdf",
    company="Brennick & Sons Security Ltd", listed=False, country="Ireland", style="prose", lang="en",
    look="dejavu_serif_just", voice="small family firm",
    status={"1a": "answered", "1b": "answered", "1c": "answered", "2a": "answered", "2b": "not_addressed",
            "2c": "not_addressed", "2d": "answered", "2e": "answered", "3": "answered"},
    notes="unlisted family firm; 'we do not sell to that region' answers 1a, 1b and 3 in one paragraph; no written policy",
    tests="unlisted company named only in letterhead/signature; negative answers count as answered; 1a+1b+3 combined",
    blocks=[
        LH("Brennick & Sons Security Ltd"),
        LHS("Est. 1979 · 14 Mill Lane, Ballincollig, Co. Cork, Ireland · Tel. 021 487 2290"),
        DATE("9th September 2022", right=True),
        L("To the Business & Human Rights Resource Centre"),
        L("Dear Sir or Madam,", tight=False),
        GP("Your letter reached us a little late as it was sent to an old address, so please excuse the delay in "
           "replying. I should say at the start that we are a small family business of eighteen people. My father "
           "started the company to fit alarms and CCTV in shops and on farms around Cork, and that is still most "
           "of what we do today."),
        P("1a 1b 3", "products_and_clients",
          "We have never sold anything to any government in the Middle East or North Africa, and we do not sell "
          "to that region at all, whether to public or private customers. None of our cameras or systems has "
          "been installed at a border crossing, checkpoint or refugee camp anywhere, so the number you ask about "
          "is zero. As we have no business there, there is nothing for us to stop, and we have no plans to start."),
        P("2a 2e", "due_diligence",
          "We do not have a written human rights policy or a due diligence process of the kind you describe. The "
          "only government work we do is for two county councils here in Ireland, for traffic and town-centre "
          "cameras, and on those jobs we follow the council's own data protection requirements under the GDPR."),
        P("2d", "grievance_mechanism",
          "If anybody has a complaint about our work they can ring or write to me directly, and they do. We are "
          "small enough that every complaint lands on my desk, and I answer each one myself."),
        P("1c", "disclosure_commitment",
          "If we ever did take on work in the region, which I think is most unlikely, I would be glad to let you "
          "know."),
        GP("I hope this is of some use to your research. I would only add that we were surprised to be included, "
           "and I wonder whether we were confused with another company of a similar name."),
        L("Yours sincerely,", tight=False),
        L("Declan Brennick"),
        L("Managing Director"),
    ])

# ---------------------------------------------------------------------------------------------
# R04  French prose, legal / defensive; biometric kiosks
letter(
    id="R04", file="response.docx", fmt="docx",
    company="Quillon Biométrie SAS", listed=True, country="France", style="prose", lang="fr",
    look="serif_just", voice="legal department, defensive",
    status={"1a": "partial", "1b": "declined", "1c": "declined", "2a": "answered", "2b": "not_addressed",
            "2c": "answered", "2d": "answered", "2e": "answered", "3": "answered"},
    notes="French legal prose; order 2e, 2a, 2c, 1a/1b, 3, 2d, 1c; products named but no countries; confidentiality for numbers and lists",
    tests="French prose in non-questionnaire order; without-prejudice framing; partial 1a with declined 1b in one paragraph",
    blocks=[
        LH("QUILLON BIOMÉTRIE SAS"),
        LHS("Direction juridique et conformité – 27, rue des Tanneurs – 69007 Lyon – RCS Lyon 812 447 390"),
        DATE("Lyon, le 2 septembre 2022", right=True),
        L("Business & Human Rights Resource Centre"),
        L("Objet : votre questionnaire de juillet 2022 relatif aux technologies de surveillance aux frontières", tight=False),
        L("Madame, Monsieur,", tight=False),
        GP("Nous accusons réception de votre questionnaire, auquel nous répondons dans les limites qu'imposent "
           "nos engagements contractuels et la réglementation applicable. Les informations ci-dessous sont "
           "fournies à titre d'information générale et ne sauraient être interprétées comme une reconnaissance "
           "de quelque nature que ce soit."),
        P("2e", "policy_commitment",
          "Quillon Biométrie s'est dotée en 2019 d'une Charte éthique et, bien qu'elle ne soit pas soumise à la "
          "loi du 27 mars 2017 relative au devoir de vigilance, d'un plan de vigilance établi sur une base "
          "volontaire. Toute offre destinée à une autorité publique située hors de l'Union européenne est "
          "soumise à l'avis préalable d'un comité éthique présidé par la Directrice juridique."),
        P("2a", "due_diligence",
          "Dans ce cadre, une analyse des risques est conduite avant chaque projet. Pour les projets "
          "d'enrôlement biométrique liés à la gestion des flux migratoires, les principaux risques relevés sont "
          "la collecte de données sans consentement éclairé, la réutilisation des données à d'autres fins que "
          "celles prévues initialement, leur transfert vers des États tiers et l'exclusion des personnes dont "
          "les empreintes ne peuvent être captées."),
        P("2c", "mitigation",
          "Nos bornes et nos logiciels intègrent par défaut des mesures de protection des données dès la "
          "conception : chiffrement des gabarits, durées de conservation paramétrables et journalisation des "
          "accès. Quillon n'exploite pas les systèmes installés et n'a pas accès aux bases de données de ses "
          "clients."),
        P("1a 1b", "products_and_clients",
          "S'agissant de nos activités dans la région, Quillon fournit des bornes d'enrôlement biométrique et des "
          "logiciels de vérification d'identité à des administrations de plusieurs pays d'Afrique du Nord et du "
          "Moyen-Orient, notamment pour la délivrance de titres de voyage et pour le contrôle aux points de "
          "passage. Nos contrats comportant des clauses de confidentialité, nous ne sommes pas en mesure de "
          "nommer nos clients ni d'indiquer le nombre d'équipements déployés."),
        P("3", "exit_and_restrictions",
          "Quillon n'envisage pas de se retirer de la région. Nous estimons que des systèmes d'identification "
          "fiables peuvent faciliter l'accès des personnes à leurs droits, et nous continuerons d'examiner chaque "
          "projet au cas par cas, en écartant ceux qui ne satisfont pas à nos critères."),
        P("2d", "grievance_mechanism",
          "Toute personne peut signaler une préoccupation au moyen du dispositif d'alerte accessible sur notre "
          "site internet, mis en place conformément à la loi dite Sapin II."),
        P("1c", "disclosure_commitment",
          "Pour les raisons de confidentialité déjà évoquées, nous ne pourrons pas vous transmettre à l'avenir de "
          "listes de clients ou d'équipements."),
        L("Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.", tight=False),
        L("Claire Fontanel-Roux"),
        L("Directrice juridique et conformité"),
    ])

# ---------------------------------------------------------------------------------------------
# R05  English markers, legal / defensive; radars; export licensing as only due diligence
letter(
    id="R05", file="BHRRC questionnaire - Marenta Defence response.pdf", fmt="pdf",
    company="Marenta Defence S.p.A.", listed=True, country="Italy", style="markers", lang="en",
    look="narrow_grey", voice="legal affairs, defensive",
    footer="Marenta Defence S.p.A. – Share capital EUR 24,000,000 – VAT IT 01947730116",
    status={"1a": "answered", "1b": "answered", "1c": "declined", "2a": "partial", "2b": "answered",
            "2c": "answered", "2d": "answered", "2e": "answered", "3": "answered"},
    notes="run-in bold markers 1(a)...3.; 2(a) relies on national export licensing only; combined marker '2(b) and 2(c)'",
    tests="markers in company style incl. combined marker; export licensing as only due diligence (topic export_control)",
    blocks=[
        LH("MARENTA DEFENCE S.p.A."),
        LHS("Via dei Cantieri 88, 19126 La Spezia, Italy — Legal Affairs Department"),
        REF("Our ref.: LA/2022/0417 — Your ref.: BHRRC outreach, July 2022"),
        DATE("La Spezia, 29 July 2022", right=True),
        L("Business & Human Rights Resource Centre"),
        L("Dear Sirs,", tight=False),
        GP("We refer to your e-mail of 14 July 2022 and to the questionnaire attached to it. Marenta Defence "
           "S.p.A. (\"Marenta\") provides the following answers without prejudice and on the understanding that "
           "they reflect the Company's position as at the date of this letter."),
        P("1a", "products_and_clients",
          "1(a) Marenta designs and manufactures coastal surveillance radars and long-range electro-optical "
          "sensors. In the Middle East and North Africa region these products have been supplied to the naval "
          "and coast guard authorities of Tunisia and Egypt. Marenta does not supply products specifically "
          "designed for migration management, and the uses made of its products by sovereign customers are "
          "determined by those customers.", m=True, bold="1(a)"),
        P("1b", "deployment_scale",
          "1(b) Over the last ten years Marenta has delivered nine coastal radar stations in the region. None of "
          "them is located at a land border crossing, a checkpoint or a refugee camp.", m=True, bold="1(b)"),
        P("1c", "disclosure_commitment",
          "1(c) Marenta is not in a position to undertake to provide lists of products or customers. Information "
          "on contracts with sovereign customers is subject to confidentiality obligations and, in certain "
          "cases, to national classification rules.", m=True, bold="1(c)"),
        P("2a", "export_control",
          "2(a) All exports by Marenta to the region are subject to authorisation by UAMA, the Italian national "
          "authority for armament exports, under Law No. 185 of 9 July 1990, which requires an assessment of "
          "the human rights situation in the country of destination. Marenta relies on this assessment by the "
          "competent authorities.", m=True, bold="2(a)"),
        P("2c 2b", "mitigation",
          "2(b) and 2(c) Marenta does not consult migrants or refugees directly. Each contract requires an "
          "end-user certificate by which the customer undertakes not to re-export the products and to use them "
          "only for the declared purposes, and Marenta provides operator training and after-sales support under "
          "the terms agreed with the customer.", m=True, bold="2(b) and 2(c)"),
        P("2d", "grievance_mechanism",
          "2(d) Marenta has adopted an organisational model under Legislative Decree No. 231/2001, which "
          "includes a whistleblowing channel open to employees and third parties. Reports are handled by the "
          "Supervisory Body.", m=True, bold="2(d)"),
        P("2e", "policy_commitment",
          "2(e) Marenta's Code of Ethics commits the Company to respect human rights in all its activities. The "
          "Company does not have a separate policy dealing with migration or border management.",
          m=True, bold="2(e)"),
        P("3", "exit_and_restrictions",
          "3. Marenta complies strictly with all embargoes and restrictive measures adopted by the United "
          "Nations, the European Union and Italy. Beyond this, Marenta has no plans to withdraw from markets in "
          "the region, in which it operates with the authorisation of the Italian Government.",
          m=True, bold="3."),
        L("Marenta does not intend to comment further on this matter.", tight=False),
        L("Yours faithfully,", tight=False),
        L("For Marenta Defence S.p.A."),
        L("Avv. Giulia Pastorino"),
        L("Head of Legal Affairs"),
    ])

# ---------------------------------------------------------------------------------------------
# R06  German markers (Frage 1a ...), mobile surveillance vehicles
letter(
    id="R06", file="Stellungnahme_BHRRC_2022-08.pdf", fmt="pdf",
    company="Felsing Sicherheitstechnik GmbH", listed=True, country="Austria", style="markers", lang="de",
    look="dejavu_sans", voice="export sales + compliance, matter-of-fact",
    status={"1a": "answered", "1b": "answered", "1c": "partial", "2a": "answered", "2b": "not_addressed",
            "2c": "answered", "2d": "answered", "2e": "partial", "3": "answered"},
    notes="German 'Frage 1a' headings, 2b silently skipped, combined heading 'Zu den Fragen 2c und 2d', suspension of one delivery",
    tests="German markers as headings; skipped question; combined heading; products but not client names (1c partial)",
    blocks=[
        LH("Felsing Sicherheitstechnik GmbH"),
        LHS("Industriezeile 42 · 4020 Linz · Österreich · FN 188732 k"),
        DATE("Linz, am 18.08.2022", right=True),
        L("An das Business & Human Rights Resource Centre"),
        L("Betreff: Ihr Fragebogen zu Überwachungstechnik an Grenzen im Nahen Osten und Nordafrika", tight=False),
        L("Sehr geehrte Frau Rahimi,", tight=False),
        GP("wir bedanken uns für Ihre Anfrage und beantworten die Fragen im Folgenden in der von Ihnen "
           "vorgegebenen Reihenfolge. Fragen, zu denen wir nichts Sinnvolles beitragen können, haben wir "
           "ausgelassen."),
        H("1a", "products_and_clients", "Frage 1a", m=True, level=3),
        P("1a", "products_and_clients",
          "Wir liefern mobile Überwachungsfahrzeuge mit ausfahrbarem Mast, Bodenradar und Wärmebildkamera sowie "
          "die zugehörige Leitstellensoftware. In der Region sind unsere staatlichen Kunden die Grenzpolizei "
          "Jordaniens und die Küstenwache Kuwaits.", m=True),
        H("1b", "deployment_scale", "Frage 1b", m=True, level=3),
        P("1b", "deployment_scale",
          "Seit 2014 wurden insgesamt 14 Fahrzeuge ausgeliefert, davon 11 nach Jordanien und 3 nach Kuwait. Über "
          "die Einsatzorte entscheidet der Kunde; nach unserer Kenntnis werden die Fahrzeuge entlang der "
          "Landgrenzen und nicht in Flüchtlingslagern eingesetzt.", m=True),
        H("1c", "disclosure_commitment", "Frage 1c", m=True, level=3),
        P("1c", "disclosure_commitment",
          "Eine jährlich aktualisierte Übersicht unserer Produkte stellen wir Ihnen gerne zur Verfügung. Die "
          "Namen unserer Kunden geben wir nur weiter, wenn diese ausdrücklich zustimmen.", m=True),
        H("2a", "due_diligence", "Frage 2a", m=True, level=3),
        P("2a", "due_diligence",
          "Vor jedem Angebot an eine staatliche Stelle außerhalb der EU prüfen wir die Menschenrechtslage im "
          "Empfängerland anhand öffentlich zugänglicher Berichte internationaler Organisationen. Als wesentliche "
          "Risiken haben wir die unrechtmäßige Zurückweisung von Schutzsuchenden an der Grenze und die "
          "Weitergabe von Aufnahmen an Nachrichtendienste identifiziert.", m=True),
        H("2c 2d", "mitigation", "Zu den Fragen 2c und 2d", m=True, level=3),
        P("2c 2d", "mitigation",
          "Die Fahrzeuge werden ohne Software zur Gesichtserkennung geliefert. Unsere Schulungen für das "
          "Bedienpersonal enthalten seit 2020 ein Modul zu Menschenrechten und zur Pflicht, Personen in Not "
          "Hilfe zu leisten. Für Beschwerden steht ein Hinweisgebersystem zur Verfügung, das über unsere Website "
          "in deutscher, englischer und arabischer Sprache zugänglich ist.", m=True),
        H("2e", "policy_commitment", "Frage 2e", m=True, level=3),
        P("2e", "policy_commitment",
          "Unser Verhaltenskodex gilt für alle Geschäftsbereiche und verpflichtet uns zur Achtung der "
          "Menschenrechte in allen Märkten, in denen wir tätig sind.", m=True),
        H("3", "exit_and_restrictions", "Frage 3", m=True, level=3),
        P("3", "exit_and_restrictions",
          "Die Lieferung eines weiteren Fahrzeugs an einen Kunden in der Region haben wir im Frühjahr 2022 "
          "ausgesetzt, bis geklärt ist, ob Aufnahmen unserer Systeme bei Zurückweisungen verwendet wurden. Einen "
          "generellen Rückzug aus der Region planen wir derzeit nicht.", m=True),
        L("Mit freundlichen Grüßen", tight=False),
        L("Felsing Sicherheitstechnik GmbH"),
        L("Ing. Thomas Wimmer, Leiter Vertrieb Export"),
        L("Mag. Sabine Holzer, Compliance Officer"),
    ])

# ---------------------------------------------------------------------------------------------
# R07  French prose, unlisted; talks about the survey itself before answering
letter(
    id="R07", file="lettre.pdf", fmt="pdf",
    company="Orbelis Réseaux SA", listed=False, country="Belgium", style="prose", lang="fr",
    look="serif_classic", voice="family-owned telecom firm, critical of the survey",
    status={"1a": "answered", "1b": "answered", "1c": "answered", "2a": "partial", "2b": "answered",
            "2c": "not_addressed", "2d": "not_addressed", "2e": "partial", "3": "answered"},
    notes="unlisted; opens with a critique of the questionnaire's definition of surveillance; radio networks, not sensors; 3+2a and 2b+2e combined",
    tests="reply discussing the survey itself first; French prose; unlisted company; combined paragraphs",
    blocks=[
        LH("ORBELIS RÉSEAUX SA"),
        LHS("Boulevard de l'Industrie 112 – 1070 Bruxelles – Belgique"),
        DATE("Bruxelles, le 16 septembre 2022", right=True),
        L("À l'attention du Business & Human Rights Resource Centre"),
        L("Madame, Monsieur,", tight=False),
        GP("Avant de répondre, permettez-nous une remarque sur le questionnaire lui-même. Il range sous le même "
           "terme de « technologies de surveillance » des drones, des logiciels de reconnaissance faciale et de "
           "simples équipements de télécommunication. Cette approche très large risque, à notre avis, de "
           "brouiller le débat que vous souhaitez ouvrir, et nous aurions apprécié des définitions plus précises. "
           "Nous répondons néanmoins bien volontiers à vos questions, dans la mesure où elles nous concernent."),
        GP("Notre société est une entreprise familiale de 140 personnes, fondée à Bruxelles en 1988, qui conçoit et "
           "installe des réseaux de radiocommunication pour les services de secours, les transports publics et "
           "les forces de sécurité."),
        P("1a 1b", "products_and_clients",
          "Nous ne fabriquons ni caméras, ni capteurs, ni logiciels d'analyse. Au Maroc, la Gendarmerie royale "
          "utilise depuis 2017 un réseau que nous avons installé et qui dessert notamment des postes "
          "frontaliers ; il comprend une quarantaine de stations relais. Nous n'avons aucun client "
          "gouvernemental dans les autres pays de la région."),
        P("3 2a", "exit_and_restrictions",
          "Comme ces équipements servent à la communication des agents et non à l'observation des personnes, "
          "nous n'avons pas l'intention de cesser ces ventes. Chaque contrat public à l'export est néanmoins "
          "examiné par notre comité des engagements, qui tient compte de la situation du pays concerné. Ce comité "
          "réunit la direction générale, le responsable juridique et un administrateur indépendant, et il a déjà "
          "écarté deux projets depuis 2019."),
        P("2b 2e", "stakeholder_engagement",
          "Nous n'avons pas mené de consultations auprès de migrants ou de défenseurs des droits humains, et nos "
          "principes éthiques ne comportent pas de disposition propre à la migration."),
        P("1c", "disclosure_commitment",
          "Si nous devions un jour fournir des équipements destinés à la surveillance des frontières, nous vous "
          "en informerions volontiers et sans attendre votre prochaine enquête."),
        L("Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.", tight=False),
        L("Pour Orbelis Réseaux SA,"),
        L("Jean-Luc Meerschaert"),
        L("Administrateur délégué"),
    ])

# ---------------------------------------------------------------------------------------------
# R08  French annex: cover letter + policy excerpt
letter(
    id="R08", file="Courrier BHRRC et annexe.docx", fmt="docx",
    company="Veyrac Systèmes SA", listed=True, country="France", style="annex", lang="fr",
    look="sans_corporate", voice="CSR directorate",
    footer="Veyrac Systèmes SA – Société anonyme au capital de 3 200 000 € – RCS Toulouse 433 219 807",
    status={"1a": "partial", "1b": "answered", "1c": "declined", "2a": "answered", "2b": "not_addressed",
            "2c": "answered", "2d": "answered", "2e": "answered", "3": "answered"},
    notes="French cover letter answering 1a-1c and 3; 2a, 2c, 2d answered only through an attached excerpt of the human rights policy",
    tests="answers carried by a policy excerpt (kind annex, unmarked); client and country withheld",
    blocks=[
        LH("VEYRAC SYSTÈMES SA"),
        LHS("Direction de la Responsabilité sociétale"),
        LHS("8, chemin de la Ramée – 31200 Toulouse – France"),
        REF("Réf. : DRS/2022-118"),
        DATE("Toulouse, le 26/08/2022", right=True),
        L("Business & Human Rights Resource Centre – Équipe MENA"),
        L("Madame, Monsieur,", tight=False),
        GP("Nous vous remercions de votre courrier de juillet et de l'intérêt que vous portez à nos activités. "
           "Veyrac Systèmes conçoit des aérostats captifs équipés de capteurs d'observation, utilisés pour la "
           "protection de sites sensibles, la surveillance maritime et la sécurité de grands événements."),
        P("1a 1b", "products_and_clients",
          "Dans la région que vous mentionnez, Veyrac a livré depuis 2015 deux systèmes d'aérostats à un client "
          "étatique du Moyen-Orient, pour la surveillance d'une zone frontalière. Nos engagements contractuels "
          "ne nous permettent pas de nommer ce client ni le pays concerné."),
        P("1c", "disclosure_commitment",
          "Pour la même raison, nous ne sommes pas en mesure de nous engager à vous communiquer à l'avenir des "
          "listes de clients ou de produits."),
        P("2e", "policy_commitment",
          "En ce qui concerne nos procédures de vigilance, nos mesures de prévention et notre dispositif "
          "d'alerte, plutôt que de reprendre chaque question, nous vous adressons en annexe un extrait de notre "
          "Politique droits humains, adoptée par le Conseil d'administration en mars 2021, qui encadre toute "
          "vente à une autorité publique."),
        P("3", "exit_and_restrictions",
          "Veyrac n'a pas décidé de se retirer de la région. Comme le prévoit la politique jointe, nous "
          "renonçons toutefois à toute vente lorsque l'évaluation préalable fait apparaître un risque manifeste "
          "que nos systèmes servent à des violations graves des droits humains."),
        L("Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos sentiments distingués.", tight=False),
        L("Isabelle Marchetti-Caze"),
        L("Directrice de la Responsabilité sociétale"),
        L("P.J. : extrait de la Politique droits humains de Veyrac Systèmes (articles 1, 4, 6 et 8)", tight=False),
        PAGEBREAK(),
        H("2e", "policy_commitment",
          "Annexe – Extrait de la Politique droits humains de Veyrac Systèmes (version de mars 2021)"),
        AX("2e", "policy_commitment",
           "Article 1 – Champ d'application. La présente politique s'applique à Veyrac Systèmes SA et à ses "
           "filiales. Elle encadre en particulier la fourniture de systèmes d'observation à des autorités "
           "publiques, y compris pour la surveillance des frontières.", bold="Article 1 – Champ d'application."),
        AX("2a", "due_diligence",
           "Article 4 – Évaluation préalable. Avant toute offre à une autorité publique, la Direction de la "
           "Responsabilité sociétale évalue les risques que l'utilisation prévue fait peser sur les droits "
           "humains. Pour les projets frontaliers, l'évaluation porte notamment sur les risques de refoulement, de "
           "détention arbitraire, de discrimination et de collecte massive de données sur les personnes en "
           "déplacement.", bold="Article 4 – Évaluation préalable."),
        AX("2c", "mitigation",
           "Article 6 – Mesures contractuelles et techniques. Les contrats conclus avec des autorités publiques "
           "comportent une clause d'usage conforme au droit international des droits humains et un droit "
           "d'audit. Les systèmes destinés à la surveillance des frontières sont livrés sans fonction "
           "d'identification biométrique à distance.", bold="Article 6 – Mesures contractuelles et techniques."),
        AX("2d", "grievance_mechanism",
           "Article 8 – Dispositif d'alerte. Toute personne, interne ou externe, peut signaler une atteinte réelle "
           "ou potentielle aux droits humains liée aux activités de Veyrac, y compris de manière anonyme, au "
           "moyen de la plateforme d'alerte du groupe. Les signalements sont traités par le Comité d'éthique dans "
           "un délai de trois mois.", bold="Article 8 – Dispositif d'alerte."),
    ])

# ---------------------------------------------------------------------------------------------
# R09  German partial refusal (classified contracts), answers 2d/2e only
letter(
    id="R09", file="Schreiben_2022-08-22.pdf", fmt="pdf",
    company="Haldorf Radartechnik GmbH", listed=True, country="Germany", style="refusal", lang="de",
    look="narrow_grey", voice="legal department, classified contracts",
    footer="Haldorf Radartechnik GmbH · Sitz Friedrichshafen · Amtsgericht Ulm HRB 731245",
    status={"1a": "declined", "1b": "declined", "1c": "declined", "2a": "declined", "2b": "not_addressed",
            "2c": "declined", "2d": "answered", "2e": "partial", "3": "declined"},
    notes="short German refusal citing classified (VS) contracts; only a general code of conduct and an ombudsperson are mentioned",
    tests="partial refusal: one paragraph declines seven questions, one answers 2d and (vaguely) 2e",
    blocks=[
        LH("HALDORF RADARTECHNIK GMBH"),
        LHS("Rechtsabteilung · Postfach 11 24 · 88041 Friedrichshafen"),
        DATE("Friedrichshafen, 22. August 2022", right=True),
        L("Business & Human Rights Resource Centre"),
        L("Ihr Fragebogen vom Juli 2022", tight=False),
        L("Sehr geehrte Damen und Herren,", tight=False),
        P("1a 1b 1c 2a 2c", "confidentiality_decline",
          "wir haben Ihren Fragebogen erhalten. Ein Großteil unserer Aufträge staatlicher Stellen unterliegt dem "
          "Geheimschutz und ist als Verschlusssache eingestuft. Angaben zu Produkten, Kunden, Einsatzorten, "
          "Stückzahlen, Prüfverfahren und Schutzmaßnahmen im Einzelfall dürfen wir daher nicht machen, auch nicht "
          "in allgemeiner Form."),
        P("3 1c", "confidentiality_decline",
          "Dies gilt ebenso für künftige Geschäftsentscheidungen und für die Frage, ob wir Ihnen zu einem späteren "
          "Zeitpunkt Listen oder andere Angaben zur Verfügung stellen könnten."),
        P("2e 2d", "policy_commitment",
          "Allgemein können wir Ihnen mitteilen, dass unser Unternehmen einen Verhaltenskodex hat, der die "
          "Achtung der Menschenrechte ausdrücklich einschließt, und dass Hinweise auf Verstöße über eine externe "
          "Ombudsperson vertraulich gemeldet werden können. Die Kontaktdaten finden Sie auf unserer "
          "Internetseite."),
        L("Wir bitten um Ihr Verständnis.", tight=False),
        L("Mit freundlichen Grüßen", tight=False),
        L("i. A. Dr. Kerstin Vogt-Behrens"),
        L("Justiziarin"),
    ])

# ---------------------------------------------------------------------------------------------
# R10  English refusal declining everything
letter(
    id="R10", file="BHRRC_reply.docx", fmt="docx",
    company="Corvane Defence Systems plc", listed=True, country="United Kingdom", style="refusal", lang="en",
    look="serif_just", voice="company secretary, legal/defensive",
    status={q: "declined" for q in ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "2e", "3"]},
    notes="declines every question (client confidentiality, Official Secrets Act); campaign status declined",
    tests="blanket refusal: one paragraph carries all nine questions as declined",
    blocks=[
        LH("Corvane Defence Systems plc"),
        LHS("Company Secretariat · 1 Kestrel Court, Farnborough, Hampshire GU14 6XR"),
        DATE("12 August 2022"),
        L("Business & Human Rights Resource Centre"),
        L("By email", tight=False),
        L("Re: Request for information – surveillance technology in the MENA region", tight=False),
        L("Dear Sir or Madam,", tight=False),
        GP("Thank you for your email of 15 July 2022 and the accompanying questionnaire, which has been passed to "
           "this office for reply."),
        P("1a 1b 1c 2a 2b 2c 2d 2e 3", "confidentiality_decline",
          "Corvane's customers are predominantly national governments and their agencies, and the products and "
          "services we provide to them are subject to strict contractual and statutory confidentiality "
          "requirements, including those arising under the Official Secrets Act. It is our long-standing policy "
          "not to comment on customer relationships, contracts or the use of our products by sovereign "
          "customers. We are therefore unable to respond to the questions you have raised, and this letter "
          "should not be taken to confirm or deny any of the matters referred to in your questionnaire."),
        GP("We have nothing further to add and do not intend to enter into further correspondence on this "
           "matter."),
        L("Yours faithfully,", tight=False),
        L("R. J. Ashdown"),
        L("Company Secretary"),
    ])

# ---------------------------------------------------------------------------------------------
# R11  English refusal, answering only through a pointer to a published statement
letter(
    id="R11", file="Letter to BHRRC 19 Aug.docx", fmt="docx",
    company="Arkwell Digital Solutions, Inc.", listed=True, country="United States", style="refusal", lang="en",
    look="sans_corporate", voice="general counsel's office",
    footer="Arkwell Digital Solutions, Inc. · Office of the General Counsel",
    status={"1a": "declined", "1b": "declined", "1c": "declined", "2a": "partial", "2b": "declined",
            "2c": "declined", "2d": "partial", "2e": "answered", "3": "declined"},
    notes="declines the individual questions and points to a published Human Rights Statement (2e) that 'explains' assessment and complaint channels",
    tests="refusal answering only through a pointer to a public policy; pointer gives partial 2a/2d",
    blocks=[
        LH("Arkwell Digital Solutions, Inc."),
        LHS("Office of the General Counsel | 2200 Meridian Parkway, Suite 400, Reston, VA 20191"),
        DATE("August 19, 2022"),
        L("Via email", tight=False),
        L("Business & Human Rights Resource Centre"),
        L("Dear Resource Centre team:", tight=False),
        P("1a 1b 1c 2b 2c 3", "confidentiality_decline",
          "We received your questionnaire regarding surveillance technology, migration and border control in "
          "the Middle East and North Africa. As a matter of company practice, Arkwell does not respond to "
          "individual questionnaires from third parties about its customers or their programs, and we will not "
          "be providing answers to the specific questions you have posed."),
        P("2e 2a 2d", "policy_commitment",
          "Our approach to these issues is set out in our Human Rights Statement, which is publicly available on "
          "our website under 'Responsibility'. The Statement explains how we assess the potential for misuse of "
          "our analytics platforms before we agree to work with a government customer, and it describes the "
          "channels through which anyone can raise concerns with our Ethics Office."),
        GP("We trust that this information is helpful, and we would refer you to the Statement for any further "
           "detail on our approach."),
        L("Sincerely,", tight=False),
        L("Margaret L. Osei-Brandt"),
        L("Deputy General Counsel, Corporate Responsibility"),
    ])

# ---------------------------------------------------------------------------------------------
# R12  English Question|Answer table with bare labels
R12_ROWS = [
    ("1a", "products_and_clients",
     "Yes, indirectly. Our fibre-optic fence sensors (FenceGuard product line) and detection software were "
     "supplied through a European systems integrator for a border fence project in Saudi Arabia in 2018-2020. We "
     "have no other government border customers in the MENA region."),
    ("1b", "deployment_scale",
     "One border project: about 210 km of sensor cable and 38 processing units. To our knowledge none of our "
     "equipment is installed at checkpoints or in refugee camps."),
    ("1c", "disclosure_commitment",
     "We can send an updated product list each year. Customer names we can only share where the customer "
     "agrees, which in practice is rare."),
    ("2a", "due_diligence",
     "Since 2021 every government project outside the EU goes through a human rights risk screening by our "
     "sustainability manager and the CFO. For border projects the risks we flag are pushbacks, harm to people "
     "who are channelled towards more dangerous crossing points, and misuse of detection data."),
    ("2b 2c", "stakeholder_engagement",
     "We have not consulted migrants or refugees so far. From 2023 we plan to ask an NGO working with displaced "
     "people to review our screening criteria. As safeguards we sell detection only (no cameras, no "
     "identification), and contracts since 2021 include an end-use clause and a right to terminate on evidence "
     "of misuse."),
    ("2d", "grievance_mechanism",
     "Yes. Our whistleblowing channel is open to external parties and can be used anonymously in English, "
     "Swedish and Arabic."),
    ("2e", "policy_commitment",
     "Our Human Rights Policy (2021) covers sales to public authorities. There is no migration-specific policy."),
    ("3", "exit_and_restrictions",
     "In 2021 we decided not to take new border security projects in countries rated 'Not Free' by Freedom House. "
     "We will complete our warranty obligations on the existing project."),
]
LABELS = {"1a": "1a", "1b": "1b", "1c": "1c", "2a": "2a", "2b 2c": "2b, 2c", "2d": "2d", "2e": "2e", "3": "3"}
letter(
    id="R12", file="Q&A table - BHRRC MENA.docx", fmt="docx",
    company="Lindqvist Sensor AB", listed=True, country="Sweden", style="table", lang="en",
    look="dejavu_sans", voice="CEO of a small sensor company, terse",
    status={"1a": "answered", "1b": "answered", "1c": "partial", "2a": "answered", "2b": "answered",
            "2c": "answered", "2d": "answered", "2e": "answered", "3": "answered"},
    notes="two-column table with bare question labels; one row labelled '2b, 2c'; short table answers",
    tests="table_label/table_answer cells; combined row label; commitment to act later (2b)",
    blocks=[
        LH("Lindqvist Sensor AB"),
        LHS("Bergsgatan 22, 582 73 Linköping, Sweden · org.nr 556812-4471"),
        DATE("2022-08-17"),
        L("To: Business & Human Rights Resource Centre"),
        L("Dear Sir or Madam,", tight=False),
        GP("Please find below our answers to the questionnaire you sent us in July. We have kept them short and "
           "put them in a table so that each answer can be matched to your numbering."),
        GP("Lindqvist Sensor is a company of about 90 people based in Linköping. We make fibre-optic and radar "
           "sensors for perimeter protection of industrial sites, airports and critical infrastructure."),
        TABLE(["Question", "Lindqvist Sensor response"],
              [[CELL("table_label", q, ("stakeholder_engagement" if q == "2b 2c" else t), LABELS[q]),
                CELL("table_answer", q, t, a)] for q, t, a in R12_ROWS],
              widths=(10, 62)),
        L("Best regards,", tight=False),
        L("Anna Lindqvist"),
        L("CEO"),
    ])

# ---------------------------------------------------------------------------------------------
# R13  English restated questions (bold lines), analytics software
letter(
    id="R13", file="Response to Business & Human Rights Resource Centre.pdf", fmt="pdf",
    company="Pellucid Analytics Ltd", listed=True, country="Cyprus", style="restated", lang="en",
    look="sans_corporate", voice="compliance, polished",
    footer="Pellucid Analytics Ltd · Registered in Cyprus HE 318772",
    status={"1a": "partial", "1b": "answered", "1c": "declined", "2a": "answered", "2b": "answered",
            "2c": "answered", "2d": "answered", "2e": "answered", "3": "partial"},
    notes="each question restated in shortened bold form; countries withheld ('two GCC member states'); vague answer to 3",
    tests="restated questions (kind question); declined 1c with a different disclosure offered; vague 3",
    blocks=[
        LH("Pellucid Analytics Ltd"),
        LHS("Arch. Makariou III Avenue 171, 3027 Limassol, Cyprus"),
        DATE("22 August 2022"),
        L("Business & Human Rights Resource Centre"),
        L("Dear Ms Rahimi,", tight=False),
        GP("Thank you for your questionnaire of July 2022. For ease of reference we have reproduced each of your "
           "questions, in shortened form, before our answer. Pellucid Analytics is a software company "
           "headquartered in Limassol with development centres in Cyprus and Portugal."),
        BQ("1a", "Does your company provide surveillance solutions to government clients in the Middle East and "
                 "North Africa in the context of migration or border control? Which products and countries?"),
        P("1a", "products_and_clients",
          "Pellucid licenses its Tidemark risk-analytics platform, which processes advance passenger information "
          "and passenger name records, to the border authorities of two member states of the Gulf Cooperation "
          "Council. Our contracts do not allow us to name them. We do not supply cameras, biometric devices or "
          "any other sensors.", m=True),
        BQ("1b", "How many have been distributed at border crossings, checkpoints or refugee camps in the past "
                 "5 to 10 years?"),
        P("1b", "deployment_scale",
          "Tidemark is in use at six international airports. It is not deployed at land crossings, at "
          "checkpoints or in refugee camps.", m=True),
        BQ("1c", "Are you willing to provide updated lists of products and government clients in the future?"),
        P("1c", "disclosure_commitment",
          "We are unable to commit to this, for the contractual reasons given above. From 2023 we will, however, "
          "publish the number of government deployments in our annual transparency note.", m=True),
        BQ("2a", "Do you carry out due diligence to identify, prevent and mitigate human rights risks? Please "
                 "outline the risks identified."),
        P("2a", "due_diligence",
          "Yes. In 2021 we commissioned an external human rights impact assessment of Tidemark. It identified "
          "three main risks: profiling on the basis of nationality or religion, the sharing of passenger data "
          "with third countries, and the retention of data beyond what is necessary.", m=True),
        BQ("2b", "Do you consult affected communities and human rights defenders?"),
        P("2b", "stakeholder_engagement",
          "As part of that assessment, the consultants interviewed representatives of two migrants' rights "
          "organisations and a refugee-led association. We intend to repeat this every two years.", m=True),
        BQ("2c", "What other actions do you take to ensure your products do not cause or contribute to adverse "
                 "impacts on migrants, refugees and asylum seekers?"),
        P("2c", "mitigation",
          "Tidemark does not use nationality, religion or ethnicity as risk indicators, and this cannot be "
          "changed by the customer. Retention is limited to what the customer's law allows, with a maximum of "
          "five years configured in the product, and every query is logged for audit.", m=True),
        BQ("2d", "Do you have a grievance mechanism?"),
        P("2d", "grievance_mechanism",
          "Concerns can be sent in confidence to our Ethics Officer at a dedicated e-mail address listed on our "
          "website. We are reviewing whether to move this channel to a third-party provider.", m=True),
        BQ("2e", "Do you have a human rights policy or internal process governing sales to border agencies?"),
        P("2e", "policy_commitment",
          "Our Responsible Sales Procedure requires approval by the Ethics Committee of our Board for any "
          "contract with a law-enforcement or border agency.", m=True),
        BQ("3", "Are you planning to stop selling to MENA countries with a track record of human rights "
                "violations?"),
        P("3", "exit_and_restrictions",
          "We keep our presence in every market under review and will act on the findings of our due diligence "
          "where this is warranted.", m=True),
        L("Kind regards,", tight=False),
        L("Nikos Stavrinides"),
        L("Chief Compliance Officer, Pellucid Analytics Ltd"),
    ])

# ---------------------------------------------------------------------------------------------
# R14  English topical headings, Moroccan company, Arabic paragraph without translation (unlisted)
letter(
    id="R14", file="reply.docx", fmt="docx",
    company="Atlas Perimeter Technologies SARL", listed=False, country="Morocco", style="headings", lang="en",
    look="dejavu_sans", voice="MENA-based installer, general manager",
    status={"1a": "answered", "1b": "answered", "1c": "not_addressed", "2a": "partial", "2b": "not_addressed",
            "2c": "answered", "2d": "answered", "2e": "partial", "3": "answered"},
    notes="unlisted Moroccan company; own topical headings; grievance paragraph only in Arabic (no translation); data-protection law compliance as due diligence",
    tests="headings style (unmarked); Arabic-only paragraph answering 2d; unlisted MENA-based company",
    blocks=[
        LH("ATLAS PERIMETER TECHNOLOGIES SARL"),
        LHS("Lot 14, Zone Industrielle Sidi Maârouf, 20270 Casablanca, Maroc · RC 298431"),
        DATE("Casablanca, 5 September 2022", right=True),
        L("To: Business & Human Rights Resource Centre"),
        L("Dear Madam, Dear Sir,", tight=False),
        GP("We thank the Resource Centre for its letter. We have chosen to answer in English so that your team "
           "can read our reply directly, with one passage in Arabic for the colleagues who receive complaints."),
        H("general", "other", "Who we are", level=3),
        GP("Ours is a Moroccan company founded in 2006. We design and install video "
           "surveillance, access control and perimeter protection systems for ports, airports, industrial zones "
           "and public buildings, and we employ 64 people."),
        H("1a 1b", "products_and_clients", "Our work with public authorities", level=3),
        P("1a 1b", "products_and_clients",
          "Our public clients are Moroccan authorities and, since 2019, a port authority in Mauritania. Since 2014 "
          "we have installed about 1,100 fixed and dome cameras, together with access gates and control-room "
          "software, at nine land border posts and two seaports. We do not work in any other country of the "
          "region."),
        H("2a 2c", "due_diligence", "Due diligence and safeguards", level=3),
        P("2a 2e", "due_diligence",
          "Every project is checked by our legal department for compliance with Law 09-08 on the protection of "
          "individuals with regard to the processing of personal data, and we ask each client to confirm the "
          "purpose of the installation in writing. Our internal charter sets out the values we expect from our "
          "staff and partners."),
        P("2c", "mitigation",
          "None of the systems we have installed at border posts uses facial recognition or automatic tracking "
          "of persons. Recordings stay on the client's own servers and we have no access to them after handover. "
          "Our technicians train operators on the rules on image retention set by the national data protection "
          "authority."),
        H("2d", "grievance_mechanism", "Raising concerns", level=3),
        AR("2d", "grievance_mechanism",
           "يمكن لأي شخص، بمن في ذلك المهاجرون واللاجئون والجمعيات التي تمثلهم، أن يتقدم بشكوى أو ملاحظة بشأن "
           "أنشطتنا عبر البريد الإلكتروني أو الهاتف، باللغة العربية أو الفرنسية أو الإنجليزية، ودون الحاجة إلى "
           "ذكر اسمه. تتولى مسؤولة الامتثال في الشركة دراسة كل شكوى والرد عليها في أجل لا يتجاوز ثلاثين يوما، "
           "ولم نتلق حتى الآن أي شكوى تتعلق بالمعابر الحدودية."),
        H("3", "exit_and_restrictions", "Looking ahead", level=3),
        P("3", "exit_and_restrictions",
          "We have no plans to stop working with Moroccan or Mauritanian public authorities, which are our main "
          "clients. We would not accept a project whose purpose was to identify or track individuals, and we "
          "declined one such request in 2021."),
        L("Sincerely,", tight=False),
        L("Karim Oulhaj"),
        L("General Manager"),
    ])

# ---------------------------------------------------------------------------------------------
# R15  English prose + Arabic paragraph with translation; subsidiary writing for its parent
letter(
    id="R15", file="Ferrovane ME - letter to BHRRC.docx", fmt="docx",
    company="Ferrovane Group N.V.", listed=True, country="Netherlands", style="prose", lang="en",
    look="serif_just", voice="regional subsidiary writing on behalf of the parent",
    status={q: "answered" for q in ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "2e", "3"]},
    notes="Dubai subsidiary replies for the Dutch parent; Arabic grievance paragraph followed by English translation; 1c 'to the extent our contracts permit'",
    tests="subsidiary on behalf of parent (company = parent); Arabic + translation both answering 2d; caveated 1c; 2e+2b and 1c+3 combined",
    blocks=[
        LH("Ferrovane Middle East FZE"),
        LHS("A Ferrovane Group company · Office 1907, Al Noor Business Tower, Free Zone, Dubai, United Arab Emirates"),
        DATE("Dubai, 24 August 2022"),
        L("Business & Human Rights Resource Centre"),
        L("Dear colleagues,", tight=False),
        GP("I am writing on behalf of Ferrovane Group N.V., our parent company in Eindhoven, which asked our "
           "regional office to reply to your questionnaire because the activities you ask about are managed from "
           "Dubai. The answers below have been reviewed by the Group's sustainability and legal departments."),
        P("1a 1b", "products_and_clients",
          "Ferrovane supplies automated border control gates, passport and document readers and the software "
          "that connects them to national systems. In the Middle East our customers are the airport and "
          "immigration authorities of the United Arab Emirates, Oman and Bahrain. Around 240 gates are in "
          "service at seven international airports. We have never supplied equipment to land border crossings, "
          "checkpoints or refugee camps."),
        P("2a", "due_diligence",
          "Before any bid the Group carries out a human rights assessment of the country and the use case. For "
          "e-gates the risks we have identified are that travellers whose faces the system matches less "
          "reliably, often people with darker skin, are sent to manual checks more often; that biometric data "
          "could be shared beyond its original purpose; and that people without documents could be excluded from "
          "services."),
        P("2c", "mitigation",
          "Each gate model is tested for differences in matching performance across age, gender and skin tone "
          "before release, and a border officer can override every decision. The software deletes the live "
          "facial image once the traveller has passed unless the customer's law requires otherwise, and our "
          "contracts forbid use of the gates for watch-list screening without a legal basis."),
        AR("2d", "grievance_mechanism",
           "يمكن لكل من يرغب في تقديم شكوى تتعلق بمنتجاتنا أو بطريقة استخدامها أن يتصل بخط الإبلاغ التابع "
           "للمجموعة، وهو متاح باللغة العربية على مدار الساعة ويمكن استخدامه دون الكشف عن الهوية. ويمكن أيضا "
           "للمنظمات غير الحكومية التواصل مباشرة مع مكتبنا في دبي، وسنرد على كل رسالة في غضون أربعة أسابيع."),
        P("2d", "grievance_mechanism",
          "In English: anyone who wishes to raise a complaint about our products or the way they are used can "
          "contact the Group's reporting line, which is available in Arabic around the clock and can be used "
          "anonymously. Non-governmental organisations may also contact our Dubai office directly, and we will "
          "reply to every message within four weeks."),
        P("2e 2b", "policy_commitment",
          "These steps follow from the Group Human Rights Policy, adopted in 2019 and based on the UN Guiding "
          "Principles. We have not yet held structured consultations with migrants or refugees in the region; a "
          "first round of meetings with civil society organisations in Jordan and Lebanon is being prepared for "
          "2023."),
        P("1c 3", "disclosure_commitment",
          "To the extent our contracts permit, we are willing to update the Resource Centre each year on our "
          "customers and products in the region. Ferrovane does not plan to withdraw from the region, as we "
          "believe well-governed automated border control can make crossings faster and fairer for travellers, "
          "but we would suspend deliveries if we found our gates were being used to target particular groups."),
        L("Yours sincerely,", tight=False),
        L("Rania Haddadin"),
        L("Regional Director, Ferrovane Middle East FZE"),
        L("on behalf of Ferrovane Group N.V."),
    ])

# ---------------------------------------------------------------------------------------------
# R16  English annex: cover letter + Annex A (numbered answers) + Annex B (licence list)
letter(
    id="R16", file="2022-08-30 BHRRC.pdf", fmt="pdf",
    company="Thorsby Maritime Radar AS", listed=True, country="Norway", style="annex", lang="en",
    look="dejavu_serif_just", voice="CEO, open",
    status={"1a": "answered", "1b": "answered", "1c": "answered", "2a": "answered", "2b": "answered",
            "2c": "partial", "2d": "answered", "2e": "answered", "3": "answered"},
    notes="short cover letter; Annex A with Q-numbered answers; Annex B lists export licences (one application withdrawn)",
    tests="answers only in annexes; annex list of export licences as list items; withdrawn licence as exit case",
    blocks=[
        LH("THORSBY MARITIME RADAR AS"),
        LHS("Havnegata 31, 7010 Trondheim, Norway · Org. no. 979 214 556"),
        DATE("30.08.2022", right=True),
        L("Business & Human Rights Resource Centre"),
        L("Att.: MENA research team"),
        L("Dear Ms Rahimi,", tight=False),
        GP("Thank you for your letter of 18 July. Thorsby Maritime Radar supplies coastal and vessel traffic "
           "radars and employs 160 people in Trondheim and Bergen. We have answered your questions in Annex A, "
           "and in Annex B we list the export licences we have received for the region over the last six years."),
        L("Please do not hesitate to contact me if anything in the annexes is unclear.", tight=False),
        L("Yours sincerely,", tight=False),
        L("Kari Thorsby Lunde"),
        L("Chief Executive Officer"),
        L("Enclosures: Annex A, Annex B", tight=False),
        PAGEBREAK(),
        H("general", "other", "Annex A – Responses to the questionnaire"),
        AX("1a", "products_and_clients",
           "Q1a: Yes. We supply coastal surveillance radars and vessel traffic management software. In the MENA "
           "region our government customers are the coast guard of Egypt and the Royal Moroccan Navy, which use "
           "the radars for maritime border surveillance, search and rescue and vessel traffic control.",
           m=True, bold="Q1a:"),
        AX("1b", "deployment_scale",
           "Q1b: Eleven radar sites in total, listed in Annex B. None of them is located at a land border "
           "crossing, a checkpoint or a refugee camp.", m=True, bold="Q1b:"),
        AX("1c", "disclosure_commitment",
           "Q1c: Yes. We will send the Resource Centre an updated Annex B every year, starting in August 2023.",
           m=True, bold="Q1c:"),
        AX("2a", "due_diligence",
           "Q2a: Yes. Before applying for an export licence we assess the human rights record of the end user. "
           "The main risks we have identified for maritime surveillance are the interception and return of "
           "migrant boats to places where people face abuse, and delays in rescue where radar information is "
           "not shared with rescue centres.", m=True, bold="Q2a:"),
        AX("2b", "stakeholder_engagement",
           "Q2b: No. We have not so far consulted migrants, refugees or human rights defenders, and we would "
           "welcome advice on how to do this.", m=True, bold="Q2b:"),
        AX("2c", "mitigation",
           "Q2c: We rely on the conditions attached to our export licences and on our customers' own obligations "
           "under international maritime law. We do not monitor how the radars are used after delivery.",
           m=True, bold="Q2c:"),
        AX("2d", "grievance_mechanism",
           "Q2d: Yes. External parties can report concerns through the whistleblowing form on our website; "
           "reports go to the chair of the audit committee of our Board.", m=True, bold="Q2d:"),
        AX("2e", "policy_commitment",
           "Q2e: Our Responsible Business Policy includes a section on human rights and requires Board approval "
           "for any sale to a military or border authority outside the EEA.", m=True, bold="Q2e:"),
        AX("3", "exit_and_restrictions",
           "Q3: We do not plan to stop supplying these customers. We would stop if the Norwegian authorities "
           "refused or revoked a licence, or if we found evidence that our radars were used to return people to "
           "places where they are at risk.", m=True, bold="Q3:"),
        H("1b", "export_control", "Annex B – Export licences for the MENA region, 2017–2022"),
        LI("1b 1a", "export_control",
           "2017 – Egypt (coast guard): three coastal radar stations; licence granted by the Norwegian Ministry "
           "of Foreign Affairs."),
        LI("1b 1a", "export_control",
           "2018 and 2021 – Morocco (navy): two coastal radar stations each time; both licences granted."),
        LI("1b 1a", "export_control",
           "2020 – Egypt (coast guard): four coastal radar stations; licence granted subject to a certificate of "
           "end use."),
        LI("3 1b", "exit_and_restrictions",
           "2022 – Libya (coast guard): application for one radar station withdrawn by Thorsby after internal "
           "review."),
    ])

# ---------------------------------------------------------------------------------------------
# R17  English numbered-other: 1./2./3. with (a)...(e) inside paragraphs
letter(
    id="R17", file="BHRRC - answers.docx", fmt="docx",
    company="Saltmarsh Communications Ltd", listed=True, country="United Kingdom", style="numbered-other",
    lang="en", look="narrow_grey", voice="head of compliance, blunt",
    footer="Saltmarsh Communications Ltd · Company No. 04417263",
    status={"1a": "partial", "1b": "declined", "1c": "declined", "2a": "answered", "2b": "answered",
            "2c": "answered", "2d": "answered", "2e": "answered", "3": "answered"},
    notes="three numbered sections with lettered sub-answers run together in paragraphs; tactical cellular systems; no external grievance channel",
    tests="numbering that only matches the parents; several sub-answers per paragraph (1a+1b+1c, 2c+2d+2e)",
    blocks=[
        LH("SALTMARSH COMMUNICATIONS LTD"),
        LHS("Saltmarsh House, 6 Ropewalk, Maldon, Essex CM9 4LS"),
        DATE("Date: 03/08/2022"),
        L("Dear BHRRC,", tight=False),
        GP("Our Managing Director has asked me to respond to your questionnaire. I have grouped the answers under "
           "your three main questions; the letters in brackets follow your sub-questions, and I have tried to keep "
           "each answer short."),
        BH("1a 1b 1c", "products_and_clients", "1. Products and customers", m=True),
        P("1a 1b 1c", "products_and_clients",
          "(a) We make cellular network survey equipment and a tactical cellular system that can identify mobile "
          "phones in a given area. Law enforcement is our main market. In the region we have sold the tactical "
          "system to the interior ministries of two Gulf states; we do not know whether their border police use "
          "it. (b) We do not track where customers deploy equipment after delivery, so we cannot give a number. "
          "(c) We cannot commit to sending lists of customers.", m=True),
        BH("2a 2b 2c 2d 2e", "due_diligence", "2. Due diligence", m=True),
        P("2a 2b", "due_diligence",
          "(a) Every sale of the tactical system needs an export licence from the Export Control Joint Unit, and "
          "on top of that our sales director and I review each law-enforcement customer. The risk we look for is "
          "use of the system against journalists, activists or opposition figures rather than against serious "
          "crime. (b) We have never consulted migrants, refugees or human rights defenders.", m=True),
        P("2c 2d 2e", "mitigation",
          "(c) The system identifies devices; it cannot intercept calls or messages, and we do not sell the "
          "add-on modules that would allow this to customers outside NATO countries. Training covers lawful use. "
          "(d) We do not have an external grievance mechanism. Staff can raise concerns with me or with a "
          "non-executive director. (e) Our Ethical Sales Policy, last revised in 2020, sets out the review "
          "described under (a).", m=True),
        BH("3", "exit_and_restrictions", "3. Future sales", m=True),
        P("3", "exit_and_restrictions",
          "In 2021 we stopped accepting orders from one country in the region after reports that our equipment "
          "had been used at protests. We have no plans at present for a wider withdrawal, but we review each "
          "market once a year.", m=True),
        L("Regards,", tight=False),
        L("Owen Pritchard"),
        L("Head of Compliance"),
    ])

# ---------------------------------------------------------------------------------------------
# R18  English prose, group compliance office, caveat on 1c
letter(
    id="R18", file="Calvera_Group_Compliance_BHRRC.pdf", fmt="pdf",
    company="Grupo Calvera Tecnologías, S.A.", listed=True, country="Spain", style="prose", lang="en",
    look="sans_corporate", voice="group compliance office",
    footer="Grupo Calvera Tecnologías, S.A. · Registro Mercantil de Madrid, Tomo 31.442, Hoja M-565120",
    status={"1a": "answered", "1b": "answered", "1c": "answered", "2a": "answered", "2b": "partial",
            "2c": "answered", "2d": "answered", "2e": "answered", "3": "answered"},
    notes="compliance-office prose starting with the policy; EU co-financed coastal sensor stations; 1c 'to the extent our contracts permit' combined with 3",
    tests="prose in policy-first order; caveated willingness (answered); vague civil-society dialogue (2b partial)",
    blocks=[
        LH("GRUPO CALVERA TECNOLOGÍAS, S.A."),
        LHS("Group Compliance Office · Calle de los Aragoneses 19, 28108 Alcobendas (Madrid), Spain"),
        DATE("Madrid, 31 August 2022", right=True),
        REF("Your reference: MENA surveillance and migration survey, July 2022"),
        L("Business & Human Rights Resource Centre"),
        L("Dear Sir or Madam,", tight=False),
        GP("The Group Compliance Office has coordinated the reply of Grupo Calvera Tecnologías and its "
           "subsidiaries to your questionnaire, drawing on information from our Security Systems division, which "
           "is the only part of the Group that serves border authorities."),
        P("2e", "policy_commitment",
          "All of the Group's business with public security and border authorities is governed by our Human "
          "Rights Policy, approved by the Board of Directors in 2020 and aligned with the UN Guiding Principles "
          "and the OECD Guidelines for Multinational Enterprises, and by a Sensitive Transactions Procedure under "
          "which any offer to such an authority outside the European Union must be cleared by the Compliance "
          "Office before it is submitted."),
        P("2a", "due_diligence",
          "Clearance depends on a human rights risk assessment of the country, the end user and the intended "
          "use. For maritime and land border surveillance the risks we have identified are the interception of "
          "migrants and their return to places where they may face ill-treatment, delays in rescue at sea, "
          "arbitrary detention following detection, and the retention of images of people who are not suspected "
          "of any offence."),
        P("1a 1b", "products_and_clients",
          "The Security Systems division has supplied fixed and mobile sensor stations combining radar, day and "
          "thermal cameras, with their command-and-control software, to the coast guard of Mauritania and to the "
          "Moroccan authorities, in both cases within cooperation programmes co-financed by the European Union. "
          "Across the two countries, 23 sensor stations have been delivered since 2013, all on the Atlantic and "
          "Mediterranean coasts; none is located in a refugee camp."),
        P("2c", "mitigation",
          "Every contract in this area includes an obligation to pass any detection of a vessel in distress to "
          "the competent rescue coordination centre without delay, a ban on transfers to third parties, and a "
          "right for Calvera to suspend maintenance if these conditions are breached. Operators are trained "
          "jointly with a maritime rescue organisation, and the systems are delivered without facial "
          "recognition."),
        P("2b", "stakeholder_engagement",
          "We exchange views with non-governmental organisations through our participation in the Spanish "
          "network of the UN Global Compact, and we are open to extending this dialogue to organisations working "
          "with migrants."),
        P("2d", "grievance_mechanism",
          "Concerns may be raised by anyone through the Group's Ethics Channel, which accepts anonymous reports "
          "in Spanish, English, French and Arabic and is managed by the Compliance Office independently of the "
          "business divisions."),
        P("1c 3", "disclosure_commitment",
          "To the extent our contracts permit, we are prepared to provide the Resource Centre with updated "
          "information on our products and customers in the region. The Group has no plans to withdraw from "
          "these programmes, which we consider contribute to safety at sea, but it will not enter into new "
          "contracts where its assessment shows a serious risk that the systems would be used for returns in "
          "breach of international law."),
        L("Yours faithfully,", tight=False),
        L("Lucía Herrero Campos"),
        L("Chief Compliance Officer, Grupo Calvera Tecnologías"),
    ])

# ---------------------------------------------------------------------------------------------
# R19  English prose, unlisted drone start-up; stopped selling to the region in 2020
letter(
    id="R19", file="KPR_BHRRC_response_final_v2.docx", fmt="docx",
    company="Kestrelpoint Robotics Inc.", listed=False, country="Canada", style="prose", lang="en",
    look="dejavu_sans", voice="co-founder, informal",
    status={"1a": "answered", "1b": "answered", "1c": "answered", "2a": "partial", "2b": "not_addressed",
            "2c": "answered", "2d": "not_addressed", "2e": "answered", "3": "answered"},
    notes="unlisted; no sales to the region since 2020 (1a+1b+3 in one paragraph); export-control and sanctions checks as only due diligence; dealer clause",
    tests="'we do not sell to that region'; export control as only due diligence (2a partial); unlisted name only in letterhead",
    blocks=[
        LH("Kestrelpoint Robotics Inc."),
        LHS("88 Larchmere Crescent, Kanata, Ontario K2M 1T4, Canada"),
        DATE("September 2, 2022"),
        L("Dear Resource Centre team,", tight=False),
        GP("Thanks for your letter. We build small commercial quadcopters that are used mostly for "
           "agriculture, mapping and the inspection of bridges and power lines. We are a team of 35 people, and "
           "we were a bit surprised to be on your list. Here is what we can tell you."),
        P("1a 1b 3", "products_and_clients",
          "We do not sell to government clients in the Middle East or North Africa, and since 2020 we do not sell "
          "to that region at all: our board decided then to stop shipping there after we could not get "
          "comfortable with where some units were ending up. We have never supplied anything for a border "
          "crossing, a checkpoint or a camp."),
        P("2c", "mitigation",
          "Before 2020 a handful of our distributors in Europe did resell units to customers in the region, and we "
          "cannot rule out that some of those aircraft reached public agencies. Our current dealer agreements "
          "forbid resale to any destination on our restricted list and to government users without our written "
          "approval, and we cut off one dealer in 2021 for breaching that clause."),
        P("2a 2e", "export_control",
          "Our checks on customers are the ones that Canadian export control and sanctions rules require, plus "
          "the restricted-destination list I mentioned. We don't have a formal human rights policy yet, and "
          "honestly we have not needed one for the markets we serve. Our sales manager checks each new dealer "
          "against the Canadian sanctions lists before we sign anything."),
        P("1c", "disclosure_commitment",
          "If that ever changes and we decide to sell in the region again, we will let you know before we ship "
          "anything there, and we would be happy to share the details with you."),
        GP("I hope that clears things up. Feel free to call me if you would like to talk any of this through; "
           "my direct line is on our website."),
        L("Best,", tight=False),
        L("Priya Raghunathan"),
        L("Co-founder and COO"),
    ])

# ---------------------------------------------------------------------------------------------
# R20  English prose, candid CTO; export licensing as only due diligence
letter(
    id="R20", file="Vasskar reply 2022.pdf", fmt="pdf",
    company="Vasskar Imaging Oy", listed=True, country="Finland", style="prose", lang="en",
    look="serif_classic", voice="candid engineer (CTO)",
    status={"1a": "answered", "1b": "partial", "1c": "not_addressed", "2a": "partial", "2b": "answered",
            "2c": "answered", "2d": "not_addressed", "2e": "answered", "3": "answered"},
    notes="CTO writes candidly; 'our due diligence is the export licensing process'; vague unit count; 3+2e combined",
    tests="export licensing as only due diligence (topic export_control); few discourse cues; vague number (1b partial)",
    blocks=[
        LH("VASSKAR IMAGING OY"),
        LHS("Kaarnatie 14, 90590 Oulu, Finland"),
        DATE("Oulu, 8.8.2022", right=True),
        L("To: Business & Human Rights Resource Centre"),
        L("Hello,", tight=False),
        GP("I'm the CTO of Vasskar, and since we are a company of 48 people without a sustainability "
           "department, your questionnaire landed on my desk. I'll try to be straightforward, even where the "
           "answer is not flattering for us. Most of what we sell goes to research institutes, environmental "
           "monitoring and the protection of power plants, not to border agencies."),
        P("1a 1b", "products_and_clients",
          "We build long-range day and thermal cameras with laser illumination for observation at 10 to 20 "
          "kilometres. Two of our distributors have delivered them to the border guard of Algeria and to the "
          "Saudi border authorities since 2016. My best estimate is a few dozen units in total; we don't have a "
          "breakdown by site. The distributors handle installation and training, so I have never seen any of "
          "those sites myself."),
        P("2a", "export_control",
          "I should be honest that our due diligence is the export licensing process. Our cameras are dual-use "
          "items, so every shipment outside the EU needs a licence from the Finnish Ministry for Foreign Affairs, "
          "and the ministry takes the human rights situation of the destination into account. We have not done "
          "our own risk assessment on top of that."),
        P("2c 2b", "mitigation",
          "The cameras only produce video. There is no analytics, tracking or face recognition on board, and we "
          "won't add it for these customers. We have not talked to migrant communities or human rights defenders, "
          "and I don't think a company of our size would know where to start, though I'd be glad of suggestions."),
        P("3 2e", "exit_and_restrictions",
          "There is no specific human rights policy covering this business. We are not planning to stop selling "
          "to these customers, but if the ministry refused a licence, or if I saw credible evidence that our "
          "cameras were used to push people back, we would stop."),
        L("Regards,", tight=False),
        L("Antti Kesälahti"),
        L("CTO, Vasskar Imaging Oy"),
    ])

# ---------------------------------------------------------------------------------------------
# R21  English prose, PR voice; policy described without naming it
letter(
    id="R21", file="BHRRC response Aug 2022.docx", fmt="docx",
    company="Orenstar Vision Ltd.", listed=True, country="Israel", style="prose", lang="en",
    look="serif_just", voice="PR / communications",
    status={"1a": "partial", "1b": "not_addressed", "1c": "not_addressed", "2a": "partial",
            "2b": "not_addressed", "2c": "partial", "2d": "not_addressed", "2e": "answered", "3": "partial"},
    notes="PR letter; 'smart border' customers across MENA unnamed; internal approval rules described without a policy name; vague on safeguards and exit",
    tests="policy described without naming it (2e answered); many vague partials; several questions silently skipped",
    blocks=[
        LH("ORENSTAR VISION LTD."),
        LHS("21 Nahal Ayalon Street, Petah Tikva 4951021, Israel"),
        DATE("August 16, 2022"),
        L("Business & Human Rights Resource Centre"),
        L("Dear Ms. Rahimi,", tight=False),
        GP("On behalf of everyone at Orenstar, thank you for the opportunity to share how we think about "
           "responsible innovation. Our mission is to make public spaces safer through artificial intelligence "
           "that is accurate, fair and accountable, and we are proud that our technology is trusted by more than "
           "300 customers in 40 countries."),
        P("1a", "products_and_clients",
          "Our video analytics platform helps airports, seaports and land crossings manage passenger flows and "
          "verify identities more quickly and securely. Several government customers across the Middle East and "
          "North Africa use our solutions as part of their smart border programs, alongside customers in Europe, "
          "Asia and Latin America."),
        P("2e 2a", "policy_commitment",
          "Every engagement with a government customer is reviewed before we sign. Our internal rules require "
          "that a committee including our General Counsel and two independent external advisors approves any "
          "project involving biometric identification by a public authority, and that it may attach conditions "
          "or reject the project outright. The committee looks at the legal framework in the customer's country "
          "and at the purpose for which the technology will be used."),
        P("2c", "mitigation",
          "We believe that well-designed technology can protect rights rather than threaten them. Our algorithms "
          "are regularly evaluated for demographic differences in accuracy and rank among the fairest in the "
          "industry, and we are committed to privacy by design. Independent auditors reviewed our data-handling "
          "practices in 2021."),
        P("3", "exit_and_restrictions",
          "Orenstar only works with governments through transactions that are fully authorized under applicable "
          "law, and we continuously review our customer base in light of developments around the world."),
        GP("We look forward to continuing the conversation and to contributing to the important dialogue the "
           "Resource Centre is leading on technology and human rights. We would also be happy to arrange a "
           "demonstration of our fairness testing tools for your team at a time that suits you."),
        L("Warm regards,", tight=False),
        L("Noa Feldhaus"),
        L("VP Communications & ESG"),
    ])

# ---------------------------------------------------------------------------------------------
# R22  English prose, small Dutch family firm (unlisted), commitment to act later
letter(
    id="R22", file="scan_20220907.pdf", fmt="pdf",
    company="Gebroeders Wouters Beveiliging B.V.", listed=False, country="Netherlands", style="prose", lang="en",
    look="dejavu_serif_just", voice="small family firm",
    status={"1a": "answered", "1b": "answered", "1c": "answered", "2a": "answered", "2b": "not_addressed",
            "2c": "answered", "2d": "answered", "2e": "answered", "3": "answered"},
    notes="unlisted family firm; no government clients, private sales via a Dubai distributor; promises a new end-user clause by year end; 1c+2d combined",
    tests="commitment to act later (2c); every substantive paragraph answers two questions",
    blocks=[
        LH("Gebroeders Wouters Beveiliging B.V."),
        LHS("Ambachtsweg 12, 5491 XK Sint-Oedenrode, Nederland · KvK 17042253"),
        DATE("7-9-2022", right=True),
        L("Business & Human Rights Resource Centre"),
        L("Dear Sir, Madam,", tight=False),
        GP("My brother and I run this company, which our grandfather founded in 1961. We make steel gates, road "
           "blockers and bollards, with the electronics to operate them, mostly for Dutch and Belgian factories, "
           "distribution centres and municipalities."),
        P("1a 1b", "products_and_clients",
          "We do not make surveillance equipment and we have no government customers in the Middle East or North "
          "Africa. A distributor in Dubai has sold some of our road blockers to hotels and a shopping centre "
          "there, but nothing has gone to a border, checkpoint or camp as far as we know, and we would not want "
          "it to."),
        P("2c 3", "mitigation",
          "Your letter made us look again at our contract with that distributor, which says nothing about who the "
          "end customer may be. Before the end of this year we will add a clause that government and military "
          "end users in the region need our approval first. We have no plans to stop selling to hotels and shops "
          "there."),
        P("2a 2e", "due_diligence",
          "We have never carried out human rights due diligence as such and we have no written policy on it; with "
          "eleven staff, these things are done by talking to each other. We are a member of the Dutch trade "
          "association for security products and follow its code of conduct, which covers fair trading and the "
          "handling of personal data from our access systems."),
        P("1c 2d", "disclosure_commitment",
          "If we ever sell anything to a government in that region we will tell you, and anyone who has a "
          "complaint about us can write to me or ring me directly at the address above."),
        GP("Thank you for bringing this to our attention. To be honest, we had never really thought about where "
           "our products might end up once they leave the distributor's warehouse. We will keep your letter on "
           "file and read your report with interest."),
        L("Kind regards,", tight=False),
        L("Joost Wouters"),
        L("Director"),
    ])

# ---------------------------------------------------------------------------------------------
# R23  English prose, group legal & compliance; commitments to act later
letter(
    id="R23", file="Svar til BHRRC.docx", fmt="docx",
    company="Nordvig Defence & Security A/S", listed=True, country="Denmark", style="prose", lang="en",
    look="narrow_grey", voice="group legal & compliance",
    footer="Nordvig Defence & Security A/S · CVR 28 71 45 09",
    status={"1a": "answered", "1b": "answered", "1c": "partial", "2a": "partial", "2b": "answered",
            "2c": "not_addressed", "2d": "answered", "2e": "answered", "3": "answered"},
    notes="admits no structured due diligence yet; promises policy, consultations and external whistleblowing by 2023; will 'consider' lists",
    tests="commitments to act later; 1c neither refused nor committed (partial); Danish file name for English letter",
    blocks=[
        LH("NORDVIG DEFENCE & SECURITY A/S"),
        LHS("Group Legal & Compliance · Havnevej 44, 9000 Aalborg, Denmark"),
        DATE("Aalborg, 25 August 2022", right=True),
        REF("Our ref.: GLC-22-311"),
        L("Business & Human Rights Resource Centre"),
        L("Dear Resource Centre,", tight=False),
        GP("We refer to your questionnaire of July 2022 concerning surveillance technology supplied for migration "
           "and border control in the Middle East and North Africa. Group Legal & Compliance has prepared this "
           "reply in consultation with our Maritime Systems business unit."),
        P("1a 1b", "products_and_clients",
          "Nordvig's Maritime Systems business unit supplies command-and-control software that fuses radar, "
          "camera and vessel identification data for maritime surveillance centres. In the MENA region its only "
          "government customer is the Egyptian Navy, for which three coastal surveillance centres have been "
          "commissioned since 2017. We do not supply sensors, and none of our systems is installed at land "
          "borders or in refugee camps."),
        P("2a", "due_diligence",
          "We recognise that our current approach relies mainly on the export licensing process of the Danish "
          "authorities and on the judgement of senior management, and that it does not amount to a structured "
          "human rights due diligence process. The Board has therefore asked Group Legal & Compliance to design "
          "one, and we expect to adopt it in the second quarter of 2023."),
        P("2e 2b", "policy_commitment",
          "The new framework will include a human rights policy covering sales to public authorities, which the "
          "Group does not have at present, and it will provide for consultation with civil society "
          "organisations, including organisations representing migrants and refugees, when we assess high-risk "
          "projects. No such consultations have taken place so far."),
        P("2d", "grievance_mechanism",
          "Our whistleblower scheme is currently open to employees only. We will extend it to external parties, "
          "including affected persons and their representatives, by mid-2023."),
        P("1c 3", "disclosure_commitment",
          "We will consider your request for updated lists once our disclosure framework has been adopted. We "
          "have not taken any decision to stop supplying customers in the region, and any future decision of "
          "that kind will be informed by the new framework."),
        L("Yours sincerely,", tight=False),
        L("Mette Kjærgaard Holm, Group General Counsel"),
        L("Lars Bech Andersen, Head of Compliance"),
    ])

# ---------------------------------------------------------------------------------------------
# R24  English prose, unlisted analytics firm; answers question 3 first
letter(
    id="R24", file="Response_MENA_questionnaire.pdf", fmt="pdf",
    company="Calder & Voss Analytics AG", listed=False, country="Switzerland", style="prose", lang="en",
    look="serif_classic", voice="founder, reflective",
    status={"1a": "answered", "1b": "answered", "1c": "answered", "2a": "answered", "2b": "answered",
            "2c": "not_addressed", "2d": "answered", "2e": "answered", "3": "answered"},
    notes="unlisted; opens with question 3 (contract ended) combined with 1a; consultation with migrant-support groups led to exit; rules described without a policy name",
    tests="reverse order (3 first); exit driven by due diligence; combined 3+1a, 1b+1c, 2e+2d; few cues",
    blocks=[
        LH("Calder & Voss Analytics AG"),
        LHS("Seefeldstrasse 208, 8008 Zürich, Switzerland"),
        DATE("Zürich, 15 September 2022"),
        L("Dear colleagues at the Business & Human Rights Resource Centre,", tight=False),
        P("3 1a", "exit_and_restrictions",
          "Let us begin with your last question, because the answer shapes everything else: in early 2022 we "
          "decided to end our only contract with a government agency in the region and not to seek new ones. "
          "That contract, with the interior ministry of Tunisia, covered a dashboard that combined satellite "
          "imagery and open data to estimate departures from the coast; it ended in June."),
        P("1b 1c", "deployment_scale",
          "Nothing we supplied was installed at a border crossing, checkpoint or camp; the dashboard ran in our "
          "own cloud and was used by about twenty analysts. Since we no longer have government clients in the "
          "region, there is no list to update, but we would tell you if that ever changed."),
        P("2a", "due_diligence",
          "The reason we ended the contract came out of our own review. When we looked at how the estimates were "
          "being used, it became clear that they could help coast guards intercept boats rather than rescue them, "
          "and that we had no way to see or influence this. That risk, together with the possibility that "
          "aggregated data could be re-identified, outweighed the benefits we had hoped for."),
        P("2b", "stakeholder_engagement",
          "Before making the decision we spoke with two organisations supporting migrants in Tunisia and with a "
          "researcher who documents interceptions in the central Mediterranean, and their accounts weighed "
          "heavily in our conclusion."),
        P("2e 2d", "policy_commitment",
          "Since then we have written down the rules we had been applying informally: any public-sector project "
          "involving people on the move now needs the approval of both founders and of an external adviser. "
          "Anyone can write to that adviser in confidence, and her contact details are on our website."),
        GP("We hope this is useful, and we would be glad to talk to your team about what we learnt."),
        L("With best regards,", tight=False),
        L("Dr. Miriam Calder"),
        L("Co-founder and Managing Director"),
    ])


# Companies that did not reply (invented), listed in campaign.yaml with status no_response
NO_RESPONSE = [
    ("Sentrion Border Solutions S.A.", ["Sentrion"], "Greece"),
    ("Kaltenbrunn Elektronik AG", ["Kaltenbrunn"], "Germany"),
    ("Azurel Drone Works Ltd", ["Azurel"], "Malta"),
    ("Prasidio Identity Systems B.V.", ["Prasidio"], "Netherlands"),
]

# Aliases for listed replying companies (short forms used in the letters)
ALIASES = {
    "Korvander Optronics GmbH": ["Korvander Optronics", "Korvander"],
    "Halcyon Aerial Systems Ltd": ["Halcyon Aerial Systems", "Halcyon"],
    "Quillon Biométrie SAS": ["Quillon Biométrie", "Quillon"],
    "Marenta Defence S.p.A.": ["Marenta Defence", "Marenta"],
    "Felsing Sicherheitstechnik GmbH": ["Felsing Sicherheitstechnik", "Felsing"],
    "Veyrac Systèmes SA": ["Veyrac Systèmes", "Veyrac"],
    "Haldorf Radartechnik GmbH": ["Haldorf Radartechnik", "Haldorf"],
    "Corvane Defence Systems plc": ["Corvane Defence Systems", "Corvane"],
    "Arkwell Digital Solutions, Inc.": ["Arkwell Digital Solutions", "Arkwell"],
    "Lindqvist Sensor AB": ["Lindqvist Sensor"],
    "Pellucid Analytics Ltd": ["Pellucid Analytics", "Pellucid"],
    "Ferrovane Group N.V.": ["Ferrovane Group", "Ferrovane", "Ferrovane Middle East FZE"],
    "Thorsby Maritime Radar AS": ["Thorsby Maritime Radar", "Thorsby"],
    "Saltmarsh Communications Ltd": ["Saltmarsh Communications", "Saltmarsh"],
    "Grupo Calvera Tecnologías, S.A.": ["Grupo Calvera Tecnologías", "Grupo Calvera", "Calvera"],
    "Vasskar Imaging Oy": ["Vasskar Imaging", "Vasskar"],
    "Orenstar Vision Ltd.": ["Orenstar Vision", "Orenstar"],
    "Nordvig Defence & Security A/S": ["Nordvig Defence & Security", "Nordvig"],
}

# campaign.yaml status of replying listed companies (a whole-reply refusal is 'declined')
CAMPAIGN_STATUS = {"Corvane Defence Systems plc": "declined"}
