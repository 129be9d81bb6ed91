using Lucene.Net.Search.Highlight;

namespace Pipeline.Search.Querying;

/// <summary>Wraps each matched term in two private-use characters, which <see cref="SnippetBuilder"/> turns into offsets.</summary>
internal sealed class MarkingFormatter : IFormatter
{
    public const char Open = '\uE000';
    public const char Close = '\uE001';

    public string HighlightTerm(string originalText, TokenGroup tokenGroup) =>
        tokenGroup.TotalScore > 0 ? Open + originalText + Close : originalText;
}
