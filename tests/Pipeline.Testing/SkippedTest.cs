namespace Pipeline.Testing;

/// <summary>
/// The name a skipped test is listed under: its method and why it was skipped, so that the reason shows in
/// `dotnet test`'s default output, which lists skipped tests by name only (the reason appears only at higher verbosity).
/// </summary>
public static class SkippedTest
{
    public static string DisplayName(string test, string reason) => $"{test} (skipped: {reason})";
}
