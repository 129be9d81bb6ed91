using System.ComponentModel;
using Pipeline.Cli.Infrastructure;
using Pipeline.Reporting;
using Pipeline.Reporting.Selection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands;

/// <summary>Settings of `pipeline compare`.</summary>
internal sealed class CompareSettings : IndexSettings
{
    [CommandOption("--campaign <ID>")]
    [Description("The campaign id (default: the index's only campaign).")]
    public string? Campaign { get; init; }

    [CommandOption("--questions <IDS>")]
    [Description("Question columns to keep, comma-separated (e.g. 2a,2d); default all.")]
    public string? Questions { get; init; }

    [CommandOption("--companies <NAMES>")]
    [Description("Companies to keep, comma-separated names or aliases; default all approached and all that replied.")]
    public string? Companies { get; init; }

    [CommandOption("--by <VIEW>")]
    [Description("question (default): answer status, topics and excerpt per question; topic: passages per due-diligence topic.")]
    public string By { get; init; } = "question";

    [CommandOption("--format <FORMAT>")]
    [Description("csv, xlsx, json or html (default: from --out's extension, else csv).")]
    public string? Format { get; init; }

    [CommandOption("--out <FILE>")]
    [Description("Write to this file (required for xlsx); default: standard output.")]
    public string? Out { get; init; }

    public ComparisonFormat ResolvedFormat =>
        Format is { } f ? Enum.Parse<ComparisonFormat>(f, ignoreCase: true)
        : Out is { } o && ComparisonRenderers.FromFileName(o) is { } fromName ? fromName
        : Json ? ComparisonFormat.Json
        : ComparisonFormat.Csv;

    public CompareBy ResolvedBy => Enum.Parse<CompareBy>(By, ignoreCase: true);

    public override ValidationResult Validate()
    {
        if (base.Validate() is { Successful: false } index)
        {
            return index;
        }

        if (Format is { } f && !Enum.TryParse<ComparisonFormat>(f, ignoreCase: true, out _))
        {
            return ValidationResult.Error($"--format must be csv, xlsx, json or html, not '{f}'");
        }

        if (!Enum.TryParse<CompareBy>(By, ignoreCase: true, out _))
        {
            return ValidationResult.Error($"--by must be question or topic, not '{By}'");
        }

        if (Contradiction() is { } contradiction)
        {
            return ValidationResult.Error(contradiction);
        }

        if (ResolvedFormat == ComparisonFormat.Xlsx && Out is null)
        {
            return ValidationResult.Error("xlsx is a binary format: give --out FILE.xlsx");
        }

        return Out is not null && PathCheck.OutputFileProblem("--out", Out, "compare." + ResolvedFormat.ToString().ToLowerInvariant()) is { } problem
            ? ValidationResult.Error(problem)
            : ValidationResult.Success();
    }

    /// <summary>--format, --json and the extension of --out each name a format; when two disagree, guessing which one was meant would write the wrong file.</summary>
    private string? Contradiction()
    {
        var named = Format is { } f ? Enum.Parse<ComparisonFormat>(f, ignoreCase: true) : (ComparisonFormat?)null;
        var byName = Out is { } o ? ComparisonRenderers.FromFileName(o) : null;
        if (named is { } format && byName is { } extension && format != extension)
        {
            return $"--format {Format} contradicts --out {Out} (its name ends in {Path.GetExtension(Out)}): make them agree, or drop --format";
        }

        if (Json && (named ?? byName) is { } other && other != ComparisonFormat.Json)
        {
            return named is not null
                ? $"--json contradicts --format {Format}: give one of them"
                : $"--json contradicts --out {Out} (its name ends in {Path.GetExtension(Out)}): drop --json, or write to a .json file";
        }

        return null;
    }
}
