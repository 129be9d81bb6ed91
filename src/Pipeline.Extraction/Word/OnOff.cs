using Pipeline.Extraction.Word.Xml;

namespace Pipeline.Extraction.Word;

/// <summary>Reads WordprocessingML on/off properties: present without a value means on.</summary>
internal static class OnOff
{
    public static bool? Of(WordElement element) => element.Exists ? element.OnOff(WordAttribute.Val) ?? true : null;

    public static RunFormat Format(WordElement properties) => !properties.Exists
        ? default
        : new RunFormat(
            Of(properties.Child(WordName.Bold)),
            Of(properties.Child(WordName.BoldComplexScript)),
            Of(properties.Child(WordName.Caps)),
            Of(properties.Child(WordName.Vanish)));
}
