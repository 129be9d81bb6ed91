using Pipeline.Core.Errors;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Infrastructure;

/// <summary>
/// The exit-code contract, kept at the edge for every verb: a failure becomes one line on stderr and exit 1 (the command
/// line asks for something impossible) or 3 (it could not be done); a stack trace only with <c>--verbose</c>.
/// </summary>
internal static class Failures
{
    /// <summary>Reports <paramref name="failure"/> on <paramref name="error"/> and returns the exit code it maps to.</summary>
    public static int Report(Exception failure, bool verbose, bool cancelled, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(failure);
        ArgumentNullException.ThrowIfNull(error);
        var (exit, line) = failure switch
        {
            UsageException or CommandAppException => (ExitCodes.Usage, $"error: {failure.Message}"),
            PipelineException typed => (ExitCodes.Fatal, $"error ({typed.Code.ToKebabCase()}): {typed.Message}"),
            OperationCanceledException when cancelled => (ExitCodes.Fatal, "cancelled"),
            _ => (ExitCodes.Fatal, $"error: unexpected failure: {OneLine(failure.Message)}" + (verbose ? string.Empty : $" (run again with {PipelineSettings.VerboseOption} for the details)")),
        };
        error.WriteLine(line);
        if (verbose && exit == ExitCodes.Fatal)
        {
            error.WriteLine(failure.ToString());
        }

        return exit;
    }

    /// <summary>Whether the command line asks for details (before any <c>--</c>, after which arguments are data).</summary>
    public static bool IsVerbose(IEnumerable<string> args) =>
        args.TakeWhile(a => a != "--").Contains(PipelineSettings.VerboseOption, StringComparer.Ordinal);

    /// <summary>Our own messages are written for the reader (a malformed query is shown with a caret under the fault); a foreign one is kept to its line.</summary>
    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
