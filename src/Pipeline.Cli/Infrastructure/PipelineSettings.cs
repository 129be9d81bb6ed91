using System.ComponentModel;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Infrastructure;

/// <summary>Settings every verb accepts.</summary>
internal class PipelineSettings : CommandSettings
{
    /// <summary>The option that asks for stack traces; read from the raw arguments at the edge (<see cref="Failures"/>), since a failure may come before the settings are bound.</summary>
    public const string VerboseOption = "--verbose";

    [CommandOption(VerboseOption)]
    [Description("When something fails unexpectedly, also print the stack trace (for a bug report).")]
    public bool Verbose { get; init; }
}
