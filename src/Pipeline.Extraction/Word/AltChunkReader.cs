using AngleSharp.Html.Parser;
using Pipeline.Core.Documents;
using Pipeline.Extraction.Html;
using Pipeline.Extraction.Text;
using Pipeline.Extraction.Word.Xml;

namespace Pipeline.Extraction.Word;

/// <summary>
/// Reads <c>w:altChunk</c> imports where they sit: Word shows an imported HTML or plain-text part as if it were part of
/// the body, so its text is read as blocks; other imported formats (RTF, MHT, nested DOCX) are reported and skipped.
/// </summary>
internal sealed class AltChunkReader(WordPackage package, BlockCollector blocks, List<Diagnostic> warnings)
{
    public void Read(WordElement altChunk, BlockKind? runningKind)
    {
        if (altChunk.Attribute(WordAttribute.RelationshipId) is not { } id || !package.TryGetPart(id, out var part, out _))
        {
            warnings.Add(Diagnostic.Warning("docx.altchunk-missing", "an imported chunk (altChunk) points to a part that does not exist"));
            return;
        }

        var contentType = part.ContentType;
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        var target = runningKind is null ? blocks : new BlockCollector();
        if (contentType.Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            using var document = new HtmlParser().ParseDocument(stream);
            HtmlBlockReader.Read(document, target);
        }
        else if (contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            using var reader = new StreamReader(stream);
            PlainTextReader.Read(reader.ReadToEnd(), target);
        }
        else
        {
            warnings.Add(Diagnostic.Warning("docx.altchunk-skipped", $"an imported chunk of type '{contentType}' is not read"));
            return;
        }

        if (runningKind is { } kind)
        {
            blocks.AddRange(target.ToImmutable().Select(b => b with { Kind = kind, Cell = null, ListLabel = null }));
        }
    }
}
