using System.IO.Compression;

namespace Pipeline.Core.Files;

/// <summary>
/// Writes a trained model's zip so that the same model gives the same bytes: ML.NET's model, then Pipeline's own
/// entries, every entry recompressed at the smallest size (ML.NET writes at the fastest; the models are committed, and
/// the smallest size saves 0.4 MB of 6) and stamped with one fixed time instead of the moment of training; the file
/// is replaced in one move.
/// </summary>
public static class ModelZip
{
    /// <summary>The time every entry carries, whenever and wherever the model was trained.</summary>
    public static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <param name="path">The zip to write (its folder is created).</param>
    /// <param name="writeModel">Writes ML.NET's model zip to the stream.</param>
    /// <param name="writeManifest">Adds Pipeline's own entries (a manifest), or null for none.</param>
    public static void Write(string path, Action<Stream> writeModel, Action<ZipArchive>? writeManifest = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(writeModel);
        using var packed = new MemoryStream();
        using (var target = new ZipArchive(packed, ZipArchiveMode.Create, leaveOpen: true))
        {
            CopyEntries(writeModel, target);
            if (writeManifest is not null)
            {
                CopyEntries(stream => { using var manifest = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true); writeManifest(manifest); }, target);
            }
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        File.WriteAllBytes(temporary, packed.ToArray());
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Copies every entry of the zip <paramref name="write"/> writes into <paramref name="target"/>, in order, at the fixed time.</summary>
    private static void CopyEntries(Action<Stream> write, ZipArchive target)
    {
        using var written = new MemoryStream();
        write(written);
        written.Position = 0;
        using var source = new ZipArchive(written, ZipArchiveMode.Read);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.SmallestSize);
            copy.LastWriteTime = EntryTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
