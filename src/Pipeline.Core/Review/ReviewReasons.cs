using System.Text.Json.Serialization;
using Pipeline.Core.Json;

namespace Pipeline.Core.Review;

/// <summary>Why an answer is put before a researcher first (<see cref="ReviewPolicy"/>).</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<ReviewReason>))]
public enum ReviewReason
{
    /// <summary>The tie to its question(s) is less sure than <see cref="ReviewPolicy.AttributionThreshold"/>.</summary>
    LowAttribution,

    /// <summary>The classifier gave its topic less than <see cref="ReviewPolicy.TopicThreshold"/>.</summary>
    LowTopic,

    /// <summary>Text kept general (answering no question) that the classifier reads as about a due-diligence topic: perhaps a missed answer.</summary>
    UnroutedContent,
}
