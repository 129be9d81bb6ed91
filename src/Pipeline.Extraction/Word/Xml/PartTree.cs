namespace Pipeline.Extraction.Word.Xml;

/// <summary>
/// One XML part read into a compact element tree: for each element only its <see cref="WordName"/>, its children and the
/// few attributes the extractor reads (<see cref="WordAttribute"/>); other attributes, whitespace, comments and unknown
/// elements without children are not kept.
/// About ten times cheaper to build than the OpenXml SDK's typed DOM, whose element objects and attribute values cost most
/// of a DOCX extraction. Its arrays are reused from one part to the next (<see cref="Buffers"/>) and go back on
/// <see cref="Dispose"/>. Not thread-safe.
/// </summary>
internal sealed partial class PartTree : IDisposable
{
    private Buffers _buffers;
    private Node[] _nodes;
    private int _count;
    private Attribute[] _attributes;
    private int _attributeCount;

    private PartTree()
    {
        _buffers = Buffers.Rent();
        _nodes = _buffers.Nodes;
        _attributes = _buffers.Attributes;
    }

    /// <summary>The root element; <see cref="WordElement.Exists"/> is false when the part holds no element (an empty part).</summary>
    public WordElement Root => new(this, _count > 0 ? 0 : -1);

    /// <summary>The element at <paramref name="index"/> (a <see cref="WordElement.Index"/> of this tree).</summary>
    public WordElement Element(int index) => new(this, index);

    internal WordName NameOf(int index) => _nodes[index].Name;

    internal int FirstChildOf(int index) => _nodes[index].FirstChild;

    internal int NextSiblingOf(int index) => _nodes[index].NextSibling;

    /// <summary>Index just past the element's last descendant: its subtree is [index, end) in document order.</summary>
    internal int SubtreeEndOf(int index) => _nodes[index].SubtreeEnd;

    internal string? AttributeOf(int index, WordAttribute name)
    {
        ref var node = ref _nodes[index];
        for (var i = node.AttributeStart; i < node.AttributeStart + node.AttributeCount; i++)
        {
            if (_attributes[i].Name == name)
            {
                return _attributes[i].Value;
            }
        }

        return null;
    }

    public void Dispose()
    {
        if (_nodes is null)
        {
            return;
        }

        // Attribute values are strings: cleared so that a pooled array does not keep the last document's text alive.
        Array.Clear(_attributes, 0, _attributeCount);
        _buffers.Nodes = _nodes;
        _buffers.Attributes = _attributes;
        Buffers.Return(_buffers);
        // A disposed tree must not read the arrays another tree now fills.
        _nodes = null!;
        _attributes = null!;
        _count = _attributeCount = 0;
    }

    private struct Node
    {
        public WordName Name;
        public byte AttributeCount;
        public int AttributeStart;
        public int FirstChild;
        public int NextSibling;
        public int SubtreeEnd;
    }

    private readonly record struct Attribute(WordAttribute Name, string Value);

    /// <summary>
    /// The arrays of one tree, kept in a small lock-free pool shared by all threads: every document is read on a thread of
    /// its own, so a per-thread cache would never be reused, and the shared ArrayPool would need its generic code compiled
    /// at run time for these private types, which costs start-up time on every run.
    /// </summary>
    private sealed class Buffers
    {
        private static readonly Buffers?[] Free = new Buffers?[16];

        public Node[] Nodes = new Node[1024];
        public Attribute[] Attributes = new Attribute[256];
        public int[] Open = new int[64];
        public int[] LastChild = new int[64];

        public static Buffers Rent()
        {
            for (var i = 0; i < Free.Length; i++)
            {
                if (Interlocked.Exchange(ref Free[i], null) is { } buffers)
                {
                    return buffers;
                }
            }

            return new Buffers();
        }

        public static void Return(Buffers buffers)
        {
            for (var i = 0; i < Free.Length; i++)
            {
                if (Interlocked.CompareExchange(ref Free[i], buffers, null) is null)
                {
                    return;
                }
            }
        }
    }
}
