using System.Text;
using Pipeline.Reporting.Formatting;
using Pipeline.Search.Querying;
using Pipeline.Web.Data;
using Pipeline.Web.Requests;

namespace Pipeline.Web.Pages;

/// <summary>Ranked hits: company, questions, status and topic, the snippet with its matched terms marked, and a link to the passage in its reply.</summary>
internal static class HitList
{
    public static string Render(SearchResults results, SearchRequest request, QuestionTitles titles)
    {
        if (results.Hits.IsEmpty)
        {
            return results.Total == 0
                ? "<p class=\"empty\">Nothing matches. Try fewer words, a prefix (<code>complain*</code>), or remove a filter.</p>"
                : "<p class=\"empty\">No hits on this page.</p>";
        }

        var html = new StringBuilder($"<ol class=\"hits\" start=\"{request.Offset + 1}\">");
        foreach (var hit in results.Hits)
        {
            var questions = string.Join(", ", hit.Questions.Select(q => titles.Of(q, hit.Campaign) is { } t ? $"{q} {t}" : q.Value));
            var status = hit.Status is { } s ? " " + StatusBadge.For(s) : string.Empty;
            var topic = hit.Topic is { } t ? $" <span class=\"topic\">{Html.Encode(t.Title())}</span>" : string.Empty;
            var pages = Html.Pages(hit.Pages);
            html.Append($"<li class=\"hit\" data-company=\"{Html.Encode(hit.Company)}\">")
                .Append($"<p class=\"hit-head\"><strong class=\"company\">{Html.Encode(hit.Company ?? "(company unknown)")}</strong> ")
                .Append($"<span class=\"questions\">{Html.Encode(questions)}</span>{status}{topic}{ReviewMark.For(hit.ReviewReasons)}{ReviewMark.Corrected(hit.Correction)}</p>")
                .Append($"<p class=\"snippet\">{Snippet(hit)}</p>")
                .Append($"<p class=\"hit-source\"><a href=\"{Html.Encode(Url.Document(hit.Document, hit.Campaign, hit.Ordinal))}\">{Html.Encode(hit.File)}</a>")
                .Append($"{(pages.Length > 0 ? " " + pages : string.Empty)} · {Html.Encode(hit.Campaign)} · {Matched(hit)}")
                .Append($" · <a class=\"similar\" href=\"{Html.Encode(SearchRequest.SimilarTo(hit.Document, hit.Ordinal))}\">similar answers</a></p></li>");
        }

        return html.Append("</ol>").ToString();
    }

    private static string Matched(SearchHit hit) => hit.MatchedBy switch
    {
        SearchMatch.Meaning => $"<span class=\"by-meaning\">by meaning {Html.Decimal(hit.Similarity ?? 0)}</span>",
        SearchMatch.Both => $"words and meaning {Html.Decimal(hit.Similarity ?? 0)}",
        _ => $"score {Html.Decimal(hit.Score)}",
    };

    private static string Snippet(SearchHit hit) =>
        string.Concat(SnippetRun.Split(hit.Snippet, hit.Matches).Select(run => run.IsMatch ? $"<mark>{Html.Encode(run.Text)}</mark>" : Html.Encode(run.Text)));
}
