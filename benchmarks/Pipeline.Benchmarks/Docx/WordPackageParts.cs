using System.Text;

namespace Pipeline.Benchmarks.Docx;

/// <summary>
/// The fixed parts of a generated Word package, shaped like Word 2016's output (namespace declarations, latent styles,
/// nine-level lists, rsids, theme) so that parsing costs what it costs on real replies.
/// </summary>
internal static class WordPackageParts
{
    public const string Namespaces =
        "xmlns:wpc=\"http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:o=\"urn:schemas-microsoft-com:office:office\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\" " +
        "xmlns:wp14=\"http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:w10=\"urn:schemas-microsoft-com:office:word\" " +
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" " +
        "xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\" " +
        "xmlns:wpg=\"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup\" " +
        "xmlns:wpi=\"http://schemas.microsoft.com/office/word/2010/wordprocessingInk\" " +
        "xmlns:wne=\"http://schemas.microsoft.com/office/word/2006/wordml\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
        "mc:Ignorable=\"w14 w15 wp14\"";

    public const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

    public const string ContentTypes = Declaration +
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>" +
        "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>" +
        "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>" +
        "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>" +
        "<Override PartName=\"/word/webSettings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml\"/>" +
        "<Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/>" +
        "<Override PartName=\"/word/endnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml\"/>" +
        "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>" +
        "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>" +
        "<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>" +
        "<Override PartName=\"/word/theme/theme1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>" +
        "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>" +
        "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>" +
        "</Types>";

    public const string PackageRelationships = Declaration +
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>" +
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>" +
        "</Relationships>";

    private const string RelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    /// <summary>The main part's relationships; <paramref name="links"/> external hyperlinks become rId100, rId101…</summary>
    public static string DocumentRelationships(IReadOnlyList<string> links)
    {
        var xml = new StringBuilder(Declaration).Append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        (string Id, string Type, string Target)[] parts =
        [
            ("rId1", "numbering", "numbering.xml"), ("rId2", "styles", "styles.xml"), ("rId3", "settings", "settings.xml"),
            ("rId4", "webSettings", "webSettings.xml"), ("rId5", "footnotes", "footnotes.xml"), ("rId6", "endnotes", "endnotes.xml"),
            ("rId7", "header", "header1.xml"), ("rId8", "footer", "footer1.xml"), ("rId9", "fontTable", "fontTable.xml"),
            ("rId10", "theme", "theme/theme1.xml"),
        ];
        foreach (var (id, type, target) in parts)
        {
            xml.Append($"<Relationship Id=\"{id}\" Type=\"{RelationshipType}{type}\" Target=\"{target}\"/>");
        }

        for (var i = 0; i < links.Count; i++)
        {
            xml.Append($"<Relationship Id=\"rId{100 + i}\" Type=\"{RelationshipType}hyperlink\" Target=\"{Xml.Escape(links[i])}\" TargetMode=\"External\"/>");
        }

        return xml.Append("</Relationships>").ToString();
    }

    public static string CoreProperties(string title, string author) => Declaration +
        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" " +
        "xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" +
        $"<dc:title>{Xml.Escape(title)}</dc:title><dc:creator>{Xml.Escape(author)}</dc:creator><cp:lastModifiedBy>{Xml.Escape(author)}</cp:lastModifiedBy><cp:revision>3</cp:revision>" +
        "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2022-08-29T09:12:00Z</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">2022-08-30T16:40:00Z</dcterms:modified>" +
        "</cp:coreProperties>";

    public const string AppProperties = Declaration +
        "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">" +
        "<Template>Normal.dotm</Template><TotalTime>42</TotalTime><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>" +
        "<ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>" +
        "</Properties>";

    /// <summary>Word's style sheet: defaults, the styles a reply uses, and the ~370 latent-style exceptions Word writes into every file.</summary>
    public static string Styles()
    {
        var xml = new StringBuilder(Declaration).Append($"<w:styles {Namespaces}>");
        xml.Append("<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme=\"minorHAnsi\" w:eastAsiaTheme=\"minorHAnsi\" w:hAnsiTheme=\"minorHAnsi\" w:cstheme=\"minorBidi\"/>")
            .Append("<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"en-GB\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>")
            .Append("<w:pPrDefault><w:pPr><w:spacing w:after=\"160\" w:line=\"259\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>");
        xml.Append("<w:latentStyles w:defLockedState=\"0\" w:defUIPriority=\"99\" w:defSemiHidden=\"0\" w:defUnhideWhenUsed=\"0\" w:defQFormat=\"0\" w:count=\"376\">");
        for (var i = 0; i < 376; i++)
        {
            xml.Append(i < 9
                ? $"<w:lsdException w:name=\"heading {i + 1}\" w:uiPriority=\"9\" w:qFormat=\"1\"/>"
                : $"<w:lsdException w:name=\"Latent Style {i}\" w:semiHidden=\"1\" w:uiPriority=\"{i % 70}\" w:unhideWhenUsed=\"1\"/>");
        }

        xml.Append("</w:latentStyles>");
        xml.Append("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/><w:pPr><w:jc w:val=\"both\"/></w:pPr></w:style>");
        for (var level = 1; level <= 3; level++)
        {
            xml.Append($"<w:style w:type=\"paragraph\" w:styleId=\"Heading{level}\"><w:name w:val=\"heading {level}\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>")
                .Append($"<w:link w:val=\"Heading{level}Char\"/><w:uiPriority w:val=\"9\"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>")
                .Append($"<w:numPr><w:ilvl w:val=\"{level - 1}\"/><w:numId w:val=\"3\"/></w:numPr><w:spacing w:before=\"240\" w:after=\"0\"/><w:outlineLvl w:val=\"{level - 1}\"/></w:pPr>")
                .Append($"<w:rPr><w:rFonts w:asciiTheme=\"majorHAnsi\" w:hAnsiTheme=\"majorHAnsi\"/><w:b/><w:color w:val=\"2F5496\"/><w:sz w:val=\"{34 - (4 * level)}\"/></w:rPr></w:style>")
                .Append($"<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"Heading{level}Char\"><w:name w:val=\"Heading {level} Char\"/><w:link w:val=\"Heading{level}\"/>")
                .Append($"<w:rPr><w:rFonts w:asciiTheme=\"majorHAnsi\" w:hAnsiTheme=\"majorHAnsi\"/><w:b/><w:color w:val=\"2F5496\"/></w:rPr></w:style>");
        }

        xml.Append("<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:contextualSpacing/></w:pPr><w:rPr><w:sz w:val=\"48\"/></w:rPr></w:style>")
            .Append("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>")
            .Append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>")
            .Append("<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>")
            .Append("<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\"><w:name w:val=\"List Paragraph\"/><w:basedOn w:val=\"Normal\"/><w:uiPriority w:val=\"34\"/><w:qFormat/><w:pPr><w:ind w:left=\"720\"/><w:contextualSpacing/></w:pPr></w:style>")
            .Append("<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"39\"/><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/></w:tblBorders></w:tblPr></w:style>")
            .Append("<w:style w:type=\"paragraph\" w:styleId=\"FootnoteText\"><w:name w:val=\"footnote text\"/><w:basedOn w:val=\"Normal\"/><w:link w:val=\"FootnoteTextChar\"/><w:semiHidden/><w:unhideWhenUsed/><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:rPr><w:sz w:val=\"20\"/></w:rPr></w:style>")
            .Append("<w:style w:type=\"character\" w:styleId=\"FootnoteReference\"><w:name w:val=\"footnote reference\"/><w:basedOn w:val=\"DefaultParagraphFont\"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>")
            .Append("<w:style w:type=\"character\" w:styleId=\"Strong\"><w:name w:val=\"Strong\"/><w:basedOn w:val=\"DefaultParagraphFont\"/><w:uiPriority w:val=\"22\"/><w:qFormat/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>")
            .Append("<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/><w:basedOn w:val=\"DefaultParagraphFont\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/><w:rPr><w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/></w:rPr></w:style>")
            .Append("<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/><w:basedOn w:val=\"Normal\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val=\"center\" w:pos=\"4513\"/><w:tab w:val=\"right\" w:pos=\"9026\"/></w:tabs><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:style>")
            .Append("<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val=\"center\" w:pos=\"4513\"/><w:tab w:val=\"right\" w:pos=\"9026\"/></w:tabs><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:style>");
        return xml.Append("</w:styles>").ToString();
    }

    /// <summary>Three lists as Word writes them (nine levels each): a decimal outline (1. a) i.), bullets, and heading numbering tied to Heading1–3.</summary>
    public static string Numbering()
    {
        var xml = new StringBuilder(Declaration).Append($"<w:numbering {Namespaces}>");
        string[] outline = ["decimal|%1.", "lowerLetter|%2)", "lowerRoman|%3.", "decimal|(%4)", "lowerLetter|(%5)", "lowerRoman|(%6)", "decimal|%7.", "lowerLetter|%8.", "lowerRoman|%9."];
        string[] bullets = ["\uF0B7|Symbol", "o|Courier New", "\uF0A7|Wingdings", "\uF0B7|Symbol", "o|Courier New", "\uF0A7|Wingdings", "\uF0B7|Symbol", "o|Courier New", "\uF0A7|Wingdings"];
        AbstractList(xml, 0, "3C2A7D10", level => (outline[level].Split('|')[0], outline[level].Split('|')[1], null, null));
        AbstractList(xml, 1, "5E8B2F44", level => ("bullet", bullets[level].Split('|')[0], bullets[level].Split('|')[1], null));
        AbstractList(xml, 2, "1A9F0C3B", level => ("decimal", string.Concat(Enumerable.Range(1, level + 1).Select(l => $"%{l}.")), null, level < 3 ? $"Heading{level + 1}" : null));
        for (var num = 1; num <= 3; num++)
        {
            xml.Append($"<w:num w:numId=\"{num}\" w14:durableId=\"{1_000_000 + num}\"><w:abstractNumId w:val=\"{num - 1}\"/></w:num>");
        }

        // A second outline list restarting at 1, as Word writes "Restart numbering".
        xml.Append("<w:num w:numId=\"4\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>");
        return xml.Append("</w:numbering>").ToString();
    }

    private static void AbstractList(StringBuilder xml, int id, string nsid, Func<int, (string Format, string Text, string? Font, string? Style)> level)
    {
        xml.Append($"<w:abstractNum w:abstractNumId=\"{id}\" w15:restartNumberingAfterBreak=\"0\"><w:nsid w:val=\"{nsid}\"/><w:multiLevelType w:val=\"hybridMultilevel\"/><w:tmpl w:val=\"0809000F\"/>");
        for (var i = 0; i < 9; i++)
        {
            var (format, text, font, style) = level(i);
            xml.Append($"<w:lvl w:ilvl=\"{i}\" w:tplc=\"08090{i}0F\"><w:start w:val=\"1\"/><w:numFmt w:val=\"{format}\"/>")
                .Append(style is null ? string.Empty : $"<w:pStyle w:val=\"{style}\"/>")
                .Append($"<w:lvlText w:val=\"{Xml.Escape(text)}\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"{720 * (i + 1)}\" w:hanging=\"360\"/></w:pPr>")
                .Append(font is null ? string.Empty : $"<w:rPr><w:rFonts w:ascii=\"{font}\" w:hAnsi=\"{font}\" w:hint=\"default\"/></w:rPr>")
                .Append("</w:lvl>");
        }

        xml.Append("</w:abstractNum>");
    }

    /// <summary>Word's settings part, with the revision-save ids (rsids) Word accumulates.</summary>
    public static string Settings(IReadOnlyList<string> rsids)
    {
        var xml = new StringBuilder(Declaration).Append($"<w:settings {Namespaces}>")
            .Append("<w:zoom w:percent=\"100\"/><w:proofState w:spelling=\"clean\" w:grammar=\"clean\"/><w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>")
            .Append("<w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr><w:endnotePr><w:endnote w:id=\"-1\"/><w:endnote w:id=\"0\"/></w:endnotePr>")
            .Append("<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/><w:compatSetting w:name=\"overrideTableStyleFontSizeAndJustification\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"1\"/></w:compat>")
            .Append("<w:rsids>");
        foreach (var rsid in rsids)
        {
            xml.Append($"<w:rsid w:val=\"{rsid}\"/>");
        }

        return xml.Append("</w:rsids><w:themeFontLang w:val=\"en-GB\"/><w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/></w:settings>").ToString();
    }

    public const string WebSettings = Declaration +
        "<w:webSettings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>";

    public static string FontTable()
    {
        var xml = new StringBuilder(Declaration).Append("<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        foreach (var (name, family) in new[] { ("Calibri", "swiss"), ("Times New Roman", "roman"), ("Symbol", "roman"), ("Courier New", "modern"), ("Wingdings", "auto"), ("Calibri Light", "swiss") })
        {
            xml.Append($"<w:font w:name=\"{name}\"><w:charset w:val=\"00\"/><w:family w:val=\"{family}\"/><w:pitch w:val=\"variable\"/></w:font>");
        }

        return xml.Append("</w:fonts>").ToString();
    }

    /// <summary>An Office theme: colour and font schemes (the format scheme Word adds is left out; nothing reads it).</summary>
    public static string Theme()
    {
        var xml = new StringBuilder(Declaration).Append("<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Office Theme\"><a:themeElements><a:clrScheme name=\"Office\">");
        foreach (var (name, colour) in new[] { ("dk2", "44546A"), ("lt2", "E7E6E6"), ("accent1", "4472C4"), ("accent2", "ED7D31"), ("accent3", "A5A5A5"), ("accent4", "FFC000"), ("accent5", "5B9BD5"), ("accent6", "70AD47"), ("hlink", "0563C1"), ("folHlink", "954F72") })
        {
            xml.Append($"<a:{name}><a:srgbClr val=\"{colour}\"/></a:{name}>");
        }

        xml.Append("</a:clrScheme><a:fontScheme name=\"Office\">");
        foreach (var (kind, font) in new[] { ("majorFont", "Calibri Light"), ("minorFont", "Calibri") })
        {
            xml.Append($"<a:{kind}><a:latin typeface=\"{font}\" panose=\"020F0302020204030204\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/>");
            foreach (var (script, face) in new[] { ("Jpan", "游ゴシック"), ("Hang", "맑은 고딕"), ("Hans", "等线"), ("Arab", "Times New Roman"), ("Hebr", "Times New Roman"), ("Thai", "Tahoma"), ("Cyrl", "Times New Roman") })
            {
                xml.Append($"<a:font script=\"{script}\" typeface=\"{face}\"/>");
            }

            xml.Append($"</a:{kind}>");
        }

        return xml.Append("</a:fontScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>").ToString();
    }
}
