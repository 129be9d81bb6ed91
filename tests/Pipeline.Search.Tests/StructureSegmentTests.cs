using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Documents;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Search.Querying;
using Pipeline.Search.Tests.Fixtures;

namespace Pipeline.Search.Tests;

/// <summary>
/// A table reply's labels ("2d") and restated questions are structure, not answers: search finds what the company said,
/// never the question it was asked, and a segment of nothing but structure is no hit at all.
/// </summary>
public sealed class StructureSegmentTests : IDisposable
{
    private const string Question2d = "Does your company have a grievance mechanism in place for people to raise concerns?";
    private readonly TempIndex _index = new();

    public StructureSegmentTests() => _index.Write(TableReply());

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Search_WordsOnlyInARestatedQuestion_FindNothing()
    {
        // Given 2d restated in the reply's table, answered "Complaints go to our ombudsman office."
        using var index = _index.Open();

        // When searching for words of the question only
        var results = index.Search(SearchQueryParser.Parse("grievance").Query!);

        // Then there is no hit: the company did not speak of a grievance mechanism, the questionnaire did
        Assert.Equal(0, results.Total);
    }

    [Fact]
    public void Search_WordsOfTheAnswer_FindIt_AndTheSnippetQuotesTheAnswer()
    {
        using var index = _index.Open();

        var hit = Assert.Single(index.Search(SearchQueryParser.Parse("ombudsman").Query!).Hits);

        Assert.StartsWith("Complaints go to our ombudsman office", hit.Snippet, StringComparison.Ordinal);
        Assert.Equal(["2d"], hit.Questions.Select(q => q.Value));
    }

    [Fact]
    public void Search_EverySegmentOfTheReply_LeavesOutTheSegmentOfStructureOnly_ButTheReplyStillHoldsIt()
    {
        using var index = _index.Open();

        // When listing every segment, and reading the reply back
        var results = index.Search(SearchQueryParser.Parse("*").Query!);
        var segments = index.ReadSegments("demo");

        // Then only the answer is a hit and counted in the facets; the 2e heading is kept, with its roles, for the reply's outline
        Assert.Equal(["2d"], Assert.Single(results.Hits).Questions.Select(q => q.Value));
        Assert.DoesNotContain("2e", results.Facets.Question.Keys);
        var heading = segments.Single(s => s.PrimaryQuestion == QuestionId.Parse("2e"));
        Assert.True(heading.IsStructure);
        Assert.Equal([PassageRole.Label, PassageRole.Question], heading.PassageRoles.ToArray());
        Assert.Equal([PassageRole.Label, PassageRole.Question, PassageRole.Answer], segments.Single(s => s.PrimaryQuestion == QuestionId.Parse("2d")).PassageRoles.ToArray());
    }

    private static SegmentedReply TableReply()
    {
        var id = "e1".PadRight(64, '0');
        Passage[] answer =
        [
            new("2d", 1, 0) { Role = PassageRole.Label },
            new(Question2d, 1, 1) { Role = PassageRole.Question },
            new("Complaints go to our ombudsman office.", 1, 2) { Topic = Topic.GrievanceMechanism, TopicScore = 0.9 },
        ];
        Passage[] heading = [new("2e", 1, 3) { Role = PassageRole.Label }, new("Human rights policy", 1, 4) { Role = PassageRole.Question }];
        var blocks = answer.Concat(heading).Select(p => new Block(p.BlockIndex, BlockKind.TableCell, p.Text, 1)).ToImmutableArray();
        var document = new ExtractedDocument(id, Replies.PathOf("table-reply.pdf"), SourceFormat.Pdf, 1, blocks, []);
        return new SegmentedReply(document, "demo", new CompanyAttribution("Acme", AttributionSource.FileName, true),
        [
            new Segment(id, [QuestionId.Parse("2d")], SegmentMethod.Table, 0.9, [.. answer]) { Topic = Topic.GrievanceMechanism, TopicScore = 0.9, Topics = [Topic.GrievanceMechanism] },
            new Segment(id, [QuestionId.Parse("2e")], SegmentMethod.Table, 0.9, [.. heading]),
        ]);
    }
}
