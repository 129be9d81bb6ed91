using System.Collections.Immutable;

namespace Pipeline.DemoCorpus.Model;

/// <summary>One row of a question | answer table: the left cell, and the answer's paragraphs in the right cell.</summary>
internal sealed record TableRowBlock(string Left, Annotation LeftNote, string LeftKind, ImmutableArray<string> Answer, Annotation AnswerNote)
{
    /// <summary>A header row: both cells bold, both labelled general.</summary>
    public bool IsHeader { get; init; }
}
