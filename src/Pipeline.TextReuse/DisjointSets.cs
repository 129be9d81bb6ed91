namespace Pipeline.TextReuse;

/// <summary>Which items have been joined, directly or through others (union–find with path halving and union by size).</summary>
public sealed class DisjointSets
{
    private readonly int[] _parent;
    private readonly int[] _size;

    public DisjointSets(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        _parent = [.. Enumerable.Range(0, count)];
        _size = [.. Enumerable.Repeat(1, count)];
    }

    /// <summary>The representative of <paramref name="item"/>'s set: the same for every member.</summary>
    public int Find(int item)
    {
        while (_parent[item] != item)
        {
            _parent[item] = _parent[_parent[item]];
            item = _parent[item];
        }

        return item;
    }

    public void Join(int a, int b)
    {
        var (x, y) = (Find(a), Find(b));
        if (x == y)
        {
            return;
        }

        if (_size[x] < _size[y])
        {
            (x, y) = (y, x);
        }

        _parent[y] = x;
        _size[x] += _size[y];
    }

    /// <summary>How many items <paramref name="item"/>'s set holds, itself included.</summary>
    public int SizeOf(int item) => _size[Find(item)];
}
