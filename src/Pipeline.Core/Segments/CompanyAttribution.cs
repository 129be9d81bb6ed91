using System.Text.Json.Serialization;
using Pipeline.Core.Json;

namespace Pipeline.Core.Segments;

/// <summary>Who a reply is from, and how that was decided.</summary>
/// <param name="Name">The campaign's name for the company, or the name found when unlisted; null when undetermined.</param>
/// <param name="Source">What decided it.</param>
/// <param name="Listed">False when the company is not on the campaign's list (a subsidiary, a late addition).</param>
public sealed record CompanyAttribution(string? Name, AttributionSource Source, bool Listed)
{
    public static CompanyAttribution Unknown { get; } = new(null, AttributionSource.Undetermined, false);

    public bool IsKnown => Name is not null;
}

[JsonConverter(typeof(SnakeCaseEnumConverter<AttributionSource>))]
public enum AttributionSource
{
    Manifest,
    FileName,
    Folder,
    Letter,
    CommandLine,
    Undetermined,

    /// <summary>A researcher's correction (<c>corrections.jsonl</c>), which outranks everything else.</summary>
    Correction,
}
