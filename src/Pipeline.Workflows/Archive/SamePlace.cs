using Pipeline.Core.Archive;

namespace Pipeline.Workflows.Archive;

/// <summary>Two sides of reuse are one paragraph when the company, campaign, file and text are the same (the questions are not compared).</summary>
internal sealed class SamePlace : IEqualityComparer<ReusedText>
{
    public static readonly SamePlace Instance = new();

    public bool Equals(ReusedText? x, ReusedText? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null
            && string.Equals(x.Company, y.Company, StringComparison.Ordinal) && string.Equals(x.CampaignId, y.CampaignId, StringComparison.Ordinal)
            && string.Equals(x.File, y.File, StringComparison.Ordinal) && string.Equals(x.Text, y.Text, StringComparison.Ordinal));

    public int GetHashCode(ReusedText obj) => HashCode.Combine(obj.Company, obj.CampaignId, obj.File, obj.Text);
}
