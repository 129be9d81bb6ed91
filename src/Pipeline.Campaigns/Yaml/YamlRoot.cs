using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pipeline.Campaigns.Yaml;

/// <summary>Loads a YAML file's root mapping, reporting malformed YAML with its location instead of throwing.</summary>
internal static partial class YamlRoot
{
    public static YamlMappingNode? Load(string yaml, IssueList issues, string rootShape)
    {
        var stream = new YamlStream();
        var parser = new TrackingParser(yaml);
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            issues.Add(ex.Start, string.Empty, "not valid YAML: " + YamlMessage(ex));
            return null;
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner throws this, unlocated, on e.g. a flow list left open at the end of the file.
            issues.Add(parser.LastGood, string.Empty, $"not valid YAML after this point (an unclosed '[', '{{' or quote?): {ex.Message}");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            issues.Add(Mark.Empty, string.Empty, "the file is empty");
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            issues.Add(stream.Documents[0].RootNode, string.Empty, rootShape);
            return null;
        }

        return root;
    }

    // YamlDotNet prefixes its message with the marks, which the issue already carries as line and column.
    private static string YamlMessage(YamlException ex) => MarkPrefix().Replace(ex.Message, string.Empty);

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex MarkPrefix();
}
