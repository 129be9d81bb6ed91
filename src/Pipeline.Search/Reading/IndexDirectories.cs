using Lucene.Net.Store;
using Pipeline.Search.Codecs;

namespace Pipeline.Search.Reading;

/// <summary>The one place an index folder is opened for reading, as <see cref="IndexAccessPattern"/> says.</summary>
internal static class IndexDirectories
{
    /// <summary>The folder as Lucene reads it, the index's own formats known (<see cref="PipelineCodec.Register"/>).</summary>
    public static FSDirectory Open(string path, IndexAccessPattern access)
    {
        PipelineCodec.Register();
        return OpenAs(path, access);
    }

    private static FSDirectory OpenAs(string path, IndexAccessPattern access) => access switch
    {
        IndexAccessPattern.Random => FSDirectory.Open(path),
        IndexAccessPattern.Sequential => new NIOFSDirectory(path),
        _ => throw new ArgumentOutOfRangeException(nameof(access), access, "not an access pattern"),
    };
}
