namespace Pipeline.Extraction.Word.Xml;

/// <summary>The attributes the extractor reads (all <c>w:</c> except <see cref="RelationshipId"/>); <see cref="Text"/> holds a text element's content.</summary>
internal enum WordAttribute : byte
{
    Val, Id, Type, FieldCharType, Char, Font, StyleId, Default, AbstractNumId, NumId, Ilvl, Format,

    /// <summary><c>r:id</c>, a relationship id.</summary>
    RelationshipId,

    /// <summary>Not an attribute: the text of <c>w:t</c>/<c>m:t</c> (its first text node, as the OpenXml SDK reads it).</summary>
    Text,
}
