namespace Pipeline.Extraction;

/// <summary>
/// The cores extraction threads share. Each file being extracted holds one; a long PDF reads extra page ranges in
/// parallel only on cores no other file holds. Without it batch threads × page ranges ran up to twice as many threads as
/// cores (PdfPig's global operator-token lock then made them wait on each other) and re-opened the same document once per
/// range. Thread-safe.
/// </summary>
internal sealed class CoreBudget(int cores)
{
    private int _free = cores;

    /// <summary>The budget every extractor in this process shares: one core per processor.</summary>
    public static CoreBudget Process { get; } = new(Environment.ProcessorCount);

    /// <summary>Cores nobody holds now.</summary>
    public int Free => Volatile.Read(ref _free);

    /// <summary>Takes up to <paramref name="wanted"/> free cores (none when all are held) and says how many it took.</summary>
    public int TakeUpTo(int wanted)
    {
        while (true)
        {
            var free = Volatile.Read(ref _free);
            var taken = Math.Max(0, Math.Min(wanted, free));
            if (taken == 0 || Interlocked.CompareExchange(ref _free, free - taken, free) == free)
            {
                return taken;
            }
        }
    }

    public void Return(int taken) => Interlocked.Add(ref _free, taken);
}
