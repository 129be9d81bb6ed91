namespace Pipeline.TextReuse;

/// <summary>What happened to a run of words between two versions of a passage.</summary>
public enum EditKind
{
    Same,
    Inserted,
    Deleted,
}
