namespace Pipeline.Campaigns;

/// <summary>One problem in a campaign file, located where a researcher editing it by hand can find it.</summary>
/// <param name="Line">1-based line of the offending node.</param>
/// <param name="Column">1-based column of the offending node.</param>
/// <param name="Field">Path of the field, e.g. <c>questions[3].topic</c> (0-based indexes); empty for the whole file.</param>
/// <param name="Message">What is wrong and what is expected.</param>
public sealed record CampaignIssue(int Line, int Column, string Field, string Message)
{
    /// <summary>"line 12, column 5: questions[3].topic: 'grievance' is not a topic (one of …)".</summary>
    public override string ToString() =>
        Field.Length == 0 ? $"line {Line}, column {Column}: {Message}" : $"line {Line}, column {Column}: {Field}: {Message}";
}
