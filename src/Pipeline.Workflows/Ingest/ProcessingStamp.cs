using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Pipeline.Classification.Routing;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Json;
using Pipeline.Extraction;
using Pipeline.Search.Indexing;
using Pipeline.Segmentation;

namespace Pipeline.Workflows.Ingest;

/// <summary>
/// How a reply was processed, as one hash: the build of every stage's code (each assembly's module version id, which a
/// deterministic build changes exactly when the code changes), the topic model file and the answer-topics model beside it, the campaign as loaded (questions,
/// topics, company names and aliases; not the path it was loaded from), the manifest file and the extraction settings that change text (OCR, its
/// languages, layout analysis). Ingest re-processes an unchanged file whose stamp differs
/// (<see cref="IndexedDocument.Processing"/>), so retraining the model or editing the campaign reaches replies
/// already in the index.
/// </summary>
internal static class ProcessingStamp
{
    private static readonly Assembly[] Stages =
    [
        typeof(DocumentExtractor).Assembly,
        typeof(ReplySegmenter).Assembly,
        typeof(SegmentClassifier).Assembly,
        typeof(IndexedReply).Assembly,
        typeof(ProcessingStamp).Assembly,
    ];

    public static string For(Campaign campaign, string modelPath, IngestOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var assembly in Stages)
        {
            hash.AppendData(assembly.ManifestModule.ModuleVersionId.ToByteArray());
        }

        hash.AppendData(FileHash(modelPath));
        // The answer-topics model beside it routes prose: retraining it reaches replies already in the index too.
        var answerTopics = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(modelPath))!, Classification.AnswerTopics.AnswerTopicsModel.FileName);
        if (File.Exists(answerTopics))
        {
            hash.AppendData(FileHash(answerTopics));
        }
        // The campaign's content only: where its file was read from (a relative or an absolute path to the same file)
        // changes nothing in how replies are processed.
        hash.AppendData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(campaign with { FilePath = null }, PipelineJson.Compact)));
        if (options.ManifestPath is { } manifest)
        {
            hash.AppendData(FileHash(manifest));
        }

        var extraction = options.Extraction ?? ExtractionOptions.Default;
        hash.AppendData(Encoding.UTF8.GetBytes($"ocr={extraction.Ocr};languages={extraction.OcrLanguages};layout={extraction.LayoutAnalysis}"));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static byte[] FileHash(string path)
    {
        using var stream = File.OpenRead(path);
        return SHA256.HashData(stream);
    }
}
