using System.ComponentModel;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Infrastructure;

/// <summary>Settings shared by every verb that can print JSON.</summary>
internal class JsonSettings : PipelineSettings
{
    [CommandOption("--json")]
    [Description("Print one JSON document (camelCase keys) instead of human-readable text.")]
    public bool Json { get; init; }
}
