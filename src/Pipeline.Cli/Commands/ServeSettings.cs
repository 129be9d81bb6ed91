using System.ComponentModel;
using System.Net;
using Pipeline.Cli.Infrastructure;
using Pipeline.Web;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands;

/// <summary>Settings of `pipeline serve`.</summary>
internal sealed class ServeSettings : IndexSettings
{
    [CommandOption("--port <PORT>")]
    [Description("TCP port (default 5000; 0 picks a free one, printed at start).")]
    [DefaultValue(WebServerOptions.DefaultPort)]
    public int Port { get; init; } = WebServerOptions.DefaultPort;

    [CommandOption("--listen <ADDRESS>")]
    [Description("IP address to listen on (default 127.0.0.1: this machine only). Another address lets other machines read the index: a warning is printed.")]
    public string? Listen { get; init; }

    /// <summary>The address to bind; loopback unless <see cref="Listen"/> names another.</summary>
    public IPAddress Address => Listen is null ? IPAddress.Loopback
        : string.Equals(Listen, "localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.Parse(Listen);

    public override ValidationResult Validate()
    {
        if (base.Validate() is { Successful: false } index)
        {
            return index;
        }

        if (Port is < 0 or > 65535)
        {
            return ValidationResult.Error($"--port must be from 0 to 65535, not {Port}");
        }

        return Listen is null || string.Equals(Listen, "localhost", StringComparison.OrdinalIgnoreCase) || IPAddress.TryParse(Listen, out _)
            ? ValidationResult.Success()
            : ValidationResult.Error($"--listen must be an IP address (e.g. 127.0.0.1, 0.0.0.0, ::1), not '{Listen}'");
    }
}
