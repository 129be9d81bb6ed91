namespace Pipeline.Workflows.Tests;

/// <summary>Outputs are written through a ".part" file; a write that fails must not leave it behind.</summary>
public sealed class WriteAtomicallyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pipeline-write-atomically-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void RendererThatFails_LeavesNeitherTheFileNorAPartFile()
    {
        // Given
        var target = Path.Combine(_folder, "report.html");

        // When the renderer throws halfway
        Assert.Throws<InvalidOperationException>(() => RunJob.WriteAtomically(target, stream =>
        {
            stream.WriteByte(1);
            throw new InvalidOperationException("renderer failed");
        }));

        // Then
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Fact]
    public void TargetThatIsAFolder_FailsAndLeavesNoPartFile()
    {
        // Given a folder where the file should go
        var target = Directory.CreateDirectory(Path.Combine(_folder, "report.html")).FullName;

        // When
        Assert.ThrowsAny<IOException>(() => RunJob.WriteAtomically(target, stream => stream.WriteByte(1)));

        // Then the folder is as it was, and nothing beside it
        Assert.Equal([target], Directory.EnumerateFileSystemEntries(_folder));
    }
}
