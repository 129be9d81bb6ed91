using System.Collections.Immutable;
using Pipeline.Core.Segments;
using Pipeline.Embeddings;

namespace Pipeline.Search.Indexing;

/// <summary>Gives each segment of a reply the vectors of its answer paragraphs (labels and restated questions get none, as they get no search).</summary>
internal static class PassageVectors
{
    public static ImmutableArray<IndexedSegment> Add(ImmutableArray<IndexedSegment> indexed, ImmutableArray<Segment> segments, ISentenceEncoder encoder)
    {
        var answers = segments
            .SelectMany((segment, s) => segment.Passages.Select((passage, p) => (Segment: s, Paragraph: p, passage.Text, passage.IsStructure)))
            .Where(p => !p.IsStructure && !string.IsNullOrWhiteSpace(p.Text))
            .ToArray();
        if (answers.Length == 0)
        {
            return indexed;
        }

        // One call for the whole reply: the encoder batches by length, and the shared one remembers what classification encoded.
        var vectors = encoder.Encode([.. answers.Select(a => a.Text)], CancellationToken.None);
        var bySegment = answers.Zip(vectors)
            .ToLookup(p => p.First.Segment, p => new PassageVector(p.First.Paragraph, p.Second));
        return [.. indexed.Select((segment, s) => bySegment.Contains(s)
            ? segment with { PassageVectors = [.. bySegment[s]], VectorModel = encoder.ModelId }
            : segment)];
    }
}
