namespace Pipeline.Extraction.Word;

/// <summary>One level (<c>w:lvl</c>) of a list definition.</summary>
/// <param name="Start">First number (<c>w:start</c>; 0 when absent, as Word does).</param>
/// <param name="Format">Number format name (<c>w:numFmt</c>: decimal, lowerLetter, bullet…).</param>
/// <param name="Text">Label pattern (<c>w:lvlText</c>), e.g. "%1.%2" or "(%1)"; null when absent.</param>
/// <param name="IsLegal">Render every number in the label as decimal (<c>w:isLgl</c>).</param>
/// <param name="Restart">1-based level whose use restarts this one (<c>w:lvlRestart</c>; 0 never; null = any higher level).</param>
/// <param name="ParagraphStyleId">Paragraph style tied to this level (<c>w:pStyle</c>).</param>
internal sealed record ListLevelDefinition(int Start, string Format, string? Text, bool IsLegal, int? Restart, string? ParagraphStyleId)
{
    public static ListLevelDefinition Default { get; } = new(0, "decimal", null, false, null, null);

    /// <summary>The sample sequence of a Word 2010 <c>custom</c> format (<c>w:format</c>), e.g. "001, 002, 003, ...".</summary>
    public string? CustomFormat { get; init; }

    public bool IsBullet => Format is "bullet";

    /// <summary>Whether using <paramref name="usedLevel"/> (0-based, above this one) restarts this level's count.</summary>
    public bool RestartsAfter(int usedLevel) => Restart switch
    {
        null => true,
        0 => false,
        var level => usedLevel < level,
    };
}
