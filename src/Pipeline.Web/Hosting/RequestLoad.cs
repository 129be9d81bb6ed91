using Microsoft.AspNetCore.Http;
using Pipeline.Search.Querying;

namespace Pipeline.Web.Hosting;

/// <summary>
/// How many requests the server is answering at once, so that a search knows whether it has the cores to itself: one
/// that runs beside other requests keeps to one core (<see cref="SemanticOptions.Parallelism"/>), since sharing its work
/// out only adds handing over and waiting on cores the others keep busy. Thread-safe; one per server.
/// </summary>
internal sealed class RequestLoad
{
    private static readonly SemanticOptions OneCore = SemanticOptions.Default with { Parallelism = 1 };

    private int _running;

    /// <summary>Requests being answered now, the caller's included.</summary>
    public int Running => Volatile.Read(ref _running);

    /// <summary>How a search by meaning started now runs.</summary>
    public SemanticOptions SearchOptions => Running > 1 ? OneCore : SemanticOptions.Default;

    /// <summary>The middleware that counts the requests in flight.</summary>
    internal sealed class Counter(RequestDelegate next, RequestLoad load)
    {
        public async Task InvokeAsync(HttpContext context)
        {
            Interlocked.Increment(ref load._running);
            try
            {
                await next(context).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Decrement(ref load._running);
            }
        }
    }
}
