using System.Collections.Immutable;
using Pipeline.Campaigns.Yaml;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Errors;

namespace Pipeline.Campaigns;

/// <summary>Reads company registry files (format: corpus/campaigns/README.md, "The company registry"). Thread-safe.</summary>
public static class CompanyRegistryLoader
{
    /// <summary>Reads a registry file: the registry when valid, else every problem with its line and column.</summary>
    /// <exception cref="PipelineException"><see cref="ErrorCode.IoError"/> when the file cannot be read.</exception>
    public static (CompanyRegistry? Registry, ImmutableArray<CampaignIssue> Issues) Read(string path)
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

        return new RegistryYamlReader().Read(text, path);
    }

    /// <summary>Loads a valid registry file.</summary>
    /// <exception cref="PipelineException">Unreadable (<see cref="ErrorCode.IoError"/>) or malformed (<see cref="ErrorCode.InvalidInput"/>, naming the first problem).</exception>
    public static CompanyRegistry Load(string path)
    {
        var (registry, issues) = Read(path);
        return registry ?? throw new PipelineException(ErrorCode.InvalidInput, path, issues[0].ToString());
    }
}
