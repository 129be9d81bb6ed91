using System.Xml;

namespace Pipeline.Extraction.Word.Xml;

/// <summary>
/// Reproduces how the OpenXml SDK 3.3 (which this reader replaced) saw <c>w:smartTag</c>: as an element it does not know,
/// whose whole subtree is then untyped. Untyped elements are <see cref="WordName.Unknown"/> here, except <c>w:t</c>, which
/// keeps its name and gets the SDK's text of an unknown element: the value of its only child node when that is text,
/// significant whitespace or CDATA (CDATA with its markup), else nothing. So text in smart tags reads as plain text,
/// without run formatting, fields, tabs or breaks, exactly as before.
/// </summary>
internal struct UntypedRegion()
{
    private int _from = -1;
    private int _looseText = -1;
    private int _looseDepth;
    private int _looseNodes;
    private string? _looseValue;

    /// <summary>Inside a smart tag (its own start tag included).</summary>
    public readonly bool IsOpen => _from >= 0;

    /// <summary>The name an element at <paramref name="depth"/> gets in the tree.</summary>
    public WordName Name(WordName name, int depth, bool isEmpty)
    {
        if (_from < 0 && name == WordName.SmartTag && !isEmpty)
        {
            _from = depth;
        }

        return _from >= 0 || name == WordName.SmartTag ? (name == WordName.Text ? WordName.Text : WordName.Unknown) : name;
    }

    /// <summary>An element was opened (not empty) at <paramref name="depth"/>.</summary>
    public void Opened(WordName name, int index, int depth)
    {
        if (_from >= 0 && name == WordName.Text && _looseText < 0)
        {
            _looseText = index;
            _looseDepth = depth;
            _looseNodes = 0;
            _looseValue = null;
        }
    }

    /// <summary>A node (element, text, comment…) directly or deeper inside the open elements, <paramref name="depth"/> being its parent's depth + 1.</summary>
    public void Node(int depth, XmlNodeType type, string? value)
    {
        if (_looseText < 0 || depth != _looseDepth + 1)
        {
            return;
        }

        _looseNodes++;
        _looseValue = type switch
        {
            XmlNodeType.Text or XmlNodeType.SignificantWhitespace => value,
            XmlNodeType.CDATA => "<![CDATA[" + value + "]]>",
            _ => null,
        };
    }

    /// <summary>The element at <paramref name="depth"/> was closed; returns the text to give an untyped w:t that just closed.</summary>
    public string? Closed(int depth)
    {
        string? text = null;
        if (_looseText >= 0 && depth == _looseDepth)
        {
            text = _looseNodes == 1 ? _looseValue : null;
            _looseText = -1;
        }

        if (depth == _from)
        {
            _from = -1;
        }

        return text;
    }
}
