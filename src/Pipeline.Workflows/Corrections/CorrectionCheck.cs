using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Corrections;
using Pipeline.Search.Indexing;
using Pipeline.Search.Reading;

namespace Pipeline.Workflows.Corrections;

/// <summary>
/// Checks each correction of a campaign against the index: applied, pending (the next ingest applies it), orphaned
/// (what it names is gone) or ambiguous (its anchor names several passages). What <c>pipeline corrections</c> lists, so
/// that an orphaned correction is reported rather than silently ignored.
/// </summary>
public static class CorrectionCheck
{
    /// <summary>How many candidate passages an ambiguous or unknown anchor lists.</summary>
    public const int MaxCandidates = 8;

    public static ImmutableArray<CorrectionState> Run(SegmentIndex index, Campaign campaign, IReadOnlyList<Correction> corrections)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(campaign);
        var documents = index.ListDocuments(campaign.Id);
        var segments = index.ReadSegments(campaign.Id).ToLookup(s => s.FileName, StringComparer.OrdinalIgnoreCase);
        var ledgers = new Dictionary<string, IReadOnlyList<Core.Commitments.LedgerItem>>(StringComparer.OrdinalIgnoreCase);
        IReadOnlyList<Core.Commitments.LedgerItem> ItemsOf(string reply) =>
            ledgers.TryGetValue(reply, out var items) ? items : ledgers[reply] = StatementCheck.MachineItems(campaign, [.. segments[reply]]);
        return [.. corrections.Select(c => c.Kind switch
        {
            CorrectionKind.Passage => Passage(c, documents, segments[c.Reply ?? string.Empty].ToList(), campaign),
            CorrectionKind.Company => Company(c, documents),
            CorrectionKind.Statement when !documents.Any(d => string.Equals(d.FileName, c.Reply, StringComparison.OrdinalIgnoreCase)) =>
                new CorrectionState(c, CorrectionStanding.Orphaned, $"no reply '{c.Reply}' in the index"),
            CorrectionKind.Statement => StatementCheck.Standing(c, ItemsOf(c.Reply!)),
            _ => Status(c, campaign, documents),
        })];
    }

    /// <summary>The answer paragraphs of a reply's segments, in order: what an anchor is looked for in.</summary>
    public static IReadOnlyList<string> AnswerParagraphs(IEnumerable<IndexedSegment> segments) =>
        [.. segments.OrderBy(s => s.Ordinal).SelectMany(s =>
        {
            var paragraphs = s.Text.Split("\n\n");
            return paragraphs.Length == s.PassageRoles.Length
                ? paragraphs.Where((_, i) => s.PassageRoles[i] == Core.Segments.PassageRole.Answer)
                : s.IsStructure ? [] : paragraphs;
        })];

    /// <summary>The passages an anchor could mean: those containing its first word, else the reply's first ones, shortened.</summary>
    public static ImmutableArray<string> Candidates(string anchor, IReadOnlyList<string> paragraphs, ImmutableArray<int> found)
    {
        IEnumerable<string> chosen = found.IsDefaultOrEmpty ? [] : found.Select(i => paragraphs[i]);
        if (found.IsDefaultOrEmpty)
        {
            var first = PassageAnchor.Normalise(anchor).Split(' ').FirstOrDefault(w => w.Length > 3) ?? string.Empty;
            var near = paragraphs.Where(p => first.Length > 0 && PassageAnchor.Normalise(p).Contains(first, StringComparison.Ordinal)).ToList();
            chosen = near.Count > 0 ? near : paragraphs;
        }

        return [.. chosen.Take(MaxCandidates).Select(p => p.Length <= 90 ? p : p[..90] + "…")];
    }

    private static CorrectionState Passage(Correction c, IReadOnlyList<IndexedDocument> documents, List<IndexedSegment> segments, Campaign campaign)
    {
        if (!documents.Any(d => string.Equals(d.FileName, c.Reply, StringComparison.OrdinalIgnoreCase)))
        {
            return new CorrectionState(c, CorrectionStanding.Orphaned, $"no reply '{c.Reply}' in the index");
        }

        if (c.Questions is { } questions && questions.FirstOrDefault(q => !q.IsGeneral && campaign.FindQuestion(q) is null) is { Value: not null } unknown)
        {
            return new CorrectionState(c, CorrectionStanding.Orphaned, $"question {unknown} is no longer in the campaign");
        }

        if (segments.Any(s => s.Correction?.Ids.Contains(c.Id) == true))
        {
            return new CorrectionState(c, CorrectionStanding.Applied, $"applied to {c.Reply}");
        }

        var paragraphs = AnswerParagraphs(segments);
        var found = PassageAnchor.Find(c.Text ?? string.Empty, paragraphs);
        return found.Length switch
        {
            0 => new CorrectionState(c, CorrectionStanding.Orphaned, $"no passage of {c.Reply} starts with \"{c.Text}\" any more (its text changed?)") { Candidates = Candidates(c.Text ?? string.Empty, paragraphs, found) },
            1 => new CorrectionState(c, CorrectionStanding.Pending, "not in the index yet: run `pipeline ingest`"),
            var n => new CorrectionState(c, CorrectionStanding.Ambiguous, $"{n} passages of {c.Reply} start with \"{c.Text}\"") { Candidates = Candidates(c.Text ?? string.Empty, paragraphs, found) },
        };
    }

    private static CorrectionState Company(Correction c, IReadOnlyList<IndexedDocument> documents)
    {
        var document = documents.FirstOrDefault(d => string.Equals(d.FileName, c.Reply, StringComparison.OrdinalIgnoreCase));
        return document is null ? new CorrectionState(c, CorrectionStanding.Orphaned, $"no reply '{c.Reply}' in the index")
            : string.Equals(document.Company, c.Company, StringComparison.OrdinalIgnoreCase) ? new CorrectionState(c, CorrectionStanding.Applied, $"{c.Reply} is attributed to {c.Company}")
            : new CorrectionState(c, CorrectionStanding.Pending, "not in the index yet: run `pipeline ingest`");
    }

    private static CorrectionState Status(Correction c, Campaign campaign, IReadOnlyList<IndexedDocument> documents)
    {
        if (c.Question is not { } question || campaign.FindQuestion(question) is null)
        {
            return new CorrectionState(c, CorrectionStanding.Orphaned, $"question {c.Question} is not in the campaign");
        }

        var known = c.Company is { } name && (campaign.FindCompany(name) is not null
            || documents.Any(d => string.Equals(d.Company, name, StringComparison.OrdinalIgnoreCase)));
        return known
            ? new CorrectionState(c, CorrectionStanding.Applied, $"{c.Company} × {question} is {c.Status?.ToString().ToLowerInvariant()} in compare, report and the web app")
            : new CorrectionState(c, CorrectionStanding.Orphaned, $"no company '{c.Company}' in the campaign or the index");
    }
}
