using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace Pipeline.Web.Hosting;

/// <summary>
/// Lets only so many searches be answered at once (<see cref="WebServerOptions.RequestSlots"/>, default one per core);
/// the rest wait their turn, oldest first. Answering eight searches at once on two cores makes each take four times its
/// own processor time, and the longest (a hybrid search) the longest of all; answered in turn, a search waits for those
/// ahead of it and then runs at full speed. A search that finds the queue full
/// (<see cref="WebServerOptions.QueuedRequests"/>) gets 503 with Retry-After at once. Only searches queue: the routes
/// marked <see cref="Queued"/> (<c>Endpoints/Routes</c>: the search page and <c>/api/search</c>), each bounded by its
/// time budget, so a wait is too, whereas a campaign's first comparison or ledger can take minutes on a large archive
/// and must not hold every search back meanwhile. Thread-safe; one per server.
/// </summary>
internal sealed class RequestQueue(RequestDelegate next, RequestQueue.Limits limits)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // Routing has run: the app's endpoints are matched before its own middleware.
        if (context.GetEndpoint()?.Metadata.GetMetadata<Queued>() is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        using var lease = await limits.Limiter.AcquireAsync(1, context.RequestAborted).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            await ErrorPages.WriteAsync(context, "The server is busy", "Too many requests are waiting to be answered; try again in a moment.", StatusCodes.Status503ServiceUnavailable, "busy", retryAfterSeconds: 1).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    /// <summary>Marks a route whose requests wait their turn (<c>.WithMetadata(RequestQueue.Queued.Route)</c>).</summary>
    internal sealed class Queued
    {
        public static Queued Route { get; } = new();
    }

    /// <summary>The slots and the queue, shared by every search of one server.</summary>
    internal sealed class Limits(int slots, int queued) : IDisposable
    {
        public ConcurrencyLimiter Limiter { get; } = new(new ConcurrencyLimiterOptions
        {
            PermitLimit = Math.Max(1, slots),
            QueueLimit = Math.Max(0, queued),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });

        public void Dispose() => Limiter.Dispose();
    }
}
