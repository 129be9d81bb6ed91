using System.ComponentModel;
using Pipeline.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Classification;

internal sealed class ClassifySettings : JsonSettings
{
    [CommandArgument(0, "[TEXT]")]
    [Description("The passage to classify.")]
    public string? Text { get; init; }

    [CommandOption("--input <FILE>")]
    [Description("A JSON-lines file of {\"text\": ...}; prints one JSON line per input line.")]
    public string? Input { get; init; }

    [CommandOption("--model <FILE>")]
    [Description("The model zip. Default: the bundled models/topic-classifier.zip.")]
    public string? Model { get; init; }

    public override ValidationResult Validate() => (Text, Input) switch
    {
        (null, null) => ValidationResult.Error("give a TEXT to classify or --input FILE.jsonl"),
        (not null, not null) => ValidationResult.Error("give either a TEXT or --input FILE.jsonl, not both"),
        ({ } text, null) when string.IsNullOrWhiteSpace(text) => ValidationResult.Error("the TEXT to classify is empty: give a passage, or --input FILE.jsonl"),
        _ => ValidationResult.Success(),
    };
}
