using Pipeline.Campaigns;
using Pipeline.Core.Corrections;
using Pipeline.Workflows.Corrections;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Web.Data;

/// <summary>
/// Records the corrections made in the app through <see cref="CorrectionJob"/> — the same file and the same re-ingest as
/// <c>pipeline correct</c> — one at a time, since each takes the index's write lock.
/// </summary>
internal sealed class CorrectionWriter : IDisposable
{
    private readonly SemaphoreSlim _one = new(1, 1);

    /// <summary>Records <paramref name="draft"/> beside the campaign file its last ingest named.</summary>
    /// <exception cref="CorrectionRejectedException">The campaign file is unknown, or the correction cannot be recorded as asked.</exception>
    public async Task<CorrectionOutcome> RecordAsync(string indexDirectory, string campaignId, Correction draft, CancellationToken cancellationToken)
    {
        var file = CampaignSource.CampaignFile(indexDirectory, campaignId)
            ?? throw new CorrectionRejectedException($"the campaign file of '{campaignId}' is not known to this index (ingested before corrections existed, or moved): run `pipeline ingest` with it once", []);
        await _one.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await Task.Run(() => CorrectionJob.CreateDefault().Record(CampaignLoader.Load(file), draft, new IngestOptions { IndexDirectory = indexDirectory }), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _one.Release();
        }
    }

    public void Dispose() => _one.Dispose();
}
