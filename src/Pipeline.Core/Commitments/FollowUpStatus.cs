using System.Text.Json.Serialization;
using Pipeline.Core.Json;

namespace Pipeline.Core.Commitments;

/// <summary>Where a commitment stands, as a researcher judged it when following it up.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<FollowUpStatus>))]
public enum FollowUpStatus
{
    /// <summary>Not yet checked, or not yet due: the default of every item.</summary>
    Open,
    Fulfilled,
    Broken,
    Unclear,
}
