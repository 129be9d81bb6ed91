using System.Collections.Immutable;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pipeline.Campaigns.Yaml;

/// <summary>Collects located problems while a campaign file is read.</summary>
internal sealed class IssueList
{
    private readonly List<CampaignIssue> _issues = [];

    public bool IsEmpty => _issues.Count == 0;

    public void Add(YamlNode node, string field, string message) => Add(node.Start, field, message);

    public void Add(Mark mark, string field, string message) =>
        _issues.Add(new CampaignIssue(Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column), field, message));

    public ImmutableArray<CampaignIssue> ToImmutable() =>
        [.. _issues.OrderBy(i => i.Line).ThenBy(i => i.Column)];
}
