using System.ComponentModel;
using Pipeline.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands;

/// <summary>Settings of `pipeline ingest`.</summary>
internal sealed class IngestSettings : IndexSettings
{
    [CommandArgument(0, "<folder>")]
    [Description("Folders (or files) of replies, searched recursively.")]
    public string[] Folders { get; init; } = [];

    [CommandOption("--campaign <FILE>")]
    [Description("The campaign YAML file the replies answer.")]
    public string? Campaign { get; init; }

    [CommandOption("--jobs <N>")]
    [Description("Files processed at once (default: the number of cores).")]
    public int? Jobs { get; init; }

    [CommandOption("--prune")]
    [Description("Remove from the index this campaign's files that are no longer in the folders.")]
    public bool Prune { get; init; }

    [CommandOption("--manifest <CSV>")]
    [Description("A spreadsheet of the replies received (columns file,company and optionally received): it decides who each reply is from.")]
    public string? Manifest { get; init; }

    public override ValidationResult Validate() =>
        base.Validate() is { Successful: false } index ? index
        : Jobs is < 1 ? ValidationResult.Error("--jobs must be at least 1")
        : ValidationResult.Success();
}
