using Pipeline.Campaigns;
using Pipeline.Core.Campaigns;
using Pipeline.DemoCorpus.Gold;
using Pipeline.DemoCorpus.Model;
using Pipeline.DemoCorpus.Rendering;
using Pipeline.DemoCorpus.Sources;

namespace Pipeline.DemoCorpus;

/// <summary>
/// Renders every reply source of a campaign folder into replies/ (DOCX directly, PDF through LibreOffice) and writes
/// the matching gold files into gold/. Output depends only on the sources: same input, same bytes.
/// </summary>
internal sealed class CorpusGenerator(string campaignFolder, bool skipPdf, bool partial)
{
    public int Run()
    {
        var campaign = CampaignLoader.Load(Path.Combine(campaignFolder, "campaign.yaml"));
        var reader = new ReplySourceReader(campaign);
        var replies = Directory.GetFiles(Path.Combine(campaignFolder, "sources"), "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(reader.Read)
            .ToList();
        if (!partial)
        {
            CheckEveryReplyHasASource(campaign, replies);
        }

        var repliesFolder = Path.Combine(campaignFolder, campaign.RepliesFolder ?? CampaignLoader.DefaultRepliesFolder);
        var goldFolder = Path.Combine(campaignFolder, "gold");
        Clear(repliesFolder, skipPdf ? "*.docx" : "*.*");
        Clear(goldFolder, "*.gold.jsonl");

        var work = Path.Combine(Path.GetTempPath(), "pipeline-democorpus");
        Clear(work, "*.*");
        var toConvert = new List<(Reply Reply, string Docx)>();
        foreach (var reply in replies)
        {
            var docx = DocxRenderer.Render(reply);
            if (reply.Format == "docx")
            {
                File.WriteAllBytes(Path.Combine(repliesFolder, reply.Stem + ".docx"), docx);
            }
            else if (!skipPdf)
            {
                var path = Path.Combine(work, reply.Stem + ".docx");
                File.WriteAllBytes(path, docx);
                toConvert.Add((reply, path));
            }

            GoldWriter.Write(reply, Path.Combine(goldFolder, reply.Stem + ".gold.jsonl"));
        }

        if (toConvert.Count > 0)
        {
            Console.Error.WriteLine($"converting {toConvert.Count} replies to PDF with LibreOffice…");
            foreach (var (reply, docx) in toConvert)
            {
                // One LibreOffice run per file: in a batch, the embedded font subsets depend on the files converted before.
                PdfConverter.Convert([docx], work, Path.Combine(Path.GetTempPath(), "lo-demo"));
                var pdf = File.ReadAllBytes(Path.ChangeExtension(docx, ".pdf"));
                File.WriteAllBytes(Path.Combine(repliesFolder, reply.Stem + ".pdf"), PdfNormaliser.Normalise(pdf, reply.Date, reply.Stem));
            }
        }

        PrintSummary(replies);
        return 0;
    }

    private static void CheckEveryReplyHasASource(Campaign campaign, List<Reply> replies)
    {
        var duplicates = replies.GroupBy(r => r.Company).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var missing = campaign.Companies.Where(c => c.Status != ResponseStatus.NoResponse && replies.All(r => r.Company != c.Name)).Select(c => c.Name).ToList();
        if (duplicates.Count > 0 || missing.Count > 0)
        {
            throw new InvalidDataException($"sources: duplicated {string.Join(", ", duplicates)}; missing for companies that replied: {string.Join(", ", missing)}");
        }
    }

    private static void Clear(string folder, string pattern)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(folder, pattern))
        {
            File.Delete(file);
        }
    }

    private static void PrintSummary(List<Reply> replies)
    {
        var gold = replies.Sum(r => GoldWriter.Paragraphs(r).Count);
        Console.WriteLine($"{replies.Count} replies ({replies.Count(r => r.Format == "pdf")} PDF, {replies.Count(r => r.Format == "docx")} DOCX), {gold} gold paragraphs");
        foreach (var style in replies.GroupBy(r => r.Style).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {style.Key,-11} {string.Join(", ", style.Select(r => $"{r.Company} ({r.Format})"))}");
        }
    }
}
