using Pipeline.Core.Topics;

namespace Pipeline.Reporting.Formatting;

/// <summary>Human names for topics.</summary>
public static class TopicText
{
    /// <summary>"Grievance mechanism" for grievance_mechanism.</summary>
    public static string Title(this Topic topic)
    {
        var words = topic.ToLabel().Replace('_', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }
}
