namespace Pipeline.Commitments.Sentences;

/// <summary>
/// The form the patterns and the model read a sentence in: typographic apostrophes and quotation marks as their ASCII
/// forms, no-break and thin spaces as spaces, a no-break hyphen as a hyphen. Word processors put "s’engage",
/// "d’ici fin 2024" and "30 juin 2024" with a no-break space into letters, where a pattern written with "'" and " "
/// would miss them. Character for character, so every position found in the plain form is the same in the original,
/// and quotes are still cut from the original.
/// </summary>
internal static class PlainText
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAny(Special))
        {
            return text;
        }

        return string.Create(text.Length, text, static (target, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                target[i] = source[i] switch
                {
                    '\u2019' or '\u2018' or '\u02BC' or '\u2032' or '\u00B4' or '\u0060' => '\'',
                    '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
                    '\u00A0' or '\u202F' or '\u2009' or '\u2007' or '\u2002' or '\u2003' => ' ',
                    '\u2011' => '-',
                    var c => c,
                };
            }
        });
    }

    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("\u2019\u2018\u02BC\u2032\u00B4\u0060\u201C\u201D\u201E\u00AB\u00BB\u00A0\u202F\u2009\u2007\u2002\u2003\u2011");
}
