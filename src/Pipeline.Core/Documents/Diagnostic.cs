namespace Pipeline.Core.Documents;

/// <summary>Expected trouble met while processing a document that did not stop it, e.g. <c>pdf.no-text-layer</c> on page 3.</summary>
/// <param name="Code">Stable dotted code, e.g. <c>pdf.no-text-layer</c>.</param>
/// <param name="Message">One line for a person.</param>
/// <param name="Page">The page it concerns, when there is one.</param>
public sealed record Diagnostic(string Code, string Message, int? Page = null)
{
    public static Diagnostic Warning(string code, string message, int? page = null) => new(code, message, page);
}
