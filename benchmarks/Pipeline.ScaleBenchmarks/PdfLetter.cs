using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Pipeline.ScaleBenchmarks;

/// <summary>A letter as a text PDF: A4, Helvetica 10 pt, lines wrapped at the margin, a new page when one is full.</summary>
internal static class PdfLetter
{
    private const double Left = 70;
    private const double Top = 780;
    private const double Bottom = 70;
    private const double Leading = 12.5;
    private const int LineChars = 92;

    public static byte[] Build(Letter letter)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var y = Top;
        foreach (var paragraph in letter.Heading.Concat(letter.Paragraphs))
        {
            foreach (var line in Wrap(paragraph))
            {
                if (y < Bottom)
                {
                    page = builder.AddPage(PageSize.A4);
                    y = Top;
                }

                page.AddText(line, 10, new PdfPoint(Left, y), font);
                y -= Leading;
            }

            y -= Leading / 2;
        }

        return builder.Build();
    }

    private static IEnumerable<string> Wrap(string text)
    {
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > LineChars)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
