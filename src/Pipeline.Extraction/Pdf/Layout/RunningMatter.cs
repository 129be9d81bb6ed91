using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Core.Documents;

namespace Pipeline.Extraction.Pdf.Layout;

/// <summary>
/// Finds running headers, footers and page numbers: blocks in the top or bottom band of the page whose text (digits
/// normalised, so "Page 2 of 5" matches "Page 3 of 5") recurs at the same height on at least two pages. Text alone never
/// decides: a letterhead printed once, or a signature that reads like the footer but sits elsewhere, stays in the body.
/// </summary>
internal static partial class RunningMatter
{
    // Share of the page height, from the top or the bottom edge, where running matter sits.
    private const double Band = 0.12;

    // Points by which the same header may move between pages.
    private const double HeightTolerance = 4;

    public static Dictionary<PageBlock, BlockKind> Find(IReadOnlyList<PageDraft> pages)
    {
        var groups = new Dictionary<(bool Top, string Key), List<(int Page, PageBlock Block, double Distance)>>();
        foreach (var page in pages)
        {
            var box = page.PageBox;
            var band = Band * box.Height;
            foreach (var block in page.Blocks)
            {
                if (block.Frame != TextFrame.Horizontal)
                {
                    continue;
                }

                bool top;
                double distance;
                if (block.Bottom >= box.Y1 - band)
                {
                    (top, distance) = (true, box.Y1 - block.Top);
                }
                else if (block.Top <= box.Y0 + band)
                {
                    (top, distance) = (false, block.Bottom - box.Y0);
                }
                else
                {
                    continue;
                }

                var key = (top, Key(block));
                if (!groups.TryGetValue(key, out var members))
                {
                    groups[key] = members = [];
                }

                members.Add((page.Number, block, distance));
            }
        }

        var kinds = new Dictionary<PageBlock, BlockKind>();
        var marked = new List<List<(int Page, PageBlock Block, double Distance)>>();
        foreach (var ((top, key), members) in groups)
        {
            if (members.Count < 2)
            {
                continue;
            }

            var kind = PageNumber().IsMatch(key) ? BlockKind.PageNumber : top ? BlockKind.Header : BlockKind.Footer;
            foreach (var member in members)
            {
                var pagesAtSameHeight = members
                    .Where(m => Math.Abs(m.Distance - member.Distance) <= HeightTolerance)
                    .Select(m => m.Page)
                    .Distinct()
                    .Count();
                if (pagesAtSameHeight >= 2)
                {
                    kinds[member.Block] = kind;
                }
            }

            marked.Add(members);
        }

        // Text that is all a page has ("Potato 7" alone on page 8) is that page's content, not its running header.
        var pagesWithBody = pages.Where(p => p.Blocks.Any(b => !kinds.ContainsKey(b))).Select(p => p.Number).ToHashSet();
        foreach (var members in marked)
        {
            if (members.Count(m => pagesWithBody.Contains(m.Page)) * 2 < members.Count)
            {
                members.ForEach(m => kinds.Remove(m.Block));
            }
        }

        MarkContinuationMatter(pages, kinds);
        return kinds;
    }

    /// <summary>
    /// A letter whose first page is different carries its running header (or footer) on the later pages only, so a
    /// two-page letter shows it once. On pages after the first, the topmost (bottommost) line in the band counts as running
    /// matter when it stands alone, set smaller than the body text and apart from it — a heading at the top of a
    /// page is as large as the body or larger, so it stays.
    /// </summary>
    private static void MarkContinuationMatter(IReadOnlyList<PageDraft> pages, Dictionary<PageBlock, BlockKind> kinds)
    {
        var bodySizes = pages.SelectMany(p => p.Blocks).Where(b => !kinds.ContainsKey(b) && b.Frame == TextFrame.Horizontal)
            .SelectMany(b => b.Lines).Select(l => l.Size).Order().ToList();
        if (bodySizes.Count == 0)
        {
            return;
        }

        var bodySize = bodySizes[bodySizes.Count / 2];
        foreach (var page in pages.Where(p => p.Number >= 2))
        {
            var blocks = page.Blocks.Where(b => b.Frame == TextFrame.Horizontal).ToList();
            if (blocks.Count < 2)
            {
                continue;
            }

            var band = Band * page.PageBox.Height;
            var top = blocks.MaxBy(b => b.Top)!;
            var below = blocks.Where(b => b != top).Max(b => b.Top);
            if (top.Bottom >= page.PageBox.Y1 - band && StandsApart(top, top.Bottom - below, bodySize))
            {
                kinds.TryAdd(top, BlockKind.Header);
            }

            var bottom = blocks.MinBy(b => b.Bottom)!;
            var above = blocks.Where(b => b != bottom).Min(b => b.Bottom);
            if (bottom.Top <= page.PageBox.Y0 + band && StandsApart(bottom, above - bottom.Top, bodySize))
            {
                kinds.TryAdd(bottom, PageNumber().IsMatch(Key(bottom)) ? BlockKind.PageNumber : BlockKind.Footer);
            }
        }
    }

    private static bool StandsApart(PageBlock block, double gap, double bodySize) =>
        block.Lines.Count == 1 && block.Lines[0].Size < bodySize * 0.95 && !block.Lines[0].AllBold && gap >= block.Lines[0].Size;

    /// <summary>Lower-case text with each run of digits as one '#' and spaces collapsed.</summary>
    internal static string Key(PageBlock block)
    {
        var key = new StringBuilder();
        foreach (var line in block.Lines)
        {
            foreach (var c in line.Text)
            {
                if (char.IsDigit(c))
                {
                    if (key.Length == 0 || key[^1] != '#')
                    {
                        key.Append('#');
                    }
                }
                else if (char.IsWhiteSpace(c))
                {
                    if (key.Length > 0 && key[^1] != ' ')
                    {
                        key.Append(' ');
                    }
                }
                else
                {
                    key.Append(char.ToLowerInvariant(c));
                }
            }

            key.Append(' ');
        }

        return key.ToString().Trim();
    }

    [GeneratedRegex(@"^(?:page|p\.|seite|página|pagina)?\s*[-–(\[]?\s*#\s*[-–)\]]?\s*(?:(?:of|/|de|sur|von|di)\s*#)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();
}
