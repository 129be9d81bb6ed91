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

        return kinds;
    }

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
