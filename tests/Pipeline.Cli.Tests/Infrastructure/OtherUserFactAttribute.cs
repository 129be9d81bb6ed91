using System.Runtime.CompilerServices;
using Pipeline.Testing;

namespace Pipeline.Cli.Tests.Infrastructure;

/// <summary>A fact that needs a user denied writing (see <see cref="OtherUser"/>); skipped, saying why, when none can be had.</summary>
public sealed class OtherUserFactAttribute : FactAttribute
{
    public OtherUserFactAttribute([CallerMemberName] string test = "")
    {
        if (OtherUser.Unavailable is { } why)
        {
            Skip = why;
            DisplayName = SkippedTest.DisplayName(test, why);
        }
    }
}
