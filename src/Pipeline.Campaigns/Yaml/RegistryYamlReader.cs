using System.Collections.Immutable;
using Pipeline.Core.Campaigns;

namespace Pipeline.Campaigns.Yaml;

/// <summary>Reads a company registry file: every name and alias unique, every parent a registered company.</summary>
internal sealed class RegistryYamlReader
{
    private static readonly string[] RootKeys = ["companies"];

    private static readonly string[] Keys = ["name", "aliases", "country", "parent"];

    private readonly IssueList _issues = new();

    private readonly NameClaims _names;

    public RegistryYamlReader() => _names = new NameClaims(_issues);

    public (CompanyRegistry? Registry, ImmutableArray<CampaignIssue> Issues) Read(string yaml, string path)
    {
        var root = YamlRoot.Load(yaml, _issues, "expected a mapping with a companies: list");
        if (root is null)
        {
            return (null, _issues.ToImmutable());
        }

        var map = new MappingView(root, string.Empty, _issues, RootKeys);
        var sequence = map.Sequence("companies", required: true);
        var companies = ListOfMappings.Read(sequence, "companies", "a company (name:, aliases:, country:, parent:)", Keys, _issues, ReadOne);
        var registry = new CompanyRegistry(companies) { FilePath = path };
        CheckParents(registry, sequence);
        return _issues.IsEmpty ? (registry, []) : (null, _issues.ToImmutable());
    }

    private RegisteredCompany? ReadOne(MappingView map)
    {
        var name = map.String("name", required: true);
        if (name is not null)
        {
            _names.Claim(name, name, map.Get("name")!, map.FieldOf("name"));
        }

        var aliases = _names.ReadAliases(map, name);
        var country = map.String("country", required: false);
        var parent = map.String("parent", required: false);
        return name is null ? null : new RegisteredCompany(name, aliases, country, parent);
    }

    private void CheckParents(CompanyRegistry registry, YamlDotNet.RepresentationModel.YamlSequenceNode? sequence)
    {
        for (var i = 0; sequence is not null && i < registry.Companies.Length; i++)
        {
            var company = registry.Companies[i];
            if (company.Parent is not { } parent)
            {
                continue;
            }

            var found = registry.Find(parent);
            var problem = found is null ? "is not a company of this registry" : ReferenceEquals(found, company) ? "is the company itself" : null;
            if (problem is not null)
            {
                _issues.Add(sequence.Children[Math.Min(i, sequence.Children.Count - 1)], $"companies[{i}].parent", $"'{parent}' {problem}");
            }
        }
    }
}
