using Pipeline.Core.Documents;

namespace Pipeline.Extraction.Text;

/// <summary>
/// Splits plain text into paragraph blocks on blank lines. Lines inside a paragraph stay on their own lines
/// (e-mail replies are hard-wrapped, and a line may start with a question number the segmenter looks for).
/// </summary>
internal static class PlainTextReader
{
    public static void Read(string text, BlockCollector blocks)
    {
        var paragraph = new List<string>();
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush(paragraph, blocks);
            }
            else
            {
                paragraph.Add(line);
            }
        }

        Flush(paragraph, blocks);
    }

    private static void Flush(List<string> lines, BlockCollector blocks)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var text = TextNormalizer.Normalize(string.Join("\n", lines));
        lines.Clear();
        blocks.Add(new Block(0, BlockKind.Paragraph, text, Page: 0) { IsRightToLeft = Bidi.StartsRightToLeft(text) });
    }
}
