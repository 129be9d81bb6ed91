using Pipeline.Segmentation.Attribution;

namespace Pipeline.Workflows.Evaluation;

/// <summary>
/// Compares company names as attribution does (<see cref="CompanyNames.Key"/>: case, accents, punctuation and the legal
/// form do not matter), and also ignores the single letters a dotted form leaves ("S.A." → "s a"); any other word
/// counts ("Department Lumaris Telecom Systems" is not "Lumaris Telecom Systems").
/// </summary>
public static class CompanyNameKey
{
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Join(' ', CompanyNames.Key(name).Where(w => w.Length > 1));
    }
}
