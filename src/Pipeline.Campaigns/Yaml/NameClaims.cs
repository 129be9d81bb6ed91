using YamlDotNet.RepresentationModel;

namespace Pipeline.Campaigns.Yaml;

/// <summary>Names and aliases of a company list, each owned by one company; case and spacing ignored, as attribution compares them.</summary>
internal sealed class NameClaims(IssueList issues)
{
    private readonly Dictionary<string, (string Company, YamlNode Node)> _names = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Registers a name or alias; reports it and returns false when another company (or this one) already uses it.</summary>
    public bool Claim(string name, string company, YamlNode node, string field)
    {
        var key = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (_names.TryGetValue(key, out var owner))
        {
            issues.Add(node, field, $"'{name}' is already a name of '{owner.Company}' ({Location.LineOf(owner.Node)})");
            return false;
        }

        _names.Add(key, (company, node));
        return true;
    }

    /// <summary>Reads the optional <c>aliases:</c> list of a company, claiming each alias for it.</summary>
    public System.Collections.Immutable.ImmutableArray<string> ReadAliases(MappingView map, string? company)
    {
        var sequence = map.Sequence("aliases", required: false);
        if (sequence is null)
        {
            return [];
        }

        var aliases = System.Collections.Immutable.ImmutableArray.CreateBuilder<string>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var field = $"{map.FieldOf("aliases")}[{i}]";
            if (sequence.Children[i] is not YamlScalarNode { Value: { } value } scalar || string.IsNullOrWhiteSpace(value))
            {
                issues.Add(sequence.Children[i], field, "expected a name");
                continue;
            }

            if (Claim(value.Trim(), company ?? value.Trim(), scalar, field))
            {
                aliases.Add(value.Trim());
            }
        }

        return aliases.ToImmutable();
    }
}
