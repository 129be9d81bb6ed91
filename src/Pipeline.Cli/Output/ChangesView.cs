using Pipeline.Core.Archive;
using Pipeline.Reporting.Changes;
using Pipeline.Reporting.Formatting;

namespace Pipeline.Cli.Output;

/// <summary>What changed between two campaigns as text: a line per changed company × question, then its changed paragraphs with [-removed-] and {+added+} words, and its new and dropped commitments, claims and refusals.</summary>
internal static class ChangesView
{
    private const int Preview = 140;

    public static void Write(CampaignChanges changes, TextWriter output)
    {
        var changed = changes.Changes.Where(c => c.StatusChanged || c.TextChanged).ToList();
        var companies = changes.Changes.Select(c => c.Company).Distinct().Count();
        output.WriteLine($"{changes.From} → {changes.To}: {companies} {(companies == 1 ? "company" : "companies")} of {changes.To}; {changed.Count} of {changes.Changes.Length} answers changed (status or text)");
        foreach (var change in changed)
        {
            var before = change.Before is { } b ? b.ToLabel() : "(new question)";
            var pairing = change.EarlierQuestions.IsEmpty ? string.Empty : $" ~ {string.Join(",", change.EarlierQuestions)} by {ChangeLabels.Of(change.MatchedBy)}";
            output.WriteLine();
            output.WriteLine($"{change.Company} {change.Question}{pairing}: {before} → {change.After.ToLabel()}; {change.Summary}");
            foreach (var paragraph in change.Paragraphs.Where(p => p.Kind != ChangeKind.Unchanged))
            {
                output.WriteLine($"  {ChangeLabels.Of(paragraph.Kind),-8} {Shown(paragraph)}");
            }

            foreach (var statement in change.Statements)
            {
                output.WriteLine($"  {ChangeLabels.Of(statement),-19} {Excerpt.Shorten(statement.Item.Statement.Text, Preview)}");
            }
        }

        if (changes.NewCompanies.Length > 0)
        {
            output.WriteLine();
            output.WriteLine($"Only in {changes.To}: {string.Join(", ", changes.NewCompanies)}");
        }

        if (changes.DroppedCompanies.Length > 0)
        {
            output.WriteLine($"Only in {changes.From}: {string.Join(", ", changes.DroppedCompanies)}");
        }
    }

    private static string Shown(ParagraphChange paragraph) => paragraph.Kind switch
    {
        ChangeKind.Edited => string.Join(' ', paragraph.Diff.Select(e => e.Kind switch
        {
            EditKind.Deleted => $"[-{e.Text}-]",
            EditKind.Inserted => $"{{+{e.Text}+}}",
            _ => Excerpt.Shorten(e.Text, 60),
        })),
        ChangeKind.Dropped => Excerpt.Shorten(paragraph.Before!, Preview),
        _ => Excerpt.Shorten(paragraph.After!, Preview),
    };
}
