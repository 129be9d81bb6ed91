namespace Pipeline.Extraction.Pdf.Layout;

/// <summary>
/// Puts a page's blocks in reading order. The producer's content-stream order is kept when it is plausible, because it reads
/// tables row by row and columns one after the other; when it jumps back up the same column again and again (text drawn in
/// an arbitrary order), a geometric order replaces it: top to bottom, one column at a time.
/// </summary>
internal static class ReadingOrder
{
    public static List<PageBlock> Arrange(List<PageBlock> blocks)
    {
        if (blocks.Count < 3)
        {
            return blocks;
        }

        // A block drawn above the previous block of its own column means the stream went back up the page.
        var backward = 0;
        for (var i = 1; i < blocks.Count; i++)
        {
            var next = blocks[i];
            for (var j = i - 1; j >= 0; j--)
            {
                var previous = blocks[j];
                if (previous.Frame == next.Frame && next.HorizontalOverlap(previous.MinX, previous.MaxX) > 0)
                {
                    backward += next.Top > previous.Top + (0.5 * next.Last.Size) ? 1 : 0;
                    break;
                }
            }
        }

        return backward >= 2 && backward * 4 >= blocks.Count ? Geometric(blocks) : blocks;
    }

    /// <summary>
    /// A block comes after every block above it in the same column and after blocks to its left on the same rows;
    /// among the blocks free to come next, the one continuing the current column wins, then the highest.
    /// </summary>
    internal static List<PageBlock> Geometric(List<PageBlock> blocks)
    {
        var count = blocks.Count;
        var pending = new int[count];
        var successors = new List<int>[count];
        for (var a = 0; a < count; a++)
        {
            successors[a] = [];
        }

        for (var a = 0; a < count; a++)
        {
            for (var b = 0; b < count; b++)
            {
                if (a != b && Precedes(blocks[a], blocks[b]))
                {
                    successors[a].Add(b);
                    pending[b]++;
                }
            }
        }

        var done = new bool[count];
        var ordered = new List<PageBlock>(count);
        PageBlock? last = null;
        while (ordered.Count < count)
        {
            var pick = -1;
            for (var i = 0; i < count; i++)
            {
                if (!done[i] && (pick < 0 || Better(blocks[i], blocks[pick], last, pending[i] == 0, pending[pick] == 0)))
                {
                    pick = i;
                }
            }

            done[pick] = true;
            ordered.Add(blocks[pick]);
            last = blocks[pick];
            foreach (var s in successors[pick])
            {
                pending[s]--;
            }
        }

        return ordered;
    }

    private static bool Precedes(PageBlock a, PageBlock b)
    {
        if (a.HorizontalOverlap(b.MinX, b.MaxX) > 0)
        {
            return a.Top > b.Top;
        }

        return a.MaxX <= b.MinX && a.OverlapsVertically(b);
    }

    // Blocks still waiting for a predecessor only come first when a cycle leaves nothing free.
    private static bool Better(PageBlock candidate, PageBlock best, PageBlock? last, bool candidateFree, bool bestFree)
    {
        if (candidateFree != bestFree)
        {
            return candidateFree;
        }

        if (last is not null)
        {
            var candidateFollows = candidate.HorizontalOverlap(last.MinX, last.MaxX) > 0 && candidate.Top <= last.Top;
            var bestFollows = best.HorizontalOverlap(last.MinX, last.MaxX) > 0 && best.Top <= last.Top;
            if (candidateFollows != bestFollows)
            {
                return candidateFollows;
            }
        }

        return candidate.Top > best.Top || (candidate.Top == best.Top && candidate.MinX < best.MinX);
    }
}
