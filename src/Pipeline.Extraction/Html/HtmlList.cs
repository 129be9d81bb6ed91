using Pipeline.Extraction.Word;

namespace Pipeline.Extraction.Html;

/// <summary>An open <c>ol</c>/<c>ul</c>: renders each item's marker as a browser draws it (type and start attributes, li value).</summary>
internal sealed class HtmlList(bool ordered, string? type, int start)
{
    private int _next = start;

    public string NextLabel(int? value)
    {
        if (!ordered)
        {
            return "•";
        }

        var number = value ?? _next;
        _next = number + 1;
        var format = type switch
        {
            "a" => "lowerLetter",
            "A" => "upperLetter",
            "i" => "lowerRoman",
            "I" => "upperRoman",
            _ => "decimal",
        };
        return NumberFormatter.Format(number, format) + ".";
    }
}
