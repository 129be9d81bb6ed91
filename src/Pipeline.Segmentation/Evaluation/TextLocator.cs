using System.Collections.Immutable;
using System.Text;
using Pipeline.Core.Segments;
using Pipeline.Segmentation.Text;

namespace Pipeline.Segmentation.Evaluation;

/// <summary>Finds which segment of a reply holds a given paragraph, comparing folded text so that line breaks, hyphenation and punctuation do not matter.</summary>
public sealed class TextLocator
{
    private readonly string _text;
    private readonly List<(int Start, Segment Segment, Passage Passage)> _starts = [];
    private int _cursor;

    public TextLocator(ImmutableArray<Segment> segments)
    {
        var builder = new StringBuilder(" ");
        foreach (var segment in segments)
        {
            foreach (var passage in segment.Passages)
            {
                _starts.Add((builder.Length, segment, passage));
                builder.Append(TextNormalizer.Fold(passage.Text)).Append(' ');
            }
        }

        _text = builder.ToString();
    }

    /// <summary>
    /// The segment holding most of <paramref name="paragraph"/>; null when the text is not in the reply. Paragraphs are
    /// looked for in reading order, after the previous one found, so that a short one ("1a", "No.") is not matched
    /// earlier in the letter.
    /// </summary>
    public Segment? Find(string paragraph) => Locate(paragraph)?.Segment;

    /// <summary>The segment and the passage holding most of <paramref name="paragraph"/>; null when the text is not in the reply.</summary>
    public (Segment Segment, Passage Passage)? Locate(string paragraph)
    {
        var folded = TextNormalizer.Fold(paragraph);
        if (folded.Length == 0)
        {
            return null;
        }

        var needle = " " + folded + " ";
        var at = _text.IndexOf(needle, _cursor, StringComparison.Ordinal);
        if (at < 0)
        {
            at = _text.IndexOf(needle, StringComparison.Ordinal);
        }

        if (at < 0)
        {
            return null;
        }

        _cursor = at + needle.Length - 1;
        var middle = at + (needle.Length / 2);
        var holder = _starts.Last(s => s.Start <= middle);
        return (holder.Segment, holder.Passage);
    }
}
