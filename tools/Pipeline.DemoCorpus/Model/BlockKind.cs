namespace Pipeline.DemoCorpus.Model;

/// <summary>How a block of a reply is rendered; also written to the gold file as the paragraph's "kind".</summary>
internal enum BlockKind
{
    /// <summary>Company name and address at the top, bold and larger.</summary>
    Letterhead,

    /// <summary>Reference, date, addressee, greeting, closing, signature: letter furniture.</summary>
    Letter,

    /// <summary>A section heading (Word heading style).</summary>
    Heading,

    /// <summary>A body paragraph, possibly opening with a bold run-in marker.</summary>
    Paragraph,

    /// <summary>The question restated in bold before the answer.</summary>
    Question,

    /// <summary>A Word auto-numbered list item: the number lives in numbering.xml, not in the text.</summary>
    ListItem,

    /// <summary>A question | answer table.</summary>
    Table,

    /// <summary>From here on the body is set in the page's columns (a continuous section break).</summary>
    Columns,

    /// <summary>A hard page break.</summary>
    PageBreak,
}
