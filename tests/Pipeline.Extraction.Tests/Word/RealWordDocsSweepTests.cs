using Pipeline.Core.Documents;
using Pipeline.Core.Errors;
using Pipeline.Extraction.Conversion;
using Pipeline.Extraction.Tests.Fixtures;
using Pipeline.Testing;

namespace Pipeline.Extraction.Tests.Word;

/// <summary>Every Word-family file in ../shared/real-docs/docx: extracted with body text, or refused with the expected typed error.</summary>
public sealed class RealWordDocsSweepTests
{
    private static readonly string[] Extensions = [".docx", ".docm", ".doc", ".rtf"];

    /// <summary>Known-bad files and the error each must give.</summary>
    private static readonly Dictionary<string, ErrorCode> ExpectedErrors = new(StringComparer.Ordinal)
    {
        ["testWORD_truncated.docx"] = ErrorCode.Truncated,
        ["document-with-password.docx"] = ErrorCode.Encrypted,
        ["testWordPerfect_42.doc"] = ErrorCode.WrongFormat,
    };

    /// <summary>Files whose final text is empty in Word too: everything deleted in tracked changes, a chart, a header image, a checkbox field.</summary>
    private static readonly HashSet<string> WithoutBodyText = new(StringComparer.Ordinal)
    {
        "Comment020.docx", "Of16-09-UnknownElement.docx", "headerPic.docx", "separator_missing.docx",
    };

    private static readonly DocumentExtractor Extractor = DocumentExtractor.CreateDefault();

    private static bool NeedsLibreOffice(string name) => Path.GetExtension(name) is ".doc" or ".rtf";

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        var folder = RepoPaths.RealDocs is { } root ? Path.Combine(root, "docx") : null;
        if (folder is null || !Directory.Exists(folder))
        {
            data.Add("(real-docs absent)");
            return data;
        }

        foreach (var file in Directory.EnumerateFiles(folder).Where(f => Extensions.Contains(Path.GetExtension(f))).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [RealDocsTheory]
    [MemberData(nameof(Files))]
    public void RealFile_IsExtractedOrRefusedWithItsExpectedError(string name)
    {
        // Given a real-world Word-family file
        var path = Path.Combine(RepoPaths.RealDocs!, "docx", name);

        // When
        var result = Extractor.ExtractFile(path);

        // Then
        if (ExpectedErrors.TryGetValue(name, out var code))
        {
            Assert.Equal(code, result.Error?.Code);
            return;
        }

        if (NeedsLibreOffice(name) && LibreOfficeConverter.FromPath().Executable is null)
        {
            // Without LibreOffice a legacy file is refused clearly, not half-read.
            Assert.Equal(ErrorCode.ConverterMissing, result.Error?.Code);
            return;
        }

        Assert.True(result.Succeeded, result.Error?.ToString());
        var document = result.Document!;
        Assert.Equal(PositionUnit.ParagraphOrdinal, document.Positions);
        if (WithoutBodyText.Contains(name))
        {
            Assert.Empty(document.Body);
            Assert.Contains(document.Warnings, w => w.Code == "docx.no-text");
        }
        else
        {
            Assert.NotEmpty(document.Body);
            Assert.All(document.Blocks, b => Assert.False(string.IsNullOrWhiteSpace(b.Text)));
        }
    }

    [RealDocsFact]
    public void NumberedList_LabelsMatchWhatWordShows()
    {
        // Given Tika's multi-level list test document (labels checked against LibreOffice's rendering and Tika's expectations of Word)
        var document = Extract("testWORD_numbered_list.docx");

        // When
        var lines = document.Body.Select(b => b.DisplayText).ToList();

        // Then
        string[] expected =
        [
            "1) This", "a) Is", "i) A multi", "ii) Level", "iii) List", "2) foo", "i) bar", "ii) baz", "I. yet", "a) another", "i) list", "ii) foo", "II. bar",
            "a) baz", "(1) baq", "6. six", "7. seven", "a. seven a", "e. seven e", "f. seven f", "1. list 1", "2. list 2", "A. A", "i. A i", "ii. A ii",
            "a. A ii a", "b. A ii b", "2. A ii 2", "3. page break list 3", "Some-α-CrazyFormat Greek numbering with crazy format - alpha",
            "1. 1", "1.1.1. 1.1.1", "1.1. 1.2->1.1 //set the value to 1 and “start new list”", "1.2. 1.3 -> 1.2", "2. 2.", "2.1. 2.1",
        ];
        Assert.Equal(expected, expected.Where(lines.Contains));
        Assert.Equal("1. Within cell 1\na. Cell a\nb. Cell b", document.Body.Single(b => b.Cell is { Column: 1 }).DisplayText);
    }

    [RealDocsFact]
    public void OverrideListNumbering_EveryLabelEqualsTheTextWordShows()
    {
        // Given Tika's override/restart test document, whose list paragraphs each repeat the label Word displays
        var items = Extract("testWORD_override_list_numbering.docx").Body.Where(b => b.Kind == BlockKind.ListItem && b.Text != "·").ToList();

        // Then: 43 numbered paragraphs (44 with the bullet), each label as Word shows it (ordinal, skipped levels, lvlRestart, isLgl, format overrides, decimalZero)
        Assert.Equal(43, items.Count);
        Assert.All(items, b => Assert.Equal(b.Text, b.ListLabel));
    }

    [ToolFact("soffice", NeedsRealDocs = true)]
    public void LegacyDoc_IsConvertedWithItsListLabels()
    {
        // Given the .doc version of the numbered-list document
        var result = Extractor.ExtractFile(Path.Combine(RepoPaths.RealDocs!, "docx", "testWORD_numbered_list.doc"));

        // Then
        var lines = result.Document!.Body.Select(b => b.DisplayText).ToList();
        Assert.Equal(SourceFormat.Doc, result.Document.Format);
        Assert.Contains("1) This", lines);
        Assert.Contains("II. bar", lines);
    }

    private static ExtractedDocument Extract(string name)
    {
        var result = Extractor.ExtractFile(Path.Combine(RepoPaths.RealDocs!, "docx", name));
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result.Document!;
    }
}
