namespace Pipeline.Commitments.Sentences;

/// <summary>One sentence of a passage: where it starts and how long it is, so that its text is always the passage's own.</summary>
/// <param name="Start">Offset in the passage, UTF-16 code units.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
internal readonly record struct SentenceSpan(int Start, int Length)
{
    public string Of(string passage) => passage.Substring(Start, Length);
}
