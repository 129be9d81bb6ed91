using System.Globalization;

namespace Pipeline.ScaleBenchmarks;

/// <summary>Composes one reply letter: letterhead, answers to most of the 9 questions under markers in the letter's own style, closing and signature.</summary>
internal static class LetterWriter
{
    private static readonly Func<string, string>[] MarkerStyles =
    [
        id => $"{id})",
        id => id.Length == 2 ? $"Question {id[0]}({id[1]}):" : $"Question {id}:",
        id => $"Q{id} –",
    ];

    private static readonly string[] Names = ["Anna Keller", "Omar Haddad", "Claire Dubois", "Jonas Berg", "Leila Mansour", "Peter Novak"];
    private static readonly string[] Roles = ["Head of Compliance", "General Counsel", "Director of Sustainability", "Chief Executive Officer"];

    public static Letter Write(string company, int number, Random random)
    {
        var date = new DateOnly(2022, 7, 10).AddDays(random.Next(0, 60));
        var heading = new List<string>
        {
            company,
            $"{random.Next(1, 200)} {SentenceBank.Pick(["Harbour Road", "Station Street", "Rue du Lac", "Industriestrasse"], random)}, {SentenceBank.Pick(["Oslo", "Lyon", "Bremen", "Leeds", "Tallinn"], random)}",
            date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            $"Re: your letter of 4 July 2022 (our reference {number:00000})",
            "Dear Ms Example,",
            $"Thank you for your letter about surveillance technology at borders. {company} takes these questions seriously and answers them below.",
        };
        var marker = SentenceBank.Pick(MarkerStyles, random);
        var paragraphs = new List<string>();
        foreach (var (question, sentences) in SentenceBank.Answers)
        {
            // Real replies leave some questions out.
            if (random.NextDouble() < 0.12)
            {
                continue;
            }

            var count = random.Next(1, 4);
            for (var p = 0; p < count; p++)
            {
                var text = string.Join(' ', Enumerable.Range(0, random.Next(2, 5)).Select(_ => SentenceBank.Fill(SentenceBank.Pick(sentences, random), random)));
                paragraphs.Add(p == 0 ? $"{marker(question)} {text}" : text);
            }
        }

        paragraphs.Add(SentenceBank.Pick(SentenceBank.Closings, random));
        paragraphs.Add("Yours sincerely,");
        paragraphs.Add($"{SentenceBank.Pick(Names, random)}, {SentenceBank.Pick(Roles, random)}, {company}");
        return new Letter(company, heading, paragraphs);
    }
}
