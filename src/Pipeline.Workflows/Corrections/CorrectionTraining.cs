using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Pipeline.Classification.Training;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Errors;
using Pipeline.Search.Reading;

namespace Pipeline.Workflows.Corrections;

/// <summary>
/// Adds the passages researchers labelled (a corrected or accepted topic, from the index) to a training set, kept apart
/// from evaluation: a campaign under a <c>locked</c> folder is refused, and a passage whose text is in the test set is
/// left out, so that no score is earned on what the model was taught.
/// </summary>
public static class CorrectionTraining
{
    /// <summary>The training set with the corrected passages of <paramref name="campaigns"/> appended (its hash changes with them).</summary>
    /// <param name="train">The training set.</param>
    /// <param name="test">The test set whose texts are kept out; none when null.</param>
    /// <param name="campaigns">Campaigns whose corrections are ingested into <paramref name="indexDirectory"/>.</param>
    /// <param name="indexDirectory">The index holding them.</param>
    /// <exception cref="PipelineException">A campaign lies under a <c>locked</c> folder (<see cref="ErrorCode.InvalidInput"/>).</exception>
    public static CorrectionTrainingSet Add(LabelledDataSet train, LabelledDataSet? test, IReadOnlyList<Campaign> campaigns, string indexDirectory)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(campaigns);
        Training.LockedCampaigns.Refuse(campaigns);

        var heldOut = (test?.Examples ?? []).Select(e => PassageAnchor.Normalise(e.Text)).ToHashSet(StringComparer.Ordinal);
        var seen = train.Examples.Select(e => PassageAnchor.Normalise(e.Text)).ToHashSet(StringComparer.Ordinal);
        var added = ImmutableArray.CreateBuilder<TrainingExample>();
        var leftOut = 0;
        using var index = SegmentIndex.Open(indexDirectory);
        foreach (var campaign in campaigns)
        {
            foreach (var segment in Agreement.Labelled(index.ReadSegments(campaign.Id)))
            {
                var key = PassageAnchor.Normalise(segment.AnswerText);
                if (heldOut.Contains(key))
                {
                    leftOut++;
                }
                else if (seen.Add(key))
                {
                    added.Add(new TrainingExample(segment.Topic!.Value, segment.AnswerText));
                }
            }
        }

        var examples = added.ToImmutable();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(train.Sha256 + string.Concat(examples.Select(e => $"\n{e.Label}\t{e.Text}")))));
        return new CorrectionTrainingSet(train with { Examples = train.Examples.AddRange(examples), Sha256 = examples.IsEmpty ? train.Sha256 : hash }, examples.Length, leftOut);
    }
}

/// <summary>A training set with researchers' passages added: how many were added, and how many were left out because the test set holds them.</summary>
public sealed record CorrectionTrainingSet(LabelledDataSet Train, int Added, int LeftOutAsTest);
