using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Infrastructure;

/// <summary>Settings of every verb that reads or writes the index: <c>--index DIR</c>, default <c>.pipeline/index</c> in the current folder.</summary>
internal class IndexSettings : JsonSettings
{
    [CommandOption("--index <DIR>")]
    [Description("Index folder (default: .pipeline/index in the current folder).")]
    public string? Index { get; init; }

    /// <summary>An <c>--index</c> that names a file (or a path under one) is refused for every verb; verbs that override this call it first.</summary>
    public override ValidationResult Validate() =>
        Index is not null && PathCheck.FolderProblem("--index", Index) is { } problem
            ? ValidationResult.Error(problem)
            : ValidationResult.Success();
}
