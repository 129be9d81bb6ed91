using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Pipeline.Extraction.Word;

/// <summary>Markup-compatibility and content-control helpers shared by the block and inline readers.</summary>
internal static class Markup
{
    public const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The branch of <c>mc:AlternateContent</c> to read: the first choice (Word 2010+ markup we understand), else the fallback. Reading both would duplicate text.</summary>
    public static OpenXmlElement? Chosen(AlternateContent alternate) =>
        (OpenXmlElement?)alternate.GetFirstChild<AlternateContentChoice>() ?? alternate.GetFirstChild<AlternateContentFallback>();

    /// <summary>A content control still showing its placeholder ("Click or tap here to enter text.") holds no answer.</summary>
    public static bool ShowsPlaceholder(SdtProperties? properties) =>
        properties?.GetFirstChild<ShowingPlaceholder>() is { } placeholder && (placeholder.Val is null || placeholder.Val.Value);

    /// <summary>Text boxes (<c>w:txbxContent</c>) in or under an element (a drawing, a VML shape), outermost only, one branch of each alternate.</summary>
    public static void CollectTextBoxes(OpenXmlElement element, List<OpenXmlElement> into)
    {
        switch (element)
        {
            case TextBoxContent box:
                into.Add(box);
                break;
            case AlternateContent alternate:
                if (Chosen(alternate) is { } branch)
                {
                    CollectTextBoxes(branch, into);
                }

                break;
            default:
                foreach (var child in element.ChildElements)
                {
                    CollectTextBoxes(child, into);
                }

                break;
        }
    }
}
