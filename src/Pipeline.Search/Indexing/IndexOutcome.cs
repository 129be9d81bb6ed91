namespace Pipeline.Search.Indexing;

/// <summary>What indexing one reply did.</summary>
public enum IndexOutcome
{
    /// <summary>The file was not indexed under this campaign before.</summary>
    Added,

    /// <summary>The file was indexed with other content; its old segments were replaced.</summary>
    Replaced,

    /// <summary>The file is already indexed with the same content hash; nothing was written.</summary>
    Unchanged,
}
