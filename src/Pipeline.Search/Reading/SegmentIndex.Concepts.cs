using System.Numerics.Tensors;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Pipeline.Core.Topics;
using Pipeline.Search.Querying;
using Pipeline.Search.Schema;
using Pipeline.Search.Semantic;

namespace Pipeline.Search.Reading;

/// <summary>The concept list of hybrid search: the answers of the query's topic, and each other reply's nearest answer to the concept.</summary>
public sealed partial class SegmentIndex
{
    /// <summary>
    /// The segments of primary topic <paramref name="topic"/> within the filters, nearest the query first, however far;
    /// then, for each reply none of whose segments has that topic, its one segment nearest the concept, nearest first.
    /// </summary>
    /// <remarks>
    /// The classifier labels a paragraph by its main topic: a paragraph on a code of conduct that mentions a
    /// whistle-blowing service in its last sentence is policy_commitment, so a reply whose only word on its grievance
    /// channel is such a sentence has no answer of the topic. Its sentences are compared with the query moved toward the
    /// topic (Rocchio's expansion: the unit sum of the query and the mean of the topic's paragraph vectors across the
    /// index), which the sentence model matches far better than a two-word query: on the demo, "grievance mechanism"
    /// scores 0.296 with Brightwater's answer ("Concerns may be raised in confidence through our independent
    /// whistleblowing service.") and 0.313 with Veltrane's letterhead; the expanded query 0.534 and 0.452. One segment per reply, after the labelled ones, so that
    /// they cannot push an answer of the topic down the list, and a reply without any answer on the concept adds one
    /// far-ranked segment at most.
    /// </remarks>
    /// <param name="labelled">The segments of primary topic <paramref name="topic"/> within the filters nearest the query, at most k (<see cref="ConceptAsk"/>).</param>
    private List<Neighbour> ConceptNeighbours(float[] vector, string model, SearchFilters? filters, Topic topic, int k, SemanticOptions options, IReadOnlyList<Neighbour> labelled)
    {
        var ofTopic = OfTopic(topic);
        var centroids = TopicCentroids(model);
        if (labelled.Count >= k || !centroids.TryGetValue(topic, out var centroid))
        {
            return [.. labelled];
        }

        var expanded = new float[vector.Length];
        TensorPrimitives.Add(vector, centroid, expanded);
        TensorPrimitives.Divide(expanded, TensorPrimitives.Norm(expanded), expanded);

        // Per search: doc values are not shared between threads.
        var companies = MultiDocValues.GetSortedValues(_reader, SegmentFields.Company);
        var covered = labelled.Select(n => ReplyOf(n.Doc, companies)).ToHashSet();
        var rest = FilterQuery(filters ?? SearchFilters.None);
        rest.Add(ofTopic, Occur.MUST_NOT);
        var others = Allowed(rest);
        // The nearest segments of the other replies, as many as ConceptReach × k (all of them in an index of a few
        // thousand segments): enough for k replies' nearest even where a reply has many segments near the concept.
        var perReply = Vectors.Nearest(expanded, model, others, Math.Min(others.Cardinality, k * ConceptReach), float.NegativeInfinity, options)
            .Where(n => covered.Add(ReplyOf(n.Doc, companies)) && NearestTopics(StretchVector(n), centroids).Contains(topic));
        return [.. labelled.Concat(perReply).Take(k)];
    }

    /// <summary>What the concept list asks of the query's sign pass: the k segments of primary topic <paramref name="topic"/> within the filters nearest the query, however far.</summary>
    private NearestAsk ConceptAsk(SearchFilters? filters, Topic topic, int k)
    {
        var filter = FilterQuery(filters ?? SearchFilters.None);
        filter.Add(OfTopic(topic), Occur.MUST);
        return new NearestAsk(Allowed(filter), k, float.NegativeInfinity);
    }

    private static TermQuery OfTopic(Topic topic) => new(new Term(SegmentFields.Topic, KeywordValue.Normalise(topic.ToLabel())));

    /// <summary>Segments of other replies the concept list looks at per segment it may return (see <see cref="ConceptNeighbours"/>).</summary>
    private const int ConceptReach = 20;

    /// <summary>
    /// The unit mean of each topic's paragraph vectors across the index (by primary topic), for one model: the topics as
    /// this index's answers describe them. Computed once per snapshot and model.
    /// </summary>
    private IReadOnlyDictionary<Topic, float[]> TopicCentroids(string model) =>
        _topicCentroids.GetOrAdd(model, m =>
        {
            var topics = Enum.GetValues<Topic>();
            var byLabel = topics.Select((t, i) => (Label: t.ToLabel(), Index: i)).ToDictionary(t => t.Label, t => t.Index, StringComparer.Ordinal);
            var labels = MultiDocValues.GetSortedValues(_reader, SegmentFields.Topic);
            var groupOfOrd = labels is null ? [] : Enumerable.Range(0, labels.ValueCount).Select(ord =>
            {
                var bytes = new BytesRef();
                labels.LookupOrd(ord, bytes);
                return byLabel.GetValueOrDefault(bytes.Utf8ToString(), -1);
            }).ToArray();
            var centroids = Vectors.Centroids(doc => labels?.GetOrd(doc) is >= 0 and var ord ? groupOfOrd[ord] : -1, topics.Length, m);
            return topics.Zip(centroids).Where(t => t.Second is not null).ToDictionary(t => t.First, t => t.Second!);
        });

    /// <summary>
    /// The two topics whose centroids are nearest <paramref name="vector"/>: what a sentence reads as in this index's
    /// terms — two, since one sentence often joins two (a whistle-blowing procedure and a code of ethics in one breath).
    /// </summary>
    private static IEnumerable<Topic> NearestTopics(float[]? vector, IReadOnlyDictionary<Topic, float[]> centroids) =>
        vector is null ? [] : centroids.Where(c => c.Value.Length == vector.Length).OrderByDescending(c => TensorPrimitives.Dot(vector, c.Value)).Take(2).Select(c => c.Key);

    /// <summary>The vector of the stretch (paragraph or sentence) that made <paramref name="neighbour"/> a neighbour.</summary>
    private float[]? StretchVector(Neighbour neighbour) =>
        Vectors.VectorsOf(neighbour.Doc).FirstOrDefault(v => v.Place == neighbour.Place).Vector;

    /// <summary><paramref name="neighbour"/> with the similarity to <paramref name="query"/> of its segment's nearest stretch (its place kept).</summary>
    private Neighbour WithQuerySimilarity(Neighbour neighbour, ReadOnlySpan<float> query)
    {
        var best = float.NegativeInfinity;
        foreach (var (v, _, _) in Vectors.VectorsOf(neighbour.Doc))
        {
            if (v.Length == query.Length)
            {
                best = Math.Max(best, TensorPrimitives.Dot(query, v));
            }
        }

        return float.IsNegativeInfinity(best) ? neighbour : neighbour with { Similarity = best };
    }

    /// <summary>The reply a segment belongs to, by company (a company's replies are one voice), else by document.</summary>
    private string ReplyOf(int doc, SortedDocValues? companies)
    {
        var ord = companies?.GetOrd(doc) ?? -1;
        if (ord < 0)
        {
            return "document:" + _searcher.Doc(doc).Get(SegmentFields.Document);
        }

        var bytes = new BytesRef();
        companies!.LookupOrd(ord, bytes);
        return "company:" + bytes.Utf8ToString();
    }
}
