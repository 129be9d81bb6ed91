using Pipeline.Extraction.Word.Xml;

namespace Pipeline.Extraction.Word;

/// <summary>A paragraph's <c>w:numPr</c>: which numbering instance and level; either part may be inherited.</summary>
internal readonly record struct NumberingReference(int? NumberingId, int? Level)
{
    public static NumberingReference? From(WordElement numPr) =>
        !numPr.Exists ? null : new NumberingReference(numPr.Child(WordName.NumberingId).Int(WordAttribute.Val), numPr.Child(WordName.NumberingLevel).Int(WordAttribute.Val));
}
