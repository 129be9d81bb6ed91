using System.Collections.Immutable;
using Sylvan.Data.Csv;
using Pipeline.Core.Errors;

namespace Pipeline.Workflows.Ingest;

/// <summary>
/// The spreadsheet of replies a researcher keeps (CSV with a header row: <c>file,company</c>, optionally <c>received</c>).
/// It decides attribution over file names and letters. Relative file paths are taken from the manifest's folder; a row
/// also matches any file of that name when no path matches.
/// </summary>
public sealed class ReplyManifest
{
    private readonly Dictionary<string, ManifestEntry> _byPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ManifestEntry> _byName = new(StringComparer.OrdinalIgnoreCase);

    private ReplyManifest(string path, ImmutableArray<ManifestEntry> entries)
    {
        Path = path;
        Entries = entries;
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        foreach (var entry in entries)
        {
            _byPath[System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, entry.File))] = entry;
            _byName.TryAdd(System.IO.Path.GetFileName(entry.File), entry);
        }
    }

    public string Path { get; }

    public ImmutableArray<ManifestEntry> Entries { get; }

    /// <summary>Reads a manifest; a missing file or column, or an empty company, is a typed error naming the line.</summary>
    public static ReplyManifest Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new PipelineException(ErrorCode.IoError, path, "manifest not found");
        }

        try
        {
            using var csv = CsvDataReader.Create(path, new CsvDataReaderOptions { HeaderComparer = StringComparer.OrdinalIgnoreCase });
            var fileColumn = Column(csv, "file");
            var companyColumn = Column(csv, "company");
            var receivedColumn = Column(csv, "received");
            if (fileColumn < 0 || companyColumn < 0)
            {
                throw new PipelineException(ErrorCode.InvalidInput, path, "line 1: the header must name the columns file and company (and optionally received)");
            }

            var entries = ImmutableArray.CreateBuilder<ManifestEntry>();
            while (csv.Read())
            {
                var line = csv.RowNumber + 1; // the header is line 1
                var file = Field(csv, fileColumn);
                var company = Field(csv, companyColumn);
                if (file.Length == 0 && company.Length == 0)
                {
                    continue;
                }

                if (file.Length == 0 || company.Length == 0)
                {
                    throw new PipelineException(ErrorCode.InvalidInput, path, $"line {line}: both file and company are needed");
                }

                var received = receivedColumn < 0 ? string.Empty : Field(csv, receivedColumn);
                entries.Add(new ManifestEntry(file, company, received.Length == 0 ? null : received, line));
            }

            return new ReplyManifest(path, entries.ToImmutable());
        }
        catch (Exception ex) when (ex is CsvFormatException or IOException)
        {
            throw new PipelineException(ErrorCode.InvalidInput, path, ex.Message, ex);
        }
    }

    private static int Column(CsvDataReader csv, string name)
    {
        for (var i = 0; i < csv.FieldCount; i++)
        {
            if (csv.GetName(i).Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Field(CsvDataReader csv, int column) => column < csv.RowFieldCount ? csv.GetString(column).Trim() : string.Empty;

    /// <summary>The row for <paramref name="file"/>: by full path, else by file name; null when the manifest does not list it.</summary>
    public ManifestEntry? Find(string file) =>
        _byPath.GetValueOrDefault(System.IO.Path.GetFullPath(file)) ?? _byName.GetValueOrDefault(System.IO.Path.GetFileName(file));

    /// <summary>Rows naming no file among <paramref name="found"/>: replies the researcher recorded but that are not in the folders.</summary>
    public IEnumerable<ManifestEntry> Missing(IEnumerable<string> found)
    {
        var matched = found.Select(Find).OfType<ManifestEntry>().ToHashSet();
        return Entries.Where(e => !matched.Contains(e));
    }
}
