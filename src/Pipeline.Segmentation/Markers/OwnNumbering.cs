using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Segmentation.Units;

namespace Pipeline.Segmentation.Markers;

/// <summary>
/// The numbering a letter invents for the questionnaire's parts, found from the letter itself rather than from a list of
/// known styles: labels of one shape (<see cref="OwnLabel"/>) opening at least <see cref="LeastLabels"/> paragraphs or
/// table rows, two-level ones among them, every one naming a question the questionnaire has and mostly in its order.
/// The first level counts the questions (1, 2, 3; A, B, C; I, II, III or i, ii, iii) and the second their parts (a, b;
/// 1, 2 — "2.0" is the question as a whole; i, ii): "A.1" … "B.2/B.3" … "C", "(i)(a)" … "(iii)", "RQ 1.1" … "RQ 2.4 /
/// 2.5" … "RQ 3.0", "Item 1(i)" … "Item 3", "Point 1-a / Item 1-a". Elsewhere "A.1" is an enclosed document's clause,
/// "C." a sub-question's letter, "(iii)" an item of a list and "2.1" a section of a policy, so a shape used too seldom,
/// naming a part the questionnaire lacks ("2.6" for a question of five parts) or out of order is no numbering.
/// </summary>
internal sealed class OwnNumbering
{
    private const int LeastLabels = 3;
    private const int LeastTwoLevel = 2;
    private const double LeastInOrder = 2.0 / 3;

    private readonly Campaign _campaign;
    private readonly ImmutableArray<string> _parents;
    private readonly Dictionary<string, (bool FirstRoman, bool SecondRoman)> _families;

    private OwnNumbering(Campaign campaign, Dictionary<string, (bool, bool)> families)
    {
        _campaign = campaign;
        _parents = [.. campaign.Questions.Select(q => q.Id.Number).Distinct()];
        _families = families;
    }

    /// <summary>Whether the letter numbers its answers in a system of its own.</summary>
    public bool IsUsed => _families.Count > 0;

    /// <summary>The numbering the letter's paragraphs and table rows use; none found is a numbering that reads nothing.</summary>
    public static OwnNumbering Of(Campaign campaign, ImmutableArray<ReplyUnit> units)
    {
        var labels = units.Select(u => OwnLabel.Read(u.NumberingText)).OfType<OwnLabel>().ToArray();
        var families = new Dictionary<string, (bool, bool)>();
        var numbering = new OwnNumbering(campaign, families);
        foreach (var family in labels.GroupBy(l => Family(l.Shape)))
        {
            var twoLevel = family.Where(l => !IsSingle(l)).ToArray();
            if (family.Count() < LeastLabels || twoLevel.Length < LeastTwoLevel)
            {
                continue;
            }

            families[family.Key] = (AllRoman(family.SelectMany(l => l.Symbols.Select(s => s.First))), AllRoman(twoLevel.SelectMany(l => l.Symbols.Select(s => s.Second)).OfType<string>()));
            var positions = family.Select(numbering.Resolve).Select(r => r.IsEmpty ? -1 : Position(campaign, r[0])).ToArray();
            var inOrder = positions.Zip(positions.Skip(1)).Count(p => p.Second >= p.First);
            if (positions.Contains(-1) || inOrder < LeastInOrder * (positions.Length - 1))
            {
                families.Remove(family.Key);
            }
        }

        return numbering;
    }

    /// <summary>The marker a label of the letter's numbering opens <paramref name="text"/> with; null when none does.</summary>
    public RawMarker? Parse(string text)
    {
        if (!IsUsed || OwnLabel.Read(text) is not { } label || !_families.ContainsKey(Family(label.Shape)))
        {
            return null;
        }

        var references = Resolve(label);
        return references.IsEmpty ? null : new RawMarker(MarkerKind.Section, references, label.Length, references.All(r => r.Letter is not null));
    }

    /// <summary>The references a label makes, as the questionnaire numbers them; empty when any of its symbols names no question.</summary>
    private ImmutableArray<RawReference> Resolve(OwnLabel label)
    {
        var roman = _families.GetValueOrDefault(Family(label.Shape));
        var references = new List<RawReference>();
        foreach (var (first, second) in label.Symbols)
        {
            var parent = Ordinal(first, roman.FirstRoman) is { } n && n >= 1 && n <= _parents.Length ? _parents[n - 1] : null;
            if (parent is null || !int.TryParse(parent, out var number))
            {
                return [];
            }

            // The n-th part by the questionnaire's order; "2.0", a symbol alone, or "3.1" of a question without parts: the question.
            var parts = _campaign.Questions.Where(q => q.Id.Number == parent && q.Id.Value != parent).Select(q => q.Id.Value[^1]).ToArray();
            var part = second is null ? 0 : Ordinal(second, roman.SecondRoman);
            char? letter = part switch
            {
                null => '?',
                0 => null,
                1 when parts.Length == 0 => null,
                { } p when p <= parts.Length => parts[p - 1],
                _ => '?',
            };
            if (letter == '?')
            {
                return [];
            }

            references.Add(new RawReference(number, letter, false));
        }

        return [.. references.Distinct()];
    }

    /// <summary>The count a symbol stands for: 2 for "2", "B", "b", "II" or "ii" (Roman when the letter's labels read so).</summary>
    private static int? Ordinal(string symbol, bool roman)
    {
        if (char.IsAsciiDigit(symbol[0]))
        {
            return int.Parse(symbol);
        }

        var lower = symbol.ToLowerInvariant();
        return roman ? RomanNumerals.ToInt(lower)
            : lower.Length != 1 ? null
            : lower[0] is >= 'α' and <= 'ω' ? lower[0] - 'α' + 1
            : lower[0] - 'a' + 1;
    }

    /// <summary>Letters read as Roman numerals when every one of them is one ("i", "ii", "iv"; "A", "B", "C" are letters).</summary>
    private static bool AllRoman(IEnumerable<string> symbols)
    {
        var letters = symbols.Where(s => !char.IsAsciiDigit(s[0])).ToArray();
        return letters.Length > 0 && letters.All(s => RomanNumerals.ToInt(s) is not null);
    }

    /// <summary>Where a reference's first question stands in the questionnaire.</summary>
    private static int Position(Campaign campaign, RawReference reference) =>
        campaign.Questions.Select(q => q.Id).ToList().FindIndex(id => id.Number == $"{reference.Number}" && (reference.Letter is null || id.Value == $"{reference.Number}{reference.Letter}"));

    private static bool IsSingle(OwnLabel label) => label.Symbols.All(s => s.Second is null);

    /// <summary>Labels of one system: the same word, opening bracket and kind of first level, whatever follows ("C" goes with "A.1", "(iii)" with "(i)(a)", "[3]" with "[2-b]").</summary>
    private static string Family(string shape) => shape[..shape.LastIndexOf('|')];
}
