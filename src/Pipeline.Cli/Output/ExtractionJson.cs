using System.Text.Json.Serialization;
using Pipeline.Core.Documents;
using Pipeline.Core.Errors;

namespace Pipeline.Cli.Output;

/// <summary>The JSON shape of one extracted file: <c>{"source", "document", "blocks", "error"}</c>; block fields left at their defaults are omitted.</summary>
internal sealed record ExtractionJson(string Source, ExtractionJson.DocumentJson? Document, IReadOnlyList<ExtractionJson.BlockJson> Blocks, ExtractionJson.ErrorJson? Error)
{
    public static ExtractionJson From(ExtractionResult result)
    {
        if (result.Document is not { } document)
        {
            return new ExtractionJson(result.Source, null, [], result.Error is { } e ? new ErrorJson(e.Code, e.Message) : null);
        }

        return new ExtractionJson(result.Source, Describe(document), [.. document.Blocks.Select(BlockJson.From)], null);
    }

    /// <summary>The <c>document</c> object: id, source, format, pages, positions, language, metadata, warnings, attachments.</summary>
    public static DocumentJson Describe(ExtractedDocument document)
    {
        var attachments = document.Attachments.IsDefaultOrEmpty ? null : document.Attachments.Select(From).ToList();
        return new DocumentJson(document.Id, document.Source, document.Format, document.Pages, document.Positions, document.Language, document.Metadata, document.Warnings, attachments);
    }

    internal sealed record DocumentJson(
        string Id,
        string Source,
        SourceFormat Format,
        int Pages,
        PositionUnit Positions,
        string? Language,
        IReadOnlyDictionary<string, string> Metadata,
        IReadOnlyList<Diagnostic> Warnings,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ExtractionJson>? Attachments);

    internal sealed record ErrorJson(ErrorCode Code, string Message);

    internal sealed record BlockJson(int Index, BlockKind Kind, string Text, int Page, double[]? Bbox)
    {
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
        public int Ordinal { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? ListLabel { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
        public int ListLevel { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
        public int HeadingLevel { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? RunIn { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public TableCellPosition? Cell { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
        public int ContinuedOnPage { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
        public bool IsOcr { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
        public bool IsRightToLeft { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public IReadOnlyList<string>? Notes { get; init; }

        public static BlockJson From(Block block) => new(block.Index, block.Kind, block.Text, block.Page, block.Box?.ToArray())
        {
            Ordinal = block.Ordinal,
            ListLabel = block.ListLabel,
            ListLevel = block.ListLevel,
            HeadingLevel = block.HeadingLevel,
            RunIn = block.RunIn,
            Cell = block.Cell,
            ContinuedOnPage = block.ContinuedOnPage,
            IsOcr = block.IsOcr,
            IsRightToLeft = block.IsRightToLeft,
            Notes = block.Notes.IsDefaultOrEmpty ? null : block.Notes,
        };
    }
}
