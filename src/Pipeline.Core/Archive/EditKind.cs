using System.Text.Json.Serialization;
using Pipeline.Core.Json;

namespace Pipeline.Core.Archive;

/// <summary>What happened to a run of words between two versions of a passage.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<EditKind>))]
public enum EditKind
{
    Same,
    Inserted,
    Deleted,
}
