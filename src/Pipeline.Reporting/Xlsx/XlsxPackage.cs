using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Pipeline.Reporting.Xlsx;

/// <summary>Writes sheets as one workbook with the project's styles, the sheet at <c>active</c> opening first.</summary>
/// <remarks>
/// The package is written straight into the output as a ZIP archive, each part streamed in turn: the OpenXml SDK's
/// package keeps every part in memory until it is saved (its ZIP is opened for update), which grew with the rows (issue
/// 17). The parts are those the SDK writes — same names, content types, relationships and XML — and relationship ids are
/// numbered rather than random, so the same comparison gives the same package contents.
/// </remarks>
internal static class XlsxPackage
{
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml";

    public static void Write(IReadOnlyList<SheetBuilder> sheets, int active, Stream output) =>
        Write([.. sheets.Select(s => (s, (IEnumerable<object?>?)null))], active, output);

    /// <param name="sheets">Each sheet, with the order of its row groups (<see cref="SheetBuilder.Write"/>) or null.</param>
    /// <param name="active">The sheet that opens first.</param>
    /// <param name="output">Where the package goes; left open.</param>
    public static void Write(IReadOnlyList<(SheetBuilder Sheet, IEnumerable<object?>? Groups)> sheets, int active, Stream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        for (var i = 0; i < sheets.Count; i++)
        {
            using var part = zip.CreateEntry($"xl/worksheets/sheet{i + 1}.xml").Open();
            sheets[i].Sheet.Write(part, selected: i == active, sheets[i].Groups);
        }

        var workbook = new Workbook(
            new BookViews(new WorkbookView { ActiveTab = (uint)active }),
            new Sheets(sheets.Select((s, i) => new Sheet { Id = SheetId(i), SheetId = (uint)i + 1, Name = s.Sheet.Name })));
        Part(zip, "xl/workbook.xml", workbook);
        Part(zip, "xl/styles.xml", XlsxStyles.Create());
        Text(zip, "xl/_rels/workbook.xml.rels", RelationshipsXml([
            ($"{OfficeDocument}/styles", "/xl/styles.xml", Id(0)),
            .. sheets.Select((_, i) => ($"{OfficeDocument}/worksheet", $"/xl/worksheets/sheet{i + 1}.xml", SheetId(i))),
        ]));
        Text(zip, "_rels/.rels", RelationshipsXml([($"{OfficeDocument}/officeDocument", "/xl/workbook.xml", Id(1))]));
        var overrides = sheets.Select((_, i) => $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"{ContentType}.worksheet+xml\" />");
        Text(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + $"<Default Extension=\"xml\" ContentType=\"{ContentType}.sheet.main+xml\" /><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" />"
            + $"<Override PartName=\"/xl/styles.xml\" ContentType=\"{ContentType}.styles+xml\" />{string.Concat(overrides)}</Types>");
    }

    private static string Id(int n) => $"R{n:x16}";

    private static string SheetId(int index) => Id(index + 2);

    private static string RelationshipsXml(IEnumerable<(string Type, string Target, string Id)> relationships) =>
        $"<?xml version=\"1.0\" encoding=\"utf-8\"?><Relationships xmlns=\"{Relationships}\">"
        + string.Concat(relationships.Select(r => $"<Relationship Type=\"{r.Type}\" Target=\"{r.Target}\" Id=\"{r.Id}\" />"))
        + "</Relationships>";

    private static void Part(ZipArchive zip, string name, OpenXmlElement root)
    {
        using var stream = zip.CreateEntry(name).Open();
        using var writer = OpenXmlWriter.Create(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.WriteStartDocument();
        writer.WriteElement(root);
    }

    // Relationship and content-type parts carry a byte-order mark, as System.IO.Packaging writes them.
    private static void Text(ZipArchive zip, string name, string xml)
    {
        using var stream = zip.CreateEntry(name).Open();
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        writer.Write(xml);
    }
}
