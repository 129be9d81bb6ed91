using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Segments;

namespace Pipeline.Segmentation;

/// <summary>A segment being collected, paragraph by paragraph.</summary>
internal sealed class SegmentDraft(ImmutableArray<QuestionId> questions, SegmentMethod method, double confidence)
{
    private readonly List<Passage> _passages = [];

    public static SegmentDraft General() => new([QuestionId.General], SegmentMethod.None, 0);

    public bool IsGeneral => questions.Length == 1 && questions[0].IsGeneral;

    public bool IsEmpty => _passages.Count == 0;

    /// <summary>How the segment was opened.</summary>
    public SegmentMethod Method => method;

    /// <summary>How sure the tie is.</summary>
    public double Confidence => confidence;

    /// <summary>Started by a heading that restates a question: the letter is structured by headings.</summary>
    public bool StartedByHeading { get; init; }

    /// <summary>Whether anything but headings has been added: a heading right after a heading (the same title in a second language) belongs to the same section.</summary>
    public bool HasContent { get; private set; }

    public void Add(Passage passage, bool isHeading = false)
    {
        _passages.Add(passage);
        HasContent |= !isHeading;
    }

    public Segment ToSegment(string documentId) => new(documentId, questions, method, confidence, [.. _passages]);
}
