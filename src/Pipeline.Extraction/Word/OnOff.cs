using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Pipeline.Extraction.Word;

/// <summary>Reads WordprocessingML on/off properties: present without a value means on.</summary>
internal static class OnOff
{
    public static bool? Of(OnOffType? element) => element is null ? null : element.Val is null || element.Val.Value;

    public static RunFormat Format(OpenXmlElement? properties) => properties is null
        ? default
        : new RunFormat(
            Of(properties.GetFirstChild<Bold>()),
            Of(properties.GetFirstChild<BoldComplexScript>()),
            Of(properties.GetFirstChild<Caps>()),
            Of(properties.GetFirstChild<Vanish>()));
}
