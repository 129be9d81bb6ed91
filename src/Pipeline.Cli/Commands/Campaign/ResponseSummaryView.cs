using Pipeline.Campaigns;

namespace Pipeline.Cli.Commands.Campaign;

/// <summary>Response counts with the derived figures spelled out.</summary>
internal sealed record ResponseSummaryView(int Companies, int Responded, int Declined, int NoResponse, int Replied, double ResponseRate)
{
    public static ResponseSummaryView From(ResponseSummary s) =>
        new(s.Companies, s.Responded, s.Declined, s.NoResponse, s.Replied, Math.Round(s.ResponseRate, 4));
}
