using System.Text.Json;

namespace Pipeline.Core.Errors;

public static class ErrorCodeExtensions
{
    /// <summary>The code as printed and serialised: "unsupported-format".</summary>
    public static string ToKebabCase(this ErrorCode code) => JsonNamingPolicy.KebabCaseLower.ConvertName(code.ToString());
}
