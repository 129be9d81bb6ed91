namespace Pipeline.ScaleBenchmarks;

/// <summary>A generated reply letter: who it is from, its opening lines, and its paragraphs in reading order (marker lines included).</summary>
internal sealed record Letter(string Company, IReadOnlyList<string> Heading, IReadOnlyList<string> Paragraphs)
{
    /// <summary>Every line of the letter as plain text, paragraphs separated by a blank line.</summary>
    public string ToPlainText() => string.Join("\n\n", Heading.Concat(Paragraphs)) + "\n";

    public int Words => Heading.Concat(Paragraphs).Sum(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
}
