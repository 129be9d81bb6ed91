using System.Globalization;
using System.Numerics.Tensors;
using System.Text;
using Pipeline.Embeddings;

namespace Pipeline.EmbeddingBenchmarks;

/// <summary>
/// How well a sentence in another language finds its English translation: for each language, the cosine of every
/// sentence to its own English translation, the mean cosine to the other English sentences (same domain, other
/// meaning), their gap, and how often the translation is the nearest English sentence.
/// </summary>
internal static class CrossLanguage
{
    public static string Run(ISentenceEncoder encoder, string tsvPath)
    {
        var rows = File.ReadLines(tsvPath)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(cells => (Id: cells[0], Language: cells[1], Text: cells[2]))
            .ToArray();
        var vectors = encoder.Encode(rows.Select(r => r.Text).ToArray(), CancellationToken.None);
        var english = rows.Select((r, i) => (r.Id, r.Language, Vector: vectors[i])).Where(r => r.Language == "en").ToDictionary(r => r.Id, r => r.Vector);

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"{encoder.ModelId}; {english.Count} English sentences");
        report.AppendLine();
        report.AppendLine("| language | cosine to its translation (mean, min) | cosine to the other English sentences (mean) | gap | translation is the nearest English sentence |");
        report.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var language in rows.Select(r => r.Language).Where(l => l != "en").Distinct())
        {
            var own = new List<float>();
            var others = new List<float>();
            var nearest = 0;
            foreach (var (row, i) in rows.Select((r, i) => (r, i)).Where(x => x.r.Language == language))
            {
                var scores = english.ToDictionary(e => e.Key, e => TensorPrimitives.Dot(vectors[i], e.Value));
                own.Add(scores[row.Id]);
                others.AddRange(scores.Where(s => s.Key != row.Id).Select(s => s.Value));
                nearest += scores.MaxBy(s => s.Value).Key == row.Id ? 1 : 0;
            }

            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {language} | {own.Average():F3}, {own.Min():F3} | {others.Average():F3} | {own.Average() - others.Average():F3} | {nearest} of {own.Count} |");
        }

        return report.ToString();
    }
}
