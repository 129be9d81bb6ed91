using Pipeline.Core.Topics;
using Pipeline.Reporting.Findings;
using Pipeline.Reporting.Tests.Fixtures;

namespace Pipeline.Reporting.Tests;

public sealed class FindingsTests
{
    [Fact]
    public void Fixture_YieldsTheseFindings_InRuleOrder()
    {
        // When
        var findings = FindingsEngine.Default.Find(ComparisonFixture.Comparison);

        // Then
        Assert.Equal(
        [
            "5 of 8 companies replied (63%); 3 did not respond.",
            "1 reply came from a company not on the campaign's list: Castellan Border Services.",
            "3 companies declined question 1a (Products and clients), all citing confidentiality: Aquila Aerospace, Borealis Forensics and Delphine Systèmes.",
            "1 company declined question 1b (Number deployed), citing confidentiality: Aquila Aerospace.",
            "2 companies declined question 1c (Willingness to disclose): Aquila Aerospace and Castellan Security.",
            "Question 1b (Number deployed) was not addressed by 3 of 6 respondents: Borealis Forensics, Delphine Systèmes and Castellan Border Services.",
            "Question 1c (Willingness to disclose) was not addressed by 3 of 6 respondents: Borealis Forensics, Delphine Systèmes and Castellan Border Services.",
            "Question 2b (Consultation with affected communities) was not addressed by 4 of 6 respondents: Aquila Aerospace, Borealis Forensics, Delphine Systèmes and Castellan Border Services.",
            "Question 2d (Grievance mechanism) was not addressed by 2 of 6 respondents: Borealis Forensics and Delphine Systèmes.",
            "Question 3 (Plans to stop sales) was not addressed by 3 of 6 respondents: Borealis Forensics, Delphine Systèmes and Castellan Border Services.",
            "No respondent answered question 1c (Willingness to disclose) in full; 1 answered it in part (Iris Gate Biometrics).",
            "3 of 6 respondents name the products they supply or their clients: Castellan Security, Iris Gate Biometrics and Castellan Border Services.",
            "2 of 6 respondents give figures on deployments: Castellan Security and Iris Gate Biometrics.",
            "3 of 6 respondents address sharing updated product and client lists: Aquila Aerospace, Castellan Security and Iris Gate Biometrics.",
            "All 6 respondents describe human-rights due diligence.",
            "2 of 6 respondents describe consulting affected communities: Castellan Security and Iris Gate Biometrics.",
            "All 6 respondents describe safeguards against misuse.",
            "4 of 6 respondents describe a grievance mechanism: Aquila Aerospace, Castellan Security, Iris Gate Biometrics and Castellan Border Services.",
            "All 6 respondents cite a human-rights policy or commitment.",
            "3 of 6 respondents mention stopping or restricting sales: Aquila Aerospace, Castellan Security and Iris Gate Biometrics.",
            "1 of 6 respondents refers to export controls: Aquila Aerospace.",
            "3 of 6 respondents invoke confidentiality: Aquila Aerospace, Borealis Forensics and Delphine Systèmes.",
            "Most questions left not addressed: Borealis Forensics and Delphine Systèmes (5 of 9 each).",
            "Most questions answered in full: Iris Gate Biometrics (7 of 9).",
        ],
        findings.Select(f => f.Text));
    }

    [Fact]
    public void Findings_NameTheirCompaniesQuestionsAndTopic()
    {
        // When
        var findings = FindingsEngine.Default.Find(ComparisonFixture.Comparison);

        // Then
        var grievance = findings.Single(f => f.Topic == Topic.GrievanceMechanism);
        Assert.Equal("topic-coverage", grievance.Rule);
        Assert.Equal(["Aquila Aerospace", "Castellan Security", "Iris Gate Biometrics", "Castellan Border Services"], grievance.Companies.ToArray());
        var declined = findings.First(f => f.Rule == "declined-question");
        Assert.Equal("1a", Assert.Single(declined.Questions).Value);
        Assert.Equal(3, declined.Companies.Length);
    }

    [Fact]
    public void DeclinedQuestion_SomeCitingConfidentiality_SaysHowMany()
    {
        // Given Castellan's refusal of 1c now also invokes confidentiality
        var comparison = Variant.AddTopic("Castellan Security", "1c", Topic.ConfidentialityDecline);

        // When
        var findings = FindingsEngine.Default.Find(comparison);

        // Then
        Assert.Contains("2 companies declined question 1c (Willingness to disclose), 1 of them citing confidentiality: Aquila Aerospace and Castellan Security.", findings.Select(f => f.Text));
    }

    [Fact]
    public void TopicNobodyCovers_IsStatedAsNone()
    {
        // When
        var findings = FindingsEngine.Default.Find(Variant.WithoutTopic(Topic.StakeholderEngagement));

        // Then
        var finding = findings.Single(f => f.Topic == Topic.StakeholderEngagement);
        Assert.Equal("None of the 6 respondents describe consulting affected communities.", finding.Text);
        Assert.Empty(finding.Companies);
    }

    [Fact]
    public void RefusalToTakePart_CountsAsAReply_ButNotAsARespondent()
    {
        // When
        var findings = FindingsEngine.Default.Find(Variant.WithRefusal("Nimbus Defence"));

        // Then
        Assert.Equal("6 of 9 companies replied (67%), 1 of them declining to take part (Nimbus Defence); 3 did not respond.", findings[0].Text);
        Assert.DoesNotContain(findings, f => f.Rule == "declined-question" && f.Companies.Contains("Nimbus Defence"));
        Assert.Contains("4 of 6 respondents describe a grievance mechanism: Aquila Aerospace, Castellan Security, Iris Gate Biometrics and Castellan Border Services.", findings.Select(f => f.Text));
    }

    [Fact]
    public void NobodyReplied_OnlyTheResponseRateIsStated()
    {
        // When
        var findings = FindingsEngine.Default.Find(Variant.Silent());

        // Then
        Assert.Equal(["0 of 8 companies replied (0%); 8 did not respond."], findings.Select(f => f.Text));
    }
}
