namespace Pipeline.Web.Pages;

/// <summary>The frame of every app page: navigation, the app's stylesheet and script (files, never inline), a footer.</summary>
internal static class Layout
{
    private static readonly (string Path, string Label)[] Sections =
    [
        ("/search", "Search"),
        ("/compare", "Compare"),
        ("/documents", "Documents"),
        ("/commitments", "Commitments"),
        ("/campaigns", "Campaigns"),
        ("/review", "Review"),
    ];

    /// <param name="title">The page title, as text.</param>
    /// <param name="active">The path of the navigation section the page belongs to.</param>
    /// <param name="body">The page's markup, already encoded.</param>
    public static string Page(string title, string active, string body)
    {
        var nav = string.Concat(Sections.Select(s =>
            $"<a href=\"{s.Path}\"{(s.Path == active ? " aria-current=\"page\"" : string.Empty)}>{s.Label}</a>"));
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Html.Encode(title)} · Pipeline</title>
            <link rel="stylesheet" href="/static/app.css">
            <link rel="stylesheet" href="/static/status.css">
            <script src="/static/app.js" defer></script>
            </head>
            <body>
            <header class="top"><a class="brand" href="/">Pipeline</a><nav aria-label="Sections">{nav}</nav></header>
            <main>
            {body}
            </main>
            <footer>Replies to outreach questionnaires, searched and compared locally. JSON API: <a href="/api/search?q=*">/api/search</a> · <a href="/api/compare">/api/compare</a> · <a href="/api/documents">/api/documents</a></footer>
            </body>
            </html>

            """;
    }

    /// <summary>A page that only says something: an error, a missing index, an unknown id.</summary>
    /// <param name="heading">The heading, as text.</param>
    /// <param name="message">Paragraphs of markup, already encoded.</param>
    public static string Message(string heading, string message, string active = "") =>
        Page(heading, active, $"<section class=\"message\"><h1>{Html.Encode(heading)}</h1>{message}</section>");
}
