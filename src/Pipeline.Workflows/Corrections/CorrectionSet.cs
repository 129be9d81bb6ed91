using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Corrections;
using Pipeline.Core.Segments;

namespace Pipeline.Workflows.Corrections;

/// <summary>A campaign's corrections, looked up by reply file and by company × question. Immutable, thread-safe.</summary>
public sealed class CorrectionSet
{
    private readonly Campaign _campaign;
    private readonly ILookup<string, Correction> _byReply;
    private readonly string _statusStamp;

    public CorrectionSet(Campaign campaign, ImmutableArray<Correction> all)
    {
        _campaign = campaign;
        All = all;
        _byReply = all.Where(c => c.Reply is not null).ToLookup(c => c.Reply!, StringComparer.OrdinalIgnoreCase);
        _statusStamp = Hash(all.Where(c => c.Kind == CorrectionKind.Status));
    }

    public static CorrectionSet Empty(Campaign campaign) => new(campaign, []);

    public ImmutableArray<Correction> All { get; }

    /// <summary>The passage corrections of one reply file, in order.</summary>
    public IReadOnlyList<Correction> PassagesOf(string fileName) => [.. _byReply[fileName].Where(c => c.Kind == CorrectionKind.Passage)];

    /// <summary>Who a reply is from, as last corrected; null when nobody corrected it.</summary>
    public CompanyAttribution? CompanyOf(string fileName) =>
        _byReply[fileName].LastOrDefault(c => c.Kind == CorrectionKind.Company && c.Company is not null) is { } correction
            ? new CompanyAttribution(_campaign.FindCompany(correction.Company!)?.Name ?? correction.Company, AttributionSource.Correction, _campaign.FindCompany(correction.Company!) is not null)
            : null;

    /// <summary>The last status correction of a company × question; null when nobody corrected it.</summary>
    public Correction? StatusOf(string company, QuestionId question)
    {
        var name = _campaign.FindCompany(company)?.Name ?? company;
        return All.LastOrDefault(c => c.Kind == CorrectionKind.Status && c.Status is not null && c.Question == question
            && c.Company is { } named && string.Equals(_campaign.FindCompany(named)?.Name ?? named, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// What of the corrections can change how one reply is indexed: its own corrections and every status correction
    /// (a status is indexed with each answer). Part of the reply's processing stamp, so that ingest re-processes
    /// exactly the replies a new or undone correction concerns. Statement corrections are left out: they change the
    /// ledger, which is derived when asked, not what is indexed.
    /// </summary>
    public string StampFor(string fileName) => Hash(_byReply[fileName].Where(c => c.Kind != CorrectionKind.Statement)) + _statusStamp;

    private static string Hash(IEnumerable<Correction> corrections)
    {
        var text = string.Concat(corrections.Select(c => JsonSerializer.Serialize(c, CorrectionFile.Json)));
        return text.Length == 0 ? string.Empty : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }
}
