using System.ComponentModel;
using Pipeline.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands;

internal sealed class ReuseSettings : IndexSettings
{
    [CommandOption("--campaign <ID>")]
    [Description("Only reuse involving this campaign's replies (default: every campaign in the index).")]
    public string? Campaign { get; init; }

    [CommandOption("--min-words <N>")]
    [Description("Shortest paragraph compared for near-copies, in words (default 25); shorter ones count only when copied word for word.")]
    public int MinWords { get; init; } = 25;

    public override ValidationResult Validate() =>
        base.Validate() is { Successful: false } index ? index
        : MinWords < 5 ? ValidationResult.Error($"--min-words must be at least 5, not {MinWords}: shorter passages are shared by chance")
        : ValidationResult.Success();
}
