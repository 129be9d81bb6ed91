using System.Collections.Immutable;
using System.Text.Json;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Json;
using Pipeline.Core.Topics;

namespace Pipeline.Campaigns.Tests.DemoCorpus;

/// <summary>One line of a demo gold file (corpus/campaigns/demo/gold/*.gold.jsonl).</summary>
public sealed record GoldLine(string Text, QuestionId Question, ImmutableArray<QuestionId> Questions, Topic Topic, string Style, string Kind)
{
    public static IReadOnlyList<GoldLine> ReadFile(string path) =>
        [.. File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<GoldLine>(l, PipelineJson.Compact)!)];
}
