namespace Pipeline.Cli.Infrastructure;

/// <summary>The exit codes scripts rely on (DESIGN.md).</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Usage = 1;
    public const int SomeInputsFailed = 2;
    public const int Fatal = 3;
}
