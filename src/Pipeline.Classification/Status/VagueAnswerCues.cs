using System.Text.RegularExpressions;

namespace Pipeline.Classification.Status;

/// <summary>
/// An answer that points elsewhere or stays general instead of describing: "our Code of Business Ethics … is publicly
/// available on our website", "describe our general approach to human rights", "robust processes in place". The gold
/// reads these as partial: the question is addressed "only in vague general terms".
/// </summary>
public static partial class VagueAnswerCues
{
    public static bool IsIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Pattern().IsMatch(text);
    }

    [GeneratedRegex(
        @"\b(?:(?:is|are)\s+(?:publicly\s+)?available\s+on\s+our\s+(?:web\s*site|homepage)|published\s+on\s+our\s+(?:web\s*site|homepage)|(?:our|a)\s+general\s+approach|robust\s+(?:processes|procedures|systems)|auf\s+unserer\s+(?:Webseite|Website|Internetseite)\s+(?:\w+\s+){0,2}(?:abrufbar|verfügbar|veröffentlicht)|(?:disponible|publiée?s?)\s+sur\s+notre\s+site)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
