using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pipeline.Search.Querying;

/// <summary>
/// Passes matches on to another collector until a deadline, then stops the search by throwing
/// <see cref="BudgetExhaustedException"/>; what was collected so far stays valid. Lucene's TimeLimitingCollector does
/// the same off a shared timer thread ticking every 20 ms; this reads the clock itself (every 256 matches), which
/// is as cheap and makes a zero budget stop at once, every time.
/// </summary>
internal sealed class BudgetCollector(ICollector inner, long deadline) : ICollector
{
    private int _collected;

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Check();
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if ((_collected++ & 255) == 0)
        {
            Check();
        }

        inner.Collect(doc);
    }

    private void Check()
    {
        if (Stopwatch.GetTimestamp() >= deadline)
        {
            throw new BudgetExhaustedException();
        }
    }
}
