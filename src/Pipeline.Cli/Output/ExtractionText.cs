using Pipeline.Core.Documents;

namespace Pipeline.Cli.Output;

/// <summary>Plain text of an extracted file: body blocks separated by blank lines, page changes marked "--- page N ---".</summary>
internal static class ExtractionText
{
    public static void Write(TextWriter writer, ExtractedDocument document)
    {
        var page = -1;
        var first = true;
        foreach (var block in document.Body)
        {
            if (!first)
            {
                writer.WriteLine();
            }

            if (block.Page != page && block.Page > 1)
            {
                writer.WriteLine($"--- page {block.Page} ---");
                writer.WriteLine();
            }

            page = block.Page;
            writer.WriteLine(block.DisplayText);
            first = false;
        }
    }
}
