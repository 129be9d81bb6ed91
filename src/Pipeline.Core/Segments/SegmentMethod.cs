using System.Text.Json.Serialization;
using Pipeline.Core.Json;

namespace Pipeline.Core.Segments;

/// <summary>What tied a segment to its question(s).</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<SegmentMethod>))]
public enum SegmentMethod
{
    /// <summary>An explicit question marker ("2(b)", "Question 1a:", an auto-numbered label).</summary>
    Marker,

    /// <summary>The question restated before the answer, matched against the questionnaire's text.</summary>
    Restated,

    /// <summary>A question | answer table.</summary>
    Table,

    /// <summary>Routed by its classified topic to the question expecting that topic.</summary>
    Topic,

    /// <summary>Nothing tied it to a question; it stays general.</summary>
    None,
}
