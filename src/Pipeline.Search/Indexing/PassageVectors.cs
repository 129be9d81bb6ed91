using System.Collections.Immutable;
using Pipeline.Core.Segments;
using Pipeline.Embeddings;

namespace Pipeline.Search.Indexing;

/// <summary>
/// Gives each segment of a reply the vectors of its answer paragraphs, whole and sentence by sentence (labels and
/// restated questions get none, as they get no search). A paragraph's vector carries its gist; a sentence's finds the
/// one line of a long paragraph that answers a query ("complaints go to our Raise It line") and is what its snippet marks.
/// </summary>
internal static class PassageVectors
{
    public static ImmutableArray<IndexedSegment> Add(ImmutableArray<IndexedSegment> indexed, ImmutableArray<Segment> segments, ISentenceEncoder encoder)
    {
        var units = segments
            .SelectMany((segment, s) => segment.Passages.SelectMany((passage, p) => Units(s, p, passage)))
            .ToArray();
        if (units.Length == 0)
        {
            return indexed;
        }

        // One call for the whole reply: the encoder batches by length, and the shared one remembers the paragraphs
        // classification encoded, so only the sentences are new to it.
        var vectors = encoder.Encode([.. units.Select(u => u.Text)], CancellationToken.None);
        var bySegment = units.Zip(vectors)
            .ToLookup(p => p.First.Segment, p => new PassageVector(p.First.Paragraph, p.First.Start, p.First.Text.Length, p.Second));
        return [.. indexed.Select((segment, s) => bySegment.Contains(s)
            ? segment with { PassageVectors = [.. bySegment[s]], VectorModel = encoder.ModelId }
            : segment)];
    }

    private static IEnumerable<(int Segment, int Paragraph, int Start, string Text)> Units(int segment, int paragraph, Passage passage)
    {
        if (passage.IsStructure || string.IsNullOrWhiteSpace(passage.Text))
        {
            yield break;
        }

        yield return (segment, paragraph, 0, passage.Text);
        var sentences = SentenceSpans.Of(passage.Text);
        if (sentences.Count < 2)
        {
            yield break;
        }

        foreach (var (start, end) in sentences)
        {
            yield return (segment, paragraph, start, passage.Text[start..end]);
        }
    }
}
