using System.Diagnostics;
using Pipeline.Core.Documents;
using Pipeline.Extraction.Pdf.Ocr;

namespace Pipeline.Extraction.Pdf;

/// <summary>
/// Gives pages without a text layer their text by OCR, within the file's time budget, and warns (naming the pages) about
/// every page that stays without text: OCR off, tesseract missing, OCR failed or found nothing, or the time ran out.
/// </summary>
internal sealed class PageOcr(ExtractionInput input, ExtractionOptions options, Stopwatch clock)
{
    // Part of the per-file time limit OCR may use, leaving the rest for the final passes.
    private const double BudgetShare = 0.85;

    private static readonly TimeSpan MinimumPerPage = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan MaximumPerPage = TimeSpan.FromSeconds(120);

    public List<PageDraft> Apply(List<PageDraft> pages, List<int> textless, List<Diagnostic> warnings, CancellationToken cancellationToken)
    {
        var ocr = options.Ocr ? TesseractOcr.Find() : null;
        if (ocr is null)
        {
            var why = options.Ocr
                ? "install tesseract-ocr and poppler-utils (apt-get install tesseract-ocr poppler-utils) to OCR them"
                : "OCR is turned off";
            warnings.Add(Warning("pdf.no-text-layer", textless, $"no text layer (scanned?); {why}"));
            return pages;
        }

        var languages = ocr.LanguagesFor(options.OcrLanguages);
        var folder = Processes.WorkFolders.Create(Processes.WorkFolders.Ocr);
        var empty = new List<int>();
        var skipped = new List<int>();
        try
        {
            var file = Path.Combine(folder.FullName, "input.pdf");
            File.WriteAllBytes(file, input.Bytes.Span);
            var byNumber = pages.ToDictionary(p => p.Number);
            foreach (var number in textless)
            {
                var left = (options.Timeout * BudgetShare) - clock.Elapsed;
                if (left < MinimumPerPage)
                {
                    skipped.Add(number);
                    continue;
                }

                var page = byNumber[number];
                try
                {
                    var paragraphs = ocr.Read(file, options.Password, number, page.PageBox, languages, left < MaximumPerPage ? left : MaximumPerPage, cancellationToken);
                    if (paragraphs.Count == 0)
                    {
                        empty.Add(number);
                    }

                    byNumber[number] = page with { Ocr = paragraphs };
                }
                catch (Exception ex) when (ex is TimeoutException or InvalidOperationException or IOException)
                {
                    warnings.Add(Diagnostic.Warning("pdf.ocr-failed", $"page {number} has no text layer and OCR failed: {ex.Message}", number));
                }
            }

            pages = [.. pages.Select(p => byNumber[p.Number])];
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        if (empty.Count > 0)
        {
            warnings.Add(Warning("pdf.no-text", empty, "no text layer and OCR found no text (a picture without words?)"));
        }

        if (skipped.Count > 0)
        {
            warnings.Add(Warning("pdf.ocr-skipped", skipped, $"no text layer and not OCR'd: the {options.Timeout.TotalSeconds:0} s per-file time limit ran out (raise it with --timeout)"));
        }

        return pages;
    }

    /// <summary>One warning naming every page it concerns.</summary>
    public static Diagnostic Warning(string code, List<int> pages, string what) => pages.Count == 1
        ? Diagnostic.Warning(code, $"page {pages[0]}: {what}", pages[0])
        : Diagnostic.Warning(code, $"pages {string.Join(", ", pages)}: {what}");
}
