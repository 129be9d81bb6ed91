namespace Pipeline.Benchmarks.Docx;

internal static class Xml
{
    public static string Escape(string text) => System.Security.SecurityElement.Escape(text);
}
