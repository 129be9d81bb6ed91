using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Pipeline.Search.Analysis;
using Pipeline.Search.Schema;

namespace Pipeline.Search.Querying;

/// <summary>
/// Lucene's classic query syntax over every language's text field at once, each analysed with its own analyser
/// (so "drones" finds English "drone" and "surveillances" French "surveillance"); <c>text:</c> names all of them,
/// <c>page:</c> is numeric, and an unknown field is an error rather than a silent empty result. Not thread-safe: one per parse.
/// </summary>
internal sealed class PipelineQueryParser : MultiFieldQueryParser
{
    public PipelineQueryParser()
        : base(IndexAnalyzers.Version, [.. SegmentFields.TextFields], IndexAnalyzers.PerField)
    {
        AllowLeadingWildcard = true;
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted) =>
        field == SegmentFields.Page ? PageQuery(queryText, queryText, true, true) : base.GetFieldQuery(Resolve(field), queryText, quoted);

    protected override Query GetFieldQuery(string field, string queryText, int slop) =>
        base.GetFieldQuery(Resolve(field), queryText, slop);

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        base.GetFuzzyQuery(Resolve(field), termStr, minSimilarity);

    protected override Query GetPrefixQuery(string field, string termStr) =>
        base.GetPrefixQuery(Resolve(field), termStr);

    protected override Query GetWildcardQuery(string field, string termStr) =>
        base.GetWildcardQuery(Resolve(field), termStr);

    protected override Query GetRegexpQuery(string field, string termStr) =>
        base.GetRegexpQuery(Resolve(field), termStr);

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive) =>
        field == SegmentFields.Page
            ? PageQuery(part1, part2, startInclusive, endInclusive)
            : base.GetRangeQuery(Resolve(field), part1, part2, startInclusive, endInclusive);

    private static string? Resolve(string? field) =>
        field is null || field == SegmentFields.Text ? null
        : field == "*" || SegmentFields.Queryable.Contains(field) ? field
        : throw new UnknownFieldException(field);

    private static NumericRangeQuery<int> PageQuery(string? from, string? to, bool startInclusive, bool endInclusive) =>
        NumericRangeQuery.NewInt32Range(SegmentFields.Page, PageNumber(from), PageNumber(to), startInclusive, endInclusive);

    private static int? PageNumber(string? text) =>
        text is null or "*" ? null
        : int.TryParse(text, out var page) && page >= 0 ? page
        : throw new ParseException($"page must be a number, not '{text}'");
}
