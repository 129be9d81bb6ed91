namespace Pipeline.Extraction.Pdf.Layout;

/// <summary>One PDF letter in its text frame: where its baseline starts and ends, its size and weight.</summary>
/// <param name="Value">The letter's text (a ligature glyph may carry several characters).</param>
/// <param name="X0">Baseline start along the reading direction.</param>
/// <param name="X1">Baseline end along the reading direction.</param>
/// <param name="Y">Baseline position across the reading direction (larger is higher on the page).</param>
/// <param name="Size">Font size in points.</param>
/// <param name="Bold">The font name says bold, black, heavy or semibold.</param>
/// <param name="IsSpace">A space glyph: it separates words but is not itself text.</param>
internal readonly record struct Glyph(string Value, double X0, double X1, double Y, double Size, bool Bold, bool IsSpace);
