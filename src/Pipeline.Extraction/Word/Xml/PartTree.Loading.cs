using System.Xml;

namespace Pipeline.Extraction.Word.Xml;

/// <summary>Building the tree in one forward pass of an <see cref="XmlReader"/>.</summary>
internal sealed partial class PartTree
{
    /// <summary>Largest XML part read, in characters (the bound the OpenXml SDK was given; <see cref="PackageLimits"/> come first).</summary>
    public const long MaxCharactersInPart = 256L * 1024 * 1024;

    [ThreadStatic]
    private static WordNames? t_names;

    /// <summary>
    /// Reads a part whose root must be <paramref name="root"/> (else <see cref="InvalidDataException"/>); a part without any
    /// element gives an empty tree. Malformed XML throws <see cref="XmlException"/>, as with the SDK, which read parts whole.
    /// </summary>
    public static PartTree Load(Stream stream, WordName root, string partName)
    {
        var names = t_names ??= new WordNames(new NameTable());
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            NameTable = names.NameTable,
            MaxCharactersInDocument = MaxCharactersInPart,
            CloseInput = false,
        };
        var tree = new PartTree();
        if (LengthOf(stream) < 4)
        {
            // The SDK's rule: an XmlReader needs four bytes to start, so a shorter part is an empty one.
            return tree;
        }

        try
        {
            using var reader = XmlReader.Create(stream, settings);
            tree.Read(reader, names, root, partName);
            return tree;
        }
        catch
        {
            tree.Dispose();
            throw;
        }
    }

    private void Read(XmlReader reader, WordNames names, WordName root, string partName)
    {
        // Open elements: their index and their last child so far, to link the next child.
        var open = _buffers.Open;
        var lastChild = _buffers.LastChild;
        var depth = 0;
        var untyped = new UntypedRegion();
        try
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        var name = untyped.Name(names.Element(reader.NamespaceURI, reader.LocalName), depth, reader.IsEmptyElement);
                        if (_count == 0 && name != root)
                        {
                            throw new InvalidDataException($"the root element of {partName} is '{reader.Name}', not the expected one");
                        }

                        untyped.Node(depth, XmlNodeType.Element, null);
                        if (name == WordName.Unknown && reader.IsEmptyElement)
                        {
                            // Formatting leaves (w:rFonts, w:sz, w:lang…), bookmarks, proofing marks: nothing is ever read from
                            // an unknown element without children, so it is not kept (most elements of a Word part are such).
                            break;
                        }

                        var index = Add(name);
                        if (depth > 0)
                        {
                            if (lastChild[depth - 1] < 0)
                            {
                                _nodes[open[depth - 1]].FirstChild = index;
                            }
                            else
                            {
                                _nodes[lastChild[depth - 1]].NextSibling = index;
                            }

                            lastChild[depth - 1] = index;
                        }

                        if (name != WordName.Unknown && reader.HasAttributes)
                        {
                            ReadAttributes(reader, names, index);
                        }

                        if (reader.IsEmptyElement)
                        {
                            _nodes[index].SubtreeEnd = index + 1;
                        }
                        else
                        {
                            if (depth == open.Length)
                            {
                                Grow(ref open);
                                Grow(ref lastChild);
                            }

                            untyped.Opened(name, index, depth);
                            open[depth] = index;
                            lastChild[depth] = -1;
                            depth++;
                        }

                        break;
                    case XmlNodeType.EndElement:
                        depth--;
                        _nodes[open[depth]].SubtreeEnd = _count;
                        if (untyped.Closed(depth) is { } looseText)
                        {
                            AddAttribute(open[depth], WordAttribute.Text, looseText);
                        }

                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        untyped.Node(depth, reader.NodeType, reader.Value);

                        // Like the SDK's leaf text elements: the first text node directly inside w:t or m:t is the text.
                        if (!untyped.IsOpen && depth > 0 && lastChild[depth - 1] < 0 && _nodes[open[depth - 1]].Name is WordName.Text or WordName.MathText
                            && AttributeOf(open[depth - 1], WordAttribute.Text) is null)
                        {
                            AddAttribute(open[depth - 1], WordAttribute.Text, reader.Value);
                        }

                        break;
                    case XmlNodeType.Comment or XmlNodeType.ProcessingInstruction:
                        untyped.Node(depth, reader.NodeType, null);
                        break;
                }
            }
        }
        finally
        {
            _buffers.Open = open;
            _buffers.LastChild = lastChild;
        }
    }

    /// <summary>The part's length; System.IO.Packaging's part streams know it without being seekable.</summary>
    private static long LengthOf(Stream stream)
    {
        try
        {
            return stream.Length;
        }
        catch (NotSupportedException)
        {
            return long.MaxValue;
        }
    }

    private void ReadAttributes(XmlReader reader, WordNames names, int index)
    {
        while (reader.MoveToNextAttribute())
        {
            if (names.Attribute(reader.NamespaceURI, reader.LocalName) is { } attribute)
            {
                AddAttribute(index, attribute, reader.Value);
            }
        }

        reader.MoveToElement();
    }

    private int Add(WordName name)
    {
        if (_count == _nodes.Length)
        {
            Grow(ref _nodes);
        }

        _nodes[_count] = new Node { Name = name, AttributeStart = _attributeCount, FirstChild = -1, NextSibling = -1 };
        return _count++;
    }

    /// <summary>Attributes of one element are contiguous: they are added while the element is the last one read (text comes before any child).</summary>
    private void AddAttribute(int index, WordAttribute name, string value)
    {
        if (_attributeCount == _attributes.Length)
        {
            Grow(ref _attributes);
        }

        _attributes[_attributeCount++] = new Attribute(name, value);
        _nodes[index].AttributeCount++;
    }

    private static void Grow<T>(ref T[] array)
    {
        var larger = new T[array.Length * 2];
        Array.Copy(array, larger, array.Length);
        array = larger;
    }
}
