namespace Pipeline.Export.OpenSearch;

/// <summary>How a request the server is too busy for (HTTP 429, 502, 503, 504, or bulk items refused with 429) is tried again: exponential backoff.</summary>
public sealed record RetryOptions
{
    public static RetryOptions Default { get; } = new();

    /// <summary>Further attempts after the first (default 5).</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>The wait before the first retry (default 0.5 s); each next wait doubles it.</summary>
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest wait (default 30 s), also for a server's Retry-After.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How a wait is made: <see cref="Task.Delay(TimeSpan, CancellationToken)"/>; tests record the waits instead.</summary>
    internal Func<TimeSpan, CancellationToken, Task> Wait { get; init; } = Task.Delay;

    /// <summary>The wait before retry number <paramref name="retry"/> (1-based), or the server's Retry-After, capped at <see cref="MaxDelay"/>.</summary>
    internal TimeSpan DelayBefore(int retry, TimeSpan? retryAfter)
    {
        var backoff = retryAfter ?? InitialDelay * Math.Pow(2, retry - 1);
        return backoff < MaxDelay ? backoff : MaxDelay;
    }
}
