using System.Collections.Immutable;
using Pipeline.Core.Campaigns;

namespace Pipeline.Core.Reports;

/// <summary>A company in a comparison: approached by the campaign (listed) or found in a reply only (unlisted).</summary>
/// <param name="Name">The campaign's name for it, or the name found in the reply.</param>
/// <param name="Status">Its response status per the campaign; Responded for an unlisted company that replied.</param>
/// <param name="Listed">False for a company not on the campaign's list.</param>
/// <param name="Files">The reply files attributed to it; empty when it sent none.</param>
public sealed record CompanyEntry(string Name, ResponseStatus Status, bool Listed, ImmutableArray<string> Files)
{
    public string? Country { get; init; }

    /// <summary>True when at least one reply file is attributed to it.</summary>
    public bool HasReply => !Files.IsDefaultOrEmpty;

    /// <summary>Its reply files that ingest could not read or index (the last attempt's error); empty when none.</summary>
    public ImmutableArray<UnreadReply> UnreadReplies { get; init; } = [];

    /// <summary>
    /// True when a reply of the company is missing from the index: a file of it failed, or the campaign records it as
    /// having responded and no reply of it was indexed.
    /// </summary>
    public bool ReplyNotIndexed => !UnreadReplies.IsDefaultOrEmpty || (!HasReply && Status == ResponseStatus.Responded);

    /// <summary>Why <see cref="ReplyNotIndexed"/>: each failed file with its error, or "no reply file found"; null when nothing is missing.</summary>
    public string? MissingReason => !UnreadReplies.IsDefaultOrEmpty
        ? string.Join("; ", UnreadReplies.Select(u => u.Reason))
        : ReplyNotIndexed ? NoReplyFileFound : null;

    /// <summary>The reason given when the campaign records a reply that no file brought.</summary>
    public const string NoReplyFileFound = "no reply file found";
}
