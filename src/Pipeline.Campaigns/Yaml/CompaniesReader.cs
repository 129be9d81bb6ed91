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

    private readonly NameClaims _names = new(issues);

    public ImmutableArray<Company> Read(YamlSequenceNode? sequence) =>
        ListOfMappings.Read(sequence, "companies", "a company (name:, status: …)", Keys, issues, ReadOne);

    private Company? ReadOne(MappingView map)
    {
        var name = map.String("name", required: true);
        if (name is not null)
        {
            _names.Claim(name, name, map.Get("name")!, map.FieldOf("name"));
        }

        var aliases = _names.ReadAliases(map, name);
        var country = map.String("country", required: false);
        var status = ReadStatus(map);
        return name is not null && status is { } s ? new Company(name, aliases, country, s) : null;
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

    private static string SnakeCase(ResponseStatus status) => JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());
}
