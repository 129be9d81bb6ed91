namespace Pipeline.Search.Querying;

/// <summary>A search's time budget ran out; thrown by <see cref="BudgetCollector"/> to stop Lucene's collection loop.</summary>
#pragma warning disable CA1032, CA2229 // internal signal within one search, never serialised or constructed elsewhere
internal sealed class BudgetExhaustedException() : Exception("the search's time budget ran out")
#pragma warning restore CA1032, CA2229
{
}
