using YamlDotNet.RepresentationModel;

namespace Pipeline.Campaigns.Yaml;

internal static class Location
{
    /// <summary>"line 12", for pointing from one problem to the node it clashes with.</summary>
    public static string LineOf(YamlNode node) => $"line {node.Start.Line}";
}
