using System.Text.Json.Serialization;
using Pipeline.Core.Json;

namespace Pipeline.Core.Segments;

/// <summary>What a company's reply amounts to for one question.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<AnswerStatus>))]
public enum AnswerStatus
{
    Answered,
    Partial,
    Declined,
    NotAddressed,
    NoResponse,
}
