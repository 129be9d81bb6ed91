namespace Pipeline.Extraction.Word.Xml;

/// <summary>The WordprocessingML (and markup-compatibility, math) elements the extractor looks at; everything else is <see cref="Unknown"/>.</summary>
internal enum WordName : byte
{
    Unknown,

    // Part roots
    Document, Body, Header, Footer, Footnotes, Footnote, Endnotes, Endnote, Styles, Numbering,

    // Blocks
    Paragraph, ParagraphProperties, ParagraphStyle, NumberingProperties, NumberingId, NumberingLevel, OutlineLevel, BiDi,
    SectionProperties, SectionPropertiesChange, HeaderReference, FooterReference,
    Table, TableProperties, TableRow, TableRowProperties, TableCell, TableCellProperties, VerticalMerge, GridSpan, GridBefore,
    Sdt, SdtProperties, SdtContent, ShowingPlaceholder, CustomXml, AltChunk,

    // Runs
    Run, RunProperties, RunStyle, Bold, BoldComplexScript, Caps, Vanish, RightToLeftText,
    Text, Tab, PositionalTab, Break, CarriageReturn, NoBreakHyphen, Symbol, FootnoteReference, EndnoteReference, FieldChar,
    Drawing, Picture, EmbeddedObject, TextBoxContent, Deleted, MoveFrom, CommentRangeStart, CommentRangeEnd,

    // Styles and numbering
    Style, DocDefaults, RunPropertiesDefault, BasedOn, StyleName,
    AbstractNum, Num, AbstractNumId, Level, LevelOverride, Start, NumberingFormat, LevelText, IsLegal, LevelRestart, NumberingStyleLink, StartOverride,

    // Markup compatibility and math
    AlternateContent, Choice, Fallback, MathRun, MathText,

    /// <summary><c>w:smartTag</c>: never in a tree, where it and everything in it read as untyped (see <see cref="PartTree"/>).</summary>
    SmartTag,
}
