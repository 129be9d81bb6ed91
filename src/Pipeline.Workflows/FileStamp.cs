namespace Pipeline.Workflows;

/// <summary>What tells one version of a file from another without reading it: its size and time of writing ("-" when absent).</summary>
public static class FileStamp
{
    public static string Of(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? $"{file.Length}@{file.LastWriteTimeUtc.Ticks}" : "-";
    }
}
