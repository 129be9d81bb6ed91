using System.Collections.Immutable;
using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Pipeline.Core.Documents;
using Pipeline.Core.Errors;
using Pipeline.Extraction.Text;

namespace Pipeline.Extraction.Word;

/// <summary>
/// Turns an opened WordprocessingML package into an <see cref="ExtractedDocument"/>: the body's blocks in document
/// order, then the running headers and footers (kind Header/Footer, out of the body; their text also in
/// <see cref="ExtractedDocument.Metadata"/> "header"/"footer"), core properties as metadata.
/// </summary>
internal static class DocxReader
{
    public static ExtractedDocument Read(WordprocessingDocument package, ExtractionInput input, SourceFormat format, CancellationToken cancellationToken)
    {
        var main = package.MainDocumentPart
            ?? throw new PipelineException(ErrorCode.Damaged, input.Path, "the package has no main document part (word/document.xml)");
        var body = main.Document?.Body
            ?? throw new PipelineException(ErrorCode.Damaged, input.Path, "the main document has no body");

        var styles = new WordStyles(main.StyleDefinitionsPart?.Styles);
        var numbering = new NumberingDefinitions(main.NumberingDefinitionsPart?.Numbering, styles);
        var blocks = new BlockCollector();
        var warnings = new List<Diagnostic>();
        var context = new StoryContext(styles, numbering, blocks, warnings, new AltChunkReader(main, blocks, warnings), cancellationToken);
        var notes = new NoteCatalog(main, note => new StoryWalker(context, runningKind: null, notes: null).ReadAsText(note));

        new StoryWalker(context, runningKind: null, notes).Walk(body);
        if (blocks.Count == 0)
        {
            warnings.Add(Diagnostic.Warning("docx.no-text", "the document body has no visible text"));
        }

        var metadata = ImmutableDictionary.CreateBuilder<string, string>();
        ReadRunning(main, body, context, metadata);
        ReadProperties(package, metadata, warnings);
        return new ExtractedDocument(input.DocumentId, input.Path, format, 0, blocks.ToImmutable(), [.. warnings])
        {
            Positions = PositionUnit.ParagraphOrdinal,
            Metadata = metadata.ToImmutable(),
        };
    }

    /// <summary>Headers then footers, each part once, in the order sections reference them.</summary>
    private static void ReadRunning(MainDocumentPart main, Body body, StoryContext context, ImmutableDictionary<string, string>.Builder metadata)
    {
        var headers = new List<HeaderPart>();
        var footers = new List<FooterPart>();
        foreach (var section in body.Descendants<SectionProperties>())
        {
            foreach (var reference in section.Elements<HeaderFooterReferenceType>())
            {
                if (reference.Id?.Value is { } id && main.TryGetPartById(id, out var part))
                {
                    AddOnce(headers, part as HeaderPart);
                    AddOnce(footers, part as FooterPart);
                }
            }
        }

        AddStories(context, BlockKind.Header, headers.Select(h => (DocumentFormat.OpenXml.OpenXmlElement?)h.Header), "header", metadata);
        AddStories(context, BlockKind.Footer, footers.Select(f => (DocumentFormat.OpenXml.OpenXmlElement?)f.Footer), "footer", metadata);
    }

    private static void AddOnce<T>(List<T> parts, T? part)
        where T : OpenXmlPart
    {
        if (part is not null && !parts.Contains(part))
        {
            parts.Add(part);
        }
    }

    private static void AddStories(StoryContext context, BlockKind kind, IEnumerable<DocumentFormat.OpenXml.OpenXmlElement?> roots, string key, ImmutableDictionary<string, string>.Builder metadata)
    {
        var first = context.Blocks.Count;
        foreach (var root in roots)
        {
            if (root is not null)
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

    private static void ReadProperties(WordprocessingDocument package, ImmutableDictionary<string, string>.Builder metadata, List<Diagnostic> warnings)
    {
        try
        {
            var properties = package.PackageProperties;
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
