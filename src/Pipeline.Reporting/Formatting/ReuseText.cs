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

    /// <summary>
    /// Every place the answer's reused paragraphs also appear, once each, joined; when a text is in more companies'
    /// replies than the places listed, how many: "also in A (reply to demo); also in B (reply to demo); in the replies of 312 companies in all".
    /// </summary>
    public static string All(IEnumerable<ReuseMark> marks)
    {
        ArgumentNullException.ThrowIfNull(marks);
        var listed = marks.ToList();
        var places = listed.Select(Of).Distinct(StringComparer.Ordinal).ToList();
        var companies = listed.Select(m => m.Companies).DefaultIfEmpty().Max();
        return string.Join("; ", companies > places.Count + 1 ? [.. places, InAll(companies)] : places);
    }

    /// <summary>"in the replies of 312 companies in all": how widely a text was sent, beside the places listed.</summary>
    public static string InAll(int companies) => $"in the replies of {companies} companies in all";
}
