using Pipeline.Campaigns;
using Pipeline.Cli.Infrastructure;

namespace Pipeline.Cli.Commands;

/// <summary>Loads the campaign file a verb names: a missing option or file is a usage error, a malformed file fatal.</summary>
internal static class CampaignFile
{
    public static Core.Campaigns.Campaign Load(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UsageException("--campaign <FILE> is required");
        }

        return File.Exists(path) ? CampaignLoader.Load(path) : throw new UsageException($"no such campaign file: {path}");
    }
}
