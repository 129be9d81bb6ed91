using Pipeline.Core.Campaigns;
using Pipeline.Core.Errors;

namespace Pipeline.Workflows.Training;

/// <summary>Evaluation campaigns kept locked: a campaign file under a folder named <c>locked</c> scores models and never trains them.</summary>
public static class LockedCampaigns
{
    /// <exception cref="PipelineException">One of <paramref name="campaigns"/> lies under a <c>locked</c> folder (<see cref="ErrorCode.InvalidInput"/>).</exception>
    public static void Refuse(IEnumerable<Campaign> campaigns)
    {
        ArgumentNullException.ThrowIfNull(campaigns);
        foreach (var campaign in campaigns.Where(IsLocked))
        {
            throw new PipelineException(ErrorCode.InvalidInput, campaign.FilePath ?? campaign.Id, "a locked evaluation campaign never trains the model: its replies score it");
        }
    }

    private static bool IsLocked(Campaign campaign) =>
        campaign.FilePath is { } file && Path.GetFullPath(file).Split(Path.DirectorySeparatorChar).Contains("locked", StringComparer.OrdinalIgnoreCase);
}
