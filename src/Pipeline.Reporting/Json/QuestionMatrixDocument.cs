using System.Collections.Immutable;

namespace Pipeline.Reporting.Json;

/// <summary>The by-question JSON document; its shape is documented in the project's README.</summary>
internal sealed record QuestionMatrixDocument(
    JsonCampaign Campaign,
    string By,
    DateTimeOffset GeneratedAt,
    ImmutableArray<JsonCompany> Companies,
    ImmutableArray<JsonQuestion> Questions,
    ImmutableArray<JsonQuestionCell> Cells);
