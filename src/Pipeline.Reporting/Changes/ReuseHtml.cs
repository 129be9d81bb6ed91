using System.Text;
using Pipeline.Core.Archive;
using Pipeline.Reporting.Formatting;
using Pipeline.Reporting.Html;

namespace Pipeline.Reporting.Changes;

/// <summary>Reused text across an archive as one self-contained page: a table per kind (across companies, own earlier reply, reference document), each row the reply paragraph, where else it is found, and how similar.</summary>
public static class ReuseHtml
{
    private const int Excerpt = 400;

    public static void Render(IReadOnlyList<Reuse> reuse, Stream output)
    {
        ArgumentNullException.ThrowIfNull(reuse);
        var body = new StringBuilder("<main><h1>Reused text</h1>");
        body.Append(Invariant.Format($"<p>{reuse.Count} answer paragraphs found (nearly) word for word elsewhere. Boilerplate is an answer too, but not one written for this questionnaire.</p>"));
        foreach (var group in reuse.GroupBy(r => r.Kind).OrderBy(g => g.Key))
        {
            body.Append(Invariant.Format($"<section><h2>{Title(group.Key)} ({group.Count()})</h2><table class=\"reuse\"><thead><tr><th>Reply</th><th>Also in</th><th>Similarity</th><th>Text</th></tr></thead><tbody>"));
            foreach (var item in group)
            {
                body.Append($"<tr><td>{Where(item.Later)}</td><td>{Where(item.Source)}</td><td>{Invariant.Format($"{item.Similarity:0.00}")}</td><td>{HtmlText.Encode(Formatting.Excerpt.Shorten(item.Later.Text, Excerpt))}</td></tr>");
            }

            body.Append("</tbody></table></section>");
        }

        body.Append("</main>");
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        HtmlPage.Write(writer, "Reused text", body.ToString());
    }

    private static string Title(ReuseKind kind) => kind switch
    {
        ReuseKind.CrossCompany => "The same text from two companies",
        ReuseKind.OwnEarlier => "Repeated from the company's earlier reply",
        _ => "Copied from a reference document",
    };

    private static string Where(ReusedText text) =>
        text.IsReference
            ? $"{HtmlText.Encode(text.Company)}<br><small>{HtmlText.Encode(text.File)} (reference)</small>"
            : $"{HtmlText.Encode(text.Company)}<br><small>{HtmlText.Encode(text.CampaignId)} {HtmlText.Encode(string.Join(", ", text.Questions))} · {HtmlText.Encode(text.File)}</small>";
}
