using Pipeline.Classification.Training;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Errors;

namespace Pipeline.Workflows.Evaluation;

/// <summary>
/// How many of a campaign's gold paragraphs the topic classifier was trained on: figures on such a campaign are training
/// figures, not evidence of how the analysis reads unseen replies, and the evaluations say so.
/// </summary>
/// <param name="InTraining">Gold paragraphs of <see cref="MinimumWords"/> words or more whose text (white space collapsed) is also a training example.</param>
/// <param name="Gold">Gold paragraphs of the campaign of <see cref="MinimumWords"/> words or more.</param>
/// <param name="TrainingFolder">The training data compared with.</param>
public sealed record TrainingOverlap(int InTraining, int Gold, string TrainingFolder)
{
    /// <summary>Shorter lines ("Business &amp; Human Rights Resource Centre", "Yours sincerely,") recur in every letter: they say nothing of a leak.</summary>
    public const int MinimumWords = 10;

    /// <summary>The overlap of <paramref name="campaign"/>'s gold with the examples under <paramref name="trainingFolder"/>; null when there is no such folder (an installed pipeline) or no gold.</summary>
    public static TrainingOverlap? Of(Campaign campaign, string trainingFolder)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        if (!Directory.Exists(trainingFolder) || !Directory.Exists(CampaignPaths.Gold(campaign)))
        {
            return null;
        }

        var gold = GoldCorpus.Load(campaign, new List<PipelineError>()).SelectMany(r => r.Paragraphs)
            .Select(p => Key(p.Text)).Where(t => t.Count(c => c == ' ') + 1 >= MinimumWords).ToArray();
        var training = LabelledDataSet.Load(trainingFolder).Examples.Select(e => Key(e.Text)).ToHashSet(StringComparer.Ordinal);
        return gold.Length == 0 ? null : new TrainingOverlap(gold.Count(training.Contains), gold.Length, trainingFolder);
    }

    /// <summary>"note: …" when any gold paragraph is training data, else null.</summary>
    public string? Note() => InTraining == 0 ? null
        : $"note: {InTraining} of {Gold} gold paragraphs ({MinimumWords} words or more) of this campaign are in the topic classifier's training data ({Pipeline.Classification.TopicModelPaths.Display(TrainingFolder)}): its figures here are training figures, not evidence of how unseen replies are read";

    private static string Key(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
