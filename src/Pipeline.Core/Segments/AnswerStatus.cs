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

    /// <summary>
    /// The company replied, but its reply is not in the index: the file failed to be read (damaged, a scan without OCR…)
    /// or the campaign records a reply and no file of it was ingested. What it said is unknown, which is neither
    /// <see cref="NoResponse"/> nor <see cref="NotAddressed"/>.
    /// </summary>
    ReplyNotIndexed,
}
