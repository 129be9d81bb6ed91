using System.Text;
using System.Xml;

namespace Pipeline.Reporting.Formatting;

/// <summary>Makes extracted text safe for XML and HTML: PDF text can carry control characters that XML forbids.</summary>
internal static class XmlText
{
    public static string Clean(string text)
    {
        if (text.All(IsAllowed))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    private static bool IsAllowed(char c) => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c);
}
