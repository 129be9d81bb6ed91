using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pipeline.Export.Tests.Fixtures;

/// <summary>
/// Checks a document against a mapping's properties as a strict OpenSearch mapping would: every field is mapped, and
/// every value (or array element) has the JSON kind the field's type takes.
/// </summary>
internal static class MappingValidator
{
    public static IReadOnlyList<string> Problems(JsonObject document, JsonObject properties)
    {
        var problems = new List<string>();
        foreach (var (field, value) in document)
        {
            if (properties[field] is not JsonObject mapping)
            {
                problems.Add($"'{field}' is not in the mapping");
                continue;
            }

            var type = mapping["type"]!.GetValue<string>();
            var values = value is JsonArray array ? array.ToList() : [value];
            foreach (var element in values)
            {
                if (!Fits(type, element))
                {
                    problems.Add($"'{field}' is {type} but holds {element?.ToJsonString() ?? "null"}");
                }
            }
        }

        return problems;
    }

    private static bool Fits(string type, JsonNode? value)
    {
        var kind = value?.GetValueKind();
        return type switch
        {
            "keyword" or "text" => kind == JsonValueKind.String,
            "integer" => kind == JsonValueKind.Number && value!.GetValue<double>() is var n && n == Math.Floor(n) && n is >= int.MinValue and <= int.MaxValue,
            "float" => kind == JsonValueKind.Number,
            "boolean" => kind is JsonValueKind.True or JsonValueKind.False,
            _ => false,
        };
    }
}
