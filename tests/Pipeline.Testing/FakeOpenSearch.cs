using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Pipeline.Testing;

/// <summary>
/// A fake of an OpenSearch server, not of Pipeline's code: a real HTTP listener on 127.0.0.1 that records every request
/// (method, path, content type, body) and answers each with what the test scripted for it, so the client, its retries
/// and its reading of the answers all run for real.
/// </summary>
public sealed class FakeOpenSearch : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<FakeRequest, FakeResponse> _answer;
    private readonly Task _loop;

    /// <param name="answer">The answer to each request, in the order they arrive; defaults to 200 with <c>{}</c>.</param>
    public FakeOpenSearch(Func<FakeRequest, FakeResponse>? answer = null)
    {
        _answer = answer ?? (_ => FakeResponse.Json(200, "{}"));
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    /// <summary>Every request so far, in arrival order.</summary>
    public IReadOnlyList<FakeRequest> Requests => [.. _requests];

    private readonly ConcurrentQueue<FakeRequest> _requests = new();

    /// <summary>A port nothing listens on (for a "connection refused").</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was stopped while waiting for a request: the loop's normal end.
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var request = new FakeRequest(
                context.Request.HttpMethod,
                context.Request.Url!.AbsolutePath,
                context.Request.ContentType,
                await reader.ReadToEndAsync(),
                context.Request.Headers["Authorization"]);
            _requests.Enqueue(request);
            var response = _answer(request);
            context.Response.StatusCode = response.Status;
            context.Response.ContentType = "application/json; charset=UTF-8";
            if (response.RetryAfterSeconds is { } seconds)
            {
                context.Response.Headers["Retry-After"] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            var bytes = Encoding.UTF8.GetBytes(response.Body);
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}
