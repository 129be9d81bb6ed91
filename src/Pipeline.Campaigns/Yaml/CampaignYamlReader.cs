using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pipeline.Core.Campaigns;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pipeline.Campaigns.Yaml;

/// <summary>Reads one campaign file into a <see cref="Campaign"/>, collecting every located problem on the way.</summary>
internal sealed partial class CampaignYamlReader(string path)
{
    private static readonly string[] Keys =
        ["id", "title", "organisation", "date_sent", "date_published", "source_url", "replies", "questions", "companies"];

    private readonly IssueList _issues = new();

    public CampaignReadResult Read(string yaml)
    {
        var root = LoadRoot(yaml);
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
        });
    }

    private YamlMappingNode? LoadRoot(string yaml)
    {
        var stream = new YamlStream();
        var parser = new TrackingParser(yaml);
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            _issues.Add(ex.Start, string.Empty, "not valid YAML: " + YamlMessage(ex));
            return null;
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner throws this, unlocated, on e.g. a flow list left open at the end of the file.
            _issues.Add(parser.LastGood, string.Empty, $"not valid YAML after this point (an unclosed '[', '{{' or quote?): {ex.Message}");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            _issues.Add(Mark.Empty, string.Empty, "the file is empty");
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            _issues.Add(stream.Documents[0].RootNode, string.Empty, "expected a mapping of fields (id:, title:, questions:, companies: …)");
            return null;
        }

        return root;
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

    // YamlDotNet prefixes its message with the marks, which the issue already carries as line and column.
    private static string YamlMessage(YamlException ex) => MarkPrefix().Replace(ex.Message, string.Empty);

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex MarkPrefix();
}
