using System.Collections.Immutable;
using Pipeline.Classification.Model;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Reports;
using Pipeline.Core.Topics;
using Pipeline.Search.Indexing;
using Pipeline.Search.Reading;
using Pipeline.Workflows.Comparison;

namespace Pipeline.Workflows.Corrections;

/// <summary>
/// Measures <see cref="AgreementReport"/> from the index: the corrected analysis is what the index holds; the machine's
/// is the same segments with their <see cref="Core.Corrections.CorrectionMark"/> undone (the machine's questions and
/// topic back) and without status corrections, statuses decided again by the same rules.
/// </summary>
public static class Agreement
{
    public static AgreementReport Measure(SegmentIndex index, Campaign campaign, TopicModel? model = null, string? modelPath = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(campaign);
        var corrections = CorrectionStore.Load(index.Path, campaign.Id);
        var documents = index.ListDocuments(campaign.Id);
        var segments = index.ReadSegments(campaign.Id);
        var failures = index.ListFailures(campaign.Id);
        var machineSegments = segments.Select(Machine).ToList();
        var at = DateTimeOffset.UtcNow;
        var corrected = ComparisonBuilder.Build(campaign, documents, segments, at, failures, corrections);
        var machine = ComparisonBuilder.Build(campaign, documents, machineSegments, at, failures);

        var respondents = corrected.Companies.Where(c => c.HasReply).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var cells = corrected.QuestionCells.Where(c => respondents.Contains(c.Company))
            .Select(c => (c.Company, c.Question, Changed: machine.Cell(c.Company, c.Question)?.Status != c.Status))
            .ToList();
        var answers = segments.Where(s => !s.IsStructure).ToList();
        var relabelled = answers.Select(s => (Machine: s.Correction?.MachineTopic ?? s.Topic, Corrected: s.Topic, Changed: s.Correction is { } m && m.MachineTopic != s.Topic)).ToList();

        return new AgreementReport(
            campaign.Id,
            corrections.Length,
            Row("company × question statuses", cells.Select(c => c.Changed)),
            Row("answer passages' questions", answers.Select(s => s.Correction is { } m && !m.MachineQuestions.SequenceEqual(s.Questions))),
            Row("answer passages' topics", relabelled.Select(r => r.Changed)),
            [.. cells.GroupBy(c => c.Company).Select(g => Row(g.Key, g.Select(c => c.Changed)))],
            [.. cells.GroupBy(c => c.Question).OrderBy(g => g.Key.Value, StringComparer.Ordinal).Select(g => Row(g.Key.Value, g.Select(c => c.Changed)))],
            [.. TopicLabels.All.Select(t => Row(t.ToLabel(), relabelled.Where(r => r.Machine == t || r.Corrected == t).Select(r => r.Changed))).Where(r => r.Total > 0)])
        {
            Model = model is null ? null : Score(segments, model, modelPath ?? model.Source),
        };
    }

    /// <summary>The passages researchers gave a topic (corrected or accepted), as training examples would be.</summary>
    public static IReadOnlyList<IndexedSegment> Labelled(IEnumerable<IndexedSegment> segments) =>
        [.. segments.Where(s => s.Correction is not null && s.Topic is not null && !s.IsStructure)];

    private static CorrectionScore Score(IReadOnlyList<IndexedSegment> segments, TopicModel model, string modelPath)
    {
        var labelled = Labelled(segments);
        var predictions = model.PredictMany([.. labelled.Select(s => s.AnswerText)]);
        return new CorrectionScore(
            modelPath,
            labelled.Count,
            labelled.Where((s, i) => predictions[i].Topic == s.Topic).Count(),
            labelled.Count(s => s.Correction!.MachineTopic == s.Topic));
    }

    private static IndexedSegment Machine(IndexedSegment s) => s.Correction is { } mark
        ? s with { Questions = mark.MachineQuestions, Topic = mark.MachineTopic, Correction = null }
        : s;

    private static AgreementRow Row(string key, IEnumerable<bool> changed)
    {
        var list = changed.ToList();
        return new AgreementRow(key, list.Count, list.Count(c => c));
    }
}
