namespace Pipeline.Reporting.Streaming;

/// <summary>The temporary files renderers keep output in until its place comes: read and written, removed when closed.</summary>
internal static class TemporaryFile
{
    public static FileStream Create() =>
        new(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
}
