namespace Pipeline.Search.Querying;

/// <summary>A stretch of a snippet: matched terms or the text between them, for output that marks matches its own way.</summary>
public readonly record struct SnippetRun(string Text, bool IsMatch)
{
    /// <summary>The snippet cut at its matches, in order; matches that overlap an earlier one or fall outside the snippet are ignored.</summary>
    public static IEnumerable<SnippetRun> Split(string snippet, IEnumerable<MatchSpan> matches)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        var at = 0;
        foreach (var match in matches.OrderBy(m => m.Start))
        {
            if (match.Start < at || match.Length <= 0 || match.Start + match.Length > snippet.Length)
            {
                continue;
            }

            if (match.Start > at)
            {
                yield return new SnippetRun(snippet[at..match.Start], false);
            }

            yield return new SnippetRun(snippet.Substring(match.Start, match.Length), true);
            at = match.Start + match.Length;
        }

        if (at < snippet.Length)
        {
            yield return new SnippetRun(snippet[at..], false);
        }
    }
}
