using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Pipeline.Embeddings;
using Pipeline.Search.Analysis;
using Pipeline.Search.Codecs;
using Pipeline.Search.Indexing;
using Pipeline.Search.Querying;
using Pipeline.Search.Schema;
using Pipeline.Search.Tests.Fixtures;

namespace Pipeline.Search.Tests;

/// <summary>
/// The passage vectors are written in a doc-values format of Pipeline's own, which reads one vector without its
/// segment's others; an index written before it (Lucene's own format) still reads, searches and merges the same.
/// </summary>
public sealed class PassageVectorsFormatTests
{
    private static readonly StandInEncoder Encoder = new("stand-in-test", 48);

    // Answers of one to four sentences: a segment stores one vector per sentence stretch, so most hold several.
    private static readonly string[] Answers =
    [
        "We sold thermal cameras to the coast guard. The contract ended in 2021. No further deliveries are planned.",
        "Our human rights policy was adopted in 2019.",
        "We carry out due diligence before every sale. Export licences are checked by our compliance team. Customers sign an end-use certificate. Audits follow each year.",
        "We cannot share the names of our government customers.",
        "A grievance mechanism is open to anyone affected. Complaints are answered within thirty days.",
        "We suspended a quotation to one customer in 2021. The decision followed a risk review.",
        "Drones were not part of the offer.",
        "We will publish our next human rights report by 2025. It will list our border projects. Civil society groups will be consulted.",
    ];

    private static readonly string[] Queries =
    [
        "who can complain about us", "we stopped selling to a country", "cameras for the border", "policy on human rights", "names of clients",
    ];

    [Fact]
    public void Values_AreTheBytesWritten_AndAPartIsOneVectorOfThem()
    {
        // Given the answers indexed as ingest indexes them
        using var temp = Indexed(Lucene: false);
        var expected = ExpectedValues();
        using var directory = FSDirectory.Open(temp.Path);
        using var reader = DirectoryReader.Open(directory);
        var leaf = Assert.Single(reader.Leaves).AtomicReader;

        // When the vectors field is read
        var values = Assert.IsType<PassageVectorValues>(leaf.GetBinaryDocValues(SegmentFields.Vectors));
        var stored = new List<byte[]>();
        var bytes = new BytesRef();
        for (var doc = 0; doc < leaf.MaxDoc; doc++)
        {
            values.Get(doc, bytes);
            if (bytes.Length > 0)
            {
                stored.Add(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length).ToArray());
            }
        }

        // Then each segment's value is the bytes it was given (the reply's own record has none), and a part read alone is
        // the same vector's bytes within them; a part beyond the value is refused and reads nothing
        Assert.Equal(expected, stored);
        Assert.Equal(Answers.Length + 1, leaf.MaxDoc);
        var doc2 = Enumerable.Range(0, leaf.MaxDoc).First(d => values.LengthOf(d) == expected[2].Length);
        var (dimensions, count) = VectorValue.ReadHeader(expected[2]);
        var perVector = VectorValue.BytesPerVector(dimensions);
        var part = new byte[perVector];
        Assert.True(count >= 4);
        Assert.True(values.ReadPart(doc2, VectorValue.OffsetOf(dimensions, count - 1), perVector, part));
        Assert.Equal(expected[2].AsSpan(VectorValue.OffsetOf(dimensions, count - 1), perVector).ToArray(), part);
        Array.Clear(part);
        Assert.False(values.ReadPart(doc2, VectorValue.OffsetOf(dimensions, count), perVector, part));
        Assert.All(part, b => Assert.Equal(0, b));
    }

    [Fact]
    public void SearchByMeaning_FindsTheSame_InAnIndexWrittenInLucenesOwnFormat()
    {
        // Given the same answers indexed in this format and, as indexes written before it, in Lucene's binary doc values
        using var ours = Indexed(Lucene: false);
        using var lucene = Indexed(Lucene: true);
        using var oursIndex = ours.Open();
        using var luceneIndex = lucene.Open();
        using (var directory = FSDirectory.Open(lucene.Path))
        using (var reader = DirectoryReader.Open(directory))
        {
            Assert.IsNotType<PassageVectorValues>(Assert.Single(reader.Leaves).AtomicReader.GetBinaryDocValues(SegmentFields.Vectors));
        }

        foreach (var query in Queries)
        {
            // When each query is searched by meaning, and hybrid with its words
            // Then both indexes give the same hits, similarities and snippets (from the stored vector's place)
            Assert.Equal(Seen(luceneIndex.SearchByMeaning(query, Encoder, limit: 5)), Seen(oursIndex.SearchByMeaning(query, Encoder, limit: 5)));
            var words = SearchQueryParser.Parse(query).Query!;
            Assert.Equal(Seen(luceneIndex.SearchHybrid(words, Encoder, limit: 5)), Seen(oursIndex.SearchHybrid(words, Encoder, limit: 5)));
        }
    }

    [Fact]
    public void Merge_OfSegmentsInBothFormats_KeepsEveryValue_InThisFormat_AndPassesLucenesCheck()
    {
        // Given an index with one Lucene segment in Lucene's format (written before) and one in this format
        using var temp = Indexed(Lucene: true);
        var expected = ExpectedValues();
        using (var writer = SegmentIndexWriter.Open(temp.Path))
        {
            writer.Index(IndexedReply.From(Replies.OfTexts("Calvane", "calvane.docx", "f2", Answers), _ => null, When, Encoder));
            writer.Commit();
        }

        // When ingest's codec merges them into one
        using (var directory = FSDirectory.Open(temp.Path))
        using (var merger = new IndexWriter(directory, new IndexWriterConfig(IndexAnalyzers.Version, IndexAnalyzers.PerField) { Codec = new PipelineCodec() }))
        {
            merger.ForceMerge(1);
            merger.Commit();
        }

        // Then the merged segment is in this format and holds both replies' values, and Lucene's index check finds nothing wrong
        using var merged = FSDirectory.Open(temp.Path);
        using var reader = DirectoryReader.Open(merged);
        var values = Assert.IsType<PassageVectorValues>(Assert.Single(reader.Leaves).AtomicReader.GetBinaryDocValues(SegmentFields.Vectors));
        var lengths = Enumerable.Range(0, values.Count).Select(values.LengthOf).Where(l => l > 0).Order();
        Assert.Equal(expected.Concat(expected).Select(v => v.Length).Order(), lengths);
        var status = new CheckIndex(merged).DoCheckIndex();
        Assert.True(status.Clean);
    }

    private static readonly DateTimeOffset When = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    private static List<byte[]> ExpectedValues() =>
        [.. IndexedReply.From(Replies.OfTexts("Orvane", "orvane.docx", "f1", Answers), _ => null, When, Encoder).Segments.Select(s => VectorValue.Encode(s.PassageVectors))];

    // The answers as one reply: written by ingest, or record by record with Lucene's default codec as before this format.
    private static TempIndex Indexed(bool Lucene)
    {
        var temp = new TempIndex();
        var reply = IndexedReply.From(Replies.OfTexts("Orvane", "orvane.docx", "f1", Answers), _ => null, When, Encoder);
        if (!Lucene)
        {
            using var writer = SegmentIndexWriter.Open(temp.Path);
            writer.Index(reply);
            writer.Commit();
            return temp;
        }

        var key = ReplyKey.For(reply.Document.CampaignId, reply.Document.SourcePath);
        using var directory = FSDirectory.Open(temp.Path);
        using var lucene = new IndexWriter(directory, new IndexWriterConfig(IndexAnalyzers.Version, IndexAnalyzers.PerField));
        lucene.AddDocuments(reply.Segments.Select(s => SegmentRecord.ToLucene(s, key))
            .Append(DocumentRecord.ToLucene(reply.Document with { SegmentCount = reply.Segments.Length }, key)));
        lucene.Commit();
        return temp;
    }

    private static List<string> Seen(SearchResults results) =>
        [.. results.Hits.Select(h => $"{h.Ordinal} {h.MatchedBy} {h.Similarity} {h.Snippet} {string.Join(',', h.Matches)}")];
}
