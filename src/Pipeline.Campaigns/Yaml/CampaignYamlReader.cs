using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pipeline.Core.Campaigns;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pipeline.Campaigns.Yaml;

/// <summary>Reads one campaign file into a <see cref="Campaign"/>, collecting every located problem on the way.</summary>
internal sealed partial class CampaignYamlReader(string path, string? registryOverride)
{
    private static readonly string[] Keys =
        ["id", "title", "organisation", "date_sent", "date_published", "source_url", "replies", "registry", "questions", "companies"];

    private readonly IssueList _issues = new();

    public CampaignReadResult Read(string yaml)
    {
        var root = YamlRoot.Load(yaml, _issues, "expected a mapping of fields (id:, title:, questions:, companies: …)");
        if (root is null)
        {
            return Result(null);
        }

        var map = new MappingView(root, string.Empty, _issues, Keys);
        var id = ReadId(map);
        var title = map.String("title", required: true);
        var organisation = map.String("organisation", required: false);
        var sent = DateField.Read(map, "date_sent", _issues);
        var published = DateField.Read(map, "date_published", _issues);
        var sourceUrl = ReadUrl(map);
        var replies = map.String("replies", required: false) ?? CampaignLoader.DefaultRepliesFolder;
        var questions = new QuestionsReader(_issues).Read(map.Sequence("questions", required: true));
        var companies = new CompaniesReader(_issues).Read(map.Sequence("companies", required: true));
        var registry = ReadRegistry(map);
        if (registry is not null)
        {
            CheckRegistered(map.Sequence("companies", required: false), registry);
        }

        if (sent is not null && published is not null && published < sent && map.Get("date_published") is { } publishedNode)
        {
            _issues.Add(publishedNode, "date_published", $"{published:yyyy-MM-dd} is before date_sent ({sent:yyyy-MM-dd})");
        }

        if (!_issues.IsEmpty || id is null || title is null)
        {
            return Result(null);
        }

        return Result(new Campaign(id, title, questions, companies)
        {
            Organisation = organisation,
            DateSent = sent,
            DatePublished = published,
            SourceUrl = sourceUrl,
            RepliesFolder = replies,
            FilePath = path,
            Registry = registry,
        });
    }

    private string? ReadId(MappingView map)
    {
        var id = map.String("id", required: true);
        if (id is not null && !Slug().IsMatch(id))
        {
            _issues.Add(map.Get("id")!, "id", $"'{id}' is not a valid id (lower-case letters, digits and hyphens, e.g. mena-surveillance-2022)");
            return null;
        }

        return id;
    }

    /// <summary>The registry named by <c>registry:</c> (a path relative to the campaign file), or the override a stored copy uses.</summary>
    private CompanyRegistry? ReadRegistry(MappingView map)
    {
        var relative = map.String("registry", required: false);
        if (relative is null)
        {
            return null;
        }

        var file = registryOverride ?? Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", relative));
        if (!File.Exists(file))
        {
            _issues.Add(map.Get("registry")!, "registry", $"no company registry at {file}");
            return null;
        }

        var (registry, issues) = CompanyRegistryLoader.Read(file);
        if (registry is null)
        {
            _issues.Add(map.Get("registry")!, "registry", $"the company registry {file} is not valid: {issues[0]}" + (issues.Length > 1 ? $" (and {issues.Length - 1} more)" : string.Empty));
        }

        return registry;
    }

    /// <summary>Every company of the campaign must be in the registry, by its name or an alias: an archive tells companies apart by it.</summary>
    private void CheckRegistered(YamlSequenceNode? companies, CompanyRegistry registry)
    {
        for (var i = 0; companies is not null && i < companies.Children.Count; i++)
        {
            if (companies.Children[i] is not YamlMappingNode company)
            {
                continue;
            }

            var names = NamesOf(company).ToArray();
            if (names.Length > 0 && !names.Any(n => registry.Find(n) is not null))
            {
                _issues.Add(company, $"companies[{i}].name", $"'{names[0]}' is not in the company registry {registry.FilePath} (add it there, or give it an alias the registry knows)");
            }
        }
    }

    private static IEnumerable<string> NamesOf(YamlMappingNode company)
    {
        if (company.Children.TryGetValue(new YamlScalarNode("name"), out var name) && name is YamlScalarNode { Value: { } n } && n.Trim().Length > 0)
        {
            yield return n.Trim();
        }

        if (company.Children.TryGetValue(new YamlScalarNode("aliases"), out var aliases) && aliases is YamlSequenceNode list)
        {
            foreach (var alias in list.Children.OfType<YamlScalarNode>().Where(a => !string.IsNullOrWhiteSpace(a.Value)))
            {
                yield return alias.Value!.Trim();
            }
        }
    }

    private string? ReadUrl(MappingView map)
    {
        var url = map.String("source_url", required: false);
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            _issues.Add(map.Get("source_url")!, "source_url", $"'{url}' is not an http(s) address");
            return null;
        }

        return url;
    }

    private CampaignReadResult Result(Campaign? campaign) => new(path, campaign, _issues.ToImmutable());

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
