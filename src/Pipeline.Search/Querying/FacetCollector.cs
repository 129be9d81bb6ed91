using Lucene.Net.Index;
using Lucene.Net.Search;
using Pipeline.Search.Schema;

namespace Pipeline.Search.Querying;

/// <summary>Counts company, question, topic, status and campaign over every matching segment, from doc values (Lucene.Net.Facet is not available).</summary>
internal sealed class FacetCollector : ICollector
{
    private readonly SingleValueFacetCounter _company = new(SegmentFields.Company);
    private readonly MultiValueFacetCounter _question = new(SegmentFields.Question);
    private readonly SingleValueFacetCounter _topic = new(SegmentFields.Topic);
    private readonly SingleValueFacetCounter _status = new(SegmentFields.Status);
    private readonly SingleValueFacetCounter _campaign = new(SegmentFields.Campaign);
    private readonly IFacetCounter[] _all;

    public FacetCollector() => _all = [_company, _question, _topic, _status, _campaign];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        foreach (var counter in _all)
        {
            counter.SetReader(context.AtomicReader);
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
