using System.Text.Json.Serialization;
using Pipeline.Core.Json;

namespace Pipeline.Core.Archive;

/// <summary>Where a reused passage comes from.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<ReuseKind>))]
public enum ReuseKind
{
    /// <summary>Two companies sent the same text.</summary>
    CrossCompany,

    /// <summary>A company repeated what it sent to an earlier campaign.</summary>
    OwnEarlier,

    /// <summary>A reply repeats a reference document (a public policy, a trade-association template).</summary>
    Reference,
}
