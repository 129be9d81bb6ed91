using System.Numerics.Tensors;
using Pipeline.Embeddings.MiniLm;

namespace Pipeline.Embeddings.Tests.Encoding;

/// <summary>int8 weights: faster (benchmarks/README.md), and the vectors stay close to the original model's.</summary>
public sealed class QuantisedTests
{
    [Fact]
    public void QuantisedVectors_AreCloseToTheOriginals_ButNotEqual()
    {
        // Given 60 real passages
        var texts = TrainingTexts.Test.Where((_, i) => i % 8 == 0).Take(60).ToArray();

        // When encoded with fp32 and with int8 weights
        var original = TestEncoder.Instance.Encode(texts, CancellationToken.None);
        var quantised = TestEncoder.Quantised.Encode(texts, CancellationToken.None);

        // Then every pair is within cosine 0.97 (measured on 1,000 paragraphs: min 0.976, median 0.993), unit length,
        // and the weights did change
        var cosines = original.Zip(quantised, (a, b) => TensorPrimitives.Dot(a, b)).ToArray();
        Assert.All(cosines, c => Assert.InRange(c, 0.97f, 0.99999f));
        Assert.All(quantised, v => Assert.Equal(1f, TensorPrimitives.Norm<float>(v), 1e-5f));
    }

    [Fact]
    public void QuantisedVectors_DoNotDependOnOtherTexts()
    {
        // Given 40 real passages of mixed lengths
        var texts = TrainingTexts.Test.Where((_, i) => i % 12 == 0).Take(40).ToArray();

        // When encoded with int8 weights in one call and one at a time
        var together = TestEncoder.Quantised.Encode(texts, CancellationToken.None);
        var alone = texts.Select(t => TestEncoder.Quantised.Encode([t], CancellationToken.None)[0]).ToArray();

        // Then each text gets the same vector (activations are quantised per call, so int8 runs each text alone; in
        // batches of 16 they differed by up to cosine 0.982)
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(alone[i], together[i]);
        }
    }

    [Theory]
    [InlineData(
        "We operate a whistleblowing hotline",
        "Employees can report concerns through our speak-up line",
        "We sell thermal cameras to border agencies")]
    [InlineData(
        "Our contracts with government customers are strictly confidential.",
        "We are not able to disclose who our clients are because of non-disclosure agreements.",
        "We installed 37 radar towers along the eastern border in 2019.")]
    public void QuantisedVectors_KeepParaphrasesCloser(string text, string paraphrase, string unrelated)
    {
        var v = TestEncoder.Quantised.Encode([text, paraphrase, unrelated], CancellationToken.None);

        Assert.True(TensorPrimitives.Dot(v[0], v[1]) - TensorPrimitives.Dot(v[0], v[2]) > 0.1f);
    }

    [Fact]
    public void Quantisation_RewritesTheWeightMatrices_TheSameWayEveryTime()
    {
        // Given the package's model
        var model = MiniLmPackage.Open(null).ReadModel();

        // When quantised twice
        var first = Int8Weights.Quantise(model);
        var second = Int8Weights.Quantise(model);

        // Then the 36 matrices of the 6 layers (query, key, value, output, two feed-forward) are rewritten, identically,
        // and the model shrinks by about three quarters of their size
        Assert.Equal(36, first.Matrices);
        Assert.Equal(first.Model, second.Model);
        Assert.InRange(first.Model.Length, 55_000_000, 65_000_000);
    }

    [Fact]
    public void ModelId_SaysInt8Weights()
    {
        Assert.Contains("; int8 weights;", TestEncoder.Quantised.ModelId);
        Assert.NotEqual(TestEncoder.Instance.ModelId, TestEncoder.Quantised.ModelId);
    }
}
