using Pipeline.Core.Campaigns;

namespace Pipeline.Campaigns;

/// <summary>How many of the companies approached replied. A refusal is a reply: it counts towards the response rate.</summary>
public sealed record ResponseSummary(int Companies, int Responded, int Declined, int NoResponse)
{
    /// <summary>Companies that sent anything back: answers or a refusal.</summary>
    public int Replied => Responded + Declined;

    /// <summary><see cref="Replied"/> over <see cref="Companies"/>, from 0 to 1; 0 when no company is listed.</summary>
    public double ResponseRate => Companies == 0 ? 0 : (double)Replied / Companies;

    public static ResponseSummary Of(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        int Count(ResponseStatus status) => campaign.Companies.Count(c => c.Status == status);
        return new(campaign.Companies.Length, Count(ResponseStatus.Responded), Count(ResponseStatus.Declined), Count(ResponseStatus.NoResponse));
    }
}
