using System.Reflection;
using Pipeline.Cli.Infrastructure;
using Pipeline.Cli.Infrastructure.CommandLine;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Cli;

/// <summary>The `pipeline` command: verbs registered in <see cref="CommandRegistry"/>, each a thin class in Commands/; the command line checked and every failure mapped to an exit code here, at the edge.</summary>
internal static class PipelineApp
{
    /// <summary>The informational version of this build (e.g. 1.0.0+commit), printed by <c>pipeline --version</c>.</summary>
    public static string Version { get; } =
        typeof(PipelineApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(PipelineApp).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    public static async Task<int> RunAsync(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        using var ctrlC = CtrlC.Cancels(cancellation);
        var verbose = Failures.IsVerbose(args);
        try
        {
            var app = new CommandApp();
            VerbCatalogue? catalogue = null;
            app.Configure(config => catalogue = Configure(config));
            if (CommandLineCheck.Problem(args, catalogue!) is { } problem)
            {
                throw new UsageException(problem);
            }

            if (args is ["--version"] or ["-v"])
            {
                await Console.Out.WriteLineAsync(Version);
                return ExitCodes.Success;
            }

            return await app.RunAsync(args, cancellation.Token);
        }
        catch (Exception failure)
        {
            return Failures.Report(failure, verbose, cancellation.IsCancellationRequested, Console.Error);
        }
    }

    private static VerbCatalogue Configure(IConfigurator config)
    {
        config.SetApplicationName("pipeline");
        config.SetApplicationVersion(Markup.Escape(Version));
        config.UseStrictParsing();
        config.PropagateExceptions();

        // Help and parse errors go to the Console.Out of this run (not a console captured once for the process).
        config.ConfigureConsole(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) }));
        return CommandRegistry.Register(config);
    }
}
