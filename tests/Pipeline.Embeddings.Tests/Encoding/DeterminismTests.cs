namespace Pipeline.Embeddings.Tests.Encoding;

/// <summary>A passage's vector depends on the passage only: not on the run, the batch it fell in, or other callers.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void SameText_GivesIdenticalVector_InOneCallAndAcrossCalls()
    {
        // Given one passage, passed twice in one call and once more in another call
        var text = TrainingTexts.Test[3];
        var together = TestEncoder.Instance.Encode([text, "Something else entirely.", text], CancellationToken.None);
        var again = TestEncoder.One(text);

        // Then all three vectors are bit for bit the same
        Assert.Equal(together[0], together[2]);
        Assert.Equal(together[0], TestEncoder.Instance.Encode([text, "Something else entirely.", text], CancellationToken.None)[0]);
        AssertClose(together[0], again, 1e-5f);
    }

    [Fact]
    public void Batched_EqualsOneByOne()
    {
        // Given 40 real passages of mixed lengths (so they are reordered and padded in batches of 16)
        var texts = TrainingTexts.Test.Where((_, i) => i % 12 == 0).Take(40).ToArray();
        Assert.Equal(40, texts.Length);

        // When encoded in one call and one at a time
        var batched = TestEncoder.Instance.Encode(texts, CancellationToken.None);
        var single = texts.Select(TestEncoder.One).ToArray();

        // Then each passage gets the same vector, in its own position
        for (var i = 0; i < texts.Length; i++)
        {
            AssertClose(single[i], batched[i], 1e-5f);
        }
    }

    [Fact]
    public void ConcurrentCallers_GetTheSameVectorsAsOneCaller()
    {
        // Given two sets of passages
        var first = TrainingTexts.Test.Take(24).ToArray();
        var second = TrainingTexts.Test.Skip(100).Take(24).ToArray();
        var expectedFirst = TestEncoder.Instance.Encode(first, CancellationToken.None);
        var expectedSecond = TestEncoder.Instance.Encode(second, CancellationToken.None);

        // When four threads encode them at the same time on the shared encoder
        var results = new float[4][][];
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            results[i] = TestEncoder.Instance.Encode(i % 2 == 0 ? first : second, CancellationToken.None));

        // Then every thread got exactly the vectors of a lone caller
        for (var i = 0; i < 4; i++)
        {
            var expected = i % 2 == 0 ? expectedFirst : expectedSecond;
            for (var t = 0; t < expected.Length; t++)
            {
                Assert.Equal(expected[t], results[i][t]);
            }
        }
    }

    private static void AssertClose(float[] expected, float[] actual, float tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var d = 0; d < expected.Length; d++)
        {
            Assert.True(Math.Abs(expected[d] - actual[d]) <= tolerance, $"dimension {d}: {expected[d]} vs {actual[d]}");
        }
    }
}
