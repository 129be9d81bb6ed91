using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Topics;

namespace Pipeline.Core.Commitments;

/// <summary>One statement of the ledger with where it comes from: company, reply file, page, question and topic of its answer.</summary>
/// <param name="Id">
/// Stable id: a hash of the reply's document id and the quoted text, so that it survives re-ingest of the same file and
/// names the same statement in follow-up files.
/// </param>
/// <param name="Campaign">The campaign id.</param>
/// <param name="Company">The company that wrote it; null when the reply's company is undetermined.</param>
/// <param name="DocumentId">The reply's document id (SHA-256).</param>
/// <param name="File">The reply's file name.</param>
/// <param name="Pages">Pages of the answer the sentence is in; empty where unknown (Word).</param>
/// <param name="Questions">The questions that answer answers, primary first.</param>
/// <param name="Topic">The topic of the answer; null when unclassified.</param>
/// <param name="Segment">The answer's ordinal in the reply: its anchor on the document page.</param>
/// <param name="Statement">The statement.</param>
public sealed record LedgerItem(
    string Id,
    string Campaign,
    string? Company,
    string DocumentId,
    string File,
    ImmutableArray<int> Pages,
    ImmutableArray<QuestionId> Questions,
    Topic? Topic,
    int Segment,
    Statement Statement)
{
    /// <summary>The researcher's follow-up; null while none has been recorded (the item is then open).</summary>
    public FollowUp? FollowUp { get; init; }

    /// <summary>The researchers' corrections of this item, with the machine's reading; null when nobody corrected it.</summary>
    public ItemCorrection? Correction { get; init; }

    /// <summary>The follow-up status, <see cref="FollowUpStatus.Open"/> until one is set.</summary>
    public FollowUpStatus Status => FollowUp?.Status ?? FollowUpStatus.Open;

    /// <summary>"file, p. 2" provenance.</summary>
    public string Provenance => Pages.IsDefaultOrEmpty
        ? File
        : $"{File}, p. {(Pages.Length == 1 ? Pages[0].ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{Pages[0]}–{Pages[^1]}")}";
}
