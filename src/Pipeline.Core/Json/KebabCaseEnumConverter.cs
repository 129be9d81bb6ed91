using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipeline.Core.Json;

/// <summary>Serialises an enum as its kebab-case name ("unsupported-format").</summary>
public sealed class KebabCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    where TEnum : struct, Enum;
