namespace Pipeline.Reporting.Tests.Fixtures;

/// <summary>
/// The fixture's statuses written out by hand, in the order every view shows the companies (listed first, the
/// unlisted reply last), so renderers are checked against an independent copy, not against the fixture's own code.
/// </summary>
internal static class ExpectedMatrix
{
    public static readonly string[] Questions = ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "2e", "3"];

    public static readonly (string Company, string Statuses)[] Rows =
    [
        ("Aquila Aerospace", "D  D  D  A  NA A  A  A  P"),
        ("Borealis Forensics", "D  NA NA P  NA A  NA A  NA"),
        ("Castellan Security", "A  P  D  A  P  A  A  A  A"),
        ("Delphine Systèmes", "D  NA NA A  NA P  NA A  NA"),
        ("Iris Gate Biometrics", "A  A  P  A  A  A  P  A  A"),
        ("Sabre Optronics", "NR NR NR NR NR NR NR NR NR"),
        ("Elbe Defence Systems", "NR NR NR NR NR NR NR NR NR"),
        ("Huadian Vision Co., Ltd.", "NR NR NR NR NR NR NR NR NR"),
        ("Castellan Border Services", "A  NA NA P  NA P  A  A  NA"),
    ];

    public static string[] Companies => [.. Rows.Select(r => r.Company)];

    /// <summary>Every cell as (company, question, status label), row by row.</summary>
    public static IEnumerable<(string Company, string Question, string Status)> Cells =>
        Rows.SelectMany(r => r.Statuses.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select((abbreviation, i) => (r.Company, Questions[i], Label(abbreviation))));

    /// <summary>The rows of companies that replied (non-responders excluded).</summary>
    public static IEnumerable<(string Company, string Question, string Status)> RespondentCells =>
        Cells.Where(c => c.Company is not ("Sabre Optronics" or "Elbe Defence Systems" or "Huadian Vision Co., Ltd."));

    private static string Label(string abbreviation) => abbreviation switch
    {
        "A" => "answered",
        "P" => "partial",
        "D" => "declined",
        "NA" => "not_addressed",
        "NR" => "no_response",
        _ => throw new ArgumentException(abbreviation),
    };
}
