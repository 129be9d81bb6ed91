using System.Net;

namespace Pipeline.Web;

/// <summary>Where the web app listens and which index it serves. Every property states its default.</summary>
public sealed record WebServerOptions
{
    /// <summary>The port when none is given.</summary>
    public const int DefaultPort = 5000;

    public static WebServerOptions Default { get; } = new();

    /// <summary>The index folder; <c>.pipeline/index</c> in the working folder when null.</summary>
    public string? IndexDirectory { get; init; }

    /// <summary>The address to listen on; loopback (127.0.0.1) by default, so that only this machine can connect.</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>The TCP port; <see cref="DefaultPort"/> by default, 0 for any free port (the bound one is in <see cref="WebServer.Address"/>).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>
    /// Wildcard, fuzzy, regex and range searches that may run at once (default: one per core); others wait for a slot
    /// up to <see cref="ExpensiveSearchWait"/>, then get 503. Plain word and phrase searches are never held back.
    /// </summary>
    public int ExpensiveSearchSlots { get; init; } = Environment.ProcessorCount;

    /// <summary>How long a costly search waits for a slot (default 3 s, one search's time budget).</summary>
    public TimeSpan ExpensiveSearchWait { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Searches (the search page and <c>/api/search</c>) answered at once (default: one per core); the others wait their
    /// turn, oldest first (<see cref="Hosting.RequestQueue"/>). Zero or less answers every search as it comes.
    /// </summary>
    public int RequestSlots { get; init; } = Environment.ProcessorCount;

    /// <summary>Searches that may wait for a slot (default 256); one more gets 503 at once.</summary>
    public int QueuedRequests { get; init; } = 256;

    /// <summary>True when <see cref="Address"/> lets other machines connect.</summary>
    public bool IsExposed => !IPAddress.IsLoopback(Address);
}
