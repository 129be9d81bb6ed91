using Pipeline.Core.Topics;

namespace Pipeline.Core.Segments;

/// <summary>One paragraph of a segment: the classification unit.</summary>
/// <param name="Text">The paragraph's text.</param>
/// <param name="Page">1-based page; 0 where pages are unknown.</param>
/// <param name="BlockIndex">Index of the block it came from in <see cref="Documents.ExtractedDocument.Blocks"/>.</param>
public sealed record Passage(string Text, int Page, int BlockIndex)
{
    /// <summary>The page the paragraph continues on past a page break; 0 when none (see <see cref="Documents.Block.ContinuedOnPage"/>).</summary>
    public int ContinuedOnPage { get; init; }

    /// <summary>Classified topic; null until classification ran.</summary>
    public Topic? Topic { get; init; }

    /// <summary>The classifier's probability for <see cref="Topic"/>.</summary>
    public double TopicScore { get; init; }

    /// <summary>An answer (the default), or structure: a bare label or a restated question, which is never classified.</summary>
    public PassageRole Role { get; init; }

    /// <summary>True for a label or a restated question: part of the reply's layout, not of what the company said.</summary>
    public bool IsStructure => Role != PassageRole.Answer;
}
