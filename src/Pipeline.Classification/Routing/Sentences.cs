using System.Text.RegularExpressions;

namespace Pipeline.Classification.Routing;

/// <summary>
/// The sentences of a paragraph, for sentence-level topic evidence: a sentence ends at . ! ? ; (and the Arabic question
/// mark) before white space and a capital or an uncased letter, so "e.g. the", "2.5" and "No. 3" stay inside one.
/// </summary>
internal static partial class Sentences
{
    public static IReadOnlyList<string> Of(string text) =>
        [.. SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0)];

    [GeneratedRegex(@"(?<=[.!?;؟])\s+(?=[\p{Lu}\p{Lo}])")]
    private static partial Regex SentenceEnd();
}
