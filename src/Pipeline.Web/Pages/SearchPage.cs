using System.Text;
using Pipeline.Search.Querying;
using Pipeline.Web.Data;
using Pipeline.Web.Requests;

namespace Pipeline.Web.Pages;

/// <summary>The search page: the query box, facet filters with counts, ranked hits with highlighted snippets, paging.</summary>
internal static class SearchPage
{
    /// <summary>What an empty box searches: every segment, so the facets show the whole index at a glance.</summary>
    public const string BrowseAll = "*";

    public static string Render(SearchRequest request, SearchOutcome outcome, QuestionTitles titles)
    {
        var body = new StringBuilder(Form(request));
        if (outcome.SyntaxError is { } error)
        {
            body.Append(SyntaxErrorHtml(error));
        }

        foreach (var problem in outcome.Problems)
        {
            body.Append($"<p class=\"error\" role=\"alert\">{Html.Encode(problem)}</p>");
        }

        if (outcome.Results is { } results)
        {
            foreach (var notice in results.Notices)
            {
                body.Append($"<p class=\"notice\" role=\"status\" data-code=\"{Html.Encode(notice.Code)}\">{Html.Encode(notice.Message)}</p>");
            }

            body.Append("<div class=\"results-layout\">")
                .Append(FacetList.Render(request, results.Facets, titles))
                .Append("<section class=\"results\" aria-label=\"Results\">")
                .Append(Summary(request, results))
                .Append(HitList.Render(results, request, titles))
                .Append(Pager.Render(request, results.Total))
                .Append("</section></div>");
        }

        var title = string.IsNullOrWhiteSpace(request.Query) ? "Search" : $"{request.Query} — search";
        return Layout.Page(title, "/search", body.ToString());
    }

    private static string Form(SearchRequest request)
    {
        var hidden = string.Concat(request.Filters.Select(f => $"<input type=\"hidden\" name=\"{Html.Encode(f.Key)}\" value=\"{Html.Encode(f.Value)}\">"));
        return $"""
            <form class="search" method="get" action="/search" role="search">
            <input type="search" name="q" id="q" value="{Html.Encode(request.Query)}" aria-label="Query" placeholder="grievance mechanism, &quot;due diligence&quot;, complain*, company:Helvora …" autocomplete="off">{hidden}
            {ModeSelect(request.ModeText)}
            <button type="submit">Search</button>
            </form>
            <details class="syntax"><summary>Query syntax</summary><ul>
            <li><code>grievance complaint</code> either word (segments with both rank first); <code>grievance AND hotline</code> both; <code>NOT</code> excludes</li>
            <li><code>"due diligence"</code> a phrase; <code>"facial recognition"~5</code> words near each other</li>
            <li><code>surveil*</code> words beginning so, <code>authori?ation</code> one character unknown, <code>/licen[cs]e/</code> a regular expression — all matched against the words as written, not their stems</li>
            <li><code>drone~</code> similar spellings: one letter different for words up to 5 letters, two beyond, the first two letters as typed</li>
            <li><code>company:helvora</code>, <code>question:2d</code>, <code>parent:2</code>, <code>topic:grievance_mechanism</code>, <code>status:declined</code>, <code>page:[2 TO 3]</code>, <code>language:fr</code></li>
            <li>Modes: <em>auto</em> (the default) is hybrid for plain words and keyword for a query using this syntax; <em>hybrid</em> finds answers by their words and by their meaning, fused; <em>keyword</em> by their words alone, with this syntax; <em>semantic</em> by meaning alone, the query read as plain text (English queries work best: the sentence model is English)</li>
            <li>An empty box lists every segment; the filters on the left narrow any search.</li>
            </ul></details>
            """;
    }

    // "auto" leaves the mode to the query: hybrid for plain words, keyword for a query in Lucene's syntax.
    private static string ModeSelect(string? chosen) =>
        "<select name=\"mode\" id=\"mode\" aria-label=\"Mode\">"
        + string.Concat(new[] { string.Empty, "hybrid", "keyword", "semantic" }.Select(m =>
            $"<option value=\"{m}\"{(string.Equals(m, chosen ?? string.Empty, StringComparison.OrdinalIgnoreCase) ? " selected" : string.Empty)}>{(m.Length == 0 ? "auto" : m)}</option>"))
        + "</select>";

    private static string SyntaxErrorHtml(QuerySyntaxError error)
    {
        var caret = new string(' ', Math.Clamp(error.Position - 1, 0, error.Query.Length)) + "^";
        return $"""
            <div class="error" role="alert"><p><strong>{(error.IsLimit ? "The query asks for too much:" : "The query cannot be read:")}</strong> {Html.Encode(error.Message)} at position {error.Position}.</p>
            <pre class="caret">{Html.Encode(error.Query)}
            {caret}</pre><p class="hint">Hint: {Html.Encode(error.Hint)}</p></div>
            """;
    }

    private static string Summary(SearchRequest request, SearchResults results)
    {
        var one = results.Total == 1;
        var what = request.Similar is not null
            ? $"{(one ? "answer is" : "answers are")} {Html.Encode(results.Query)} (other companies, by meaning)"
            : string.IsNullOrWhiteSpace(request.Query)
            ? (one ? "segment is in the index" : "segments are in the index")
            : $"{(one ? "segment matches" : "segments match")} “{Html.Encode(request.Query)}”";
        var shown = results.Hits.Length == 0 || results.Hits.Length == results.Total
            ? string.Empty
            : $" · showing {request.Offset + 1}–{request.Offset + results.Hits.Length}";
        var chips = string.Concat(request.Filters.Select(f =>
            $"<a class=\"chip\" href=\"{Html.Encode(request.WithFilter(f.Key, null))}\" title=\"Remove this filter\">{Html.Encode(f.Key)}: {Html.Encode(f.Value)} <span aria-hidden=\"true\">×</span></a>"));
        var count = results.Complete ? $"<strong>{results.Total}</strong>" : $"at least <strong>{results.Total}</strong>";
        return $"<p class=\"count\" id=\"result-count\" data-total=\"{results.Total}\">{count} {what}{shown}</p>"
            + (chips.Length > 0 ? $"<p class=\"chips\">{chips}</p>" : string.Empty);
    }
}
