using System.Text.Json.Serialization;
using Pipeline.Core.Errors;

namespace Pipeline.Search.Indexing;

/// <summary>
/// A reply file that ingest could not read or index, as the index records it: so that compare, report and the web app
/// know, without reading files again, that a company's reply exists but is missing, and why. The record lives until the
/// file is indexed, is removed, or is gone from disk at the next ingest.
/// </summary>
/// <param name="CampaignId">The campaign it was ingested for.</param>
/// <param name="SourcePath">Full path of the file ("message.eml#letter.pdf" for an e-mail's attachment): with the campaign, its identity, as for an indexed reply.</param>
/// <param name="Company">The company it is from, as far as its name, folder, manifest or letter tell; null when unknown.</param>
/// <param name="Code">The error's code.</param>
/// <param name="Message">The error's message.</param>
/// <param name="FailedAt">When the last attempt failed.</param>
public sealed record FailedReply(
    [property: JsonPropertyName("campaign")] string CampaignId,
    [property: JsonPropertyName("source")] string SourcePath,
    string? Company,
    ErrorCode Code,
    string Message,
    DateTimeOffset FailedAt)
{
    /// <summary>File name without folders, for display.</summary>
    [JsonPropertyName("file")]
    public string FileName => Path.GetFileName(SourcePath);

    /// <summary>The message naming the file by its name rather than its full path: "reply.pdf: the file is cut off …".</summary>
    [JsonIgnore]
    public string Reason => Message.StartsWith(SourcePath, StringComparison.Ordinal)
        ? FileName + Message[SourcePath.Length..]
        : $"{FileName}: {Message}";
}
