using System.IO.Compression;

namespace Pipeline.Classification.Model;

/// <summary>Writes a trained model's zip: ML.NET's model, then Pipeline's manifest entry, replacing the file in one move.</summary>
internal static class ModelZip
{
    /// <param name="path">The zip to write (its folder is created).</param>
    /// <param name="writeModel">Writes ML.NET's model zip to the stream.</param>
    /// <param name="writeManifest">Adds Pipeline's manifest entry to that zip.</param>
    public static void Write(string path, Action<Stream> writeModel, Action<ZipArchive> writeManifest)
    {
        using var buffer = new MemoryStream();
        writeModel(buffer);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            writeManifest(zip);
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        File.WriteAllBytes(temporary, buffer.ToArray());
        File.Move(temporary, path, overwrite: true);
    }
}
