using Pipeline.Classification.Status;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using static Pipeline.Classification.Tests.Fakes.Fixtures;

namespace Pipeline.Classification.Tests.Status;

/// <summary>Status from what the answer says: refusals of the whole, refusals beside answers, "no", countries, withholding, pointers.</summary>
public sealed partial class AnswerStatusRulesTests
{
    private static readonly Question WhichCountries = new(
        QuestionId.Parse("1a"),
        "1",
        "Does your company provide surveillance solutions, products, services or equipment to government clients in the Middle East and North Africa in the context of migration and/or border control? If so, please specify which products and which Middle Eastern & North African countries.",
        Topic.ProductsAndClients);

    private static readonly Question UpdatedLists = new(
        QuestionId.Parse("1c"),
        "1",
        "Are you willing to provide BHRRC with updated lists of your surveillance solutions, products, services or equipment, as well as your government clients and border agencies in the Middle East & North Africa region, in the future?",
        Topic.DisclosureCommitment);

    private static readonly Question HowMany = new(
        QuestionId.Parse("1b"),
        "1",
        "How many surveillance solutions, products, services or equipment have been distributed by your company at border crossings, checkpoints or refugee camps in the past 5-10 years?",
        Topic.DeploymentScale);

    private static readonly Question OutlineRisks = new(
        QuestionId.Parse("2a"),
        "2",
        "Is your company or subsidiary carrying out due diligence to identify, prevent, and mitigate human rights risks before supplying governments or border agencies in the MENA region with surveillance solutions, products, services or equipment? If so, please outline the risks identified.",
        Topic.DueDiligence);

    [Fact]
    public void LetterRefusingTheQuestionnaire_DeclinesEveryQuestionItLeavesAside()
    {
        // Given a reply that answers 2a in a few sentences but says it will not respond to the individual questions
        var segments = new[]
        {
            General(P("As a supplier to defence ministries, Kestrel does not comment on its customers, and we are therefore not able to respond to the individual questions in your letter.", Topic.Other)),
            Answer("2a", P("All of our exports are carried out under licences issued by the competent national authorities and in full compliance with applicable sanctions. " + WordsOf(40), Topic.DueDiligence)),
        };

        // When deciding 2d, which it does not answer
        var status = AnswerStatusRules.Decide(Responded, Question("2d"), segments, hasReply: true);

        // Then the refusal of the whole covers it, though refusal is not most of the reply's text
        Assert.Equal(AnswerStatus.Declined, status);
    }

    [Fact]
    public void ReplyRecallingLastYearsRefusal_DoesNotDeclineWhatItLeavesAside()
    {
        // Given a reply that opens "In 2022 we declined to take part in your survey" and then answers 1a
        var segments = new[]
        {
            General(P("Thank you for your letter. In 2022 we declined to take part in your survey. We are now able to answer several of your questions.", Topic.Other)),
            Answer("1a", P(Long + " in Oman", Topic.ProductsAndClients)),
        };

        // When deciding 2d, which it does not answer
        var status = AnswerStatusRules.Decide(Responded, Question("2d"), segments, hasReply: true);

        // Then
        Assert.Equal(AnswerStatus.NotAddressed, status);
    }

    [Fact]
    public void RefusalWithAnAnswerBesideIt_IsPartial()
    {
        // Given a 1b answer that refuses the figure by site but says where its only installations are
        var segments = new[]
        {
            Answer("1b",
                P("We cannot disclose details of our contracts for reasons of client confidentiality, and we are not able to give numbers of sensors or cameras by site or by customer.", Topic.ConfidentialityDecline),
                P("We are not able to give numbers of sensors or cameras by site. The two crossing posts in Oman are our only installations connected with border control; we have none in refugee camps or at checkpoints.", Topic.DeploymentScale)),
        };

        // When deciding 1b
        var status = AnswerStatusRules.Decide(Responded, HowMany, segments, hasReply: true);

        // Then mostly refusal, but it answers the rest: partial
        Assert.Equal(AnswerStatus.Partial, status);
    }

    [Fact]
    public void RefusalOfFigures_WhereTheQuestionAsksHowMany_IsPartial()
    {
        // Given a 1b answer that names its only installations but will not give numbers (the refusal a small share of it)
        var segments = new[]
        {
            Answer("1b", P("We are not able to give numbers of sensors or cameras by site. The two crossing posts in Oman are our only installations connected with border control; we have none in refugee camps or at checkpoints, and none at airports or seaports either.", Topic.DeploymentScale)),
        };

        // When deciding 1b, which asks how many, and 1a with the same text, which does not
        var howMany = AnswerStatusRules.Decide(Responded, HowMany, segments, hasReply: true);
        var which = AnswerStatusRules.Decide(Responded, WhichCountries, [Answer("1a", segments[0].Passages[0])], hasReply: true);

        // Then the count asked for is withheld: partial; a question that asks for no count is answered (Oman is named)
        Assert.Equal(AnswerStatus.Partial, howMany);
        Assert.Equal(AnswerStatus.Answered, which);
    }

    [Theory]
    [InlineData("We are not able to commit to providing lists of our customers or products. We have no plans to withdraw from the region, and every new project in a country with a poor human rights record needs the approval of our board.", true)]
    [InlineData("We are willing to provide BHRRC each year with an updated list of our products and agencies, as long as our customers do not object. We will not be able to share contract values or technical specifications.", false)]
    public void UpdatedListsRefused_WithNothingOffered_IsDeclinedHoweverMuchElseItSays(string text, bool declined)
    {
        // Given a 1c answer that refuses future lists, beside other matters or beside an offer
        var segments = new[] { Answer("1c", P(text, Topic.DisclosureCommitment)) };

        // When deciding 1c
        var status = AnswerStatusRules.Decide(Responded, UpdatedLists, segments, hasReply: true);

        // Then refusing and offering nothing declines it; an offer leaves it to the other rules (what is refused here is
        // not what the question asks)
        Assert.Equal(declined, status == AnswerStatus.Declined);
    }

    [Theory]
    [InlineData("We will gladly send you our product catalogue each year.", true)]
    [InlineData("We are not able to commit to providing updated client lists, but we will inform the Resource Centre if we enter a new country.", true)]
    [InlineData("Nous pouvons vous transmettre chaque année la liste de nos produits.", true)]
    [InlineData("Gerne stellen wir Ihnen jedes Jahr unseren Produktkatalog zur Verfügung.", true)]
    [InlineData("We will not provide lists of our customers.", false)]
    [InlineData("We cannot share this information.", false)]
    public void DisclosureOffer_IsAPromiseToSendOrShare_NotARefusal(string sentence, bool offers)
    {
        Assert.Equal(offers, DisclosureOffers.Offers(sentence));
    }

    [Theory]
    [InlineData("Every spring we can mail you a refreshed overview of our product line and of the states where it is installed.", AnswerStatus.Partial)]
    [InlineData("Über die jeweils aktuelle Produktpalette unterrichten wir Sie jederzeit gern.", AnswerStatus.Partial)]
    [InlineData("Nous sommes disposés à vous indiquer chaque année les pays où nos caméras sont en service.", AnswerStatus.Partial)]
    [InlineData("We are happy to confirm each year which countries our radars operate in.", AnswerStatus.Partial)]
    [InlineData("Every spring we can mail you a refreshed overview of our product line and of the border agencies that operate it.", AnswerStatus.Answered)]
    [InlineData("We would be glad to send you a yearly note on our products and the customers that bought them.", AnswerStatus.Answered)]
    [InlineData("We can happily share news of our product catalogue whenever asked. The names of customers and their sites may only be disclosed after each customer has given its approval, which we would seek for a specific request.", AnswerStatus.Partial)]
    [InlineData("We have no customer in the region; should we ever sell our products there, we would let you know.", AnswerStatus.Answered)]
    public void Offer_OfProductsOrCountriesOnly_LeavesOutTheClients(string text, AnswerStatus expected)
    {
        // Given a 1c answer offering updates that cover products or countries, or clients too, or a future that may never come
        var segments = new[] { Answer("1c", P(text, Topic.DisclosureCommitment)) };

        // When deciding 1c
        var status = AnswerStatusRules.Decide(Responded, UpdatedLists, segments, hasReply: true);

        // Then only the offer without clients leaves out a main part of the question
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("We can send you each year an overview of the agencies we supply; individual agency names only where the agency has given its consent.", AnswerStatus.Partial)]
    [InlineData("Gern melden wir Ihnen neue Aufträge in der Region; die Namen der Auftraggeber nennen wir nur mit deren ausdrücklicher Zustimmung.", AnswerStatus.Partial)]
    [InlineData("We can send you each year an overview of the agencies we supply; where a name has not been published, we will first ask the agency for its consent.", AnswerStatus.Answered)]
    public void Offer_ThatNamesClientsOnlyWithTheirConsent_KeepsThemBack(string text, AnswerStatus expected)
    {
        // Given a 1c offer whose client names depend on each client's consent, or that asks consent first
        var segments = new[] { Answer("1c", P(text, Topic.DisclosureCommitment)) };

        // When deciding 1c
        var status = AnswerStatusRules.Decide(Responded, UpdatedLists, segments, hasReply: true);

        // Then names given only with consent are kept back; asking first is not keeping back
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("Our compliance office runs a confidential speak-up line through which employees and contractors can report misconduct without fear of reprisal.", AnswerStatus.Partial)]
    [InlineData("Unsere Mitarbeitenden können Verstöße vertraulich über ein Hinweisgebersystem melden, das ein Ombudsmann betreut.", AnswerStatus.Partial)]
    [InlineData("Our compliance office runs a confidential speak-up line through which employees, and anyone outside the company, can report misconduct without fear of reprisal.", AnswerStatus.Answered)]
    [InlineData("Un dispositif d'alerte ouvert aux salariés comme aux personnes extérieures est accessible sur notre site.", AnswerStatus.Answered)]
    [InlineData("Not yet. With thirty employees we have not set up a formal grievance mechanism; concerns reach the directors directly.", AnswerStatus.Answered)]
    public void GrievanceChannel_ForStaffOnly_AnswersInPart(string text, AnswerStatus expected)
    {
        // Given a 2d answer describing a reporting channel for insiders, or for outsiders too, or saying there is none
        var segments = new[] { Answer("2d", P(text, Topic.GrievanceMechanism)) };

        // When deciding 2d
        var status = AnswerStatusRules.Decide(Responded, Question("2d"), segments, hasReply: true);

        // Then a channel nobody outside the company may use leaves out the people the question is about
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("Anyone who is unhappy with the way our radars are used in the region is free to get in touch with us at any time.", AnswerStatus.Partial)]
    [InlineData("Wer Bedenken zu unseren Kameras hat, kann sich jederzeit an uns wenden, per Post oder über unsere Internetseite.", AnswerStatus.Partial)]
    [InlineData("Anyone who is unhappy with the way our radars are used may get in touch with us; our compliance officer answers every message within a month.", AnswerStatus.Answered)]
    [InlineData("Anyone who is unhappy with the way our radars are used may get in touch with us through the whistleblowing portal on our website.", AnswerStatus.Answered)]
    [InlineData("We do not have a complaints procedure as such; people get in touch with us by telephone, and the managing director calls them back.", AnswerStatus.Answered)]
    public void GrievanceQuestion_AnsweredOnlyWithAnInvitationToGetInTouch_IsPartial(string text, AnswerStatus expected)
    {
        // Given a 2d answer that invites contact, with or without a channel, someone handling it, or a plain no
        var segments = new[] { Answer("2d", P(text, Topic.GrievanceMechanism)) };

        // When deciding 2d
        var status = AnswerStatusRules.Decide(Responded, Question("2d"), segments, hasReply: true);

        // Then an invitation alone is no mechanism
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("Our Board keeps the group's activities in each market under regular review in the light of developments on the ground.", AnswerStatus.Partial)]
    [InlineData("Über Lieferungen in einzelne Staaten entscheiden wir im Einzelfall nach Prüfung der Lage vor Ort.", AnswerStatus.Partial)]
    [InlineData("We have no plans to leave the region, and every new tender is still decided case by case by the Board.", AnswerStatus.Answered)]
    [InlineData("A general withdrawal from the region is not planned; each new tender is still decided case by case by the Board.", AnswerStatus.Answered)]
    [InlineData("Einen Rückzug aus der Region planen wir nicht, und über jeden neuen Auftrag entscheiden wir im Einzelfall.", AnswerStatus.Answered)]
    public void PlansToStop_AnsweredWithAReviewOnly_IsPartial(string text, AnswerStatus expected)
    {
        // Given a 3 answer that speaks of reviewing things, with or without saying what it plans
        var segments = new[] { Answer("3", P(text, Topic.ExitAndRestrictions)) };

        // When deciding 3
        var status = AnswerStatusRules.Decide(Responded, Question("3"), segments, hasReply: true);

        // Then a review in place of plans answers in part; stated plans answer it
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("Any later request from your organisation for such information would be considered case by case.", AnswerStatus.Partial)]
    [InlineData("We shall consider publishing a list once our new transparency standard has been approved.", AnswerStatus.Partial)]
    [InlineData("We shall consider publishing a list once our new transparency standard has been approved, and we will send you our product catalogue every year with the names of our customers.", AnswerStatus.Answered)]
    public void Answer_ThatOnlyPromisesToConsider_IsPartial(string text, AnswerStatus expected)
    {
        // Given a 1c answer that neither offers nor refuses, only promises to think about it (or also offers)
        var segments = new[] { Answer("1c", P(text, Topic.DisclosureCommitment)) };

        // When deciding 1c
        var status = AnswerStatusRules.Decide(Responded, UpdatedLists, segments, hasReply: true);

        // Then
        Assert.Equal(expected, status);
    }

    [Fact]
    public void RefusalWithLittleBesideIt_IsDeclined()
    {
        // Given a 1b answer that refuses and gives a reason
        var segments = new[] { Answer("1b", P("We do not track the final installation sites of products sold through integrators and therefore cannot provide this figure.", Topic.DeploymentScale)) };

        // When deciding 1b
        var status = AnswerStatusRules.Decide(Responded, HowMany, segments, hasReply: true);

        // Then
        Assert.Equal(AnswerStatus.Declined, status);
    }

    [Theory]
    [InlineData("No such plans at the moment.", AnswerStatus.Answered)]
    [InlineData("3) Not at present. We would consider it.", AnswerStatus.Answered)]
    [InlineData("3.b No. We have no plans to stop.", AnswerStatus.Answered)]
    [InlineData("We have not consulted affected communities or human rights defenders.", AnswerStatus.Answered)]
    [InlineData("(c) We have never supplied such systems.", AnswerStatus.Answered)]
    [InlineData("Nous n'avons pas consulté les communautés concernées.", AnswerStatus.Answered)]
    [InlineData("Wir haben keine solchen Pläne.", AnswerStatus.Answered)]
    [InlineData("We have consulted two local organisations.", AnswerStatus.Partial)]
    [InlineData("We do not comment on individual contracts.", AnswerStatus.Declined)]
    [InlineData("Yes, in some cases we would.", AnswerStatus.Partial)]
    public void ShortAnswer_IsWholeWhenItSaysNo(string text, AnswerStatus expected)
    {
        // Given a short marked answer to 3
        var segments = new[] { Answer("3", P(text, Topic.ExitAndRestrictions)) };

        // When deciding 3
        var status = AnswerStatusRules.Decide(Responded, Question("3"), segments, hasReply: true);

        // Then a "no" (or the company saying it has not, does not, has none) needs no detail; a "yes" does; a refusal to say is no "no"
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("We operate drones that fly maritime patrol missions as a service. In the region our client is the coast guard of one North African country; we also fly for a European agency.", AnswerStatus.Partial)]
    [InlineData("We operate drones that fly maritime patrol missions as a service. In the region our client is the coast guard of Tunisia, which has now agreed to be named; we also fly for a European agency.", AnswerStatus.Answered)]
    [InlineData("Wir beliefern keine Regierungen oder Grenzbehörden im Nahen Osten und in Nordafrika direkt; unsere Kameras werden über unabhängige Distributoren vertrieben.", AnswerStatus.Answered)]
    [InlineData("Nous avons livré des caméras thermiques à la garde nationale tunisienne et à la marine égyptienne depuis 2019.", AnswerStatus.Answered)]
    [InlineData("Unsere Bodenradare und Wärmebildkameras hat seit 2018 die ägyptische Küstenwache im Einsatz, daneben seit 2020 die marokkanische Gendarmerie an der Landgrenze.", AnswerStatus.Answered)]
    [InlineData("نقوم منذ عام 2019 بتوريد كاميرات حرارية وأنظمة مراقبة بالفيديو إلى جهات حكومية مسؤولة عن المنافذ الحدودية في الأردن وقطر، ونتولى تركيبها وصيانتها.", AnswerStatus.Answered)]
    [InlineData("Our radars serve the army of our own country; we do not have any contracts with governments in the Middle East or North Africa.", AnswerStatus.Answered)]
    [InlineData("نقوم منذ عام 2019 بتوريد كاميرات حرارية وأنظمة مراقبة بالفيديو إلى جهات حكومية وإلى مصرف مركزي في المنطقة، ونتولى تركيبها وصيانتها.", AnswerStatus.Partial)]
    public void QuestionAskingWhichCountries_IsAnsweredInPartWithoutOne(string text, AnswerStatus expected)
    {
        // Given a 1a answer, which asks for products and countries
        var segments = new[] { Answer("1a", P(text, Topic.ProductsAndClients)) };

        // When deciding 1a
        var status = AnswerStatusRules.Decide(Responded, WhichCountries, segments, hasReply: true);

        // Then products without a country are partial; a country named, or no such client at all, answers it
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("All of our exports to the region are licensed by the national export control authority after an inter-ministerial review, and every customer is screened against the applicable sanctions lists before an offer is made.", AnswerStatus.Partial)]
    [InlineData("Tarvik has robust processes in place to assess every transaction involving a government end user, anchored in our Code of Conduct and overseen by our management team.", AnswerStatus.Partial)]
    [InlineData("Before every bid we assess the country and the use case. The main risks we have identified are that travellers are matched wrongly and that the data collected at the gates are shared with other agencies.", AnswerStatus.Answered)]
    [InlineData("Each sale is reviewed by our compliance committee, which looks at whether the system could be used to monitor protests or migrants rather than to secure the crossing.", AnswerStatus.Answered)]
    [InlineData("Avant chaque projet, nous examinons le client et l'usage prévu ; les principaux risques relevés concernent la vie privée des voyageurs et le détournement des données biométriques.", AnswerStatus.Answered)]
    [InlineData("Vor jedem Auftrag prüfen wir den Endverbleib; als wesentliche Risiken sehen wir die Diskriminierung bestimmter Gruppen und den Missbrauch der erhobenen Daten.", AnswerStatus.Answered)]
    [InlineData("We have not carried out a human rights assessment of our sales in the region so far, as our products are sold through distributors.", AnswerStatus.Answered)]
    [InlineData("We check every order against the EU and UN sanctions lists and screen end users before shipment. We have not identified specific risks linked to migrants in our projects.", AnswerStatus.Answered)]
    [InlineData("A committee reviews each public-sector bid. Risks identified in the Gulf include biometric data being passed to other agencies without safeguards.", AnswerStatus.Answered)]
    [InlineData("Vor jedem Angebot prüfen wir die Lage im Empfängerland; als größtes Risiko sehen wir, dass die Daten an Sicherheitsdienste gelangen.", AnswerStatus.Answered)]
    public void QuestionAskingForTheRisksIdentified_IsAnsweredInPartWithoutOne(string text, AnswerStatus expected)
    {
        // Given a marked answer to 2a, which asks the company to outline the risks it identified
        var segments = new[] { Answer("2a", P(text, Topic.DueDiligence)) };

        // When deciding 2a
        var status = AnswerStatusRules.Decide(Responded, OutlineRisks, segments, hasReply: true);

        // Then licensing or "robust processes" without a risk named is partial; a risk or harm named (in English,
        // French or German), or a "no" to the assessment itself, answers it
        Assert.Equal(expected, status);
    }

    [Fact]
    public void Commitment_WithAConditionThatKeepsNamesBack_IsPartial()
    {
        // Given a 1c commitment to annual updates that will not name agencies without their consent
        var segments = new[] { Answer("1c", P("We can provide an annual update listing the countries and product types concerned. We will keep the Resource Centre informed of any new country, and we will list individual agencies by name only with their consent, never without their consent.", Topic.DisclosureCommitment)) };

        // When deciding 1c
        var status = AnswerStatusRules.Decide(Responded, UpdatedLists, segments, hasReply: true);

        // Then
        Assert.Equal(AnswerStatus.Partial, status);
    }

    [Fact]
    public void Answer_ThatPointsToTheWebsite_IsPartial()
    {
        // Given a 2e answer that only points to a published code
        var segments = new[] { Answer("2e", P("Our Code of Business Ethics, which sets out our commitment to respect human rights, is publicly available on our website.", Topic.PolicyCommitment)) };

        // When deciding 2e
        var status = AnswerStatusRules.Decide(Responded, Question("2e"), segments, hasReply: true);

        // Then it is addressed only in general terms
        Assert.Equal(AnswerStatus.Partial, status);
    }

    [Fact]
    public void RefusingSentence_AboutWhatTheQuestionAsks_MakesTheAnswerPartial()
    {
        // Given a 1c answer that commits to telling about new countries but not to updated client lists
        var segments = new[] { Answer("1c", P("Our software is deployed at 11 airports in those two countries. It is installed on servers owned by the customer, so we do not know the number of terminals connected to it. We are not able to commit to providing updated client lists, but we will inform the Resource Centre if we enter a new country in the region.", Topic.DisclosureCommitment)) };

        // When deciding 1c
        var status = AnswerStatusRules.Decide(Responded, UpdatedLists, segments, hasReply: true);

        // Then it withholds what 1c asks for
        Assert.Equal(AnswerStatus.Partial, status);
    }

    [Fact]
    public void RefusingSentence_AboutSomethingElse_LeavesTheAnswerWhole()
    {
        // Given a 1c commitment to lists with agency names, and a refusal of contract values and specifications
        var segments = new[]
        {
            Answer("1c",
                P("We are willing to provide BHRRC each year with an updated list of our products in use in the region, by country and type, and with the names of the government agencies we contract with.", Topic.DisclosureCommitment),
                P("We will not be able to share contract values, technical specifications or the exact locations of equipment, which our customers regard as security-sensitive.", Topic.ConfidentialityDecline)),
        };

        // When deciding 1c
        var status = AnswerStatusRules.Decide(Responded, UpdatedLists, segments, hasReply: true);

        // Then the caveat is about what 1c does not ask: answered
        Assert.Equal(AnswerStatus.Answered, status);
    }

    [Fact]
    public void Caveat_InAParagraphRoutedToSeveralQuestions_QualifiesNoneOfThem()
    {
        // Given a letter's opening, routed by topic to 1a–1c, saying some information remains subject to client confidentiality, and a 1a answer
        var opening = new Segment(DocumentId, [QuestionId.Parse("1a"), QuestionId.Parse("1b"), QuestionId.Parse("1c")], SegmentMethod.Topic, 0.5, [P("Our board has reviewed its approach to disclosure, and we are now able to answer several of your questions, although some information remains subject to client confidentiality.", Topic.ConfidentialityDecline)]);
        var products = new Segment(DocumentId, [QuestionId.Parse("1a")], SegmentMethod.Topic, 0.6, [P("We design perimeter intrusion detection systems. In the Middle East our clients are operators of oil and gas facilities in Oman and Saudi Arabia and the border authority of Oman, for which we protect two land border crossing posts.", Topic.ProductsAndClients)]);

        // When deciding 1a
        var status = AnswerStatusRules.Decide(Responded, WhichCountries, [opening, products], hasReply: true);

        // Then
        Assert.Equal(AnswerStatus.Answered, status);
    }
}
