using Spectre.Console.Cli;

namespace Pipeline.Cli.Infrastructure;

/// <summary>Base of every verb. Failures are not caught here: they reach the edge (<see cref="PipelineApp"/>), where <see cref="Failures"/> maps every one of them to the documented exit codes.</summary>
internal abstract class PipelineCommand<TSettings> : AsyncCommand<TSettings>
    where TSettings : CommandSettings
{
    public sealed override Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        FaultInjection.ThrowIfRequested();
        return RunAsync(settings, cancellationToken);
    }

    /// <summary>Does the verb's work; returns an exit code.</summary>
    protected abstract Task<int> RunAsync(TSettings settings, CancellationToken cancellationToken);
}
