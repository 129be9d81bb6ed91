using System.Text.Json.Serialization;
using Pipeline.Core.Json;

namespace Pipeline.Core.Campaigns;

/// <summary>Whether a company approached in a campaign replied.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<ResponseStatus>))]
public enum ResponseStatus
{
    Responded,
    NoResponse,
    Declined,
}
