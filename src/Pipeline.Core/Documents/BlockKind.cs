using System.Text.Json.Serialization;
using Pipeline.Core.Json;

namespace Pipeline.Core.Documents;

/// <summary>What a block is on the page. Header, footer and page number blocks are not part of the body.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<BlockKind>))]
public enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    TableCell,
    Header,
    Footer,
    PageNumber,
}
