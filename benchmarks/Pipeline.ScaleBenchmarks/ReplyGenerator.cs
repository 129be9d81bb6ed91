namespace Pipeline.ScaleBenchmarks;

/// <summary>
/// Writes N reply letters and their campaign file into a folder: <c>campaign.yaml</c> and <c>replies/&lt;company&gt; - reply NNNNN.pdf|docx|txt</c>,
/// 40 % PDF, 35 % DOCX, 25 % TXT; the same N, companies and seed write the same files.
/// </summary>
internal static class ReplyGenerator
{
    public static (int Files, long Bytes, long Words) Generate(int count, string folder, int companyCount, int seed)
    {
        var random = new Random(seed);
        var companies = CompanyNames.Make(companyCount, random);
        var replies = Path.Combine(folder, "replies");
        Directory.CreateDirectory(replies);
        CampaignFile.Write(Path.Combine(folder, "campaign.yaml"), companies, count);
        long bytes = 0, words = 0;
        for (var i = 0; i < count; i++)
        {
            var company = companies[i % companies.Count];
            var letter = LetterWriter.Write(company, i, random);
            var roll = random.NextDouble();
            var (extension, content) = roll < 0.40 ? ("pdf", PdfLetter.Build(letter))
                : roll < 0.75 ? ("docx", DocxLetter.Build(letter))
                : ("txt", System.Text.Encoding.UTF8.GetBytes(letter.ToPlainText()));
            var path = Path.Combine(replies, $"{company} - reply {i:000000}.{extension}");
            File.WriteAllBytes(path, content);
            bytes += content.Length;
            words += letter.Words;
            if ((i + 1) % 1000 == 0)
            {
                Console.Error.WriteLine($"  {i + 1} / {count} replies written");
            }
        }

        return (count, bytes, words);
    }
}
