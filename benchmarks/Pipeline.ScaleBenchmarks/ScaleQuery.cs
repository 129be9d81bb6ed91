using Pipeline.Core.Campaigns;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Search.Querying;
using Pipeline.Search.Schema;

namespace Pipeline.ScaleBenchmarks;

/// <summary>One line of <c>benchmarks/data/scale-queries.tsv</c>: a query, the mode it runs in and the filter it runs under.</summary>
internal sealed record ScaleQuery(string Name, SearchMode Mode, string Text, SearchFilters Filters)
{
    public static List<ScaleQuery> Read(string path) =>
        [.. File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(Parse)];

    private static ScaleQuery Parse(string line)
    {
        var cells = line.Split('\t');
        var mode = Enum.Parse<SearchMode>(cells[1], ignoreCase: true);
        return new ScaleQuery(cells[0], mode, cells[2], Filter(cells.Length > 3 ? cells[3] : string.Empty));
    }

    private static SearchFilters Filter(string cell)
    {
        if (cell.Length == 0)
        {
            return SearchFilters.None;
        }

        var (name, value) = (cell[..cell.IndexOf('=')], cell[(cell.IndexOf('=') + 1)..]);
        return name switch
        {
            "question" => new SearchFilters { Question = QuestionId.Parse(value) },
            "topic" => new SearchFilters { Topic = TopicLabels.TryParse(value, out var topic) ? topic : throw new FormatException(value) },
            "status" => new SearchFilters { Status = SnakeCaseLabels.TryParse<AnswerStatus>(value, out var status) ? status : throw new FormatException(value) },
            _ => throw new FormatException($"unknown filter {name}"),
        };
    }
}
