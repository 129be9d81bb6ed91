using Pipeline.Cli.Infrastructure.CommandLine;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Tests.Infrastructure;

/// <summary>The verbs as registered, so a rule tested "for every verb" covers a verb added tomorrow too.</summary>
internal static class Verbs
{
    public static VerbCatalogue Catalogue
    {
        get
        {
            VerbCatalogue? catalogue = null;
            new CommandApp().Configure(config => catalogue = CommandRegistry.Register(config));
            return catalogue!;
        }
    }

    public static TheoryData<string> All => [.. Catalogue.Verbs.Keys.Order(StringComparer.Ordinal)];
}
