namespace Pipeline.Search.Querying;

/// <summary>How search by meaning picks and fuses its matches. Every property states its default.</summary>
public sealed record SemanticOptions
{
    public static SemanticOptions Default { get; } = new();

    /// <summary>
    /// Nearest segments a search by meaning matches at most (default 100): unlike words, meaning has no yes or no, so
    /// the matches (their count, facets and pages) are the nearest ones above <see cref="MinSimilarity"/>.
    /// </summary>
    public int Neighbours { get; init; } = 100;

    /// <summary>
    /// Cosine similarity a segment's nearest stored stretch (a paragraph or a sentence) needs to match (default 0.30).
    /// With all-MiniLM-L6-v2 a sentence that answers a short concept query usually scores 0.35–0.7, and unrelated
    /// sentences of the same field 0.1–0.3. With a floor of 0.25 (and the topic list then taken from any passage's topic)
    /// a hybrid "grievance mechanism" counted 110 matches on the demo; with 0.30 and the primary topic, 16, while hybrid
    /// recall@20 and nDCG@10 on the dev judgements moved by under 0.01.
    /// </summary>
    public float MinSimilarity { get; init; } = 0.30f;

    /// <summary>
    /// Stored vectors a search compares exactly (default 2,048; at least 8 per segment asked for): those nearest the
    /// query by the signs of their values. An index holding no more vectors than this (the demo campaign and the
    /// independent dev replies together hold 1,497) is searched exactly; a larger one compares a fixed number, whatever
    /// its size (each compared vector's values are read from the index: at 100,000 generated replies, 2,048 instead
    /// of 4,096 took search by meaning from 83 to 63 ms at the median, benchmarks/README.md). On 9,192 reply paragraphs and sentences
    /// the exact ten nearest of each of 33 search queries were always among the 220 nearest by signs (benchmarks/sign-recall/).
    /// </summary>
    public int Candidates { get; init; } = 2_048;

    /// <summary>
    /// Segments per slice of the work a search by meaning shares out between cores (default 16,384; a segment's vectors
    /// are never split): results do not depend on it. Settable for the tests, which check exactly that.
    /// </summary>
    internal int DocsPerSlice { get; init; } = 16_384;

    /// <summary>
    /// Cores one search by meaning may use at once (default: all of them). A server answering several requests at once
    /// asks for 1: its cores are busy with the other requests already, and sharing one search's work out between them
    /// only adds the cost of handing it over and waiting (hybrid search also matches its words after, not beside, the
    /// comparison by meaning then). Results do not depend on it.
    /// </summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The constant k of reciprocal rank fusion, score = Σ 1 / (k + rank) (default 60, as in Cormack et al. 2009).</summary>
    public int FusionK { get; init; } = 60;

    /// <summary>Best keyword matches that hybrid search ranks (default 1,000); matches past them count in the total and facets only.</summary>
    public int KeywordCandidates { get; init; } = 1_000;
}
