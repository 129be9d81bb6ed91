using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipeline.Core.Json;

/// <summary>Serialises an enum as its snake_case name ("not_addressed").</summary>
public sealed class SnakeCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false)
    where TEnum : struct, Enum;
