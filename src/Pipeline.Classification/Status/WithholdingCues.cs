using System.Text.RegularExpressions;

namespace Pipeline.Classification.Status;

/// <summary>
/// A commitment or answer given on a condition that keeps part of it back: "we will not list individual agencies by
/// name without their consent", "for other contracts we would need the consent of the customer", "customer-specific
/// information is subject to contractual confidentiality", "our customers have asked us not to name the agencies". The
/// answer then leaves out part of what was asked — partial, not declined (it does answer) and not answered.
/// </summary>
public static partial class WithholdingCues
{
    public static bool IsIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Pattern().IsMatch(text);
    }

    [GeneratedRegex(
        @"\b(?:without\s+(?:their|the|its|his|her|prior)\s+(?:\w+\s+){0,2}(?:consent|agreement|approval|permission)|(?:would|will)\s+need\s+(?:the|its|their)\s+(?:\w+\s+){0,2}(?:consent|agreement|approval|permission)|subject\s+to\s+(?:\w+\s+){0,2}confidentiality|(?:asked|requested)\s+(?:us\s+)?not\s+to\b|sans\s+(?:leur|son|l')\s*(?:accord|consentement)|ohne\s+(?:deren|dessen|ihre|seine)\s+(?:Zustimmung|Einwilligung))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
