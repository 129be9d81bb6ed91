using System.Runtime.CompilerServices;

namespace Pipeline.Testing;

/// <summary>A fact that asserts which files the process maps (<see cref="MappedFiles"/>); reported as skipped, with the reason in its name, where /proc/self/maps cannot be read.</summary>
public sealed class MappedFilesFactAttribute : FactAttribute
{
    public MappedFilesFactAttribute([CallerMemberName] string test = "")
    {
        if (!MappedFiles.Readable)
        {
            Skip = "the files a process maps are read from /proc/self/maps (Linux)";
            DisplayName = SkippedTest.DisplayName(test, Skip);
        }
    }
}
