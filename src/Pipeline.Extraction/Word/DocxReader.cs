using System.Collections.Immutable;
using System.Globalization;
using System.IO.Packaging;
using Pipeline.Core.Documents;
using Pipeline.Core.Errors;
using Pipeline.Extraction.Text;
using Pipeline.Extraction.Word.Xml;

namespace Pipeline.Extraction.Word;

/// <summary>
/// Turns an opened WordprocessingML package into an <see cref="ExtractedDocument"/>: the body's blocks in document
/// order, then the running headers and footers (kind Header/Footer, out of the body; their text also in
/// <see cref="ExtractedDocument.Metadata"/> "header"/"footer"), core properties as metadata.
/// </summary>
internal static class DocxReader
{
    public static ExtractedDocument Read(WordPackage package, ExtractionInput input, SourceFormat format, CancellationToken cancellationToken)
    {
        var body = package.Document().Root.Child(WordName.Body);
        if (!body.Exists)
        {
            throw new PipelineException(ErrorCode.Damaged, input.Path, "the main document has no body");
        }

        var styles = new WordStyles(package.Related("styles", WordName.Styles)?.Root ?? WordElement.None);
        var numbering = new NumberingDefinitions(package.Related("numbering", WordName.Numbering)?.Root ?? WordElement.None, styles);
        var blocks = new BlockCollector();
        var warnings = new List<Diagnostic>();
        var context = new StoryContext(styles, numbering, blocks, warnings, new AltChunkReader(package, blocks, warnings), cancellationToken);
        var notes = new NoteCatalog(
            package.Related("footnotes", WordName.Footnotes)?.Root ?? WordElement.None,
            package.Related("endnotes", WordName.Endnotes)?.Root ?? WordElement.None,
            note => new StoryWalker(context, runningKind: null, notes: null).ReadAsText(note));

        new StoryWalker(context, runningKind: null, notes).Walk(body);
        if (blocks.Count == 0)
        {
            warnings.Add(Diagnostic.Warning("docx.no-text", "the document body has no visible text"));
        }

        var metadata = ImmutableDictionary.CreateBuilder<string, string>();
        ReadRunning(package, body, context, metadata);
        ReadProperties(package, metadata, warnings);
        return new ExtractedDocument(input.DocumentId, input.Path, format, 0, blocks.ToImmutable(), [.. warnings])
        {
            Positions = PositionUnit.ParagraphOrdinal,
            Metadata = metadata.ToImmutable(),
        };
    }

    /// <summary>Headers then footers, each part once, in the order sections reference them.</summary>
    private static void ReadRunning(WordPackage package, WordElement body, StoryContext context, ImmutableDictionary<string, string>.Builder metadata)
    {
        var headers = new List<PackagePart>();
        var footers = new List<PackagePart>();
        foreach (var section in SectionProperties(body))
        {
            foreach (var reference in section.Children)
            {
                if (reference.Name is WordName.HeaderReference or WordName.FooterReference
                    && reference.Attribute(WordAttribute.RelationshipId) is { } id
                    && package.TryGetPart(id, out var part, out var type))
                {
                    AddOnce(type == "header" ? headers : type == "footer" ? footers : null, part);
                }
            }
        }

        AddStories(package, context, BlockKind.Header, headers, "header", metadata);
        AddStories(package, context, BlockKind.Footer, footers, "footer", metadata);
    }

    /// <summary>Every <c>w:sectPr</c> of the body in document order, except the previous properties a tracked change keeps.</summary>
    private static IEnumerable<WordElement> SectionProperties(WordElement body) =>
        body.Descendants(WordName.SectionProperties, notInside: WordName.SectionPropertiesChange);

    private static void AddOnce(List<PackagePart>? parts, PackagePart part)
    {
        if (parts is not null && !parts.Contains(part))
        {
            parts.Add(part);
        }
    }

    private static void AddStories(WordPackage package, StoryContext context, BlockKind kind, List<PackagePart> parts, string key, ImmutableDictionary<string, string>.Builder metadata)
    {
        var first = context.Blocks.Count;
        foreach (var part in parts)
        {
            var root = package.Load(part, kind == BlockKind.Header ? WordName.Header : WordName.Footer).Root;
            if (root.Exists)
            {
                new StoryWalker(context, kind, notes: null).Walk(root);
            }
        }

        var texts = context.Blocks.ToImmutable().Skip(first).Select(b => b.Text).Distinct(StringComparer.Ordinal).ToList();
        if (texts.Count > 0)
        {
            metadata[key] = string.Join("\n", texts);
        }
    }

    private static void ReadProperties(WordPackage package, ImmutableDictionary<string, string>.Builder metadata, List<Diagnostic> warnings)
    {
        try
        {
            var properties = package.Properties;
            Set(metadata, "title", properties.Title);
            Set(metadata, "author", properties.Creator);
            Set(metadata, "subject", properties.Subject);
            Set(metadata, "created", properties.Created?.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture));
            Set(metadata, "modified", properties.Modified?.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture));
        }
        catch (Exception ex) when (ex is System.Xml.XmlException or InvalidOperationException or FormatException or IOException)
        {
            warnings.Add(Diagnostic.Warning("docx.bad-properties", $"the document properties (docProps/core.xml) are unreadable: {ex.Message}"));
        }
    }

    private static void Set(ImmutableDictionary<string, string>.Builder metadata, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            metadata[key] = value.Trim();
        }
    }
}
