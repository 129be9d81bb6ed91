using System.Globalization;
using System.Xml;

namespace Pipeline.Extraction.Word.Xml;

/// <summary>
/// An element of a <see cref="PartTree"/> (a handle: the tree and the element's position). The accessors mirror the OpenXml
/// SDK's: a typed property is the first child of that name; values parse as the SDK parses them, so an invalid number or
/// on/off value throws <see cref="FormatException"/> where the SDK's <c>.Value</c> did.
/// </summary>
internal readonly struct WordElement(PartTree tree, int index)
{
    public static WordElement None => default;

    public bool Exists => tree is not null && index >= 0;

    public WordName Name => Exists ? tree.NameOf(index) : WordName.Unknown;

    public bool HasChildren => Exists && tree.FirstChildOf(index) >= 0;

    public PartTree Tree => tree;

    /// <summary>The element's position in its tree (see <see cref="PartTree.Element"/>): what collections keep, to stay free of generic instantiations over this struct.</summary>
    public int Index => index;

    public ChildEnumerable Children => new(tree, Exists ? tree.FirstChildOf(index) : -1);

    /// <summary>The first child named <paramref name="name"/>, or <see cref="None"/>.</summary>
    public WordElement Child(WordName name)
    {
        if (Exists)
        {
            for (var child = tree.FirstChildOf(index); child >= 0; child = tree.NextSiblingOf(child))
            {
                if (tree.NameOf(child) == name)
                {
                    return new WordElement(tree, child);
                }
            }
        }

        return None;
    }

    /// <summary>Every element below this one named <paramref name="name"/>, in document order, not looking inside elements named <paramref name="notInside"/>.</summary>
    public IEnumerable<WordElement> Descendants(WordName name, WordName? notInside = null)
    {
        if (!Exists)
        {
            yield break;
        }

        for (var i = index + 1; i < tree.SubtreeEndOf(index); i++)
        {
            var found = tree.NameOf(i);
            if (found == notInside)
            {
                i = tree.SubtreeEndOf(i) - 1;
            }
            else if (found == name)
            {
                yield return new WordElement(tree, i);
            }
        }
    }

    public string? Attribute(WordAttribute name) => Exists ? tree.AttributeOf(index, name) : null;

    /// <summary><c>w:val</c>.</summary>
    public string? Val => Attribute(WordAttribute.Val);

    /// <summary>The text of a <c>w:t</c> or <c>m:t</c>; empty when it has none.</summary>
    public string Text => Attribute(WordAttribute.Text) ?? string.Empty;

    /// <summary>An xsd:int attribute, null when absent.</summary>
    public int? Int(WordAttribute name) => Attribute(name) is { } value ? XmlConvert.ToInt32(value) : null;

    /// <summary>An xsd:integer attribute (note ids), null when absent.</summary>
    public long? Long(WordAttribute name) => Attribute(name) is { } value ? XmlConvert.ToInt64(value) : null;

    /// <summary>An ST_OnOff attribute, null when absent.</summary>
    public bool? OnOff(WordAttribute name) => Attribute(name) switch
    {
        null => null,
        "true" or "1" or "on" => true,
        "false" or "0" or "off" => false,
        var other => throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"'{other}' is not an on/off value")),
    };

    /// <summary>An enumerated attribute that must be one of <paramref name="allowed"/> (the SDK refuses other values), null when absent.</summary>
    public string? Enum(WordAttribute name, params ReadOnlySpan<string> allowed)
    {
        if (Attribute(name) is not { } value)
        {
            return null;
        }

        foreach (var candidate in allowed)
        {
            if (value == candidate)
            {
                return value;
            }
        }

        throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"'{value}' is not a valid value here"));
    }

    /// <summary>The children of an element, without allocating.</summary>
    public readonly struct ChildEnumerable(PartTree tree, int first)
    {
        public ChildEnumerator GetEnumerator() => new(tree, first);
    }

    public struct ChildEnumerator(PartTree tree, int first)
    {
        private int _next = first;

        public WordElement Current { get; private set; }

        public bool MoveNext()
        {
            if (_next < 0)
            {
                return false;
            }

            Current = new WordElement(tree, _next);
            _next = tree.NextSiblingOf(_next);
            return true;
        }
    }
}
