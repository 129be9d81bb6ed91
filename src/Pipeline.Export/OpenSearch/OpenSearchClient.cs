using System.Collections.Immutable;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pipeline.Core.Errors;

namespace Pipeline.Export.OpenSearch;

/// <summary>
/// The few OpenSearch (or Elasticsearch 7.10+) REST calls export and search need, over <see cref="HttpClient"/>: an index
/// template, bulk requests, a refresh and a search. Busy answers are retried with backoff (<see cref="RetryOptions"/>);
/// anything else the server refuses, and a server that cannot be reached, is a <see cref="PipelineException"/> naming the URL.
/// </summary>
/// <remarks>Credentials, when needed, go in the URL (<c>https://user:password@host:9200</c>) and are sent as basic authentication.</remarks>
public sealed class OpenSearchClient : IDisposable
{
    private static readonly MediaTypeHeaderValue Ndjson = new("application/x-ndjson");

    private readonly HttpClient _http;
    private readonly RetryOptions _retry;

    public OpenSearchClient(Uri url, RetryOptions? retry = null, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        // A server behind a path (https://host/opensearch) keeps it: API paths are resolved below the URL, not beside it.
        var path = url.AbsolutePath.EndsWith('/') ? url.AbsolutePath : url.AbsolutePath + "/";
        Url = new UriBuilder(url) { UserName = string.Empty, Password = string.Empty, Path = path }.Uri;
        _retry = retry ?? RetryOptions.Default;
        _http = handler is null ? new HttpClient() : new HttpClient(handler);
        _http.BaseAddress = Url;
        _http.Timeout = TimeSpan.FromMinutes(2);
        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            var credentials = Encoding.UTF8.GetBytes(Uri.UnescapeDataString(url.UserInfo));
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(credentials));
        }
    }

    /// <summary>The server, without credentials.</summary>
    public Uri Url { get; }

    /// <summary>Creates or replaces the index template <paramref name="name"/>.</summary>
    public async Task PutTemplateAsync(string name, JsonObject template, CancellationToken cancellationToken)
    {
        var body = template.ToJsonString();
        using var response = await SendAsync(() => Request(HttpMethod.Put, "_index_template/" + Uri.EscapeDataString(name), body, "application/json"), cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, "PUT _index_template/" + name, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends one chunk; items the server refuses as busy (429) are sent again, alone, with backoff, the others reported.</summary>
    public async Task<BulkOutcome> BulkAsync(BulkChunk chunk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        var pending = chunk.Pairs;
        var failures = ImmutableArray.CreateBuilder<BulkFailure>();
        var indexed = 0;
        var retries = 0;
        while (true)
        {
            var body = new BulkChunk(chunk.Number, pending).ToBytes();
            using var response = await SendAsync(() => Request(HttpMethod.Post, "_bulk", body), cancellationToken, r => retries += r).ConfigureAwait(false);
            await EnsureSuccessAsync(response, "POST _bulk", cancellationToken).ConfigureAwait(false);
            var items = await ReadItemsAsync(response, pending, cancellationToken).ConfigureAwait(false);
            var busy = ImmutableArray.CreateBuilder<BulkPair>();
            foreach (var (pair, status, type, reason) in items)
            {
                if (status is >= 200 and < 300)
                {
                    indexed++;
                }
                else if (status == (int)HttpStatusCode.TooManyRequests && retries < _retry.MaxRetries)
                {
                    busy.Add(pair);
                }
                else
                {
                    failures.Add(new BulkFailure(pair.Id, status, type, reason));
                }
            }

            if (busy.Count == 0)
            {
                return new BulkOutcome(indexed, failures.ToImmutable(), retries);
            }

            retries++;
            await _retry.Wait(_retry.DelayBefore(retries, null), cancellationToken).ConfigureAwait(false);
            pending = busy.ToImmutable();
        }
    }

    /// <summary>Makes what was sent visible to searches now rather than at the next refresh interval.</summary>
    public async Task RefreshAsync(string index, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(() => Request(HttpMethod.Post, Uri.EscapeDataString(index) + "/_refresh", null), cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, $"POST {index}/_refresh", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a search request body against <paramref name="index"/> and returns the server's answer.</summary>
    public async Task<JsonObject> SearchAsync(string index, JsonObject body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var text = body.ToJsonString();
        using var response = await SendAsync(() => Request(HttpMethod.Post, Uri.EscapeDataString(index) + "/_search", text, "application/json"), cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, $"POST {index}/_search", cancellationToken).ConfigureAwait(false);
        var json = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return ParseObject(json, "POST " + index + "/_search");
    }

    public void Dispose() => _http.Dispose();

    private static HttpRequestMessage Request(HttpMethod method, string path, string? body, string mediaType) =>
        new(method, path) { Content = body is null ? null : new StringContent(body, new UTF8Encoding(false), mediaType) };

    private static HttpRequestMessage Request(HttpMethod method, string path, byte[]? body)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = Ndjson;
        }

        return request;
    }

    /// <summary>Sends, retrying busy answers with backoff; the last answer is returned whatever it is.</summary>
    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> request, CancellationToken cancellationToken, Action<int>? retried = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var message = request();
            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(message, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException ex)
            {
                throw Unreachable(ex);
            }
            catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw new PipelineException(ErrorCode.Timeout, Url.ToString(), $"OpenSearch did not answer {message.Method} {message.RequestUri} within {_http.Timeout.TotalSeconds:0} s", ex);
            }

            if (!IsBusy(response.StatusCode) || attempt >= _retry.MaxRetries)
            {
                return response;
            }

            var retryAfter = response.Headers.RetryAfter?.Delta;
            response.Dispose();
            retried?.Invoke(1);
            await _retry.Wait(_retry.DelayBefore(attempt + 1, retryAfter), cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsBusy(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private PipelineException Unreachable(HttpRequestException ex)
    {
        var why = ex.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused }
            ? "connection refused: is the server running, and is this its address and port?"
            : ex.HttpRequestError == HttpRequestError.NameResolutionError ? "the host name cannot be resolved"
            : ex.Message;
        return new PipelineException(ErrorCode.IoError, Url.ToString(), "cannot reach OpenSearch: " + why, ex);
    }

    private async Task EnsureSuccessAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var reason = ErrorReason(body);
        throw new PipelineException(ErrorCode.IoError, Url.ToString(), $"OpenSearch refused {what}: {(int)response.StatusCode} {response.ReasonPhrase}{(reason is null ? string.Empty : " — " + reason)}");
    }

    private static async Task<List<(BulkPair Pair, int Status, string Type, string Reason)>> ReadItemsAsync(
        HttpResponseMessage response, ImmutableArray<BulkPair> sent, CancellationToken cancellationToken)
    {
        var json = ParseObject(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false), "POST _bulk");
        var items = json["items"] as JsonArray ?? [];
        if (items.Count != sent.Length)
        {
            throw new PipelineException(ErrorCode.IoError, "POST _bulk", $"the bulk response lists {items.Count} items for {sent.Length} documents sent");
        }

        // Items answer the actions in the order sent.
        return [.. items.Select((item, i) =>
        {
            var result = (item as JsonObject)?.FirstOrDefault().Value as JsonObject;
            var error = result?["error"] as JsonObject;
            return (sent[i], result?["status"]?.GetValue<int>() ?? 0, error?["type"]?.GetValue<string>() ?? string.Empty, error?["reason"]?.GetValue<string>() ?? string.Empty);
        })];
    }

    private static JsonObject ParseObject(string json, string what)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject ?? throw new JsonException("not a JSON object");
        }
        catch (JsonException ex)
        {
            throw new PipelineException(ErrorCode.IoError, what, $"the server's answer is not the JSON OpenSearch sends: {ex.Message}", ex);
        }
    }

    private static string? ErrorReason(string body)
    {
        try
        {
            var error = (JsonNode.Parse(body) as JsonObject)?["error"];
            return error is JsonObject o ? $"{o["type"]}: {o["reason"]}" : error?.ToString();
        }
        catch (JsonException)
        {
            return body.Length > 200 ? body[..200] : body;
        }
    }
}
