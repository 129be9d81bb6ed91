using Pipeline.Core.Segments;

namespace Pipeline.Workflows.Evaluation;

/// <summary>
/// The company a reply is from, as the gold names it, against the name Pipeline finds when the campaign's company list
/// is hidden (file name, letterhead, signature only: what it can do for a company nobody listed).
/// </summary>
public sealed record NamingOutcome(string File, string Expected, string? Actual, AttributionSource Source, bool ListedInCampaign)
{
    public bool Correct => Actual is not null && CompanyNameKey.Of(Expected) == CompanyNameKey.Of(Actual);

    /// <summary>A name was given and it is not the gold's.</summary>
    public bool Wrong => Actual is not null && !Correct;
}
