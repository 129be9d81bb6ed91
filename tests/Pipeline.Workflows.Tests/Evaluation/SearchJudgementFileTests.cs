using Pipeline.Core.Errors;
using Pipeline.Workflows.Evaluation.Search;

namespace Pipeline.Workflows.Tests.Evaluation;

public sealed class SearchJudgementFileTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"judgements-{Guid.NewGuid():N}.jsonl");

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void Read_TheBriefsFormat_GivesEachQueryWithItsPassages()
    {
        File.WriteAllLines(_file,
        [
            """{"id":"d01","query":"grievance mechanism","language":"en","concept":"a channel","relevant":[{"campaign":"demo","reply":"Aldercrest Systems - reply","excerpt":"Our grievance mechanism is open to anyone","grade":2}]}""",
            "",
            """{"id":"d02","query":"Hinweisgebersystem","language":"de","relevant":[]}""",
        ]);

        var judgements = SearchJudgementFile.Read(_file);

        Assert.Equal(["d01", "d02"], judgements.Select(j => j.Id));
        Assert.Equal(new JudgedPassage("demo", "Aldercrest Systems - reply", "Our grievance mechanism is open to anyone", 2), judgements[0].Relevant.Single());
        Assert.Equal("de", judgements[1].Language);
    }

    [Fact]
    public void Read_ALineThatIsNotAJudgement_NamesTheLine()
    {
        File.WriteAllLines(_file, ["""{"id":"d01","query":"x","language":"en","relevant":[]}""", "{not json"]);

        var error = Assert.Throws<PipelineException>(() => SearchJudgementFile.Read(_file));

        Assert.Equal(ErrorCode.InvalidInput, error.Code);
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }
}
