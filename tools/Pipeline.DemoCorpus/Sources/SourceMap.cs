using System.Globalization;

namespace Pipeline.DemoCorpus.Sources;

/// <summary>
/// One YAML mapping of a reply source, as YamlDotNet gives untyped data (dictionaries, lists, strings), read
/// strictly: unknown keys and wrong shapes stop generation with the file and field named.
/// </summary>
internal sealed class SourceMap
{
    private readonly Dictionary<string, object?> _values;

    public SourceMap(object? node, string where, params string[] knownKeys)
    {
        Where = where;
        if (node is not Dictionary<object, object?> map)
        {
            throw Error("expected a mapping");
        }

        _values = map.ToDictionary(kv => Convert.ToString(kv.Key, CultureInfo.InvariantCulture) ?? string.Empty, kv => kv.Value);
        var unknown = _values.Keys.Except(knownKeys).ToList();
        if (unknown.Count > 0)
        {
            throw Error($"unknown key(s) {string.Join(", ", unknown)} (known: {string.Join(", ", knownKeys)})");
        }
    }

    /// <summary>File and field, for messages.</summary>
    public string Where { get; }

    public bool Has(string key) => _values.ContainsKey(key);

    public object? Raw(string key) => _values.GetValueOrDefault(key);

    public string? String(string key) => Raw(key) switch
    {
        null => null,
        string s => s.Trim(),
        var other => throw Error($"{key}: expected text, found {other.GetType().Name}"),
    };

    public string Required(string key) => String(key) is { Length: > 0 } s ? s : throw Error($"{key}: required");

    public bool Flag(string key) => String(key) is { } s && bool.Parse(s);

    public int? Int(string key) => String(key) is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : null;

    public double? Number(string key) => String(key) is { } s ? double.Parse(s, CultureInfo.InvariantCulture) : null;

    public IReadOnlyList<object?> List(string key) => Raw(key) switch
    {
        null => [],
        List<object?> list => list,
        var single => [single],
    };

    public InvalidDataException Error(string message) => new($"{Where}: {message}");
}
