using System.Xml;

namespace Pipeline.Extraction.Word.Xml;

/// <summary>
/// Maps namespace + local name to <see cref="WordName"/>/<see cref="WordAttribute"/>, by reference against strings atomised in
/// the reader's <see cref="XmlNameTable"/>. Strict OOXML namespaces (ISO 29500 strict) count as their transitional twins,
/// as the OpenXml SDK reads them. One instance per name table, so per thread; not thread-safe.
/// </summary>
internal sealed class WordNames
{
    public const string Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string MarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    public const string Math = "http://schemas.openxmlformats.org/officeDocument/2006/math";
    private const string StrictWord = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private const string StrictRelationships = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    private const string StrictMath = "http://purl.oclc.org/ooxml/officeDocument/math";

    private static readonly (string Local, WordName Name)[] WordElements =
    [
        ("document", WordName.Document), ("body", WordName.Body), ("hdr", WordName.Header), ("ftr", WordName.Footer),
        ("footnotes", WordName.Footnotes), ("footnote", WordName.Footnote), ("endnotes", WordName.Endnotes), ("endnote", WordName.Endnote),
        ("styles", WordName.Styles), ("numbering", WordName.Numbering),
        ("p", WordName.Paragraph), ("pPr", WordName.ParagraphProperties), ("pStyle", WordName.ParagraphStyle), ("numPr", WordName.NumberingProperties),
        ("numId", WordName.NumberingId), ("ilvl", WordName.NumberingLevel), ("outlineLvl", WordName.OutlineLevel), ("bidi", WordName.BiDi),
        ("sectPr", WordName.SectionProperties), ("sectPrChange", WordName.SectionPropertiesChange),
        ("headerReference", WordName.HeaderReference), ("footerReference", WordName.FooterReference),
        ("tbl", WordName.Table), ("tblPr", WordName.TableProperties), ("tr", WordName.TableRow), ("trPr", WordName.TableRowProperties),
        ("tc", WordName.TableCell), ("tcPr", WordName.TableCellProperties), ("vMerge", WordName.VerticalMerge), ("gridSpan", WordName.GridSpan),
        ("gridBefore", WordName.GridBefore), ("sdt", WordName.Sdt), ("sdtPr", WordName.SdtProperties), ("sdtContent", WordName.SdtContent),
        ("showingPlcHdr", WordName.ShowingPlaceholder), ("customXml", WordName.CustomXml), ("altChunk", WordName.AltChunk), ("smartTag", WordName.SmartTag),
        ("r", WordName.Run), ("rPr", WordName.RunProperties), ("rStyle", WordName.RunStyle), ("b", WordName.Bold), ("bCs", WordName.BoldComplexScript),
        ("caps", WordName.Caps), ("vanish", WordName.Vanish), ("rtl", WordName.RightToLeftText), ("t", WordName.Text), ("tab", WordName.Tab),
        ("ptab", WordName.PositionalTab), ("br", WordName.Break), ("cr", WordName.CarriageReturn), ("noBreakHyphen", WordName.NoBreakHyphen),
        ("sym", WordName.Symbol), ("footnoteReference", WordName.FootnoteReference), ("endnoteReference", WordName.EndnoteReference),
        ("fldChar", WordName.FieldChar), ("drawing", WordName.Drawing), ("pict", WordName.Picture), ("object", WordName.EmbeddedObject),
        ("txbxContent", WordName.TextBoxContent), ("del", WordName.Deleted), ("moveFrom", WordName.MoveFrom),
        ("commentRangeStart", WordName.CommentRangeStart), ("commentRangeEnd", WordName.CommentRangeEnd),
        ("style", WordName.Style), ("docDefaults", WordName.DocDefaults), ("rPrDefault", WordName.RunPropertiesDefault), ("basedOn", WordName.BasedOn),
        ("name", WordName.StyleName), ("abstractNum", WordName.AbstractNum), ("num", WordName.Num), ("abstractNumId", WordName.AbstractNumId),
        ("lvl", WordName.Level), ("lvlOverride", WordName.LevelOverride), ("start", WordName.Start), ("numFmt", WordName.NumberingFormat),
        ("lvlText", WordName.LevelText), ("isLgl", WordName.IsLegal), ("lvlRestart", WordName.LevelRestart), ("numStyleLink", WordName.NumberingStyleLink),
        ("startOverride", WordName.StartOverride),
    ];

    private static readonly (string Local, WordAttribute Name)[] WordAttributes =
    [
        ("val", WordAttribute.Val), ("id", WordAttribute.Id), ("type", WordAttribute.Type), ("fldCharType", WordAttribute.FieldCharType),
        ("char", WordAttribute.Char), ("font", WordAttribute.Font), ("styleId", WordAttribute.StyleId), ("default", WordAttribute.Default),
        ("abstractNumId", WordAttribute.AbstractNumId), ("numId", WordAttribute.NumId), ("ilvl", WordAttribute.Ilvl), ("format", WordAttribute.Format),
    ];

    // Keyed by the atomised strings, valued by the enum as int: the same Dictionary instantiation the framework already uses, so no extra JIT at start-up.
    private readonly Dictionary<string, int> _wordElements = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, int> _wordAttributes = new(ReferenceEqualityComparer.Instance);
    private readonly string _word;
    private readonly string _strictWord;
    private readonly string _relationships;
    private readonly string _strictRelationships;
    private readonly string _markupCompatibility;
    private readonly string _math;
    private readonly string _strictMath;
    private readonly string _alternateContent;
    private readonly string _choice;
    private readonly string _fallback;
    private readonly string _t;
    private readonly string _r;
    private readonly string _id;

    public WordNames(XmlNameTable nameTable)
    {
        NameTable = nameTable;
        _word = nameTable.Add(Word);
        _strictWord = nameTable.Add(StrictWord);
        _relationships = nameTable.Add(Relationships);
        _strictRelationships = nameTable.Add(StrictRelationships);
        _markupCompatibility = nameTable.Add(MarkupCompatibility);
        _math = nameTable.Add(Math);
        _strictMath = nameTable.Add(StrictMath);
        _alternateContent = nameTable.Add("AlternateContent");
        _choice = nameTable.Add("Choice");
        _fallback = nameTable.Add("Fallback");
        _t = nameTable.Add("t");
        _r = nameTable.Add("r");
        _id = nameTable.Add("id");
        foreach (var (local, name) in WordElements)
        {
            _wordElements.Add(nameTable.Add(local), (int)name);
        }

        foreach (var (local, name) in WordAttributes)
        {
            _wordAttributes.Add(nameTable.Add(local), (int)name);
        }
    }

    public XmlNameTable NameTable { get; }

    /// <summary>The element's name; <paramref name="namespaceUri"/> and <paramref name="localName"/> come from a reader sharing <see cref="NameTable"/>.</summary>
    public WordName Element(string namespaceUri, string localName)
    {
        if (ReferenceEquals(namespaceUri, _word) || ReferenceEquals(namespaceUri, _strictWord))
        {
            return _wordElements.TryGetValue(localName, out var name) ? (WordName)name : WordName.Unknown;
        }

        if (ReferenceEquals(namespaceUri, _markupCompatibility))
        {
            return ReferenceEquals(localName, _alternateContent) ? WordName.AlternateContent
                : ReferenceEquals(localName, _choice) ? WordName.Choice
                : ReferenceEquals(localName, _fallback) ? WordName.Fallback
                : WordName.Unknown;
        }

        if (ReferenceEquals(namespaceUri, _math) || ReferenceEquals(namespaceUri, _strictMath))
        {
            return ReferenceEquals(localName, _t) ? WordName.MathText : ReferenceEquals(localName, _r) ? WordName.MathRun : WordName.Unknown;
        }

        return WordName.Unknown;
    }

    /// <summary>The attribute's name, or null when the extractor never reads it.</summary>
    public WordAttribute? Attribute(string namespaceUri, string localName)
    {
        if (ReferenceEquals(namespaceUri, _word) || ReferenceEquals(namespaceUri, _strictWord))
        {
            return _wordAttributes.TryGetValue(localName, out var name) ? (WordAttribute)name : null;
        }

        return (ReferenceEquals(namespaceUri, _relationships) || ReferenceEquals(namespaceUri, _strictRelationships)) && ReferenceEquals(localName, _id)
            ? WordAttribute.RelationshipId
            : null;
    }
}
