using System.ComponentModel;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands;

/// <summary>Settings of `pipeline segment`.</summary>
internal sealed class SegmentSettings : CampaignSettings
{
    [CommandArgument(0, "<file-or-folder>")]
    [Description("A reply file, or a folder of replies (searched recursively).")]
    public string Path { get; init; } = string.Empty;

    [CommandOption("--company <NAME>")]
    [Description("The company the reply is from, used when neither its file name nor its letter names one.")]
    public string? Company { get; init; }
}
