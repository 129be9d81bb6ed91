using System.ComponentModel;
using Pipeline.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Classification;

internal sealed class EvalClassificationSettings : JsonSettings
{
    [CommandOption("--test <FOLDER>")]
    [Description("Folder of <label>.jsonl test files. Default: corpus/training/test of the repository.")]
    public string? Test { get; init; }

    [CommandOption("--model <FILE>")]
    [Description("The model zip. Default: the bundled models/topic-classifier.zip.")]
    public string? Model { get; init; }
}
