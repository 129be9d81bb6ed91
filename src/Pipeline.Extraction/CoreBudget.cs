namespace Pipeline.Extraction;

/// <summary>
/// The cores this process's extraction threads share. Each file being extracted holds one; a long PDF reads extra page
/// ranges in parallel only on cores no other file holds. Without it batch threads × page ranges ran up to twice as many
/// threads as cores, and PdfPig's global operator-token lock turned the surplus into contention (a profile showed 15 % of
/// the working time in <c>Monitor.Enter</c>) and re-opened the same document once per range.
/// </summary>
internal static class CoreBudget
{
    private static int _free = Environment.ProcessorCount;

    /// <summary>Takes up to <paramref name="wanted"/> free cores (none when all are held) and says how many it took.</summary>
    public static int TakeUpTo(int wanted)
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

    public static void Return(int taken) => Interlocked.Add(ref _free, taken);
}
