using System.Security;

namespace Pipeline.Extraction.Tests.Fixtures;

/// <summary>WordprocessingML fragments for fixtures, so tests read as the document they describe.</summary>
internal static class W
{
    public static string Esc(string text) => SecurityElement.Escape(text);

    /// <summary>A run of text; <paramref name="properties"/> is inner XML of w:rPr (e.g. "&lt;w:b/&gt;").</summary>
    public static string R(string text, string properties = "") =>
        $"<w:r>{(properties.Length > 0 ? $"<w:rPr>{properties}</w:rPr>" : string.Empty)}<w:t xml:space=\"preserve\">{Esc(text)}</w:t></w:r>";

    public static string B(string text) => R(text, "<w:b/>");

    /// <summary>A paragraph of runs; <paramref name="properties"/> is inner XML of w:pPr.</summary>
    public static string P(string runs, string properties = "") =>
        $"<w:p>{(properties.Length > 0 ? $"<w:pPr>{properties}</w:pPr>" : string.Empty)}{runs}</w:p>";

    public static string Para(string text, string properties = "") => P(R(text), properties);

    /// <summary>A numbered paragraph: numId and 0-based level.</summary>
    public static string Item(int numId, int level, string text) =>
        Para(text, $"<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{numId}\"/></w:numPr>");

    public static string Styled(string styleId, string text) => Para(text, $"<w:pStyle w:val=\"{styleId}\"/>");

    public static string Table(params string[][] rows) =>
        "<w:tbl><w:tblPr/>" + string.Concat(rows.Select(row => "<w:tr>" + string.Concat(row.Select(Cell)) + "</w:tr>")) + "</w:tbl>";

    /// <summary>A cell: plain text becomes one paragraph; text starting with '&lt;' is used as the cell's XML content.</summary>
    public static string Cell(string content) => "<w:tc>" + (content.StartsWith('<') ? content : Para(content)) + "</w:tc>";

    /// <summary>A level of an abstract numbering definition.</summary>
    public static string Level(int level, string format, string text, int? start = 1, string extra = "") =>
        $"<w:lvl w:ilvl=\"{level}\">{(start is null ? string.Empty : $"<w:start w:val=\"{start}\"/>")}<w:numFmt w:val=\"{format}\"/>{extra}<w:lvlText w:val=\"{Esc(text)}\"/></w:lvl>";

    public static string AbstractNum(int id, params string[] levels) => $"<w:abstractNum w:abstractNumId=\"{id}\">{string.Concat(levels)}</w:abstractNum>";

    public static string Num(int numId, int abstractId, string overrides = "") => $"<w:num w:numId=\"{numId}\"><w:abstractNumId w:val=\"{abstractId}\"/>{overrides}</w:num>";

    public static string StartOverride(int level, int start) => $"<w:lvlOverride w:ilvl=\"{level}\"><w:startOverride w:val=\"{start}\"/></w:lvlOverride>";

    public static string ParagraphStyle(string id, string name, string? basedOn = null, string paragraphProperties = "", string runProperties = "") =>
        $"<w:style w:type=\"paragraph\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/>" +
        (basedOn is null ? string.Empty : $"<w:basedOn w:val=\"{basedOn}\"/>") +
        (paragraphProperties.Length > 0 ? $"<w:pPr>{paragraphProperties}</w:pPr>" : string.Empty) +
        (runProperties.Length > 0 ? $"<w:rPr>{runProperties}</w:rPr>" : string.Empty) + "</w:style>";
}
