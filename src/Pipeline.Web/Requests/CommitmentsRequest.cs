using System.Globalization;
using Microsoft.AspNetCore.Http;
using Pipeline.Core.Commitments;

namespace Pipeline.Web.Requests;

/// <summary>The filters of the commitments page and API, read from the query string; values that do not parse are reported, not guessed.</summary>
internal sealed record CommitmentsRequest(string? Campaign, string? Company, StatementKind? Kind, DateOnly? DueBefore, FollowUpStatus? Status, IReadOnlyList<string> Problems)
{
    public static CommitmentsRequest From(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<string>();
        string? Text(string name) => request.Query[name].ToString() is { Length: > 0 } v ? v.Trim() : null;
        StatementKind? kind = null;
        if (Text("kind") is { } k)
        {
            if (StatementKinds.TryParse(k, out var parsed) && parsed != StatementKind.None)
            {
                kind = parsed;
            }
            else
            {
                problems.Add($"kind '{k}' is not commitment, claim or refusal");
            }
        }

        FollowUpStatus? status = null;
        if (Text("status") is { } s)
        {
            if (FollowUpStatuses.TryParse(s, out var parsed))
            {
                status = parsed;
            }
            else
            {
                problems.Add($"status '{s}' is not open, fulfilled, broken or unclear");
            }
        }

        DateOnly? due = null;
        if (Text("due") is { } d)
        {
            if (DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                due = parsed;
            }
            else
            {
                problems.Add($"due '{d}' is not a date (YYYY-MM-DD)");
            }
        }

        return new CommitmentsRequest(Text("campaign"), Text("company"), kind, due, status, problems);
    }
}
