using Pipeline.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Cli;

/// <summary>The `pipeline` command: verbs registered here, each a thin class in Commands/.</summary>
internal static class PipelineApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        var app = new CommandApp();
        app.Configure(Configure);
        try
        {
            return await app.RunAsync(args, cancellation.Token);
        }
        catch (CommandParseException ex)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (CommandRuntimeException ex)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.Usage;
        }
    }

    private static void Configure(IConfigurator config)
    {
        config.SetApplicationName("pipeline");
        config.PropagateExceptions();

        // Help and parse errors go to the Console.Out of this run (not a console captured once for the process).
        config.ConfigureConsole(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) }));
        CommandRegistry.Register(config);
    }
}
