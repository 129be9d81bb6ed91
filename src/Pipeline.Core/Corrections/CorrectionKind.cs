using System.Text.Json.Serialization;
using Pipeline.Core.Json;

namespace Pipeline.Core.Corrections;

/// <summary>What a researcher's correction changes.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<CorrectionKind>))]
public enum CorrectionKind
{
    /// <summary>One passage of a reply, anchored by its text: its question(s), its topic, or "not an answer".</summary>
    Passage,

    /// <summary>The answer status of a company × question cell.</summary>
    Status,

    /// <summary>Which company a whole reply is from.</summary>
    Company,

    /// <summary>
    /// One item of the commitments ledger, anchored by its quoted text within the reply: rejected (kind none), or its
    /// kind, deadline or condition fixed. Applied when the ledger is derived, so no reply is indexed again.
    /// </summary>
    Statement,
}
