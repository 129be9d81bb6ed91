using System.Collections.Immutable;
using Pipeline.Classification.AnswerTopics;
using Pipeline.Classification.Training;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Errors;
using Pipeline.Core.Topics;
using Pipeline.Segmentation.Evaluation;

namespace Pipeline.Workflows.Training;

/// <summary>
/// The examples <see cref="AnswerTopicsTrainer"/> learns from: every passage of the topic training data answers its own
/// topic (none when <c>other</c>), and every paragraph of the given campaigns' gold answers the topics of all its
/// questions and its own topic (letter furniture none; headings, restated questions and table labels left out). A text
/// in both is taken from the gold, which knows all its questions.
/// </summary>
public static class AnswerTopicsTraining
{
    /// <param name="topicData">The topic classifier's training set (<c>corpus/training/train</c>).</param>
    /// <param name="goldCampaigns">Campaigns with gold whose paragraphs are added (never a locked evaluation campaign).</param>
    /// <returns>The examples, and one line per source with its count (for the model's manifest).</returns>
    /// <exception cref="PipelineException">
    /// A campaign lies under a <c>locked</c> folder (<see cref="ErrorCode.InvalidInput"/>, <see cref="LockedCampaigns"/>);
    /// a campaign has no gold folder, or a gold file cannot be read.
    /// </exception>
    public static (ImmutableArray<AnswerTopicsExample> Examples, ImmutableArray<string> Sources) Build(LabelledDataSet topicData, IReadOnlyList<Campaign> goldCampaigns)
    {
        ArgumentNullException.ThrowIfNull(topicData);
        ArgumentNullException.ThrowIfNull(goldCampaigns);
        LockedCampaigns.Refuse(goldCampaigns);
        var sources = ImmutableArray.CreateBuilder<string>();
        var gold = new List<AnswerTopicsExample>();
        foreach (var campaign in goldCampaigns)
        {
            var folder = CampaignPaths.Gold(campaign);
            if (!Directory.Exists(folder))
            {
                throw new PipelineException(ErrorCode.IoError, folder, "no gold folder beside the campaign file: answer topics are learnt from gold/<reply>.gold.jsonl");
            }

            var topicOf = campaign.Questions.ToDictionary(q => q.Id, q => q.Topic);
            var before = gold.Count;
            foreach (var file in Directory.EnumerateFiles(folder, "*.gold.jsonl").Order(StringComparer.Ordinal))
            {
                gold.AddRange(GoldFile.Read(file).Where(p => !p.IsStructure && !string.IsNullOrWhiteSpace(p.Text)).Select(p => FromGold(p, topicOf)));
            }

            sources.Add($"{Classification.TopicModelPaths.Display(folder)}: {gold.Count - before} paragraphs");
        }

        var goldTexts = gold.Select(e => e.Text).ToHashSet(StringComparer.Ordinal);
        var passages = topicData.Examples
            .Where(e => !goldTexts.Contains(e.Text))
            .Select(e => new AnswerTopicsExample(e.Text, e.Label == Topic.Other ? [] : [e.Label]))
            .ToList();
        sources.Insert(0, $"{Classification.TopicModelPaths.Display(topicData.Folder)}: {passages.Count} passages (texts also in the gold left out)");
        return ([.. passages.Concat(gold)], sources.ToImmutable());
    }

    private static AnswerTopicsExample FromGold(GoldParagraph paragraph, Dictionary<QuestionId, Topic> topicOf)
    {
        var topics = paragraph.Questions.Where(q => !q.IsGeneral && topicOf.ContainsKey(q)).Select(q => topicOf[q]).ToHashSet();
        if (TopicLabels.TryParse(paragraph.Topic, out var own) && own != Topic.Other)
        {
            topics.Add(own);
        }

        return new AnswerTopicsExample(paragraph.Text, [.. topics]);
    }
}
