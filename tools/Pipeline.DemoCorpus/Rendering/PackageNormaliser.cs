using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.DemoCorpus.Rendering;

/// <summary>
/// Makes a generated package byte-for-byte reproducible: zip entry times are set to the letter's date, and the
/// random ids System.IO.Packaging gives package-level relationships (referenced nowhere else) become rId1, rId2, ….
/// </summary>
internal static partial class PackageNormaliser
{
    public static byte[] FixTimestamps(byte[] package, DateOnly date)
    {
        var stamp = new DateTimeOffset(date.ToDateTime(new TimeOnly(9, 30)), TimeSpan.Zero);
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = stamp;
                using var from = entry.Open();
                using var to = copy.Open();
                if (entry.FullName == "_rels/.rels")
                {
                    using var reader = new StreamReader(from);
                    var count = 0;
                    to.Write(Encoding.UTF8.GetBytes(RandomId().Replace(reader.ReadToEnd(), _ => $"Id=\"rId{++count}\"")));
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }

    [GeneratedRegex(@"Id=""R[0-9a-f]{16}""")]
    private static partial Regex RandomId();
}
