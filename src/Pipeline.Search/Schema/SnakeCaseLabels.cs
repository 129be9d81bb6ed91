using System.Collections.Frozen;
using System.Text.Json;

namespace Pipeline.Search.Schema;

/// <summary>Enum values as the snake_case labels JSON uses ("not_addressed"), both ways; how enums are indexed.</summary>
public static class SnakeCaseLabels
{
    /// <summary>Every label of <typeparamref name="TEnum"/> in declaration order.</summary>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum => Cache<TEnum>.All;

    public static string ToLabel<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    /// <summary>Parses a label, ignoring case; hyphens are read as underscores ("not-addressed").</summary>
    public static bool TryParse<TEnum>(string? label, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return label is not null && Cache<TEnum>.ByLabel.TryGetValue(label.Trim().Replace('-', '_'), out value);
    }

    private static class Cache<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<string, TEnum> ByLabel =
            Enum.GetValues<TEnum>().ToFrozenDictionary(v => ToLabel(v), v => v, StringComparer.OrdinalIgnoreCase);

        public static readonly IReadOnlyList<string> All = [.. Enum.GetValues<TEnum>().Select(v => ToLabel(v))];
    }
}
