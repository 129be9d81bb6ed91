using Pipeline.Classification;
using Pipeline.Classification.Model;
using Pipeline.Core.Errors;
using Pipeline.Core.Topics;

namespace Pipeline.Workflows.Searching;

/// <summary>
/// The due-diligence topic a query asks about, as the topic classifier reads it ("grievance mechanism", "anonymous
/// reporting hotline" → grievance_mechanism, p = 1.00): hybrid search then also ranks the answers labelled with that
/// topic, nearest the query first, that list weighing in the fusion by the classifier's probability. Every passage was
/// labelled at ingest by the same classifier, which read far more ways of saying each concept (and French, German and
/// Arabic ones) than a sentence model matches by similarity.
/// </summary>
public static class QueryConcepts
{
    /// <summary>
    /// The classifier's probability a query's topic needs (default 0.5: more likely than all other topics together).
    /// Below it a short query is ambiguous and adds no topic list. On the dev judgements (hybrid, 33 queries) a list
    /// weighted by the probability gave recall@20 / nDCG@10 0.412 / 0.552 from 0.3 to 0.75 (0.412 / 0.553 at 0.5),
    /// against 0.390 / 0.512 with the earlier unweighted list above 0.95.
    /// </summary>
    public const double MinScore = 0.5;

    private static readonly Lazy<TopicModel?> Classifier = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The topic of <paramref name="query"/> and its probability when the bundled classifier gives it at least <see cref="MinScore"/> and it is not "other"; null otherwise, or when no model is found.</summary>
    public static QueryConcept? Of(string query)
    {
        if (string.IsNullOrWhiteSpace(query) || Classifier.Value is not { } classifier)
        {
            return null;
        }

        // Through UTF-8 and back: a lone surrogate (a broken paste) becomes U+FFFD, which Unicode normalisation accepts.
        var prediction = classifier.Predict(System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(query)));
        return prediction.Topic != Topic.Other && prediction.Score >= MinScore ? new QueryConcept(prediction.Topic, prediction.Score) : null;
    }

    // The model is the one ingest labelled the passages with; without it (a build without models/) hybrid search keeps its two lists.
    private static TopicModel? Load()
    {
        try
        {
            return TopicModel.Load(TopicModelPaths.Resolve(null));
        }
        catch (PipelineException)
        {
            return null;
        }
    }
}
