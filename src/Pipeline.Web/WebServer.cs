using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.Search;
using Pipeline.Search.Querying;
using Pipeline.Web.Data;
using Pipeline.Web.Endpoints;
using Pipeline.Web.Hosting;
using Pipeline.Workflows.Searching;

namespace Pipeline.Web;

/// <summary>
/// The running web app: pages and a JSON API over one index, served by Kestrel until disposed. The index is opened
/// read-only per request, so an ingest running meanwhile is seen at its next commit and never blocked.
/// </summary>
public sealed class WebServer : IAsyncDisposable
{
    /// <summary>The search run as the server starts: plain words, so hybrid, with a concept the classifier reads.</summary>
    private const string WarmUpQuery = "grievance mechanism";

    private readonly WebApplication _app;

    private WebServer(WebApplication app, Uri address, string indexDirectory)
    {
        _app = app;
        Address = address;
        IndexDirectory = indexDirectory;
        Warmed = Task.Run(() => Warm(app.Services.GetRequiredService<IndexAccess>()));
    }

    /// <summary>
    /// Completes once one search has run, reading what every later one shares (the index's vectors and facets, the
    /// sentence model and the topic classifier), begun as the server starts so that the first visitor's search does not wait for
    /// them (36.6 s at 100,000 replies): what was read, or null when there is no index yet or it could not be read (the
    /// first request then says why).
    /// </summary>
    public Task<IndexWarmUp?> Warmed { get; }

    /// <summary>The base URL it answers on, e.g. http://127.0.0.1:5000/.</summary>
    public Uri Address { get; }

    /// <summary>The index folder served (full path); it may not exist yet.</summary>
    public string IndexDirectory { get; }

    /// <summary>The app's services, for tests that reach into it (the search gate).</summary>
    internal IServiceProvider Services => _app.Services;

    /// <summary>Starts listening; returns once the port is bound.</summary>
    /// <exception cref="IOException">The address cannot be bound (the port is in use, or the address is not this machine's).</exception>
    public static async Task<WebServer> StartAsync(WebServerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var index = IndexLocation.Resolve(options.IndexDirectory);

        // The empty builder reads no appsettings.json nor environment variables: what serves is what the options say.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(WebServer).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;

            // A search URL carries the query (up to QueryLimits.MaxQueryLength characters, percent-encoded): past Kestrel's
            // 8 KB default a long query got 414 instead of the app's own answer saying what to change.
            kestrel.Limits.MaxRequestLineSize = 64 * 1024;
            kestrel.Listen(options.Address, options.Port);
        });
        builder.Services.AddRoutingCore();
        builder.Services.AddLogging(logging => logging
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace)
            .SetMinimumLevel(LogLevel.Warning)

            // Kestrel's warnings (a late heartbeat on a busy laptop) tell a researcher nothing they can act on.
            .AddFilter("Microsoft.AspNetCore.Server.Kestrel", LogLevel.Error)

            // A failed start (the port is taken) is thrown to the caller, which says it in one line; the host's own
            // log of it would add the same error again with an 18-line stack trace.
            .AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical));
        // Built by the container, so that it closes the shared reader when the server stops.
        builder.Services.AddSingleton(_ => new IndexAccess(index));
        builder.Services.AddSingleton(new CorrectionWriter());

        // Forms write corrections: tokens against cross-site posts, from keys that live as long as the process (none on disk).
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.Services.AddAntiforgery(antiforgery =>
        {
            antiforgery.FormFieldName = FormGuard.TokenField;
            antiforgery.HeaderName = "X-Pipeline-Token";
            antiforgery.Cookie.Name = "pipeline-antiforgery";
            antiforgery.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict;
        });
        builder.Services.AddSingleton(new SearchGate(Math.Max(1, options.ExpensiveSearchSlots), options.ExpensiveSearchWait));
        builder.Services.AddSingleton(new RequestLoad());
        builder.Services.AddSingleton(_ => new RequestQueue.Limits(options.RequestSlots, options.QueuedRequests));

        var app = builder.Build();
        app.UseMiddleware<RequestLoad.Counter>();
        app.UseMiddleware<SecurityHeaders>();
        if (!options.IsExposed)
        {
            app.UseMiddleware<LoopbackHostFilter>();
        }

        app.UseMiddleware<ErrorPages>();
        if (options.RequestSlots > 0)
        {
            app.UseMiddleware<RequestQueue>();
        }

        app.UseMiddleware<IndexRequired>();
        app.UseMiddleware<FormGuard>();
        Routes.Map(app);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("the server reports no address");
        return new WebServer(app, new Uri(bound.TrimEnd('/') + "/"), index);
    }

    /// <summary>Completes when <paramref name="cancellationToken"/> is cancelled (Ctrl+C) or the host is told to stop (SIGTERM).</summary>
    public async Task WaitForShutdownAsync(CancellationToken cancellationToken)
    {
        var stopping = _app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopping);
        try
        {
            await Task.Delay(Timeout.Infinite, either.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (either.IsCancellationRequested)
        {
            // Asked to stop: the caller disposes the server.
        }
    }

    private static IndexWarmUp? Warm(IndexAccess access)
    {
        if (!access.Exists)
        {
            return null;
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            // One search by words and meaning, as a first visitor's would be, reads what every later one shares: each
            // segment's vector signs, the facet ordinals, the sentence model and the topic classifier (the query's concept).
            using var index = access.Open();
            ModeSearch.Run(index, SearchMode.Hybrid, WarmUpQuery, SearchQueryParser.Parse(WarmUpQuery).Query, SearchFilters.None, 10, 0);
            return new IndexWarmUp(index.VectorCount, clock.Elapsed);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Best effort, in the background: a request reading the index reports what is wrong with it.
            return null;
        }
    }

    /// <summary>Stops accepting requests and lets those in flight finish (a few seconds at most).</summary>
    public async ValueTask DisposeAsync()
    {
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(grace.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
