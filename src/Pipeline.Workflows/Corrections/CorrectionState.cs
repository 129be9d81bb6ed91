using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Pipeline.Core.Corrections;
using Pipeline.Core.Json;

namespace Pipeline.Workflows.Corrections;

/// <summary>Where a correction stands against the index.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<CorrectionStanding>))]
public enum CorrectionStanding
{
    /// <summary>The index shows the corrected reading.</summary>
    Applied,

    /// <summary>It designates something that exists, but the index predates it: the next ingest applies it.</summary>
    Pending,

    /// <summary>What it designates is gone (the passage's text, the reply, the question or company): it changes nothing until fixed or undone.</summary>
    Orphaned,

    /// <summary>Its anchor matches several passages: it changes nothing until its text is made longer.</summary>
    Ambiguous,
}

/// <summary>A correction and where it stands, with why and, for an ambiguous or orphaned anchor, the passages it could mean.</summary>
public sealed record CorrectionState(Correction Correction, CorrectionStanding Standing, string Detail)
{
    public ImmutableArray<string> Candidates { get; init; } = [];
}
