using System.Globalization;

namespace Pipeline.Cli.Infrastructure.CommandLine;

/// <summary>Whether a text can be an option's value, said in plain words rather than in .NET type names.</summary>
internal static class OptionValue
{
    /// <summary>Why <paramref name="value"/> cannot be a value of <paramref name="type"/>; null when it can (text is checked by the verb).</summary>
    public static string? Problem(string value, Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(int))
        {
            return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) ? null
                : IsWholeNumber(value) ? $"'{value}' is too large"
                : $"'{value}' is not a whole number";
        }

        if (target == typeof(double))
        {
            return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? null : $"'{value}' is not a number";
        }

        return target.IsEnum && !Enum.TryParse(target, value, ignoreCase: true, out _)
            ? $"'{value}' is not one of {string.Join(", ", Enum.GetNames(target).Select(n => n.ToLowerInvariant()))}"
            : null;
    }

    private static bool IsWholeNumber(string value)
    {
        var digits = value.Trim().TrimStart('-', '+');
        return digits.Length > 0 && digits.All(char.IsAsciiDigit);
    }
}
