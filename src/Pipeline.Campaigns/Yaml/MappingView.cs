using YamlDotNet.RepresentationModel;

namespace Pipeline.Campaigns.Yaml;

/// <summary>
/// Typed, located access to one YAML mapping. Missing, empty and mistyped values are reported to the
/// <see cref="IssueList"/> and come back as null, so one pass finds every problem in a file.
/// </summary>
internal sealed class MappingView
{
    private readonly YamlMappingNode _node;
    private readonly string _field;
    private readonly IssueList _issues;

    public MappingView(YamlMappingNode node, string field, IssueList issues, IReadOnlyCollection<string> knownKeys)
    {
        _node = node;
        _field = field;
        _issues = issues;
        foreach (var key in node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!knownKeys.Contains(name))
            {
                issues.Add(key, FieldOf(name), $"unknown field '{name}' (expected one of: {string.Join(", ", knownKeys)})");
            }
        }
    }

    public YamlMappingNode Node => _node;

    public string FieldOf(string key) => _field.Length == 0 ? key : $"{_field}.{key}";

    /// <summary>The value node of <paramref name="key"/>, or null when absent or null-valued.</summary>
    public YamlNode? Get(string key)
    {
        if (!_node.Children.TryGetValue(new YamlScalarNode(key), out var value))
        {
            return null;
        }

        return value is YamlScalarNode { Value: null or "" or "~" or "null", Style: YamlDotNet.Core.ScalarStyle.Plain } ? null : value;
    }

    /// <summary>A scalar string (trimmed), or null when absent; reported when required and absent, or not a scalar.</summary>
    public string? String(string key, bool required)
    {
        var node = Get(key);
        switch (node)
        {
            case null:
                return Missing<string>(key, required, "required field is missing");
            case YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                return scalar.Value.Trim();
            case YamlScalarNode scalar:
                if (required)
                {
                    _issues.Add(scalar, FieldOf(key), "required field is empty");
                }

                return null;
            default:
                _issues.Add(node, FieldOf(key), "expected a single value, found a list or mapping");
                return null;
        }
    }

    /// <summary>A sequence, or null when absent (reported when required) or not a sequence (reported).</summary>
    public YamlSequenceNode? Sequence(string key, bool required)
    {
        var node = Get(key);
        switch (node)
        {
            case YamlSequenceNode sequence:
                return sequence;
            case null:
                return Missing<YamlSequenceNode>(key, required, "required list is missing");
            default:
                _issues.Add(node, FieldOf(key), "expected a list ('- item' lines)");
                return null;
        }
    }

    /// <summary>An absent value: reported, at the mapping, when required.</summary>
    private T? Missing<T>(string key, bool required, string message)
        where T : class
    {
        if (required)
        {
            _issues.Add(_node, FieldOf(key), message);
        }

        return null;
    }
}
