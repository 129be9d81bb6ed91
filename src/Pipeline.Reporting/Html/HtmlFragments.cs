using System.Globalization;
using System.Text;
using Pipeline.Core.Reports;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Reporting.Formatting;

namespace Pipeline.Reporting.Html;

/// <summary>Pieces shared by the comparison page and the report: status badges, the legend, answers with their source.</summary>
internal static class HtmlFragments
{
    public static string Badge(AnswerStatus status) => StatusStyles.For(status).BadgeHtml;

    public static string Legend()
    {
        var items = StatusStyles.All.Select(s => $"<li>{Badge(s.Status)}<span>{s.Title}<span class=\"note\">: {HtmlText.Encode(s.Description)}</span></span></li>");
        return $"<ul class=\"legend\" aria-label=\"Status legend\">{string.Concat(items)}</ul>";
    }

    /// <summary>Each answer's full text, then its provenance, how it was tied to the question, and its topics.</summary>
    public static string Answers(IEnumerable<AnswerExcerpt> answers)
    {
        var html = new StringBuilder();
        foreach (var answer in answers)
        {
            var topics = answer.Topics.IsDefaultOrEmpty ? (answer.Topic is { } t ? [t] : []) : answer.Topics;
            var topicText = topics.Length == 0 ? string.Empty : " · topics: " + string.Join(", ", topics.Select(x => x.ToLabel()));
            html.Append(CultureInfo.InvariantCulture, $"<blockquote class=\"answer\">{HtmlText.Encode(answer.Text)}</blockquote>")
                .Append(CultureInfo.InvariantCulture, $"<p class=\"source\">Source: {HtmlText.Encode(answer.Provenance)} · ")
                .Append(CultureInfo.InvariantCulture, $"{HtmlText.Encode(answer.Method.ToString().ToLowerInvariant())}, confidence {Invariant.Format($"{answer.Confidence:0.00}")}{HtmlText.Encode(topicText)}{Review(answer)}</p>")
                .Append(Reused(answer));
        }

        return html.ToString();
    }

    /// <summary>A badge on an answer with boilerplate in it: where its text also appears.</summary>
    private static string Reused(AnswerExcerpt answer) => answer.Reused.IsDefaultOrEmpty
        ? string.Empty
        : $"<p class=\"reused\"><strong class=\"reused\">reused</strong> {HtmlText.Encode(ReuseText.All(answer.Reused))}</p>";

    private static string Review(AnswerExcerpt answer) => answer.Correction is { } mark
        ? $" · <strong class=\"corrected\">{HtmlText.Encode(CorrectionText.Of(mark))}</strong>"
        : answer.NeedsReview
        ? $" · <strong class=\"review\">{HtmlText.Encode(ReviewText.Mark)}</strong> ({HtmlText.Encode(ReviewText.Reasons(answer.ReviewReasons))})"
        : string.Empty;

    /// <summary>The opening of a matrix table up to its first column header ("Company"); the caller adds the other headers.</summary>
    public static StringBuilder MatrixStart(string id, string cssClass, string caption) =>
        new StringBuilder($"<div class=\"scroll\"><table class=\"{cssClass}\" id=\"{id}\">")
            .Append($"<caption class=\"note\">{caption}</caption><thead><tr><th scope=\"col\">Company</th>");

    /// <summary>A matrix row's opening: the company's name and its part in the outreach.</summary>
    public static string RowStart(CompanyEntry company) =>
        $"<tr><th scope=\"row\">{HtmlText.Encode(company.Name)}<small>{HtmlText.Encode(ReplyText.Of(company))}</small></th>";

    /// <summary>The dialog content of one cell, as an inert template the page script copies.</summary>
    public static string Template(string id, string heading, string content) =>
        $"<template id=\"{id}\"><h2 id=\"detail-title\">{heading}</h2>{content}</template>";
}
