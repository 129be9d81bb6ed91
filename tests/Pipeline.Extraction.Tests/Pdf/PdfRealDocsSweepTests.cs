using Pipeline.Core.Documents;
using Pipeline.Core.Errors;
using Pipeline.Testing;

namespace Pipeline.Extraction.Tests.Pdf;

/// <summary>Every PDF in ../shared/real-docs/pdf either extracts or fails with a typed error, within the time limit; the known-bad ones with the expected code.</summary>
public sealed class PdfRealDocsSweepTests
{
    // OCR off keeps the sweep quick; pages without text must then say so in a warning.
    private static readonly ExtractionOptions Options = new() { Ocr = false, Timeout = TimeSpan.FromSeconds(60) };

    private static readonly Dictionary<string, ErrorCode> ExpectedFailures = new(StringComparer.Ordinal)
    {
        ["zero-byte.pdf"] = ErrorCode.EmptyFile,
        ["bad1.pdf"] = ErrorCode.WrongFormat,
        ["issue-335b.pdf"] = ErrorCode.WrongFormat,
        ["issue-141a.pdf"] = ErrorCode.WrongFormat,
        ["bug1020226.pdf"] = ErrorCode.Truncated,
        ["truncated-50pct-PMC2132516.pdf"] = ErrorCode.Truncated,
        ["Brotli-Prototype-FileA.pdf"] = ErrorCode.Damaged,
        ["issue-146.pdf"] = ErrorCode.Damaged,
        ["AES256ExposedMeta.pdf"] = ErrorCode.Encrypted,
        ["PasswordSample-40bit.pdf"] = ErrorCode.Encrypted,
        ["encrypted-password-is-password.pdf"] = ErrorCode.Encrypted,
        ["enc-XI-R6-V5-U-view-O-master.pdf"] = ErrorCode.Encrypted,
        ["saslprep-r6.pdf"] = ErrorCode.Encrypted,
    };

    // Encrypted with an empty user password: they must open without one.
    private static readonly string[] OpenWithoutPassword =
        ["enc-R3-V2-O-master.pdf", "leading-junk.pdf", "testPDF_no_extract_no_accessibility_owner_empty.pdf", "testPDF_protected.pdf"];

    public static TheoryData<string> AllPdfs()
    {
        var data = new TheoryData<string>();
        if (RepoPaths.RealDocs is { } root)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "pdf"), "*.pdf").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(file));
            }
        }
        else
        {
            data.Add("(real-docs absent)");
        }

        return data;
    }

    [RealDocsTheory]
    [MemberData(nameof(AllPdfs))]
    public void EveryPdf_ExtractsOrFailsWithATypedError(string name)
    {
        // Given
        var path = Path.Combine(RepoPaths.RealDocs!, "pdf", name);

        // When
        var result = DocumentExtractor.CreateDefault().ExtractFile(path, Options);

        // Then
        if (ExpectedFailures.TryGetValue(name, out var expected))
        {
            Assert.False(result.Succeeded, $"{name} should fail with {expected}");
            Assert.Equal(expected, result.Error!.Code);
            Assert.Contains(name, result.Error.Message, StringComparison.Ordinal);
            return;
        }

        if (name == "r4_aes_empty_string.pdf")
        {
            // It opens with the empty password, as the MANIFEST says, but its one page's encrypted data does not decrypt
            // (pdftotext finds no text in it either): the document is read, and the page is named in a warning.
            Assert.True(result.Succeeded, $"{name}: {result.Error}");
            Assert.Contains(result.Document!.Warnings, w => w is { Code: "pdf.page-undecryptable", Page: 1 });
            return;
        }

        Assert.True(result.Succeeded, $"{name}: {result.Error}");
        var document = result.Document!;
        Assert.Equal(64, document.Id.Length);
        Assert.True(document.Pages > 0);
        Assert.All(document.Blocks, b => Assert.InRange(b.Page, 1, document.Pages));
        Assert.Equal(Enumerable.Range(0, document.Blocks.Length), document.Blocks.Select(b => b.Index));

        // Never silently empty: a page without blocks is named in a warning.
        var silent = Enumerable.Range(1, document.Pages)
            .Where(p => document.Blocks.All(b => b.Page != p))
            .Where(p => !document.Warnings.Any(w => w.Page == p || w.Message.Contains($" {p}", StringComparison.Ordinal)))
            .ToList();
        Assert.Empty(silent);
    }

    [RealDocsTheory]
    [InlineData("PasswordSample-40bit.pdf", "user")]
    [InlineData("PasswordSample-40bit.pdf", "owner")]
    [InlineData("encrypted-password-is-password.pdf", "password")]
    [InlineData("enc-XI-R6-V5-U-view-O-master.pdf", "view")]
    [InlineData("saslprep-r6.pdf", "S\u00AASL\u00ADprep")]
    public void EncryptedPdf_OpensWithItsPassword(string name, string password)
    {
        // Given
        var path = Path.Combine(RepoPaths.RealDocs!, "pdf", name);

        // When
        var result = DocumentExtractor.CreateDefault().ExtractFile(path, Options with { Password = password });

        // Then
        Assert.True(result.Succeeded, result.Error?.ToString());
    }

    [RealDocsTheory]
    [MemberData(nameof(EmptyPasswordFiles))]
    public void EncryptedPdf_WithEmptyUserPassword_OpensWithoutOne(string name)
    {
        var result = DocumentExtractor.CreateDefault().ExtractFile(Path.Combine(RepoPaths.RealDocs!, "pdf", name), Options);

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.NotEmpty(result.Document!.Body);
    }

    public static TheoryData<string> EmptyPasswordFiles() => [.. OpenWithoutPassword];

    [RealDocsFact]
    public void TwoTextBoxes_AreReadLeftBoxFirst()
    {
        var document = Extract("testPDFTwoTextBoxes.pdf");

        Assert.Equal(["Left column line 1", "Left column line 2", "Right column line 1", "Right column line 2"], document.Body.Select(b => b.Text));
    }

    [RealDocsFact]
    public void Ligatures_AreExpanded()
    {
        var document = Extract("copy_paste_ligatures.pdf");

        Assert.Equal("abcdeffffiflffifflststghijklmno", Assert.Single(document.Body).Text);
    }

    [RealDocsFact]
    public void BrowserPrintout_HeaderFooterAndPageNumbers_AreRecognisedOnEveryPage()
    {
        var document = Extract("Old-Gutnish-Internet-Explorer.pdf");

        Assert.Equal(3, document.Blocks.Count(b => b.Kind == BlockKind.Header && b.Text == "Old Gutnish - Wikipedia"));
        Assert.Equal(["Page 1 of 3", "Page 2 of 3", "Page 3 of 3"], document.Blocks.Where(b => b.Kind == BlockKind.PageNumber).Select(b => b.Text));
        Assert.Equal(6, document.Blocks.Count(b => b.Kind == BlockKind.Footer));
        Assert.Equal("Old Gutnish", document.Body.First().Text);
    }

    [RealDocsFact]
    public void ArabicText_IsMarkedRightToLeft_InLogicalOrder()
    {
        var document = Extract("BidiSample.pdf");

        var arabic = document.Body.Where(b => b.IsRightToLeft).Select(b => b.Text).ToList();
        Assert.Contains("العربية العربية", arabic);
        Assert.Contains(arabic, t => t.EndsWith("(يناير) «إختبار ذاتي»", StringComparison.Ordinal));
        Assert.Contains(document.Body, b => !b.IsRightToLeft && b.Text == "A line with an Arabic العربية word embedded.");
    }

    [RealDocsFact]
    public void ScannedPage_WithoutOcr_IsNamedInAWarning()
    {
        var document = Extract("testOCR.pdf");

        Assert.Empty(document.Blocks);
        var warning = Assert.Single(document.Warnings);
        Assert.Equal("pdf.no-text-layer", warning.Code);
        Assert.Equal(1, warning.Page);
    }

    private static ExtractedDocument Extract(string name)
    {
        var result = DocumentExtractor.CreateDefault().ExtractFile(Path.Combine(RepoPaths.RealDocs!, "pdf", name), Options);
        return result.Document ?? throw new InvalidOperationException(result.Error!.ToString());
    }
}
