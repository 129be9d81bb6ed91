using Pipeline.Campaigns.Yaml;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Errors;

namespace Pipeline.Campaigns;

/// <summary>Reads campaign YAML files (format: corpus/campaigns/README.md). Thread-safe.</summary>
public static class CampaignLoader
{
    /// <summary>The replies folder, relative to the campaign file, when the file names none.</summary>
    public const string DefaultRepliesFolder = "replies";

    /// <summary>Loads a valid campaign file.</summary>
    /// <exception cref="PipelineException">
    /// <see cref="ErrorCode.IoError"/> when the file cannot be read; <see cref="ErrorCode.InvalidInput"/> when it is malformed,
    /// the reason naming the first problem's line, column and field.
    /// </exception>
    /// <param name="path">The campaign file.</param>
    /// <param name="registryOverride">A registry file to read in place of the one the campaign names (a stored copy's).</param>
    public static Campaign Load(string path, string? registryOverride = null)
    {
        var result = Read(path, registryOverride);
        if (result.Campaign is { } campaign)
        {
            return campaign;
        }

        var more = result.Issues.Length > 1 ? $" (and {result.Issues.Length - 1} more; see `pipeline campaign validate`)" : string.Empty;
        throw new PipelineException(ErrorCode.InvalidInput, path, result.Issues[0] + more);
    }

    /// <summary>Reads a campaign file, returning every problem found rather than stopping at the first.</summary>
    /// <exception cref="PipelineException"><see cref="ErrorCode.IoError"/> when the file cannot be read.</exception>
    public static CampaignReadResult Read(string path, string? registryOverride = null)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PipelineException(ErrorCode.IoError, path, ex.Message, ex);
        }

        return Parse(text, path, registryOverride);
    }

    /// <summary>Reads campaign YAML held in memory; <paramref name="path"/> names it in messages and becomes <see cref="Campaign.FilePath"/>.</summary>
    public static CampaignReadResult Parse(string yaml, string path, string? registryOverride = null) => new CampaignYamlReader(path, registryOverride).Read(yaml);
}
