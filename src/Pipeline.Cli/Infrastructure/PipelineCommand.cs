using Pipeline.Core.Errors;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Infrastructure;

/// <summary>Base of every verb: runs it and maps failures to the documented exit codes, printing one line on stderr, never a stack trace.</summary>
internal abstract class PipelineCommand<TSettings> : AsyncCommand<TSettings>
    where TSettings : CommandSettings
{
    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            return await RunAsync(settings, cancellationToken);
        }
        catch (UsageException ex)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (PipelineException ex)
        {
            await Console.Error.WriteLineAsync($"error ({ex.Code.ToKebabCase()}): {ex.Message}");
            return ExitCodes.Fatal;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("cancelled");
            return ExitCodes.Fatal;
        }
    }

    /// <summary>Does the verb's work; returns an exit code.</summary>
    protected abstract Task<int> RunAsync(TSettings settings, CancellationToken cancellationToken);
}
