using Pipeline.Classification;
using Pipeline.Classification.Model;
using Pipeline.Core.Errors;
using Pipeline.Core.Topics;

namespace Pipeline.Workflows.Searching;

/// <summary>
/// The due-diligence topic a query asks about, when the topic classifier is sure of it ("grievance mechanism",
/// "anonymous reporting hotline" → grievance_mechanism): hybrid search then also ranks the answers labelled with that
/// topic, nearest the query first. Every passage was labelled at ingest by the same classifier, which read far more
/// ways of saying each concept (and French, German and Arabic ones) than a sentence model matches by similarity.
/// </summary>
public static class QueryConcepts
{
    /// <summary>The classifier's probability a query's topic needs (default 0.95): short queries are often ambiguous, and a wrong topic would bring a whole topic's answers in.</summary>
    public const double MinScore = 0.95;

    private static readonly Lazy<TopicModel?> Classifier = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The topic of <paramref name="query"/> when the bundled classifier gives it at least <see cref="MinScore"/> and it is not "other"; null otherwise, or when no model is found.</summary>
    public static Topic? Of(string query)
    {
        if (string.IsNullOrWhiteSpace(query) || Classifier.Value is not { } classifier)
        {
            return null;
        }

        // Through UTF-8 and back: a lone surrogate (a broken paste) becomes U+FFFD, which Unicode normalisation accepts.
        var prediction = classifier.Predict(System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(query)));
        return prediction.Topic != Topic.Other && prediction.Score >= MinScore ? prediction.Topic : null;
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
