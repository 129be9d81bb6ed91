namespace Pipeline.Reporting.Selection;

/// <summary>What a comparison's columns are.</summary>
public enum CompareBy
{
    /// <summary>One column per question: the answer status, topics and excerpts.</summary>
    Question,

    /// <summary>One column per topic: how many passages and the strongest one.</summary>
    Topic,
}
