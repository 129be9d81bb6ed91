using Pipeline.Core.Campaigns;
using Pipeline.Core.Topics;

namespace Pipeline.Campaigns.Tests.DemoCorpus;

/// <summary>The committed demo corpus is complete and its gold files agree with the demo campaign.</summary>
public sealed class DemoCorpusTests
{
    private static readonly Campaign Demo = CampaignLoader.Load(CampaignFiles.Demo);

    [Fact]
    public void Replies_OneFilePerCompanyThatReplied_NamedAfterIt()
    {
        // Given
        var replied = Demo.Companies.Where(c => c.Status != ResponseStatus.NoResponse).Select(c => c.Name).Order(StringComparer.Ordinal);

        // When
        var named = DemoReplies.Files.Select(f => Path.GetFileNameWithoutExtension(f)).Select(stem => stem[..stem.IndexOf(" - reply", StringComparison.Ordinal)]);

        // Then
        Assert.Equal(replied, named.Order(StringComparer.Ordinal));
        Assert.True(DemoReplies.Files.Count >= 15);
    }

    [Fact]
    public void Replies_AreHalfPdfHalfWord()
    {
        // When
        var byFormat = DemoReplies.Files.GroupBy(f => Path.GetExtension(f)).ToDictionary(g => g.Key, g => g.Count());

        // Then
        Assert.Equal(8, byFormat[".pdf"]);
        Assert.Equal(8, byFormat[".docx"]);
    }

    [Fact]
    public void Gold_CoversEveryStyleTheCorpusPromises()
    {
        // When
        var styles = DemoReplies.Files.Select(f => GoldLine.ReadFile(DemoReplies.GoldFor(f))[0].Style).ToHashSet();

        // Then
        Assert.Superset(
            new HashSet<string> { "markers", "table", "prose", "combined", "french", "refusal", "long", "restated", "autonumber" },
            styles);
    }

    [Theory]
    [MemberData(nameof(DemoReplies.Names), MemberType = typeof(DemoReplies))]
    public void Gold_LabelsAreQuestionsOfTheCampaignAndAnswersAreCovered(string reply)
    {
        // Given
        var gold = GoldLine.ReadFile(DemoReplies.GoldFor(Path.Combine(DemoReplies.RepliesFolder, reply)));

        // Then: every label is a campaign question (or general), the primary one listed first
        Assert.NotEmpty(gold);
        Assert.All(gold, line =>
        {
            Assert.False(string.IsNullOrWhiteSpace(line.Text));
            Assert.Equal(line.Question, line.Questions[0]);
            Assert.All(line.Questions, q => Assert.True(q.IsGeneral || Demo.FindQuestion(q) is not null, $"{q} in {reply}"));
            Assert.Single(gold.Select(g => g.Style).Distinct());
        });

        // And: letter furniture is general/other, and a reply that answers anything is not labelled all-general
        Assert.All(gold.Where(g => g.Kind is "letterhead" or "letter"), g => Assert.Equal((QuestionId.General, Topic.Other), (g.Question, g.Topic)));
        if (gold[0].Style != "refusal")
        {
            Assert.True(gold.Count(g => !g.Question.IsGeneral) >= 3, $"{reply} answers fewer than 3 questions");
        }
    }

    [Fact]
    public void Gold_RefusalIsOneParagraphDecliningOnConfidentiality()
    {
        // When
        var gold = GoldLine.ReadFile(Path.Combine(DemoReplies.GoldFolder, "Tarrow Perimeter Group - reply.gold.jsonl"));

        // Then
        var body = Assert.Single(gold, g => g.Kind == "paragraph");
        Assert.Equal(Topic.ConfidentialityDecline, body.Topic);
        Assert.Equal("refusal", body.Style);
    }
}
