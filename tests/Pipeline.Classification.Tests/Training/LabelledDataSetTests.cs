using Pipeline.Classification.Training;
using Pipeline.Core.Errors;
using Pipeline.Core.Topics;

namespace Pipeline.Classification.Tests.Training;

public sealed class LabelledDataSetTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pipeline-labelled-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_ReadsEveryFile_AndHashesTheFilesInNameOrder()
    {
        // Given two label files (one with a blank line)
        Write("other.jsonl", """{"label": "other", "text": "Dear Sir,"}""", "", """{"label": "other", "text": "Yours faithfully,"}""");
        Write("export_control.jsonl", """{"label": "export_control", "text": "We hold a dual-use licence."}""");

        // When loaded twice
        var first = LabelledDataSet.Load(_folder);
        var second = LabelledDataSet.Load(_folder);

        // Then three examples, export_control file first (name order), a stable 64-hex hash
        Assert.Equal([Topic.ExportControl, Topic.Other, Topic.Other], first.Examples.Select(e => e.Label));
        Assert.Equal(2, first.CountByLabel[Topic.Other]);
        Assert.Matches("^[0-9a-f]{64}$", first.Sha256);
        Assert.Equal(first.Sha256, second.Sha256);
    }

    [Fact]
    public void Load_ChangedFile_ChangesTheHash()
    {
        // Given a label file, loaded once
        Write("other.jsonl", """{"label": "other", "text": "Dear Sir,"}""");
        var before = LabelledDataSet.Load(_folder).Sha256;

        // When one character changes
        Write("other.jsonl", """{"label": "other", "text": "Dear Sirs,"}""");

        // Then the hash differs
        Assert.NotEqual(before, LabelledDataSet.Load(_folder).Sha256);
    }

    [Fact]
    public void Load_LineWithAnotherLabel_IsInvalidInputNamingFileAndLine()
    {
        // Given other.jsonl whose second line says mitigation
        Write("other.jsonl", """{"label": "other", "text": "Dear Sir,"}""", """{"label": "mitigation", "text": "We audit."}""");

        // When loaded
        var error = Assert.Throws<Pipeline.Core.Errors.PipelineException>(() => LabelledDataSet.Load(_folder));

        // Then
        Assert.Equal(ErrorCode.InvalidInput, error.Code);
        Assert.EndsWith("other.jsonl:2", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FileNotNamedAfterALabel_IsInvalidInput()
    {
        // Given a file whose name is no topic
        Write("grievances.jsonl", """{"label": "grievance_mechanism", "text": "Hotline."}""");

        // When loaded
        var error = Assert.Throws<PipelineException>(() => LabelledDataSet.Load(_folder));

        // Then
        Assert.Equal(ErrorCode.InvalidInput, error.Code);
        Assert.Contains("not a topic label", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFolder_IsIoError()
    {
        // Given a folder that does not exist
        // When loaded
        var error = Assert.Throws<PipelineException>(() => LabelledDataSet.Load(Path.Combine(_folder, "absent")));

        // Then
        Assert.Equal(ErrorCode.IoError, error.Code);
    }

    private void Write(string name, params string[] lines) => File.WriteAllLines(Path.Combine(_folder, name), lines);
}
