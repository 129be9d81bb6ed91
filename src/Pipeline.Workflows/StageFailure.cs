using Pipeline.Core.Errors;

namespace Pipeline.Workflows;

/// <summary>An unexpected exception in one file's stage, as the typed error a batch reports for that file.</summary>
internal static class StageFailure
{
    public static PipelineError Of(string path, string stage, Exception exception) =>
        new(ErrorCode.Internal, $"{path}: {stage} failed unexpectedly ({exception.GetType().Name}: {exception.Message}); the rest of the batch went on — please report this file");
}
