using Pipeline.Core.Archive;

namespace Pipeline.Reporting.Formatting;

/// <summary>Where a reused passage also appears, in words, the same in the report and the web app.</summary>
public static class ReuseText
{
    /// <summary>"also in Northwind Border Systems (reply to demo)", "also in its reply to demo", "also in Helvora Biometrics - human rights policy.pdf (reference of Helvora Biometrics)".</summary>
    public static string Of(ReuseMark mark)
    {
        ArgumentNullException.ThrowIfNull(mark);
        var elsewhere = mark.Elsewhere;
        return mark.Kind switch
        {
            ReuseKind.Reference => $"also in {elsewhere.File} (reference of {elsewhere.Company})",
            ReuseKind.OwnEarlier => $"also in its reply to {elsewhere.CampaignId}",
            _ => $"also in {elsewhere.Company} (reply to {elsewhere.CampaignId})",
        };
    }

    /// <summary>Every place the answer's reused paragraphs also appear, once each, joined.</summary>
    public static string All(IEnumerable<ReuseMark> marks) => string.Join("; ", marks.Select(Of).Distinct(StringComparer.Ordinal));
}
