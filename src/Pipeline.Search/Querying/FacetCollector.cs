using Lucene.Net.Index;
using Lucene.Net.Search;
using Pipeline.Search.Schema;

namespace Pipeline.Search.Querying;

/// <summary>
/// Counts company, question, topic, status and campaign over every matching segment, from doc values (Lucene.Net.Facet
/// is not available), or from each leaf's ordinals held in memory when <c>heldOf</c> (by leaf ordinal) gives them.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    /// <summary>The single-valued facet fields (<see cref="FacetOrdinals.Single"/>).</summary>
    public static readonly string[] SingleFields = [SegmentFields.Company, SegmentFields.Topic, SegmentFields.Status, SegmentFields.Campaign];

    /// <summary>The multi-valued facet fields (<see cref="FacetOrdinals.Multi"/>).</summary>
    public static readonly string[] MultiFields = [SegmentFields.Question];

    private readonly SingleValueFacetCounter _company = new(SegmentFields.Company);
    private readonly MultiValueFacetCounter _question = new(SegmentFields.Question);
    private readonly SingleValueFacetCounter _topic = new(SegmentFields.Topic);
    private readonly SingleValueFacetCounter _status = new(SegmentFields.Status);
    private readonly SingleValueFacetCounter _campaign = new(SegmentFields.Campaign);
    private readonly IFacetCounter[] _all;
    private readonly Func<int, FacetOrdinals?>? _heldOf;

    public FacetCollector(Func<int, FacetOrdinals?>? heldOf = null) => (_all, _heldOf) = ([_company, _question, _topic, _status, _campaign], heldOf);

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        var held = _heldOf?.Invoke(context.Ord);
        foreach (var counter in _all)
        {
            counter.SetReader(context.AtomicReader, held);
        }
    }

    public void Collect(int doc)
    {
        foreach (var counter in _all)
        {
            counter.Collect(doc);
        }
    }

    public FacetCounts Counts() => new(_company.Counts(), _question.Counts(), _topic.Counts(), _status.Counts()) { Campaign = _campaign.Counts() };
}
