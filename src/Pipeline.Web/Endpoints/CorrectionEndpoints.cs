using System.Collections.Immutable;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Commitments;
using Pipeline.Core.Corrections;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Web.Data;
using Pipeline.Web.Hosting;
using Pipeline.Web.Pages;
using Pipeline.Workflows.Corrections;

namespace Pipeline.Web.Endpoints;

/// <summary>
/// POST /corrections: a correction from one of the app's forms (<see cref="CorrectionForms"/>), already past
/// <see cref="FormGuard"/>. Without JavaScript the answer is a redirect back to the page (303); the app's script asks
/// for JSON and refreshes the page in place.
/// </summary>
internal static class CorrectionEndpoints
{
    public static async Task PostAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var campaign = form["campaign"].ToString();
        if (Draft(form) is not { } draft || campaign.Length == 0)
        {
            await ErrorPages.WriteAsync(context, "Incomplete correction", "The form lacks what a correction needs (campaign, and a passage with questions, a topic or 'not an answer', a cell with a status, or a ledger item with a kind, deadline or condition).", StatusCodes.Status400BadRequest, "invalid_parameter").ConfigureAwait(false);
            return;
        }

        var access = context.RequestServices.GetRequiredService<IndexAccess>();
        CorrectionOutcome outcome;
        try
        {
            outcome = await context.RequestServices.GetRequiredService<CorrectionWriter>().RecordAsync(access.Directory, campaign, draft, context.RequestAborted).ConfigureAwait(false);
        }
        catch (CorrectionRejectedException rejected)
        {
            var candidates = rejected.Candidates.IsDefaultOrEmpty ? string.Empty : " It could mean: " + string.Join(" | ", rejected.Candidates);
            await ErrorPages.WriteAsync(context, "Correction not recorded", rejected.Message + "." + candidates, StatusCodes.Status400BadRequest, "rejected").ConfigureAwait(false);
            return;
        }

        if (context.Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase))
        {
            await Respond.JsonAsync(context, new { id = outcome.Correction.Id, reindexed = outcome.Reindexed }).ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = Back(form["return"].ToString());
    }

    /// <summary>The correction a form describes; null when it is incomplete or malformed.</summary>
    private static Correction? Draft(IFormCollection form)
    {
        var note = form["note"].ToString() is { Length: > 0 } n ? n : null;
        if (form["kind"] == "status")
        {
            return QuestionId.TryParse(form["question"].ToString(), out var question)
                && Enum.TryParse<AnswerStatus>(form["status"].ToString().Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var status)
                && form["company"].ToString() is { Length: > 0 } company
                ? new Correction(string.Empty, CorrectionKind.Status) { Company = company, Question = question, Status = status, Author = "web", Note = note }
                : null;
        }

        if (form["kind"] == "statement")
        {
            return Statement(form, note);
        }

        var questions = form["questions"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var parsed = questions.Select(q => QuestionId.TryParse(q, out var id) ? id : (QuestionId?)null).ToList();
        var topic = form["topic"].ToString();
        var notAnswer = form["notAnswer"] == "true";
        if (form["reply"].ToString() is not { Length: > 0 } reply || form["text"].ToString() is not { Length: > 0 } text || parsed.Any(q => q is null)
            || (topic.Length > 0 && !TopicLabels.TryParse(topic, out _)) || (parsed.Count == 0 && topic.Length == 0 && !notAnswer))
        {
            return null;
        }

        return new Correction(string.Empty, CorrectionKind.Passage)
        {
            Reply = reply,
            Text = text,
            Questions = parsed.Count == 0 ? null : [.. parsed.Select(q => q!.Value)],
            Topic = topic.Length > 0 ? TopicLabels.Parse(topic) : null,
            NotAnswer = notAnswer,
            Author = "web",
            Note = note,
        };
    }

    /// <summary>A ledger item's correction: its reply and quote, and at least one of kind, deadline, condition ('none' clears); null when incomplete.</summary>
    private static Correction? Statement(IFormCollection form, string? note)
    {
        static string? Field(IFormCollection form, string name) => form[name].ToString().Trim() is { Length: > 0 } v
            ? string.Equals(v, "none", StringComparison.OrdinalIgnoreCase) ? string.Empty : v
            : null;
        var itemKind = Field(form, "itemKind");
        StatementKind? kind = null;
        if (itemKind is not null)
        {
            if (!StatementKinds.TryParse(itemKind.Length == 0 ? "none" : itemKind, out var parsed))
            {
                return null;
            }

            kind = parsed;
        }

        var deadline = Field(form, "deadline");
        var condition = Field(form, "condition");
        return form["reply"].ToString() is { Length: > 0 } reply && form["text"].ToString() is { Length: > 0 } text
            && (kind is not null || deadline is not null || condition is not null)
            ? new Correction(string.Empty, CorrectionKind.Statement) { Reply = reply, Text = text, ItemKind = kind, Deadline = deadline, Condition = condition, Author = "web", Note = note }
            : null;
    }

    /// <summary>Where to go back to: a path of this app only, never another site.</summary>
    private static string Back(string path) =>
        path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal) && !path.StartsWith("/\\", StringComparison.Ordinal) ? path : "/review";
}
