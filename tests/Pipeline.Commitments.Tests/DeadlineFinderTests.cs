using Pipeline.Commitments.Fields;

namespace Pipeline.Commitments.Tests;

public sealed class DeadlineFinderTests
{
    [Theory]
    [InlineData("We will publish our human rights policy by the end of 2023.", "2023-12-31")]
    [InlineData("We will publish it by 31 December 2023.", "2023-12-31")]
    [InlineData("We will report on March 1, 2024.", "2024-03-01")]
    [InlineData("The review will be completed in Q3 2024.", "2024-Q3")]
    [InlineData("We will update the statement by June 2024.", "2024-06")]
    [InlineData("We will update the statement by the end of June 2024.", "2024-06-30")]
    [InlineData("We intend to adopt one in 2023.", "2023")]
    [InlineData("Nous publierons notre politique d'ici fin 2023.", "2023-12-31")]
    [InlineData("Nous publierons le rapport avant le 1er mars 2024.", "2024-03-01")]
    [InlineData("Wir werden die Richtlinie bis Ende 2023 veröffentlichen.", "2023-12-31")]
    [InlineData("Wir werden bis zum 31. Dezember 2023 berichten.", "2023-12-31")]
    [InlineData("Wir werden im dritten Quartal 2024 berichten.", "2024-Q3")]
    [InlineData("Our policy was adopted by the Board in 2020.", "2020")]
    [InlineData("Since 1 January 2022 customers must inform us.", "2022-01-01")]
    public void Find_NamedDates_AreNormalised(string sentence, string expected)
    {
        Assert.Equal(expected, DeadlineFinder.Find(sentence)?.Deadline.Value);
    }

    [Theory]
    [InlineData("We will respond within six months.", "within six months")]
    [InlineData("We will share an overview once a year.", "once a year")]
    [InlineData("Between 2013 and 2022 we delivered 6 e-gates.", "Between 2013 and 2022")]
    [InlineData("Over the past ten years we have delivered 64 masts.", "Over the past ten years")]
    public void Find_RelativeFrames_KeepTheirWordsWithoutADate(string sentence, string expectedText)
    {
        var found = DeadlineFinder.Find(sentence);

        Assert.NotNull(found);
        Assert.Null(found.Deadline.Value);
        Assert.Equal(expectedText, found.Deadline.Text);
    }

    [Fact]
    public void FindForCommitment_TimeFrameAnchoredInThePast_IsNoDeadline()
    {
        const string sentence = "We are prepared to suspend support, and we have written this into all contracts signed since 2020.";

        Assert.Equal("2020", DeadlineFinder.Find(sentence)?.Deadline.Value);
        Assert.Null(DeadlineFinder.FindForCommitment(sentence));
        Assert.Equal("2024-12-31", DeadlineFinder.FindForCommitment("We will publish it by the end of 2024.")?.Deadline.Value);
    }

    [Theory]
    [InlineData("We are certified to ISO 27001.")]
    [InlineData("We employ 1,300 people in Germany.")]
    [InlineData("We may publish the report later.")]
    [InlineData("A quarter of our staff work in sales.")]
    [InlineData("We will publish the report later.")]
    public void Find_NumbersThatAreNotDates_GiveNothing(string sentence)
    {
        Assert.Null(DeadlineFinder.Find(sentence));
    }

    [Theory]
    [InlineData("After the audit we completed in March 2022, we will publish the results by the end of 2023.", "2023-12-31")]
    [InlineData("In 2021 we adopted a policy, and we will extend it to all subsidiaries in the first quarter of 2024.", "2024-Q1")]
    [InlineData("Since 2019 we have trained our sales staff, and we will train the integrators by June 2024.", "2024-06")]
    [InlineData("We will publish the list on 1 March 2024.", "2024-03-01")]
    [InlineData("Since 2019 we have trained our sales staff and will continue to do so.", null)]
    public void FindForCommitment_SeveralDates_TakesTheOneThatEndsLast_NeverASinceDate(string sentence, string? expected)
    {
        Assert.Equal(expected, DeadlineFinder.FindForCommitment(sentence)?.Deadline.Value);
    }
    [Theory]
    [InlineData("We will publish the report by the end of Q3 2025.", "2025-09-30")]
    [InlineData("The Group will leave the market by the end of the first half of 2024.", "2024-06-30")]
    [InlineData("The review will be completed in Q3 2024.", "2024-Q3")]
    [InlineData("Nous publierons le bilan au mois de mars 2024.", "2024-03")]
    public void Find_EndOfAQuarterOrHalf_IsItsLastDay_AndTheMonthOfAMonth(string sentence, string expected)
    {
        Assert.Equal(expected, DeadlineFinder.Find(sentence)?.Deadline.Value);
    }

    [Theory]
    [InlineData("Wir werden innerhalb von sechs Wochen antworten.", "innerhalb von sechs Wochen")]
    [InlineData("Wir werden dies in den kommenden Monaten umsetzen.", "in den kommenden Monaten")]
    [InlineData("Nous allons lancer la plateforme dans les mois à venir.", "dans les mois à venir")]
    [InlineData("We will share the results at the end of the year.", "at the end of the year")]
    [InlineData("We stopped supplying the customer two years ago.", "two years ago")]
    [InlineData("Wir haben bereits vor einigen Jahren eine Richtlinie verabschiedet.", "bereits vor einigen Jahren")]
    [InlineData("Nous avons quitté ce marché il y a trois ans.", "il y a trois ans")]
    [InlineData("Im vergangenen Jahr haben wir zwölf Beschwerden erhalten.", "Im vergangenen Jahr")]
    [InlineData("Nous avons réalisé quinze audits l'année dernière.", "l'année dernière")]
    [InlineData("We have been a member of the initiative for more than a decade.", "for more than a decade")]
    [InlineData("The review will be completed in mid-May.", "in mid-May")]
    [InlineData("Nous publierons le rapport d'ici fin mars.", "d'ici fin mars")]
    [InlineData("Over a three-year period, a fund will finance the projects.", "Over a three-year period")]
    [InlineData("In FY2020/21 we audited 300 suppliers.", "In FY2020/21")]
    [InlineData("Im Geschäftsjahr 2022/23 haben wir 30 Audits durchgeführt.", "Im Geschäftsjahr 2022/23")]
    [InlineData("We plan to finish in the second half of 2024.", "in the second half of 2024")]
    [InlineData("During 2018-19 we audited every site.", "During 2018-19")]
    [InlineData("We audited 40 suppliers in FY21 and FY22.", "in FY21 and FY22")]
    [InlineData("We will complete the rollout within the next 12 months.", "within the next 12 months")]
    [InlineData("The fund will pay out over a period of 12 months.", "over a period of 12 months")]
    [InlineData("Earlier this week we suspended the contract.", "Earlier this week")]
    public void Find_RelativeFramesInGermanFrenchAndThePast_KeepTheirWordsWithoutADate(string sentence, string expectedText)
    {
        var found = DeadlineFinder.Find(sentence);

        Assert.NotNull(found);
        Assert.Null(found.Deadline.Value);
        Assert.Equal(expectedText, found.Deadline.Text);
    }

    [Theory]
    [InlineData("In the three months ended June 30, 2020, we received 40 requests.", "2020-Q2")]
    [InlineData("During the quarter ended 30.09.2019 we closed two sites.", "2019-Q3")]
    [InlineData("For the year ended 31 December 2022 we audited 40 sites.", "2022")]
    [InlineData("In FY24 we audited 120 suppliers.", "2024")]
    [InlineData("We will reach net zero in our own operations by FY2030.", "2030")]
    public void Find_AQuarterOrYearEndedOnADate_AndOneFiscalYear_AreThatPeriod(string sentence, string expected)
    {
        Assert.Equal(expected, DeadlineFinder.Find(sentence)?.Deadline.Value);
    }

    [Theory]
    [InlineData("Between June 2014 and December 2016 we supplied 30 systems.", "Between June 2014 and December 2016")]
    [InlineData("Zwischen Juni 2014 und Dezember 2016 haben wir 30 Systeme geliefert.", "Zwischen Juni 2014 und Dezember 2016")]
    [InlineData("We received 12 requests between April 1, 2013, and March 31, 2014.", "between April 1, 2013, and March 31, 2014")]
    [InlineData("Du 1er janvier 2021 au 30 juin 2022, nous avons audité 80 sites.", "Du 1er janvier 2021 au 30 juin 2022")]
    [InlineData("We audited the two plants in 2021 and 2022.", "in 2021 and 2022")]
    [InlineData("The contract ran 2013 through 2015.", "2013 through 2015")]
    [InlineData("In the nine months ended September 30, 2012 we sold no cameras there.", "In the nine months ended September 30, 2012")]
    [InlineData("We have supplied the ministry for eight years.", "for eight years")]
    [InlineData("Nous avons travaillé avec ce client pendant plusieurs années.", "pendant plusieurs années")]
    [InlineData("In recent weeks we have met the unions twice.", "In recent weeks")]
    [InlineData("The plant will close eighteen months after the acquisition date.", "eighteen months after")]
    [InlineData("Nous atteindrons la neutralité carbone d'ici le milieu du siècle.", "d'ici le milieu du siècle")]
    [InlineData("Wir wollen bis zur Mitte des Jahrhunderts klimaneutral sein.", "bis zur Mitte des Jahrhunderts")]
    [InlineData("The new rules apply to all contracts signed from 1 November.", "1 November")]
    [InlineData("La nouvelle politique s'applique à compter du 1er septembre.", "1er septembre")]
    [InlineData("Das Programm läuft fünf Jahre lang.", "fünf Jahre lang")]
    [InlineData("Aucun cas ne s'est produit au cours des trois ou quatre dernières années.", "au cours des trois ou quatre dernières années")]
    [InlineData("Wir zahlen die Gehälter für die nächsten sechs Monate weiter.", "für die nächsten sechs Monate")]
    [InlineData("We are introducing a one-year moratorium on police use of the software.", "one-year")]
    [InlineData("Nous instaurons un moratoire d'un an sur ces ventes.", "d'un an")]
    [InlineData("Le conseil a acté la suspension des activités à compter de ce jour.", "à compter de ce jour")]
    [InlineData("Les livraisons sont suspendues avec effet immédiat.", "avec effet immédiat")]
    [InlineData("Die Lieferungen werden mit sofortiger Wirkung eingestellt.", "mit sofortiger Wirkung")]
    [InlineData("The order was shipped several weeks before the accident.", "several weeks before")]
    [InlineData("We recorded $909 million in revenue in the fourth quarter.", "in the fourth quarter")]
    [InlineData("Users reached 126 million in Q4, 9 per cent more than a year earlier.", "in Q4")]
    [InlineData("From this quarter onwards, we will also disclose the number of users.", "From this quarter onwards")]
    [InlineData("Ab dem Dezemberquartal heißt die Kategorie anders.", "Ab dem Dezemberquartal")]
    [InlineData("À partir de ce trimestre, nous publierons le nombre d'utilisateurs.", "À partir de ce trimestre")]
    public void Find_RangesLengthsAndDaysWithoutAYear_KeepTheirWordsWithoutADate(string sentence, string expectedText)
    {
        var found = DeadlineFinder.Find(sentence);

        Assert.NotNull(found);
        Assert.Null(found.Deadline.Value);
        Assert.Equal(expectedText, found.Deadline.Text);
    }
}
