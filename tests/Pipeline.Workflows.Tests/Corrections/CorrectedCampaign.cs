using Pipeline.Campaigns;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Corrections;
using Pipeline.Core.Reports;
using Pipeline.Search.Reading;
using Pipeline.Testing;
using Pipeline.Workflows.Comparison;
using Pipeline.Workflows.Corrections;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Workflows.Tests.Corrections;

/// <summary>
/// A temporary copy of the demo campaign (campaign file, replies, a corrections file beside them) in which Quillon
/// Data Fusion's Word reply is replaced by a short Markdown letter the tests can rewrite; with a real index.
/// </summary>
internal sealed class CorrectedCampaign : IDisposable
{
    public const string Quillon = "Quillon Data Fusion";
    public const string ReplyName = "Quillon Data Fusion - reply.md";
    public const string Anchor = "Before each project we assess";

    public CorrectedCampaign()
    {
        DemoCampaignCopy.Into(Root, name => !name.StartsWith(Quillon, StringComparison.Ordinal));
        WriteReply(Letter);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "pipeline-corrections-" + Guid.NewGuid().ToString("N"));

    public string Replies => Path.Combine(Root, "replies");

    public string Index => Path.Combine(Root, "index");

    public string CampaignFile => Path.Combine(Root, "campaign.yaml");

    public string CorrectionsFile => Path.Combine(Root, CorrectionFile.FileName);

    public string ReplyPath => Path.Combine(Replies, ReplyName);

    /// <summary>Quillon's letter: marked answers to 1a, 2a and 2d between a greeting and a closing.</summary>
    public static string Letter => string.Join("\n\n",
        "Dear Ms Example,",
        "1a) Quillon develops an analytics platform that forecasts migration flows for humanitarian agencies and two ministries.",
        $"2a) {Anchor} whether forecasts could be used to target individuals, and we refuse projects where they could.",
        "2d) Anyone can contact our ethics committee at ethics@quillon.example; complaints are answered within 30 days.",
        "Yours sincerely,",
        "Quillon Data Fusion");

    public Campaign Campaign => CampaignLoader.Load(CampaignFile);

    public void WriteReply(string text) => File.WriteAllText(ReplyPath, text);

    public void Add(Correction correction) => CorrectionFile.Append(CorrectionsFile, correction);

    public IngestSummary Ingest() =>
        IngestJob.CreateDefault().Run(Campaign, [Replies], new IngestOptions { IndexDirectory = Index, Jobs = 2 });

    public CampaignComparison Compare()
    {
        using var index = SegmentIndex.Open(Index);
        return ComparisonBuilder.Build(index, Campaign);
    }

    public IReadOnlyList<CorrectionState> Check()
    {
        using var index = SegmentIndex.Open(Index);
        return CorrectionCheck.Run(index, Campaign, CorrectionFile.Load(CorrectionsFile));
    }

    public QuestionCell Cell(string question) => Compare().Cell(Quillon, QuestionId.Parse(question))!;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans the temp folder if a test host still holds a file.
        }
    }
}
