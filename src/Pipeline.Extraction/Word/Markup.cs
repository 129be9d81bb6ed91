using Pipeline.Extraction.Word.Xml;

namespace Pipeline.Extraction.Word;

/// <summary>Markup-compatibility and content-control helpers shared by the block and inline readers.</summary>
internal static class Markup
{
    /// <summary>The branch of <c>mc:AlternateContent</c> to read: the first choice (Word 2010+ markup we understand), else the fallback. Reading both would duplicate text.</summary>
    public static WordElement Chosen(WordElement alternate) =>
        alternate.Child(WordName.Choice) is { Exists: true } choice ? choice : alternate.Child(WordName.Fallback);

    /// <summary>A content control still showing its placeholder ("Click or tap here to enter text.") holds no answer.</summary>
    public static bool ShowsPlaceholder(WordElement properties) =>
        properties.Child(WordName.ShowingPlaceholder) is { Exists: true } placeholder && (placeholder.OnOff(WordAttribute.Val) ?? true);

    /// <summary>Text boxes (<c>w:txbxContent</c>) in or under an element (a drawing, a VML shape), outermost only, one branch of each alternate.</summary>
    public static void CollectTextBoxes(WordElement element, List<WordElement> into)
    {
        switch (element.Name)
        {
            case WordName.TextBoxContent:
                into.Add(element);
                break;
            case WordName.AlternateContent:
                if (Chosen(element) is { Exists: true } branch)
                {
                    CollectTextBoxes(branch, into);
                }

                break;
            default:
                foreach (var child in element.Children)
                {
                    CollectTextBoxes(child, into);
                }

                break;
        }
    }
}
