using Pipeline.Classification.Training;
using Pipeline.Core.Topics;

namespace Pipeline.Benchmarks;

/// <summary>
/// The cheapest topic classifier one could write, as the peer of the ML.NET model in the classification benchmarks: lower-case
/// letter runs looked up in a table of per-topic log word frequencies from the training data, summed, highest topic wins
/// (naive Bayes with add-one smoothing, no normalisation, no n-grams). Thread-safe once built.
/// </summary>
public sealed class BagOfWordsLookup
{
    private readonly Dictionary<string, float[]> _weights;
    private readonly Dictionary<string, float[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private BagOfWordsLookup(Dictionary<string, float[]> weights)
    {
        _weights = weights;
        _lookup = weights.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Vocabulary => _weights.Count;

    public static BagOfWordsLookup Train(IEnumerable<TrainingExample> examples)
    {
        var topics = TopicLabels.All.Length;
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var totals = new int[topics];
        foreach (var example in examples)
        {
            var text = example.Text.ToLowerInvariant();
            foreach (var range in Words(text))
            {
                var word = text[range];
                if (!counts.TryGetValue(word, out var perTopic))
                {
                    counts[word] = perTopic = new int[topics];
                }

                perTopic[(int)example.Label]++;
                totals[(int)example.Label]++;
            }
        }

        var weights = counts.ToDictionary(
            p => p.Key,
            p => p.Value.Select((n, t) => (float)Math.Log((n + 1.0) / (totals[t] + counts.Count))).ToArray(),
            StringComparer.Ordinal);
        return new BagOfWordsLookup(weights);
    }

    public Topic Predict(string text)
    {
        Span<char> lower = text.Length <= 2048 ? stackalloc char[text.Length] : new char[text.Length];
        text.AsSpan().ToLowerInvariant(lower);
        Span<float> scores = stackalloc float[TopicLabels.All.Length];
        foreach (var range in Words(lower))
        {
            if (_lookup.TryGetValue(lower[range], out var weights))
            {
                for (var t = 0; t < scores.Length; t++)
                {
                    scores[t] += weights[t];
                }
            }
        }

        var best = 0;
        for (var t = 1; t < scores.Length; t++)
        {
            if (scores[t] > scores[best])
            {
                best = t;
            }
        }

        return (Topic)best;
    }

    /// <summary>The runs of letters of <paramref name="text"/>.</summary>
    private static List<Range> Words(ReadOnlySpan<char> text)
    {
        var words = new List<Range>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words.Add(start..i);
                start = -1;
            }
        }

        return words;
    }
}
