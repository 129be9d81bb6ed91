using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Pipeline.Web.Tests.Fixtures;

/// <summary>
/// Sends a request line exactly as written. HttpClient (through <see cref="Uri"/>) removes dot segments and re-encodes
/// paths, so path traversal attempts must go over a plain socket to reach the server unaltered.
/// </summary>
internal static class RawHttp
{
    public static async Task<(int Status, string Response)> GetAsync(Uri server, string target, string? host = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, server.Port);
        await using var stream = client.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: {host ?? $"127.0.0.1:{server.Port}"}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }
}
