using System.ComponentModel;
using Pipeline.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands;

internal sealed class ExtractSettings : JsonSettings
{
    [CommandArgument(0, "<PATH>")]
    [Description("Files or folders to extract (folders are searched recursively for PDF, Word, text, HTML and e-mail files).")]
    public string[] Paths { get; init; } = [];

    [CommandOption("--out <DIR>")]
    [Description("Write one file per input into DIR (<name>.txt, or <name>.json with --json) instead of printing.")]
    public string? Out { get; init; }

    [CommandOption("--password <PASSWORD>")]
    [Description("Password to try on encrypted PDFs after the empty one.")]
    public string? Password { get; init; }

    [CommandOption("--no-ocr")]
    [Description("Do not OCR pages without a text layer (they are reported in a warning).")]
    public bool NoOcr { get; init; }

    [CommandOption("--timeout <SECONDS>")]
    [Description("Longest time one file may take. Default 60.")]
    [DefaultValue(60)]
    public int TimeoutSeconds { get; init; } = 60;

    [CommandOption("--parallel <N>")]
    [Description("Files extracted at once. Default: the number of cores.")]
    public int? Parallel { get; init; }

    public override ValidationResult Validate()
    {
        if (Paths.Length == 0)
        {
            return ValidationResult.Error("give at least one file or folder");
        }

        if (TimeoutSeconds <= 0)
        {
            return ValidationResult.Error("--timeout must be a positive number of seconds");
        }

        return Parallel is <= 0 ? ValidationResult.Error("--parallel must be at least 1") : ValidationResult.Success();
    }
}
