namespace Pipeline.TextReuse;

/// <summary>
/// The buckets of locality-sensitive hashing: each passage's MinHash signature cut into bands, passages equal in a
/// whole band in one bucket. Held as one sorted array of (band key, passage) instead of a list per bucket — most
/// buckets hold one passage, and an archive has millions — so a bucket is a run of the array, its members in passage
/// order.
/// </summary>
internal sealed class BandBuckets
{
    public const int Bands = 16;

    private const int Rows = MinHash.Length / Bands;

    private readonly List<(ulong Key, int Passage)> _entries = [];
    private readonly Dictionary<int, int> _firstSlot = [];
    private int[] _runStarts = [];
    private int[] _positions = [];

    public void Add(int passage, ulong[] signature)
    {
        _firstSlot.Add(passage, _entries.Count);
        for (var band = 0; band < Bands; band++)
        {
            // FNV-1a over the band's rows, the band number first: equal rows in different bands are different buckets.
            var key = (14695981039346656037UL ^ (ulong)band) * 1099511628211UL;
            for (var r = band * Rows; r < (band + 1) * Rows; r++)
            {
                key = (key ^ signature[r]) * 1099511628211UL;
            }

            _entries.Add((key, passage));
        }
    }

    /// <summary>Sorts the buckets once every passage is added; <see cref="Earlier"/> works from then on.</summary>
    public void Seal()
    {
        _entries.Sort();
        _runStarts = new int[_entries.Count];
        _positions = new int[_entries.Count];
        var filled = new Dictionary<int, int>();
        var runStart = 0;
        for (var position = 0; position < _entries.Count; position++)
        {
            if (_entries[position].Key != _entries[runStart].Key)
            {
                runStart = position;
            }

            var passage = _entries[position].Passage;
            var slot = _firstSlot[passage] + filled.GetValueOrDefault(passage);
            filled[passage] = filled.GetValueOrDefault(passage) + 1;
            (_runStarts[slot], _positions[slot]) = (runStart, position);
        }
    }

    /// <summary>For each band of a passage added, its bucket's members before it, earliest first (as passage numbers, read with <see cref="PassageAt"/>): a range of positions.</summary>
    public IEnumerable<(int Start, int End)> Earlier(int passage)
    {
        var first = _firstSlot[passage];
        for (var slot = first; slot < first + Bands; slot++)
        {
            yield return (_runStarts[slot], _positions[slot]);
        }
    }

    public int PassageAt(int position) => _entries[position].Passage;
}
