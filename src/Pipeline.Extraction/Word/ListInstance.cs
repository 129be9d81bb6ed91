namespace Pipeline.Extraction.Word;

/// <summary>A numbering instance (<c>w:num</c>): the shared list it counts in, and its own level overrides.</summary>
/// <param name="ListKey">Identity of the abstract list whose counters it shares (after <c>w:numStyleLink</c> resolution).</param>
/// <param name="Levels">Nine level definitions, overrides applied.</param>
/// <param name="StartOverrides">Per level, the <c>w:startOverride</c> that restarts it when this instance is first used.</param>
internal sealed record ListInstance(int ListKey, ListLevelDefinition[] Levels, int?[] StartOverrides)
{
    public const int LevelCount = 9;

    public bool HasStartOverrides => Array.Exists(StartOverrides, s => s is not null);
}
