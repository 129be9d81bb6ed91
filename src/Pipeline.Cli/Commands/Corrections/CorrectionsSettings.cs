using System.ComponentModel;
using Pipeline.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Corrections;

/// <summary>Settings of `pipeline corrections`.</summary>
internal sealed class CorrectionsSettings : IndexSettings
{
    [CommandOption("--campaign <FILE>")]
    [Description("The campaign YAML file whose corrections.jsonl is listed.")]
    public string? Campaign { get; init; }

    [CommandOption("--undo <ID>")]
    [Description("Remove this correction (e.g. c-3f9a1b2c) and re-index: the machine's reading is back.")]
    public string? Undo { get; init; }

    [CommandOption("--manifest <CSV>")]
    [Description("The replies manifest to re-ingest with after --undo (default: the one the last ingest used).")]
    public string? Manifest { get; init; }
}
