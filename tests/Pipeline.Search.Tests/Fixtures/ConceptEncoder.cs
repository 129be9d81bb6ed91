using Pipeline.Embeddings;

namespace Pipeline.Search.Tests.Fixtures;

/// <summary>
/// A stand-in sentence encoder whose meaning is known: one axis per concept, a text's vector counting the concept's
/// words it contains (plus a small constant axis, so no vector is zero), L2-normalised. "grievance mechanism" and
/// "OpenLine channel" share no word but the grievance axis.
/// </summary>
internal sealed class ConceptEncoder(string modelId = ConceptEncoder.Id) : ISentenceEncoder
{
    public const string Id = "concept-axes-test-encoder";

    private static readonly string[][] Concepts =
    [
        ["grievance", "complaint", "complaints", "whistleblowing", "hotline", "openline", "plaintes", "alerte", "concerns"],
        ["drone", "drones", "radars"],
        ["facial", "recognition", "cameras"],
        ["confidentiality", "disclose", "identity"],
        ["diligence", "risks", "risques", "review"],
    ];

    public int Dimensions => Concepts.Length + 1;

    public string ModelId => modelId;

    public List<string> Encoded { get; } = [];

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken ct)
    {
        lock (Encoded)
        {
            Encoded.AddRange(texts);
        }

        return [.. texts.Select(Vector)];
    }

    public static float[] Vector(string text)
    {
        var words = text.ToLowerInvariant().Split([' ', '.', ',', ';', '\'', '(', ')', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var vector = new float[Concepts.Length + 1];
        for (var axis = 0; axis < Concepts.Length; axis++)
        {
            vector[axis] = words.Count(w => Concepts[axis].Contains(w));
        }

        vector[^1] = 0.3f;
        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        return [.. vector.Select(v => v / norm)];
    }
}
