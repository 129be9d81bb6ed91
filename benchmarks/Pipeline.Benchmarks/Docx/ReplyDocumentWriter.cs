using System.IO.Compression;
using System.Text;

namespace Pipeline.Benchmarks.Docx;

/// <summary>
/// Writes one reply letter as a Word package, reproducibly from a seed: a title, numbered headings, paragraphs with bold
/// run-ins, runs split the way Word splits them (rsids, proofing marks, bookmarks), footnotes, hyperlinks and fields,
/// multi-level numbered and bulleted lists, question | answer tables with merged cells, a running header and footer.
/// </summary>
internal sealed class ReplyDocumentWriter
{
    private static readonly DateTimeOffset Saved = new(2022, 8, 30, 16, 40, 0, TimeSpan.Zero);

    private readonly Random _random;
    private readonly string[] _rsids;
    private readonly StringBuilder _body = new();
    private readonly StringBuilder _footnotes = new();
    private readonly List<string> _links = [];
    private int _footnoteCount;
    private int _bookmarks;

    private ReplyDocumentWriter(int seed)
    {
        _random = new Random(seed);
        _rsids = [.. Enumerable.Range(0, 24).Select(_ => _random.Next(0x100000, 0xFFFFFF).ToString("X8"))];
    }

    /// <summary>A reply with <paramref name="sections"/> answered questions (about two thirds of a page each).</summary>
    public static byte[] Write(int seed, int sections, string company)
    {
        var writer = new ReplyDocumentWriter(seed);
        var document = writer.Document(sections, company);
        return writer.Package(document, company);
    }

    private string Document(int sections, string company)
    {
        Paragraph("Title", null, [(company + " – response to the outreach of 14 July 2022", false)]);
        foreach (var line in new[] { "Business & Human Rights Resource Centre", "Research team", "London, 30 August 2022" })
        {
            Paragraph(null, null, [(line, false)]);
        }

        Paragraph(null, null, [("Dear colleagues,", false)]);
        Paragraph(null, null, Sentences(2, 4));
        for (var section = 1; section <= sections; section++)
        {
            Section(section);
        }

        Paragraph(null, null, [("Yours sincerely,", false)]);
        Paragraph(null, null, [("Head of Corporate Responsibility, " + company, true)]);
        _body.Append("<w:sectPr w:rsidR=\"").Append(_rsids[0]).Append("\"><w:headerReference w:type=\"default\" r:id=\"rId7\"/><w:footerReference w:type=\"default\" r:id=\"rId8\"/>")
            .Append("<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/>")
            .Append("<w:cols w:space=\"708\"/><w:docGrid w:linePitch=\"360\"/></w:sectPr>");
        return $"{WordPackageParts.Declaration}<w:document {WordPackageParts.Namespaces}><w:body>{_body}</w:body></w:document>";
    }

    private void Section(int number)
    {
        Paragraph("Heading1", null, [($"Question {number}: " + ReplySentences.Topics[number % ReplySentences.Topics.Length], false)]);
        Paragraph(null, null, [($"Question {number}(a): ", true), .. Sentences(2, 5)]);
        for (var i = _random.Next(1, 4); i > 0; i--)
        {
            Paragraph(null, null, Sentences(2, 6));
        }

        List(numId: number % 3 == 0 ? 4 : 1, items: _random.Next(3, 9), maxLevel: 2);
        if (number % 2 == 0)
        {
            Table(rows: _random.Next(3, 8), columns: number % 4 == 0 ? 3 : 2);
        }

        if (number % 3 == 1)
        {
            Paragraph("Heading2", null, [($"Further information on {number}(b)", false)]);
            List(numId: 2, items: _random.Next(2, 6), maxLevel: 1);
            Paragraph(null, null, Sentences(1, 4));
        }
    }

    private void List(int numId, int items, int maxLevel)
    {
        var level = 0;
        for (var i = 0; i < items; i++)
        {
            level = i == 0 ? 0 : Math.Clamp(level + _random.Next(-1, 2), 0, maxLevel);
            var lead = _random.Next(3) == 0 ? new[] { ("Measure " + (i + 1) + ": ", true) } : [];
            Paragraph("ListParagraph", (numId, level), [.. lead, .. Sentences(1, 2)]);
        }
    }

    private void Table(int rows, int columns)
    {
        var width = 9026 / columns;
        _body.Append("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
        for (var c = 0; c < columns; c++)
        {
            _body.Append($"<w:gridCol w:w=\"{width}\"/>");
        }

        _body.Append("</w:tblGrid>");
        for (var r = 0; r < rows; r++)
        {
            _body.Append($"<w:tr w:rsidR=\"{Rsid()}\" w14:paraId=\"{_random.Next():X8}\" w14:textId=\"77777777\" w:rsidTr=\"{Rsid()}\">");
            var spanned = r > 0 && columns == 3 && r % 4 == 3;
            for (var c = 0; c < columns; c++)
            {
                if (spanned && c == 2)
                {
                    continue;
                }

                var span = spanned && c == 1 ? "<w:gridSpan w:val=\"2\"/>" : string.Empty;
                var merge = c == 0 && r > 1 && r % 3 == 2 ? "<w:vMerge/>" : c == 0 && r > 0 && r % 3 == 1 ? "<w:vMerge w:val=\"restart\"/>" : string.Empty;
                var shade = r == 0 ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9E2F3\"/>" : string.Empty;
                _body.Append($"<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>{span}{merge}{shade}</w:tcPr>");
                if (r == 0)
                {
                    Paragraph(null, null, [(c == 0 ? "Question" : c == 1 ? "Our answer" : "Evidence", true)]);
                }
                else if (c == 0)
                {
                    Paragraph(null, null, [($"{r}({(char)('a' + (r % 5))})", true)]);
                }
                else
                {
                    for (var p = _random.Next(1, 3); p > 0; p--)
                    {
                        Paragraph(null, null, Sentences(1, 3));
                    }
                }

                _body.Append("</w:tc>");
            }

            _body.Append("</w:tr>");
        }

        _body.Append("</w:tbl>");
        Paragraph(null, null, []);
    }

    private (string Text, bool Bold)[] Sentences(int min, int max) =>
        [.. Enumerable.Range(0, _random.Next(min, max + 1)).Select(_ => (Pick() + " ", false))];

    private string Pick() => ReplySentences.All[_random.Next(ReplySentences.All.Length)];

    private string Rsid() => _rsids[_random.Next(_rsids.Length)];

    private void Paragraph(string? style, (int NumId, int Level)? list, (string Text, bool Bold)[] pieces)
    {
        _body.Append($"<w:p w:rsidR=\"{Rsid()}\" w:rsidRDefault=\"{Rsid()}\" w:rsidP=\"{Rsid()}\" w14:paraId=\"{_random.Next():X8}\" w14:textId=\"77777777\"><w:pPr>");
        if (style is not null)
        {
            _body.Append($"<w:pStyle w:val=\"{style}\"/>");
        }

        if (list is { } item)
        {
            _body.Append($"<w:numPr><w:ilvl w:val=\"{item.Level}\"/><w:numId w:val=\"{item.NumId}\"/></w:numPr>");
        }

        _body.Append("<w:rPr><w:lang w:val=\"en-GB\"/></w:rPr></w:pPr>");
        var bookmarked = _random.Next(6) == 0;
        if (bookmarked)
        {
            _body.Append($"<w:bookmarkStart w:id=\"{_bookmarks}\" w:name=\"_Ref{_random.Next(10_000_000, 99_999_999)}\"/>");
        }

        foreach (var (text, bold) in pieces)
        {
            Runs(text, bold);
        }

        if (bookmarked)
        {
            _body.Append($"<w:bookmarkEnd w:id=\"{_bookmarks++}\"/>");
        }

        _body.Append("</w:p>");
    }

    /// <summary>One sentence or run-in, split into Word-like runs; now and then a footnote, a hyperlink or a cross-reference field follows.</summary>
    private void Runs(string text, bool bold)
    {
        var words = text.Split(' ');
        var start = 0;
        while (start < words.Length)
        {
            var take = Math.Min(words.Length - start, _random.Next(2, 12));
            var piece = string.Join(' ', words, start, take) + (start + take < words.Length ? " " : string.Empty);
            var misspelt = !bold && _random.Next(12) == 0;
            if (misspelt)
            {
                _body.Append("<w:proofErr w:type=\"spellStart\"/>");
            }

            Run(piece, bold ? "<w:b/><w:bCs/>" : string.Empty);
            if (misspelt)
            {
                _body.Append("<w:proofErr w:type=\"spellEnd\"/>");
            }

            start += take;
        }

        switch (bold ? -1 : _random.Next(14))
        {
            case 0:
                _footnoteCount++;
                _body.Append($"<w:r w:rsidR=\"{Rsid()}\"><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"{_footnoteCount}\"/></w:r>");
                _footnotes.Append($"<w:footnote w:id=\"{_footnoteCount}\"><w:p><w:pPr><w:pStyle w:val=\"FootnoteText\"/></w:pPr><w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r>")
                    .Append($"<w:r><w:t xml:space=\"preserve\"> {Xml.Escape(Pick())}</w:t></w:r></w:p></w:footnote>");
                break;
            case 1:
                _links.Add($"https://example.com/reports/{_links.Count + 1}");
                _body.Append($"<w:hyperlink r:id=\"rId{99 + _links.Count}\" w:history=\"1\"><w:r w:rsidR=\"{Rsid()}\"><w:rPr><w:rStyle w:val=\"Hyperlink\"/></w:rPr><w:t>our {_links.Count}. report</w:t></w:r></w:hyperlink>");
                Run(" ", string.Empty);
                break;
            case 2:
                _body.Append("<w:r><w:t xml:space=\"preserve\">(see </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> REF _Ref4711 \\r \\h </w:instrText></w:r>")
                    .Append("<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>section 2</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t xml:space=\"preserve\">) </w:t></w:r>");
                break;
        }
    }

    private void Run(string text, string properties) =>
        _body.Append($"<w:r w:rsidR=\"{Rsid()}\" w:rsidRPr=\"{Rsid()}\"><w:rPr><w:rFonts w:cstheme=\"minorHAnsi\"/>{properties}<w:lang w:val=\"en-GB\"/></w:rPr><w:t xml:space=\"preserve\">{Xml.Escape(text)}</w:t></w:r>");

    private byte[] Package(string document, string company)
    {
        const string separators = "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>" +
            "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>";
        var header = $"<w:hdr {WordPackageParts.Namespaces}><w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr><w:r><w:t>{Xml.Escape(company)} – reply to the 2022 outreach</w:t></w:r></w:p></w:hdr>";
        var footer = $"<w:ftr {WordPackageParts.Namespaces}><w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"right\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Page </w:t></w:r>" +
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" +
            "<w:r><w:t xml:space=\"preserve\"> of </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> NUMPAGES </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:ftr>";
        (string Name, string Content)[] entries =
        [
            ("[Content_Types].xml", WordPackageParts.ContentTypes),
            ("_rels/.rels", WordPackageParts.PackageRelationships),
            ("word/document.xml", document),
            ("word/_rels/document.xml.rels", WordPackageParts.DocumentRelationships(_links)),
            ("word/footnotes.xml", $"{WordPackageParts.Declaration}<w:footnotes {WordPackageParts.Namespaces}>{separators}{_footnotes}</w:footnotes>"),
            ("word/endnotes.xml", $"{WordPackageParts.Declaration}<w:endnotes {WordPackageParts.Namespaces}>{separators.Replace("footnote", "endnote", StringComparison.Ordinal)}</w:endnotes>"),
            ("word/header1.xml", WordPackageParts.Declaration + header),
            ("word/footer1.xml", WordPackageParts.Declaration + footer),
            ("word/theme/theme1.xml", WordPackageParts.Theme()),
            ("word/settings.xml", WordPackageParts.Settings(_rsids)),
            ("word/styles.xml", WordPackageParts.Styles()),
            ("word/numbering.xml", WordPackageParts.Numbering()),
            ("word/webSettings.xml", WordPackageParts.WebSettings),
            ("word/fontTable.xml", WordPackageParts.FontTable()),
            ("docProps/core.xml", WordPackageParts.CoreProperties(company + " – reply", "Corporate Responsibility")),
            ("docProps/app.xml", WordPackageParts.AppProperties),
        ];
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = Saved;
                using var output = entry.Open();
                output.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return stream.ToArray();
    }
}
