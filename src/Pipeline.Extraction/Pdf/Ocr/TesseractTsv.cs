using System.Globalization;
using Pipeline.Core.Documents;

namespace Pipeline.Extraction.Pdf.Ocr;

/// <summary>Reads tesseract's TSV output (one row per recognised word) into paragraphs placed on the PDF page.</summary>
internal static class TesseractTsv
{
    // Columns: level page_num block_num par_num line_num word_num left top width height conf text
    private const int WordLevel = 5;

    /// <param name="pointsPerPixel">72 / rendering resolution.</param>
    /// <param name="pageBox">The page's crop box: the image's top-left pixel is its top-left corner.</param>
    public static List<OcrParagraph> Parse(string tsv, double pointsPerPixel, BoundingBox pageBox)
    {
        var paragraphs = new List<OcrParagraph>();
        var lines = new List<string>();
        var words = new List<string>();
        (int Block, int Paragraph, int Line) current = (-1, -1, -1);
        double x0 = double.MaxValue, top = double.MaxValue, x1 = double.MinValue, bottom = double.MinValue;

        void EndLine()
        {
            if (words.Count > 0)
            {
                lines.Add(string.Join(' ', words));
                words.Clear();
            }
        }

        void EndParagraph()
        {
            EndLine();
            if (lines.Count > 0)
            {
                var box = new BoundingBox(
                    Math.Round(pageBox.X0 + (x0 * pointsPerPixel), 2),
                    Math.Round(pageBox.Y1 - (bottom * pointsPerPixel), 2),
                    Math.Round(pageBox.X0 + (x1 * pointsPerPixel), 2),
                    Math.Round(pageBox.Y1 - (top * pointsPerPixel), 2));
                paragraphs.Add(new OcrParagraph([.. lines], box));
                lines.Clear();
            }

            (x0, top, x1, bottom) = (double.MaxValue, double.MaxValue, double.MinValue, double.MinValue);
        }

        foreach (var row in tsv.Split('\n'))
        {
            var cells = row.TrimEnd('\r').Split('\t');
            if (cells.Length < 12 || !int.TryParse(cells[0], out var level) || level != WordLevel || string.IsNullOrWhiteSpace(cells[11]))
            {
                continue;
            }

            var key = (Int(cells[2]), Int(cells[3]), Int(cells[4]));
            if (key.Item1 != current.Block || key.Item2 != current.Paragraph)
            {
                EndParagraph();
            }
            else if (key.Item3 != current.Line)
            {
                EndLine();
            }

            current = key;
            var (left, wordTop, width, height) = (Int(cells[6]), Int(cells[7]), Int(cells[8]), Int(cells[9]));
            (x0, top) = (Math.Min(x0, left), Math.Min(top, wordTop));
            (x1, bottom) = (Math.Max(x1, left + width), Math.Max(bottom, wordTop + height));
            words.Add(cells[11].Trim());
        }

        EndParagraph();
        return paragraphs;
    }

    private static int Int(string cell) => int.TryParse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
