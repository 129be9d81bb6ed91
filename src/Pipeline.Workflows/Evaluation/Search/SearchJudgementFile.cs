using System.Collections.Immutable;
using System.Text.Json;
using Pipeline.Core.Errors;
using Pipeline.Core.Json;

namespace Pipeline.Workflows.Evaluation.Search;

/// <summary>Reads a judgement file: one JSON object per line, <c>{"id","query","language","concept","relevant":[{"campaign","reply","excerpt","grade"}]}</c>.</summary>
public static class SearchJudgementFile
{
    /// <exception cref="PipelineException">The file cannot be read, or a line is not a judgement (its line number given).</exception>
    public static ImmutableArray<SearchJudgement> Read(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PipelineException(ErrorCode.IoError, path, $"cannot read the queries: {ex.Message}", ex);
        }

        var judgements = ImmutableArray.CreateBuilder<SearchJudgement>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            SearchJudgement? judgement;
            try
            {
                judgement = JsonSerializer.Deserialize<SearchJudgement>(lines[i], PipelineJson.Compact);
            }
            catch (JsonException ex)
            {
                throw new PipelineException(ErrorCode.InvalidInput, path, $"line {i + 1} is not a judgement: {ex.Message}", ex);
            }

            if (judgement is null || string.IsNullOrWhiteSpace(judgement.Query) || judgement.Relevant.IsDefault)
            {
                throw new PipelineException(ErrorCode.InvalidInput, path, $"line {i + 1} needs a query and a relevant list");
            }

            judgements.Add(judgement);
        }

        return judgements.ToImmutable();
    }
}
