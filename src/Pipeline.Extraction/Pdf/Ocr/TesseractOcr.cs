using System.Globalization;
using Pipeline.Core.Documents;
using Pipeline.Extraction.Processes;

namespace Pipeline.Extraction.Pdf.Ocr;

/// <summary>
/// OCR of one PDF page: poppler's pdftoppm renders it, tesseract reads the image. Both run as separate processes with a time
/// limit. Available only when both tools are on PATH; languages are the requested ones that tesseract has installed.
/// </summary>
internal sealed class TesseractOcr
{
    private const int Dpi = 300;

    // Large sheets (maps, posters) are rendered smaller so one page cannot take minutes or gigabytes.
    private const int MaxPixels = 6000;

    private static readonly Lazy<TesseractOcr?> Installed = new(Locate);

    // Files are already extracted in parallel; tesseract's own OpenMP threads would only fight over the same cores.
    private static readonly Dictionary<string, string> SingleThreaded = new() { ["OMP_THREAD_LIMIT"] = "1" };

    private readonly string _tesseract;
    private readonly string _pdftoppm;
    private readonly IReadOnlySet<string> _languages;

    private TesseractOcr(string tesseract, string pdftoppm, IReadOnlySet<string> languages)
    {
        _tesseract = tesseract;
        _pdftoppm = pdftoppm;
        _languages = languages;
    }

    /// <summary>The installed tools, or null when tesseract or pdftoppm is missing.</summary>
    public static TesseractOcr? Find() => Installed.Value;

    /// <summary>The requested '+'-separated languages that are installed; English when none is.</summary>
    public string LanguagesFor(string requested)
    {
        var usable = requested.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(_languages.Contains).ToList();
        return usable.Count > 0 ? string.Join('+', usable) : "eng";
    }

    /// <summary>Renders and reads page <paramref name="page"/> of the PDF at <paramref name="pdfPath"/>.</summary>
    /// <param name="pageBox">The page's crop box in PDF points, to place the paragraphs.</param>
    /// <exception cref="TimeoutException">The two tools together ran past <paramref name="limit"/>.</exception>
    /// <exception cref="InvalidOperationException">A tool failed; the message carries its error output.</exception>
    public List<OcrParagraph> Read(string pdfPath, string? password, int page, BoundingBox pageBox, string languages, TimeSpan limit, CancellationToken cancellationToken)
    {
        var longSide = Math.Max(pageBox.Width, pageBox.Height) / 72.0;
        var dpi = longSide * Dpi > MaxPixels ? Math.Max(50, (int)(MaxPixels / longSide)) : Dpi;
        var prefix = Path.Combine(Path.GetDirectoryName(pdfPath)!, $"page-{page}");
        var render = new List<string> { "-r", dpi.ToString(CultureInfo.InvariantCulture), "-f", Num(page), "-l", Num(page), "-png", "-singlefile" };
        if (password is not null)
        {
            render.AddRange(["-upw", password]);
        }

        render.AddRange([pdfPath, prefix]);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var rendered = ExternalProcess.Run(_pdftoppm, render, limit, cancellationToken);
        var image = prefix + ".png";
        if (rendered.ExitCode != 0 || !File.Exists(image))
        {
            throw new InvalidOperationException($"pdftoppm failed: {rendered.StandardError.Trim()}");
        }

        try
        {
            // Both tools share the page's limit.
            var left = limit - clock.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"rendering the page took the whole {limit.TotalSeconds:0} s");
            }

            var read = ExternalProcess.Run(_tesseract, [image, "stdout", "-l", languages, "tsv"], left, cancellationToken, SingleThreaded);
            if (read.ExitCode != 0)
            {
                throw new InvalidOperationException($"tesseract failed: {read.StandardError.Trim()}");
            }

            return TesseractTsv.Parse(read.StandardOutput, 72.0 / dpi, pageBox);
        }
        finally
        {
            File.Delete(image);
        }
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static TesseractOcr? Locate()
    {
        var tesseract = ExternalProcess.Find("tesseract");
        var pdftoppm = ExternalProcess.Find("pdftoppm");
        if (tesseract is null || pdftoppm is null)
        {
            return null;
        }

        try
        {
            var listed = ExternalProcess.Run(tesseract, ["--list-langs"], TimeSpan.FromSeconds(20), CancellationToken.None);
            var languages = listed.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(l => !l.Contains(' ', StringComparison.Ordinal) && !l.EndsWith(':'))
                .ToHashSet(StringComparer.Ordinal);
            return new TesseractOcr(tesseract, pdftoppm, languages);
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
