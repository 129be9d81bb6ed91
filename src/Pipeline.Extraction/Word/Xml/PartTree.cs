using System.Buffers;
using System.Xml;

namespace Pipeline.Extraction.Word.Xml;

/// <summary>
/// One XML part read into a compact element tree: for each element only its <see cref="WordName"/>, its children and the
/// few attributes the extractor reads (<see cref="WordAttribute"/>); other attributes, whitespace and comments are not kept.
/// About ten times cheaper to build than the OpenXml SDK's typed DOM, whose element objects and attribute values cost most
/// of a DOCX extraction. Arrays come from <see cref="ArrayPool{T}"/> and go back on <see cref="Dispose"/>. Not thread-safe.
/// </summary>
internal sealed partial class PartTree : IDisposable
{
    private Node[] _nodes;
    private int _count;
    private Attribute[] _attributes;
    private int _attributeCount;

    private PartTree()
    {
        _nodes = ArrayPool<Node>.Shared.Rent(256);
        _attributes = ArrayPool<Attribute>.Shared.Rent(64);
    }

    /// <summary>The root element; <see cref="WordElement.Exists"/> is false when the part holds no element (an empty part).</summary>
    public WordElement Root => new(this, _count > 0 ? 0 : -1);

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
        ArrayPool<Node>.Shared.Return(_nodes);
        ArrayPool<Attribute>.Shared.Return(_attributes, clearArray: true);
        _nodes = [];
        _attributes = [];
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
}
