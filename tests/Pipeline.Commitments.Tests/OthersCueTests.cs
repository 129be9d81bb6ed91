using Pipeline.Commitments.Cues;

namespace Pipeline.Commitments.Tests;

public sealed class OthersCueTests
{
    [Theory]
    [InlineData("The company did not immediately respond to a request for comment, the news agency reported.")]
    [InlineData("According to the NGO, workers paid more than £1 billion in recruitment fees.")]
    [InlineData("Laut dem Bericht wurden die Arbeiter nicht bezahlt.")]
    [InlineData("Selon l'ONG, les travailleurs n'ont pas été payés.")]
    public void ReportedSpeech_OthersSayingOrFinding_IsFound(string sentence)
    {
        Assert.Matches(StatementCues.ReportedSpeech(), sentence);
    }

    [Theory]
    [InlineData("We suspended deliveries to the customer in 2021.")]
    [InlineData("Our products are said to be the best in the industry by nobody in particular.")]
    public void ReportedSpeech_TheCompanysOwnAccount_IsNotFound(string sentence)
    {
        Assert.DoesNotMatch(StatementCues.ReportedSpeech(), sentence);
    }

    [Theory]
    [InlineData("We have always maintained that the allegations were false.")]
    [InlineData("There is no so-called forced labour at our facilities.")]
    [InlineData("Nous contestons formellement l'existence d'atteintes graves.")]
    [InlineData("Diese Vorwürfe weisen wir entschieden zurück.")]
    public void Rebuttal_DeniedAllegations_AreFound(string sentence)
    {
        Assert.Matches(StatementCues.Rebuttal(), sentence);
    }

    [Theory]
    [InlineData("Suppliers are expected to respect the ILO core conventions.")]
    [InlineData("Wir erwarten, dass unsere Lieferanten die Rechte ihrer Beschäftigten achten.")]
    [InlineData("Nous attendons de nos fournisseurs qu'ils respectent ces principes.")]
    public void Expectation_WhatOthersMustDo_IsFound(string sentence)
    {
        Assert.Matches(StatementCues.Expectation(), sentence);
    }

    [Theory]
    [InlineData("Our goal is to eliminate child labour from our cocoa supply chain by 2030.")]
    [InlineData("It is our intention to conduct an impact assessment next year.")]
    [InlineData("We are in the process of renegotiating our framework agreement.")]
    [InlineData("The sale price is to be settled by the end of June 2022.")]
    [InlineData("À partir de 2017, le cobalt sera traité comme un minerai de conflit.")]
    [InlineData("Le Groupe publiera son plan de vigilance en juin.")]
    [InlineData("Künftig sollen verstärkt Lieferantenaudits eingesetzt werden.")]
    [InlineData("Für Februar 2023 ist ein Besuch des Vorstands in der Provinz vorgesehen.")]
    public void Commitment_GoalsProcessesAndThirdPersonFutures_AreCues(string sentence)
    {
        Assert.Matches(StatementCues.Commitment(), sentence);
    }

    [Theory]
    [InlineData("We have nothing to add beyond what is set out in the joint statement.")]
    [InlineData("Über die gemeinsame Erklärung hinaus haben wir nichts hinzuzufügen.")]
    [InlineData("Auf die konkreten Fragen werden wir nicht im Einzelnen eingehen.")]
    [InlineData("Wie viel der Käufer gezahlt hat, geben wir nicht bekannt.")]
    [InlineData("Les montants convenus sont confidentiels et ne seront pas rendus publics.")]
    [InlineData("Specific individuals are never named in our case studies.")]
    [InlineData("We will not address the question of responsibility.")]
    [InlineData("In the UK we are barred by law from revealing whether a warrant exists.")]
    [InlineData("We are neither confirming nor disputing the figures.")]
    [InlineData("Die Nutzungsdaten werden wir weder bestätigen noch dementieren.")]
    [InlineData("Welche weiteren Unternehmen betroffen sind, teilen wir nicht mit.")]
    [InlineData("In mehreren Märkten ist es uns gesetzlich untersagt, Angaben zu machen.")]
    [InlineData("Pour des raisons de sécurité, nous ne citons pas nommément les agences.")]
    [InlineData("Le groupe n'a aucun commentaire à faire sur ces informations.")]
    [InlineData("Nor will we say how many reports we receive.")]
    [InlineData("Because such disclosure is unlawful there, we publish no figures on demands.")]
    public void Refusal_NothingToAddAndWillNotGoInto_AreCues(string sentence)
    {
        Assert.Matches(StatementCues.Refusal(), sentence);
    }

    [Theory]
    [InlineData("We have added two new suppliers to our list.")]
    [InlineData("We named a new human rights officer in 2022.")]
    public void Refusal_PlainClaims_AreNotCues(string sentence)
    {
        Assert.DoesNotMatch(StatementCues.Refusal(), sentence);
    }
    [Theory]
    [InlineData("Hilton will examine its supply chains for forced labour.")]
    [InlineData("Lundbeck wird jede Bestellung vor der Freigabe prüfen.")]
    [InlineData("Astrium et Thales Alenia Space fourniront deux satellites.")]
    [InlineData("Northrop Grumman will build the new system.")]
    public void NamedSubjectFuture_ACompanyNamedWithAFuture_IsFound(string sentence)
    {
        Assert.Matches(StatementCues.NamedSubjectFuture(), sentence);
    }

    [Theory]
    [InlineData("We will examine our supply chains.")]
    [InlineData("In 2021 Hilton examined its supply chains.")]
    public void NamedSubjectFuture_FirstPersonOrPast_IsNotFound(string sentence)
    {
        Assert.DoesNotMatch(StatementCues.NamedSubjectFuture(), sentence);
    }

    [Theory]
    [InlineData("The retailer has refused on several occasions to make its list of factories public.")]
    [InlineData("Asked about the contract, the firm would say only that it met every legal requirement.")]
    [InlineData("The operator did not say whether it had granted any of the requests.")]
    [InlineData("Reached by telephone, a company spokesman had nothing more to say.")]
    [InlineData("The carrier said it is legally barred from commenting on the case.")]
    [InlineData("Neither company was willing to confirm or deny the report.")]
    [InlineData("Interrogé sur ce contrat, le groupe s'est refusé à tout commentaire.")]
    [InlineData("Le porte-parole n'a pas voulu réagir à ces informations.")]
    [InlineData("Der Konzernchef erklärte, man gebe weder zur Zahl noch zum Inhalt der Treffen Auskunft.")]
    [InlineData("Der Hersteller will inzwischen nicht mehr mitteilen, wie viele Fahrzeuge gebaut werden.")]
    public void ReportedRefusal_ACompanysRefusalInTheThirdPerson_IsFound(string sentence)
    {
        Assert.Matches(StatementCues.ReportedRefusal(), sentence);
    }

    [Theory]
    [InlineData("The company did not respond to a request for comment.")]
    [InlineData("We will not supply any customer who has been refused an export licence.")]
    [InlineData("Wir beliefern keinen Kunden, dem eine Ausfuhrgenehmigung verweigert wurde.")]
    [InlineData("The company said it would publish the figures next year.")]
    public void ReportedRefusal_SilenceOrRefusalsOfOthers_IsNotFound(string sentence)
    {
        Assert.DoesNotMatch(StatementCues.ReportedRefusal(), sentence);
    }
}
