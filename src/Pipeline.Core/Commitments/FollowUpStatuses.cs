namespace Pipeline.Core.Commitments;

/// <summary>The follow-up statuses as labels ("open"), read from a command line, a query string or a file.</summary>
public static class FollowUpStatuses
{
    public static string ToLabel(this FollowUpStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>A status by its name, case ignored; numbers are refused (an enum would take "3").</summary>
    public static bool TryParse(string? label, out FollowUpStatus status)
    {
        status = FollowUpStatus.Open;
        return label is not null && !int.TryParse(label, out _) && Enum.TryParse(label.Trim(), ignoreCase: true, out status) && Enum.IsDefined(status);
    }
}
