namespace Pipeline.Reporting.Html;

/// <summary>
/// A self-contained page: styles and script inline, and a content security policy that forbids any network
/// request, so a page shared by e-mail opens the same offline and cannot call out.
/// </summary>
internal static class HtmlPage
{
    private const string Policy = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

    public static void Write(TextWriter writer, string title, string body)
    {
        Start(writer, title);
        writer.Write(body);
        End(writer);
    }

    /// <summary>Everything before the body: a page written as it is built starts here, then writes its body, then <see cref="End"/>.</summary>
    public static void Start(TextWriter writer, string title) => writer.Write($"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="{Policy}">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="pipeline">
        <title>{HtmlText.Encode(title)}</title>
        <style>{HtmlStyles.Css}</style>
        </head>
        <body>

        """);

    /// <summary>Everything after the body.</summary>
    public static void End(TextWriter writer) => writer.Write($"""

        <dialog id="detail" aria-labelledby="detail-title"><form method="dialog"><button class="close" aria-label="Close">×</button></form><div id="detail-body"></div></dialog>
        <script>{HtmlScript.Js}</script>
        </body>
        </html>

        """);
}
