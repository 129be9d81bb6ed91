using Pipeline.Search.Querying;

namespace Pipeline.Cli.Output;

/// <summary>Human-readable search results: numbered hits with provenance and a marked snippet, then facet counts.</summary>
internal static class SearchResultsView
{
    /// <param name="offset">How many better hits were skipped: numbering starts after them.</param>
    public static async Task WriteAsync(SearchResults results, TextWriter output, MatchMarks marks, int offset = 0)
    {
        // Notices change what the count means (partial, a term cut short): they come before it.
        foreach (var notice in results.Notices)
        {
            await output.WriteLineAsync($"note: {notice.Message}");
        }

        if (results.Total == 0)
        {
            await output.WriteLineAsync(results.Complete
                ? $"No segment matches \"{results.Query}\"."
                : $"No segment matched \"{results.Query}\" before the search stopped.");
            return;
        }

        var noun = (results.Total == 1 ? "segment matches" : "segments match") + results.Mode switch
        {
            SearchMode.Semantic => " by meaning",
            SearchMode.Hybrid => " by words or meaning",
            _ => string.Empty,
        };
        var count = results.Complete ? $"{results.Total}" : $"At least {results.Total}";
        await output.WriteLineAsync($"{count} {noun} \"{results.Query}\"" + Shown(results, offset));
        for (var i = 0; i < results.Hits.Length; i++)
        {
            var hit = results.Hits[i];
            await output.WriteLineAsync();
            await output.WriteLineAsync($"{offset + i + 1,2}. {Provenance(hit)}");
            await output.WriteLineAsync("    " + Marked(hit, marks));
        }

        await output.WriteLineAsync();
        await WriteFacetAsync(output, "company", results.Facets.Company);
        await WriteFacetAsync(output, "question", results.Facets.Question);
        await WriteFacetAsync(output, "topic", results.Facets.Topic);
        await WriteFacetAsync(output, "status", results.Facets.Status);
    }

    private static string Shown(SearchResults results, int offset) => results.Hits.Length switch
    {
        _ when offset == 0 && results.Hits.Length == results.Total => ":",
        _ when offset == 0 => $"; the best {results.Hits.Length}:",
        0 => $"; none after the first {offset}.",
        var n => $"; hits {offset + 1}–{offset + n}:",
    };

    private static string Provenance(SearchHit hit)
    {
        var parts = new List<string>
        {
            hit.Company ?? "(company unknown)",
            string.Join(", ", hit.Questions),
        };
        if (hit.Topic is { } topic)
        {
            parts.Add(Core.Topics.TopicLabels.ToLabel(topic));
        }

        if (hit.Status is { } status)
        {
            parts.Add(Search.Schema.SnakeCaseLabels.ToLabel(status));
        }

        var pages = hit.Pages.Length switch
        {
            0 => string.Empty,
            1 => $" p. {hit.Pages[0]}",
            _ => $" pp. {hit.Pages[0]}-{hit.Pages[^1]}",
        };
        parts.Add(hit.File + pages);
        parts.Add(hit.Campaign);
        parts.Add(hit.MatchedBy switch
        {
            SearchMatch.Meaning => $"by meaning {hit.Similarity:0.00}",
            SearchMatch.Both => $"words and meaning {hit.Similarity:0.00}",
            _ => $"score {hit.Score:0.00}",
        });
        if (hit.NeedsReview)
        {
            parts.Add(Reporting.Formatting.ReviewText.Mark);
        }

        if (hit.Correction is { } correction)
        {
            parts.Add(Reporting.Formatting.CorrectionText.Of(correction));
        }

        return string.Join(" · ", parts);
    }

    private static string Marked(SearchHit hit, MatchMarks marks) =>
        string.Concat(SnippetRun.Split(hit.Snippet, hit.Matches).Select(run => run.IsMatch ? marks.Open + run.Text + marks.Close : run.Text));

    private static async Task WriteFacetAsync(TextWriter output, string name, IReadOnlyDictionary<string, int> counts)
    {
        if (counts.Count > 0)
        {
            await output.WriteLineAsync($"{name,-9} " + string.Join(" · ", counts.Select(p => $"{p.Key} {p.Value}")));
        }
    }
}
