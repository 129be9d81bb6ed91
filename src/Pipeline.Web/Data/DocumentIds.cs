namespace Pipeline.Web.Data;

/// <summary>Document ids as the index keeps them: the lower-case hex SHA-256 of the file's bytes.</summary>
internal static class DocumentIds
{
    /// <summary>True for 64 hexadecimal digits; anything else (a path, dots, slashes) is no document's id.</summary>
    public static bool IsWellFormed(string? id) => id is { Length: 64 } && id.All(char.IsAsciiHexDigit);
}
