using Pipeline.Cli.Infrastructure;

namespace Pipeline.Cli.Commands.Export;

/// <summary>Reads the <c>--url</c> of an OpenSearch server as export and search take it: an absolute http(s) URL.</summary>
internal static class OpenSearchTarget
{
    public const string UrlOption = "--url";

    public const string IndexNameOption = "--opensearch-index";

    /// <summary>Why <paramref name="url"/> cannot be a server's address; null when it can.</summary>
    public static string? UrlProblem(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? null
            : $"{UrlOption}: '{url}' is not an http:// or https:// URL (e.g. http://127.0.0.1:9200)";

    /// <exception cref="UsageException">The URL is not valid.</exception>
    public static Uri Parse(string url) =>
        UrlProblem(url) is { } problem ? throw new UsageException(problem) : new Uri(url, UriKind.Absolute);
}
