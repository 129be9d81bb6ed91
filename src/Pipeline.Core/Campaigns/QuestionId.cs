using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipeline.Core.Campaigns;

/// <summary>A question's id in a questionnaire: a number with an optional letter ("2d", "3"), lower case; or <see cref="General"/>.</summary>
[JsonConverter(typeof(QuestionIdJsonConverter))]
public readonly record struct QuestionId
{
    private QuestionId(string value) => Value = value;

    public string Value { get; }

    /// <summary>Not an answer to any question: letterhead, greeting, background, closing.</summary>
    public static QuestionId General { get; } = new("general");

    public bool IsGeneral => Value == General.Value;

    /// <summary>The number part: "2" for "2d".</summary>
    public string Number => IsGeneral ? Value : Value.TrimEnd("abcdefghijklmnopqrstuvwxyz".ToCharArray());

    /// <summary>Parses the canonical form: digits then at most one letter ("2d", "3", "2D"), or "general".</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out QuestionId id)
    {
        id = default;
        var s = text.Trim();
        if (s.Equals(General.Value, StringComparison.OrdinalIgnoreCase))
        {
            id = General;
            return true;
        }

        var digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits]))
        {
            digits++;
        }

        if (digits == 0 || digits > 3 || s.Length - digits > 1 || (s.Length > digits && !char.IsAsciiLetter(s[digits])))
        {
            return false;
        }

        id = new QuestionId(s.ToString().ToLowerInvariant());
        return true;
    }

    public static QuestionId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a question id (expected e.g. 2d, 3 or general)");

    public override string ToString() => Value ?? string.Empty;

    private sealed class QuestionIdJsonConverter : JsonConverter<QuestionId>
    {
        public override QuestionId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Parse(reader.GetString() ?? throw new JsonException("question id is null"));

        public override void Write(Utf8JsonWriter writer, QuestionId value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Value);
    }
}
