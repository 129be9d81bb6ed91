using System.Collections.Immutable;
using Pipeline.Export.OpenSearch;
using Pipeline.ExportSizing;
using Pipeline.Search.Indexing;
using Pipeline.Search.Reading;

// Measures what a reply and a segment weigh once indexed and exported, for docs/scale-out.md:
//   dotnet run -c Release --project benchmarks/Pipeline.ExportSizing -- demo INDEX WORKDIR        the segments of an ingested index
//   dotnet run -c Release --project benchmarks/Pipeline.ExportSizing -- generate N WORKDIR         N replies of training passages (run from the repository root)
// Both re-index the segments into WORKDIR/index without vectors (vectors are not exported), then export WORKDIR/export.
if (args.Length != 3 || args[0] is not ("demo" or "generate"))
{
    Console.Error.WriteLine("usage: demo INDEX WORKDIR | generate N WORKDIR");
    return 1;
}

var work = Path.GetFullPath(args[2]);
if (Directory.Exists(work))
{
    Directory.Delete(work, recursive: true);
}

var replies = args[0] == "demo" ? FromIndex(args[1]) : SyntheticReplies.Generate(int.Parse(args[1]), Path.GetFullPath("corpus/training/train"));
var indexPath = Path.Combine(work, "index");
var replyCount = 0;
using (var writer = SegmentIndexWriter.Open(indexPath))
{
    foreach (var reply in replies)
    {
        writer.Index(reply);
        replyCount++;
    }

    writer.Commit();
}

using var index = SegmentIndex.Open(indexPath);
var exported = FileExporter.Write(Path.Combine(work, "export"), SegmentExport.Read(index));
var luceneBytes = new DirectoryInfo(indexPath).EnumerateFiles().Sum(f => f.Length);
Console.WriteLine($"replies {replyCount}");
Console.WriteLine($"segments {exported.Segments}");
Console.WriteLine($"lucene_index_bytes {luceneBytes} ({luceneBytes / (double)replyCount:F0} per reply, {luceneBytes / (double)exported.Segments:F0} per segment)");
Console.WriteLine($"ndjson_bytes {exported.Bytes} ({exported.Bytes / (double)replyCount:F0} per reply, {exported.Bytes / (double)exported.Segments:F0} per segment) in {exported.Chunks.Length} chunk(s)");
return 0;

static IEnumerable<IndexedReply> FromIndex(string path)
{
    using var index = SegmentIndex.Open(path);
    var documents = index.ListDocuments().ToDictionary(d => (d.CampaignId, d.DocumentId));
    var segments = index.Campaigns().SelectMany(index.ReadSegments).GroupBy(s => (s.CampaignId, s.DocumentId)).ToList();
    return [.. segments.Select(g => new IndexedReply(documents[g.Key], [.. g.OrderBy(s => s.Ordinal)]))];
}
