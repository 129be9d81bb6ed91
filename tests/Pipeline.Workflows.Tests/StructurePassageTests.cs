using System.Text;
using System.Text.Json;
using Pipeline.Campaigns;
using Pipeline.Core.Segments;
using Pipeline.Extraction;
using Pipeline.Testing;
using Pipeline.Workflows.Segmenting;

namespace Pipeline.Workflows.Tests;

/// <summary>
/// The demo corpus's gold annotations name each paragraph's kind (a table's label or question cell, a restated question,
/// a section heading, an answer): the full reading path must make the first ones structure, without a topic, and leave
/// every substantive answer an answer.
/// </summary>
public sealed class StructurePassageTests
{
    private static readonly string[] StructureKinds = ["table_label", "table_question", "question", "heading"];
    private static readonly string[] AnswerKinds = ["paragraph", "table_answer", "list_item"];

    [Fact]
    public void DemoCorpus_LabelsAndRestatedQuestions_AreStructureWithoutTopic_AndAnswersAreNot()
    {
        // Given every demo reply read along the full path, and its gold paragraphs with their kinds
        var campaign = CampaignLoader.Load(RepoPaths.InRepo("corpus", "campaigns", "demo", "campaign.yaml"));
        var segmentation = ReplySegmentation.CreateDefault();
        var wrong = new List<string>();
        var structureChecked = 0;
        foreach (var file in DocumentExtractor.FindFiles(CampaignPaths.Replies(campaign)))
        {
            var gold = CampaignPaths.Gold(campaign) + "/" + Path.GetFileNameWithoutExtension(file) + ".gold.jsonl";
            var passages = segmentation.Run(file, campaign).Reply!.Segments.SelectMany(s => s.Passages).ToList();
            var cursor = 0;
            foreach (var (text, kind, topic) in File.ReadLines(gold).Select(Parse))
            {
                // When each gold paragraph is found among the passages, in reading order
                var at = passages.FindIndex(cursor, p => IsParagraph(p.Text, text));
                if (at < 0)
                {
                    continue;
                }

                cursor = at + 1;
                var passage = passages[at];

                // Then structure is structure, with no topic, and no answer of substance is taken for structure
                if (StructureKinds.Contains(kind))
                {
                    structureChecked++;
                    if (!passage.IsStructure || passage.Topic is not null)
                    {
                        wrong.Add($"{Path.GetFileName(file)}: {kind} read as {passage.Role} ({passage.Topic}): {text}");
                    }
                }
                else if (AnswerKinds.Contains(kind) && topic != "other" && passage.IsStructure)
                {
                    wrong.Add($"{Path.GetFileName(file)}: {kind} ({topic}) read as {passage.Role}: {text}");
                }
            }
        }

        Assert.True(structureChecked >= 30, $"only {structureChecked} labels and restated questions were found in the replies");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static (string Text, string Kind, string Topic) Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        return (root.GetProperty("text").GetString()!, root.GetProperty("kind").GetString()!, root.GetProperty("topic").GetString()!);
    }

    /// <summary>The passage is the gold paragraph, give or take a list label before it ("1." + "Products, services and clients").</summary>
    private static bool IsParagraph(string passage, string gold)
    {
        var (p, g) = (Fold(passage), Fold(gold));
        return p.EndsWith(g, StringComparison.Ordinal) && p.Length - g.Length <= 4;
    }

    private static string Fold(string text)
    {
        var folded = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString();
    }
}
