using Pipeline.Classification.Model;
using Pipeline.Core.Topics;
using Pipeline.Testing;

namespace Pipeline.Classification.Tests.Model;

/// <summary>The committed model classifies clear, hand-written sentences (not from the data files) to their topics.</summary>
public sealed class BundledModelTests
{
    private static readonly Lazy<TopicModel> Bundled = new(() => TopicModel.Load(TopicModelPaths.Resolve(null)));

    [Fact]
    public void BundledModel_IsFoundInTheRepository()
    {
        // Given tests running inside the repository
        // When the default model is resolved
        var path = TopicModelPaths.Resolve(null);

        // Then it is the committed models/topic-classifier.zip
        Assert.Equal(RepoPaths.InRepo("models", "topic-classifier.zip"), path);
        Assert.True(File.Exists(path));
    }

    [Theory]
    [InlineData("We sell thermal cameras and iris scanners to the border police of Morocco and to the interior ministry of Egypt.", Topic.ProductsAndClients)]
    [InlineData("Since 2015 we have installed 37 radar towers and 120 fixed cameras at eleven border crossings and two refugee camps.", Topic.DeploymentScale)]
    [InlineData("We would be glad to send your organisation an updated list of our products and government clients every year.", Topic.DisclosureCommitment)]
    [InlineData("Anyone harmed by our products can lodge a complaint with our independent whistleblowing hotline, run by an external ombudsperson.", Topic.GrievanceMechanism)]
    [InlineData("Before deployment we met refugee associations, local NGOs and UNHCR to hear the concerns of people living in the camps.", Topic.StakeholderEngagement)]
    [InlineData("Every export of our drones outside the European Union needs a dual-use licence from the national licensing authority.", Topic.ExportControl)]
    [InlineData("We regret that we cannot answer your questions: the identity of our customers is covered by strict non-disclosure agreements.", Topic.ConfidentialityDecline)]
    [InlineData("We have decided to stop selling surveillance equipment in the region and will not renew our current contracts.", Topic.ExitAndRestrictions)]
    [InlineData("Yours sincerely, Martin Keller, Head of Corporate Communications", Topic.Other)]
    public void BundledModel_ClassifiesClearSentences(string text, Topic expected)
    {
        // Given the committed model
        // When a clear hand-written sentence is classified
        var prediction = Bundled.Value.Predict(text);

        // Then it gets its topic, with the highest of the 12 probabilities
        Assert.Equal(expected, prediction.Topic);
        Assert.Equal(prediction.Scores.Values.Max(), prediction.Score);
    }
}
