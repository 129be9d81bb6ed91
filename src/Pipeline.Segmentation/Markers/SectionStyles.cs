namespace Pipeline.Segmentation.Markers;

/// <summary>The numbering systems of its own a letter uses for the questionnaire's parts (<see cref="SectionNumbering"/>).</summary>
[Flags]
internal enum SectionStyles
{
    None = 0,

    /// <summary>Capital letters for questions, digits for their parts: "A.1", "B.2/B.3", "C.".</summary>
    Lettered = 1,

    /// <summary>Lower-case Roman numerals for questions, letters for their parts: "(i)(a)", "(iii)".</summary>
    Roman = 2,

    /// <summary>Decimal numbers, the digit after the point counting the parts: "1.1" for 1a, "RQ 2.4 / 2.5", "3.0".</summary>
    Decimal = 4,
}
