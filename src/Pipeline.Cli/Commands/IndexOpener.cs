using Pipeline.Cli.Infrastructure;
using Pipeline.Search;
using Pipeline.Search.Reading;

namespace Pipeline.Cli.Commands;

/// <summary>Opens the index a verb names, turning "no index yet" into a usage error that says what to run.</summary>
internal static class IndexOpener
{
    public static SegmentIndex OpenForReading(IndexSettings settings)
    {
        var path = IndexLocation.Resolve(settings.Index);
        return SegmentIndex.Exists(path)
            ? SegmentIndex.Open(path)
            : throw new UsageException($"no index at {path}: run `pipeline ingest <folder> --campaign <campaign.yaml>` first, or give --index DIR");
    }
}
