using System.Text.Json.Serialization;
using Pipeline.Core.Json;

namespace Pipeline.Core.Commitments;

/// <summary>What a sentence of a reply does for a follow-up: promises, states a fact about the company's conduct, refuses, or none of these.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<StatementKind>))]
public enum StatementKind
{
    /// <summary>Courtesy, beliefs, descriptions of the law, restated questions: nothing to follow up.</summary>
    None,

    /// <summary>A future action of substance the company takes on ("we will publish …", "nous nous engageons à …").</summary>
    Commitment,

    /// <summary>A factual statement about the company's own conduct: past actions, numbers, audits, policies adopted.</summary>
    Claim,

    /// <summary>The company declines to disclose, share or comment.</summary>
    Refusal,
}
