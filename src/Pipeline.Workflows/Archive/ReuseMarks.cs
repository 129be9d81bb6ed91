using Pipeline.Core.Archive;
using Pipeline.Core.Reports;
using Pipeline.Search.Reading;
using Pipeline.TextReuse;

namespace Pipeline.Workflows.Archive;

/// <summary>
/// Marks the answers of a campaign's comparison whose paragraphs are found elsewhere in the archive — another
/// company's reply, the company's reply to another campaign, a reference document — as <c>reuse</c> finds them
/// (<see cref="ReuseFinder"/>, limited to this campaign), so the report and the web app can show which answers are
/// boilerplate.
/// </summary>
public static class ReuseMarks
{
    /// <summary>Files whose passages' words are kept between answers: more than a company's replies.</summary>
    private const int RecentFiles = 64;

    /// <param name="comparison">The campaign's comparison.</param>
    /// <param name="indexDirectory">The index it was read from, with the archive's other campaigns and references.</param>
    /// <returns>The comparison with <see cref="AnswerExcerpt.Reused"/> set; unchanged when nothing is reused.</returns>
    public static CampaignComparison Apply(CampaignComparison comparison, string indexDirectory)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        if (Marker(comparison.Campaign.Id, indexDirectory) is not { } marked)
        {
            return comparison;
        }

        return comparison with
        {
            QuestionCells = [.. comparison.QuestionCells.Select(c => c.Answers.IsDefaultOrEmpty ? c : c with { Answers = [.. c.Answers.Select(marked)] })],
        };
    }

    /// <summary>What marks one answer of <paramref name="campaign"/> (the answer with <see cref="AnswerExcerpt.Reused"/> set, or as it was); null when nothing of the campaign is reused.</summary>
    /// <param name="campaign">The campaign id.</param>
    /// <param name="indexDirectory">The index, with the archive's other campaigns and references.</param>
    public static Func<AnswerExcerpt, AnswerExcerpt>? Marker(string campaign, string indexDirectory)
    {
        if (!SegmentIndex.Exists(indexDirectory))
        {
            return null;
        }

        // A passage others copied is the source of every copy: it keeps the marks of its first few copies only, and the
        // count of companies (on every mark) says how many there are in all.
        var marks = ReuseFinder.Find(ArchiveIndex.Open(indexDirectory), campaign)
            .SelectMany(r => new[] { (Side: r.Later, Other: r.Source), (Side: r.Source, Other: r.Later) }
                .Where(s => s.Side.CampaignId == campaign)
                .Select(s => (s.Side.File, Mark: new ReuseMark(r.Kind, s.Side.Text, s.Other, r.Similarity, r.Companies))))
            .GroupBy(m => (m.File, m.Mark.Passage))
            .Select(g => (g.Key.File, g.Key.Passage, Marks: g.Take(ReuseFinder.ListedSources).Select(m => m.Mark).ToArray()))
            .ToLookup(m => m.File, StringComparer.Ordinal);
        if (marks.Count == 0)
        {
            return null;
        }

        // The words of a file's reused passages are split when its first answer is marked and kept for its next ones
        // (a company's answers come together), not for the whole campaign at once.
        var recent = new Dictionary<string, (string[] Keys, ReuseMark[] Marks)[]>(StringComparer.Ordinal);
        return answer =>
        {
            var keys = Words.Keys(answer.Text);
            (string[] Keys, ReuseMark[] Marks)[] passages;
            lock (recent)
            {
                if (!recent.TryGetValue(answer.File, out passages!))
                {
                    if (recent.Count >= RecentFiles)
                    {
                        recent.Clear();
                    }

                    recent[answer.File] = passages = [.. marks[answer.File].Select(p => (Words.Keys(p.Passage), p.Marks))];
                }
            }

            var found = passages.Where(p => WordRuns.IndexOf(keys, p.Keys) >= 0).SelectMany(p => p.Marks).Distinct().ToList();
            return found.Count == 0 ? answer : answer with { Reused = [.. found] };
        };
    }
}
