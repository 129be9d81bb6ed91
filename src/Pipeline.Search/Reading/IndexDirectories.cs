using Lucene.Net.Store;

namespace Pipeline.Search.Reading;

/// <summary>The one place an index folder is opened for reading, as <see cref="IndexAccessPattern"/> says.</summary>
internal static class IndexDirectories
{
    public static FSDirectory Open(string path, IndexAccessPattern access) => access switch
    {
        IndexAccessPattern.Random => FSDirectory.Open(path),
        IndexAccessPattern.Sequential => new NIOFSDirectory(path),
        _ => throw new ArgumentOutOfRangeException(nameof(access), access, "not an access pattern"),
    };
}
