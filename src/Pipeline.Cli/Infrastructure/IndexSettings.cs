using System.ComponentModel;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Infrastructure;

/// <summary>Settings of every verb that reads or writes the index: <c>--index DIR</c>, default <c>.pipeline/index</c> in the current folder.</summary>
internal class IndexSettings : JsonSettings
{
    [CommandOption("--index <DIR>")]
    [Description("Index folder (default: .pipeline/index in the current folder).")]
    public string? Index { get; init; }
}
