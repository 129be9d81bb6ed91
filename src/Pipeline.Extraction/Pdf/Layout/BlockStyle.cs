using Pipeline.Core.Documents;
using Pipeline.Extraction.Pdf.Text;

namespace Pipeline.Extraction.Pdf.Layout;

/// <summary>What a body block is, judged from its lines against the document's body text size: heading, list item or paragraph.</summary>
/// <param name="Kind">Paragraph, Heading or ListItem.</param>
/// <param name="HeadingLevel">1 for the largest headings; 3 for bold text of body size; 0 when not a heading.</param>
/// <param name="ListLabel">The printed bullet or number, removed from the text.</param>
/// <param name="RunIn">Leading bold text.</param>
internal sealed record BlockStyle(BlockKind Kind, int HeadingLevel, string? ListLabel, string? RunIn)
{
    public static BlockStyle Of(PageBlock block, string text, double bodySize)
    {
        var runIn = RunInOf(block);
        var lines = block.Lines;
        if (lines.Count <= 3 && text.Length <= 200)
        {
            var size = lines.Max(l => l.Size);
            var allBold = lines.All(l => l.AllBold);
            if (size >= 1.15 * bodySize)
            {
                return new BlockStyle(BlockKind.Heading, size >= 1.5 * bodySize ? 1 : 2, null, runIn);
            }

            if (allBold && lines.Count <= 2 && text.Length <= 150 && !text.EndsWith('.'))
            {
                return new BlockStyle(BlockKind.Heading, 3, null, runIn);
            }
        }

        var label = ListLabels.Match(text);
        return label is null
            ? new BlockStyle(BlockKind.Paragraph, 0, null, runIn)
            : new BlockStyle(BlockKind.ListItem, 0, label, runIn);
    }

    private static string? RunInOf(PageBlock block)
    {
        var parts = new List<string>();
        foreach (var line in block.Lines)
        {
            if (line.BoldPrefix.Length > 0)
            {
                parts.Add(line.BoldPrefix);
            }

            if (!line.AllBold)
            {
                break;
            }
        }

        return parts.Count == 0 ? null : string.Join(' ', parts);
    }
}
