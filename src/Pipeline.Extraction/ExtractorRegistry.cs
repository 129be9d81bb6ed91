namespace Pipeline.Extraction;

/// <summary>The format extractors Pipeline ships, one line each.</summary>
internal static class ExtractorRegistry
{
    public static IEnumerable<IFormatExtractor> All()
    {
        yield return new Pdf.PdfExtractor();
        yield return new Word.DocxExtractor();
        yield return Text.TextFileExtractor.PlainText();
        yield return Text.TextFileExtractor.Markdown();
        yield return new Html.HtmlExtractor();
        yield return new Conversion.ConvertedWordExtractor();
        yield return new Eml.EmlExtractor();
    }
}
