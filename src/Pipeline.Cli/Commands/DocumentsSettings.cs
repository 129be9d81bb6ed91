using System.ComponentModel;
using Pipeline.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands;

internal sealed class DocumentsSettings : IndexSettings
{
    [CommandOption("--campaign <ID>")]
    [Description("Only this campaign's documents.")]
    public string? Campaign { get; init; }
}
