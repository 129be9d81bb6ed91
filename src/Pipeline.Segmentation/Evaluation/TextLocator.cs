using System.Collections.Immutable;
using System.Text;
using Pipeline.Core.Segments;
using Pipeline.Segmentation.Text;

namespace Pipeline.Segmentation.Evaluation;

/// <summary>Finds which segment of a reply holds a given paragraph, comparing folded text so that line breaks, hyphenation and punctuation do not matter.</summary>
internal sealed class TextLocator
{
    private readonly string _text;
    private readonly List<(int Start, Segment Segment)> _starts = [];

    public TextLocator(ImmutableArray<Segment> segments)
    {
        var builder = new StringBuilder();
        foreach (var segment in segments)
        {
            _starts.Add((builder.Length, segment));
            foreach (var passage in segment.Passages)
            {
                builder.Append(TextNormalizer.Fold(passage.Text)).Append(' ');
            }
        }

        _text = builder.ToString();
    }

    /// <summary>The segment holding most of <paramref name="paragraph"/>; null when the text is not in the reply.</summary>
    public Segment? Find(string paragraph)
    {
        var needle = TextNormalizer.Fold(paragraph);
        if (needle.Length == 0)
        {
            return null;
        }

        var at = _text.IndexOf(needle, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var middle = at + (needle.Length / 2);
        return _starts.Last(s => s.Start <= middle).Segment;
    }
}
