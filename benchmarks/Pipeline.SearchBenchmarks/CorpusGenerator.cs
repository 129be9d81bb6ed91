using System.Text.RegularExpressions;

namespace Pipeline.SearchBenchmarks;

/// <summary>
/// Replicates seed segments into a large corpus, deterministically: replica r of every seed company becomes
/// "Company NNNN" (r mod 200) in campaign "campaign-CC" (r mod 20), one reply file per company and replica, with the seed
/// segment's questions, topic, status and page. Each text is varied so that replicas are not identical: MENA country names
/// and years are swapped, and every other segment borrows a sentence from another seed segment of the same topic and language
/// (so that no segment mixes languages, which the two engines would analyse differently).
/// </summary>
internal static partial class CorpusGenerator
{
    public const int CompanyVariants = 200;
    public const int Campaigns = 20;

    private static readonly string[] Countries =
        ["Morocco", "Egypt", "Libya", "Tunisia", "Algeria", "Jordan", "Lebanon", "Saudi Arabia", "the United Arab Emirates", "Qatar", "Bahrain", "Oman", "Iraq", "Kuwait"];

    public static IEnumerable<SeedSegment> Generate(IReadOnlyList<SeedSegment> seed, int count, int randomSeed)
    {
        var random = new Random(randomSeed);
        var sentencesByTopic = seed
            .GroupBy(s => (s.Topic, s.Language))
            .ToDictionary(g => g.Key, g => g.SelectMany(s => Sentences().Split(s.Text)).Where(t => t.Length > 20).ToArray());
        for (var i = 0; i < count; i++)
        {
            var source = seed[i % seed.Count];
            var replica = i / seed.Count;
            var company = $"{source.Company} {replica % CompanyVariants:D4}";
            var text = Vary(source.Text, random);
            if (i % 2 == 1 && sentencesByTopic.TryGetValue((source.Topic, source.Language), out var borrowed) && borrowed.Length > 0)
            {
                text += " " + Vary(borrowed[random.Next(borrowed.Length)], random);
            }

            yield return source with
            {
                Company = company,
                Text = text,
                Campaign = $"campaign-{replica % Campaigns:D2}",
                File = $"{Slug(source.Company)}-{replica:D5}{(source.File.Length > 0 ? Path.GetExtension(source.File) : ".pdf")}",
            };
        }
    }

    private static string Vary(string text, Random random)
    {
        var varied = Country().Replace(text, _ => Countries[random.Next(Countries.Length)]);
        return Year().Replace(varied, _ => (2012 + random.Next(11)).ToString());
    }

    private static string Slug(string company) => company.ToLowerInvariant().Replace(' ', '-');

    [GeneratedRegex(@"(?<=[.;])\s+")]
    private static partial Regex Sentences();

    [GeneratedRegex("Morocco|Egypt|Libya|Tunisia|Algeria|Jordan|Lebanon|Iraq")]
    private static partial Regex Country();

    [GeneratedRegex(@"\b20[12]\d\b")]
    private static partial Regex Year();
}
