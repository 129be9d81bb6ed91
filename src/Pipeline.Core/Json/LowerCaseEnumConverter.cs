using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipeline.Core.Json;

/// <summary>Serialises an enum as its lower-case name ("docx").</summary>
public sealed class LowerCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(new LowerCaseNamingPolicy(), allowIntegerValues: false)
    where TEnum : struct, Enum
{
    private sealed class LowerCaseNamingPolicy : JsonNamingPolicy
    {
        public override string ConvertName(string name) => name.ToLowerInvariant();
    }
}
