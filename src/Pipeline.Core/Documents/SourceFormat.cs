using System.Text.Json.Serialization;
using Pipeline.Core.Json;

namespace Pipeline.Core.Documents;

/// <summary>The file format a reply arrived in.</summary>
[JsonConverter(typeof(LowerCaseEnumConverter<SourceFormat>))]
public enum SourceFormat
{
    Unknown,
    Pdf,
    Docx,
    Doc,
    Rtf,
    Odt,
    Text,
    Markdown,
    Html,
    Eml,
}
