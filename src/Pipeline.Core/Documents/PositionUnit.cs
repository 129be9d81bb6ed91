using System.Text.Json.Serialization;
using Pipeline.Core.Json;

namespace Pipeline.Core.Documents;

/// <summary>What a block's position means: a page (PDF) or only a paragraph ordinal (Word, text, e-mail).</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<PositionUnit>))]
public enum PositionUnit
{
    Page,
    ParagraphOrdinal,
}
