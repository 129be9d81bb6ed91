namespace Pipeline.Cli.Infrastructure;

/// <summary>
/// Lets a test prove the exit-code contract for a failure nobody foresaw: with <c>PIPELINE_TEST_FAULT=unexpected</c>
/// set, a verb throws an ordinary exception just before it runs. The variable's name and value are deliberate enough
/// that no researcher sets them by accident; nothing else reads them.
/// </summary>
internal static class FaultInjection
{
    public const string Variable = "PIPELINE_TEST_FAULT";
    public const string Unexpected = "unexpected";

    public static void ThrowIfRequested()
    {
        if (Environment.GetEnvironmentVariable(Variable) == Unexpected)
        {
            throw new InvalidOperationException($"fault injected by {Variable}={Unexpected}");
        }
    }
}
