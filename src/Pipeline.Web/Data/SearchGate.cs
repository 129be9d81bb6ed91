namespace Pipeline.Web.Data;

/// <summary>
/// Lets only so many wildcard, fuzzy, regex and range searches run at once (<see cref="WebServerOptions.ExpensiveSearchSlots"/>):
/// each is bounded in time, and this bounds how many cores they take together, so a burst of them cannot starve the
/// rest of the app. A search waits a while for a slot, then is turned away. Thread-safe; one per server.
/// </summary>
internal sealed class SearchGate(int slots, TimeSpan wait) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(slots, slots);

    /// <summary>A slot, released on dispose; null when none came free in time.</summary>
    public async Task<IDisposable?> EnterAsync(CancellationToken cancellationToken) =>
        await _slots.WaitAsync(wait, cancellationToken).ConfigureAwait(false) ? new Slot(_slots) : null;

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
