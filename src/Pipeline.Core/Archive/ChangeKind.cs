using System.Text.Json.Serialization;
using Pipeline.Core.Json;

namespace Pipeline.Core.Archive;

/// <summary>What became of a paragraph between two versions of an answer.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<ChangeKind>))]
public enum ChangeKind
{
    /// <summary>The same words in the same order (reflowed, re-paginated or re-hyphenated text included).</summary>
    Unchanged,

    /// <summary>The same paragraph with words changed, added, removed or sentences reordered.</summary>
    Edited,

    /// <summary>Only in the later version.</summary>
    New,

    /// <summary>Only in the earlier version.</summary>
    Dropped,
}
