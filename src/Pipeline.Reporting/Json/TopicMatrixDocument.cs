using System.Collections.Immutable;

namespace Pipeline.Reporting.Json;

/// <summary>The by-topic JSON document; its shape is documented in the project's README.</summary>
internal sealed record TopicMatrixDocument(
    JsonCampaign Campaign,
    string By,
    DateTimeOffset GeneratedAt,
    ImmutableArray<JsonCompany> Companies,
    ImmutableArray<JsonTopic> Topics,
    ImmutableArray<JsonTopicCell> Cells);
