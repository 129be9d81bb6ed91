using System.Collections.Immutable;
using Pipeline.Core.Documents;
using Pipeline.Extraction.Pdf.Layout;
using Pipeline.Extraction.Pdf.Text;

namespace Pipeline.Extraction.Pdf;

/// <summary>
/// The document-wide passes over the pages' blocks: running headers and footers marked, hyphenation undone with the
/// document's own words as evidence, headings and list items recognised, a paragraph broken by a page break made whole
/// again (<see cref="PageBreakJoin"/>), and the final <see cref="Block"/>s numbered.
/// </summary>
internal static class PdfDocumentAssembler
{
    public static ImmutableArray<Block> Assemble(IReadOnlyList<PageDraft> pages)
    {
        var running = RunningMatter.Find(pages);
        var vocabulary = new Vocabulary(() => pages.SelectMany(p => p.Blocks).SelectMany(b => b.Lines).Select(l => l.Text));
        var bodySize = BodySize(pages);
        var blocks = ImmutableArray.CreateBuilder<Block>();
        var ordinal = 0;
        var lastBody = -1;
        foreach (var page in pages)
        {
            var body = new List<Block>();
            var above = new List<Block>();
            var below = new List<Block>();
            foreach (var pageBlock in page.Blocks)
            {
                var rightToLeft = pageBlock.Lines.Count(l => l.IsRightToLeft) * 2 >= pageBlock.Lines.Count;
                var text = LineJoiner.Join([.. pageBlock.Lines.Select(l => l.Text)], rightToLeft, vocabulary);
                if (text.Length == 0)
                {
                    continue;
                }

                var box = pageBlock.ToPageBox();
                if (running.TryGetValue(pageBlock, out var kind))
                {
                    var block = new Block(0, kind, text, page.Number, box) { IsRightToLeft = rightToLeft };
                    (box.Y0 > page.PageBox.Y0 + (page.PageBox.Height / 2) ? above : below).Add(block);
                    continue;
                }

                var style = BlockStyle.Of(pageBlock, text, bodySize);
                if (style.ListLabel is { } label)
                {
                    text = text[label.Length..].TrimStart();
                }

                body.Add(new Block(0, style.Kind, text, page.Number, box)
                {
                    HeadingLevel = style.HeadingLevel,
                    ListLabel = style.ListLabel,
                    RunIn = style.RunIn,
                    IsRightToLeft = rightToLeft,
                });
            }

            foreach (var paragraph in page.Ocr)
            {
                var text = LineJoiner.Join(paragraph.Lines, rightToLeft: false, vocabulary);
                if (text.Length > 0)
                {
                    body.Add(new Block(0, BlockKind.Paragraph, text, page.Number, paragraph.Box) { IsOcr = true, IsRightToLeft = Bidi.ContainsRightToLeft(text) });
                }
            }

            if (lastBody >= 0 && body.Count > 0 && PageBreakJoin.Continues(blocks[lastBody], body[0], page.Number))
            {
                blocks[lastBody] = PageBreakJoin.Join(blocks[lastBody], body[0], vocabulary);
                body.RemoveAt(0);
            }

            foreach (var block in above)
            {
                blocks.Add(block with { Index = blocks.Count });
            }

            foreach (var block in body)
            {
                lastBody = blocks.Count;
                blocks.Add(block with { Index = blocks.Count, Ordinal = ++ordinal });
            }

            foreach (var block in below)
            {
                blocks.Add(block with { Index = blocks.Count });
            }
        }

        return blocks.ToImmutable();
    }

    /// <summary>The font size most of the text is set in (0.5-point bins, weighted by characters).</summary>
    private static double BodySize(IReadOnlyList<PageDraft> pages)
    {
        var weights = new Dictionary<double, int>();
        foreach (var line in pages.SelectMany(p => p.Blocks).SelectMany(b => b.Lines))
        {
            var bin = Math.Round(line.Size * 2) / 2;
            weights[bin] = weights.GetValueOrDefault(bin) + line.Text.Length;
        }

        return weights.Count == 0 ? 10 : weights.MaxBy(w => w.Value).Key;
    }
}
