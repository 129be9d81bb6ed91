using System.Collections.Immutable;
using System.Text.Json;
using Pipeline.Core.Campaigns;
using YamlDotNet.RepresentationModel;

namespace Pipeline.Campaigns.Yaml;

/// <summary>Reads the companies approached: every name and alias unique across the campaign, a known response status.</summary>
internal sealed class CompaniesReader(IssueList issues)
{
    private static readonly string[] Keys = ["name", "aliases", "country", "status"];

    private static readonly ImmutableDictionary<string, ResponseStatus> Statuses =
        Enum.GetValues<ResponseStatus>().ToImmutableDictionary(s => SnakeCase(s), s => s);

    // Names are compared as attribution compares them: case and spacing ignored.
    private readonly Dictionary<string, (string Company, YamlNode Node)> _names = new(StringComparer.OrdinalIgnoreCase);

    public ImmutableArray<Company> Read(YamlSequenceNode? sequence) =>
        ListOfMappings.Read(sequence, "companies", "a company (name:, status: …)", Keys, issues, ReadOne);

    private Company? ReadOne(MappingView map)
    {
        var name = map.String("name", required: true);
        if (name is not null)
        {
            Claim(name, name, map.Get("name")!, map.FieldOf("name"));
        }

        var aliases = ReadAliases(map, name);
        var country = map.String("country", required: false);
        var status = ReadStatus(map);
        return name is not null && status is { } s ? new Company(name, aliases, country, s) : null;
    }

    private ImmutableArray<string> ReadAliases(MappingView map, string? company)
    {
        var sequence = map.Sequence("aliases", required: false);
        if (sequence is null)
        {
            return [];
        }

        var aliases = ImmutableArray.CreateBuilder<string>();
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

    private ResponseStatus? ReadStatus(MappingView map)
    {
        var text = map.String("status", required: true);
        if (text is null)
        {
            return null;
        }

        if (Statuses.TryGetValue(text, out var status))
        {
            return status;
        }

        issues.Add(map.Get("status")!, map.FieldOf("status"), $"'{text}' is not a response status (one of {string.Join(", ", Statuses.Keys.Order(StringComparer.Ordinal))})");
        return null;
    }

    /// <summary>Registers a name or alias; reports it and returns false when another company (or this one) already uses it.</summary>
    private bool Claim(string name, string company, YamlNode node, string field)
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

    private static string SnakeCase(ResponseStatus status) => JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());
}
