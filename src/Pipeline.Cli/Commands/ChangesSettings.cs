using System.ComponentModel;
using Pipeline.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands;

internal sealed class ChangesSettings : IndexSettings
{
    private static readonly string[] Formats = ["text", "json", "html", "xlsx"];

    [CommandOption("--from <ID>")]
    [Description("The earlier campaign's id.")]
    public string? From { get; init; }

    [CommandOption("--to <ID>")]
    [Description("The later campaign's id.")]
    public string? To { get; init; }

    [CommandOption("--company <NAME>")]
    [Description("Only this company: a name or alias the registry or either campaign knows.")]
    public string? Company { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("text (default), json, html or xlsx (default: from --out's extension).")]
    public string? Format { get; init; }

    [CommandOption("--out <FILE>")]
    [Description("Write to this file (required for xlsx); default: standard output.")]
    public string? Out { get; init; }

    /// <summary>--format, else --json, else --out's extension, else text.</summary>
    public string ResolvedFormat =>
        Format?.ToLowerInvariant()
        ?? (Json ? "json" : Out is { } o && Formats.Contains(Path.GetExtension(o).TrimStart('.').ToLowerInvariant()) ? Path.GetExtension(o).TrimStart('.').ToLowerInvariant() : "text");

    public override ValidationResult Validate()
    {
        if (base.Validate() is { Successful: false } index)
        {
            return index;
        }

        if (From is null || To is null)
        {
            return ValidationResult.Error("give both campaigns: --from EARLIER --to LATER (campaign ids; `pipeline documents` lists them)");
        }

        if (string.Equals(From, To, StringComparison.OrdinalIgnoreCase))
        {
            return ValidationResult.Error($"--from and --to name the same campaign ({From}): compare two campaigns");
        }

        if (Format is { } f && !Formats.Contains(f.ToLowerInvariant()))
        {
            return ValidationResult.Error($"--format must be text, json, html or xlsx, not '{f}'");
        }

        if (ResolvedFormat == "xlsx" && Out is null)
        {
            return ValidationResult.Error("xlsx is a binary format: give --out FILE.xlsx");
        }

        return Out is not null && PathCheck.OutputFileProblem("--out", Out, "changes." + ResolvedFormat) is { } problem
            ? ValidationResult.Error(problem)
            : ValidationResult.Success();
    }
}
