using System.Collections.Immutable;

namespace Pipeline.Workflows.Corrections;

/// <summary>
/// The machine's analysis against the corrected one, for a publication's methods section: how many company × question
/// statuses, passage attributions and passage topics researchers changed, overall and per company, question and topic.
/// </summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Corrections">Corrections in its file.</param>
/// <param name="Cells">Status cells of the companies that replied.</param>
/// <param name="Attributions">Answer passages, by whether their questions changed.</param>
/// <param name="Topics">Answer passages, by whether their topic changed.</param>
/// <param name="ByCompany">Status cells per company.</param>
/// <param name="ByQuestion">Status cells per question.</param>
/// <param name="ByTopic">Passages per topic (the machine's or the corrected one), by whether their topic changed.</param>
public sealed record AgreementReport(
    string CampaignId,
    int Corrections,
    AgreementRow Cells,
    AgreementRow Attributions,
    AgreementRow Topics,
    ImmutableArray<AgreementRow> ByCompany,
    ImmutableArray<AgreementRow> ByQuestion,
    ImmutableArray<AgreementRow> ByTopic)
{
    /// <summary>How the topic model named for the evaluation labels the corrected passages; null when not scored.</summary>
    public CorrectionScore? Model { get; init; }
}

/// <summary>Of the passages researchers labelled, how many a model labels as they did, and how many the machine's reading at ingest had.</summary>
/// <param name="ModelPath">The model scored.</param>
/// <param name="Passages">Corrected passages with a topic.</param>
/// <param name="ModelRight">Those the model labels as the researcher did.</param>
/// <param name="MachineRight">Those the machine's reading at ingest had right (an accepted reading).</param>
public sealed record CorrectionScore(string ModelPath, int Passages, int ModelRight, int MachineRight);
