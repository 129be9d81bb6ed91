namespace Pipeline.Core.Errors;

/// <summary>An expected failure as a value: a code and one line naming the file and the reason.</summary>
public sealed record PipelineError(ErrorCode Code, string Message)
{
    public override string ToString() => $"{Code.ToKebabCase()}: {Message}";
}
