namespace Pipeline.Search.Querying;

/// <summary>How many matching segments carry each value, over all matches (not only the hits returned); most frequent first.</summary>
/// <param name="Company">Segments per company.</param>
/// <param name="Question">Segments per question id; a segment answering two questions counts for both.</param>
/// <param name="Topic">Segments per topic label; unclassified segments are not counted.</param>
/// <param name="Status">Segments per answer status; segments without one are not counted.</param>
public sealed record FacetCounts(
    IReadOnlyDictionary<string, int> Company,
    IReadOnlyDictionary<string, int> Question,
    IReadOnlyDictionary<string, int> Topic,
    IReadOnlyDictionary<string, int> Status)
{
    /// <summary>Segments per campaign id.</summary>
    public IReadOnlyDictionary<string, int> Campaign { get; init; } = new Dictionary<string, int>();
}
