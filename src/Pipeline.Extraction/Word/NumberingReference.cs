namespace Pipeline.Extraction.Word;

/// <summary>A paragraph's <c>w:numPr</c>: which numbering instance and level; either part may be inherited.</summary>
internal readonly record struct NumberingReference(int? NumberingId, int? Level)
{
    public static NumberingReference? From(DocumentFormat.OpenXml.Wordprocessing.NumberingProperties? numPr) =>
        numPr is null ? null : new NumberingReference(numPr.NumberingId?.Val?.Value, numPr.NumberingLevelReference?.Val?.Value);
}
