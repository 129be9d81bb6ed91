using System.Text.Json.Serialization;
using Pipeline.Core.Json;

namespace Pipeline.Core.Archive;

/// <summary>How a question of the later campaign was paired with the earlier campaign's.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<MatchedBy>))]
public enum MatchedBy
{
    /// <summary>The campaign file says it repeats that question (<c>same_as:</c>).</summary>
    SameAs,

    /// <summary>No mapping: the earlier questions that ask about the same topic (and that no other question repeats).</summary>
    Topic,

    /// <summary>Nothing earlier asks about it.</summary>
    NewQuestion,
}
