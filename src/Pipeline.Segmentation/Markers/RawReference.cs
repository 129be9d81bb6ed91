namespace Pipeline.Segmentation.Markers;

/// <summary>A question reference as written, before it is checked against a questionnaire: a number and an optional letter.</summary>
/// <param name="Number">The question number; null for a letter written alone ("(b)").</param>
/// <param name="Letter">The sub-question letter, lower case; null when none.</param>
/// <param name="RangeFromPrevious">True when joined to the previous reference by "to", "-", "–": everything between is meant.</param>
internal sealed record RawReference(int? Number, char? Letter, bool RangeFromPrevious);
