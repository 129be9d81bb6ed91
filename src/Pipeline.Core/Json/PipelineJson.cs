using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipeline.Core.Json;

/// <summary>The one JSON shape every verb and file uses: camelCase keys, enums as names, nulls kept, UTF-8 text unescaped.</summary>
public static class PipelineJson
{
    /// <summary>Indented, for files and human eyes.</summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    /// <summary>One document per line (JSON lines).</summary>
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
