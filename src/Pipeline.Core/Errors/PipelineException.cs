namespace Pipeline.Core.Errors;

/// <summary>A file or input that cannot be processed at all. Carries a typed code and names the file.</summary>
public class PipelineException : Exception
{
    public PipelineException(ErrorCode code, string path, string reason, Exception? inner = null)
        : base($"{path}: {reason}", inner)
    {
        Code = code;
        Path = path;
        Reason = reason;
    }

    public ErrorCode Code { get; }

    /// <summary>The file concerned.</summary>
    public string Path { get; }

    /// <summary>The reason alone, without the path.</summary>
    public string Reason { get; }

    public PipelineError ToError() => new(Code, Message);
}
