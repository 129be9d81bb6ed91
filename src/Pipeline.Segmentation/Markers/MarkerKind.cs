namespace Pipeline.Segmentation.Markers;

/// <summary>How a question marker was written; decides how much it is trusted.</summary>
internal enum MarkerKind
{
    /// <summary>A keyword and a reference: "Question 1(a):", "Q2b –".</summary>
    Keyword,

    /// <summary>A lead-in phrase and references: "In response to questions 1a to 1c", "Regarding 2(b) and 2(c)".</summary>
    LeadIn,

    /// <summary>A bare reference at the start of a paragraph: "1a)", "1.a", "2(b)", "3.".</summary>
    Bare,

    /// <summary>A letter alone under a preceding number: "(b)", "c)".</summary>
    LetterOnly,

    /// <summary>A Roman numeral: "II.".</summary>
    Roman,

    /// <summary>A Word auto-numbering label rendered by extraction.</summary>
    ListLabel,

    /// <summary>A part of the questionnaire in a numbering the letter invents (<see cref="OwnNumbering"/>): "B.2", "C", "(ii)(b)", "RQ 2.4".</summary>
    Section,
}
