using System.Text;

namespace Pipeline.Commitments.Evaluation;

/// <summary>
/// Splits labelled sentences into a training part and a held-out part by their source (a reply or a page), so that no
/// reply has sentences on both sides; a translation goes with the sentence it translates. Deterministic: a source is
/// held out when the FNV-1a hash of its key falls in one fifth of the range.
/// </summary>
public static class HeldOutSplit
{
    private const int Parts = 5;

    public static IReadOnlyList<LabelledSentence> Select(IReadOnlyList<LabelledSentence> sentences, SplitPart part)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        if (part == SplitPart.All)
        {
            return sentences;
        }

        var sourceOf = sentences.ToDictionary(s => s.Id, s => s.Source, StringComparer.Ordinal);
        return [.. sentences.Where(s => IsHeldOut(Root(s, sourceOf)) == (part == SplitPart.HeldOut))];
    }

    public static bool IsHeldOut(string source) => Fnv1a(source) % Parts == 0;

    /// <summary>
    /// The sentences of fold <paramref name="fold"/> of <paramref name="folds"/>, by source as the held-out part is (with
    /// five folds, fold 0 is the held-out part): what cross-validation scores while training on the others.
    /// </summary>
    public static IReadOnlyList<LabelledSentence> Fold(IReadOnlyList<LabelledSentence> sentences, int fold, int folds, bool inFold = true)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var sourceOf = sentences.ToDictionary(s => s.Id, s => s.Source, StringComparer.Ordinal);
        return [.. sentences.Where(s => (Fnv1a(Root(s, sourceOf)) % (uint)folds == fold) == inFold)];
    }

    private static string Root(LabelledSentence sentence, Dictionary<string, string> sourceOf) =>
        sentence.TranslatedFrom is { } original && sourceOf.TryGetValue(original, out var source) ? source : sentence.Source;

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 16777619;
        }

        return hash;
    }
}
