namespace Pipeline.Extraction.Word;

/// <summary>
/// Characters from symbol fonts (Symbol, Wingdings) as Unicode. Word stores them as private-use code points
/// (U+F0xx) or font-specific bytes; a reader sees the glyph, so we emit its Unicode equivalent.
/// </summary>
internal static class SymbolCharacters
{
    private static readonly Dictionary<int, char> SymbolFont = new()
    {
        [0x22] = '∀', [0x24] = '∃', [0x27] = '∋', [0x2A] = '∗', [0x2D] = '−', [0x40] = '≅',
        [0x61] = 'α', [0x62] = 'β', [0x63] = 'χ', [0x64] = 'δ', [0x65] = 'ε', [0x66] = 'φ', [0x67] = 'γ', [0x68] = 'η',
        [0x69] = 'ι', [0x6B] = 'κ', [0x6C] = 'λ', [0x6D] = 'μ', [0x6E] = 'ν', [0x6F] = 'ο', [0x70] = 'π', [0x71] = 'θ',
        [0x72] = 'ρ', [0x73] = 'σ', [0x74] = 'τ', [0x75] = 'υ', [0x77] = 'ω', [0x78] = 'ξ', [0x79] = 'ψ', [0x7A] = 'ζ',
        [0x44] = 'Δ', [0x46] = 'Φ', [0x47] = 'Γ', [0x4C] = 'Λ', [0x50] = 'Π', [0x51] = 'Θ', [0x53] = 'Σ', [0x57] = 'Ω',
        [0xA3] = '≤', [0xA5] = '∞', [0xAB] = '↔', [0xAC] = '←', [0xAD] = '↑', [0xAE] = '→', [0xAF] = '↓', [0xB0] = '°',
        [0xB1] = '±', [0xB3] = '≥', [0xB4] = '×', [0xB7] = '•', [0xB8] = '÷', [0xB9] = '≠', [0xBA] = '≡', [0xBB] = '≈',
        [0xBC] = '…', [0xD3] = '©', [0xD2] = '®', [0xD4] = '™', [0xD6] = '√', [0xDB] = '⇔', [0xDE] = '⇒',
    };

    private static readonly Dictionary<int, char> WingdingsFont = new()
    {
        [0x6C] = '●', [0x6E] = '■', [0x6F] = '□', [0x71] = '❑', [0x75] = '◆', [0x76] = '❖', [0x9F] = '•', [0xA7] = '▪',
        [0xA8] = '◻', [0xD8] = '➢', [0xE0] = '→', [0xE8] = '➔', [0xF0] = '⇨', [0xFB] = '✗', [0xFC] = '✓', [0xFE] = '☑',
    };

    /// <summary>A <c>w:sym</c> character; empty when the glyph has no known Unicode equivalent.</summary>
    public static string Map(string? font, int code)
    {
        var isSymbolFont = font is not null && font.Contains("Symbol", StringComparison.OrdinalIgnoreCase);
        var isWingdings = font is not null && font.Contains("Wingdings", StringComparison.OrdinalIgnoreCase);
        if (!isSymbolFont && !isWingdings && code is (> 0 and < 0xD800) or (> 0xDFFF and < 0xE000) or (> 0xF8FF and <= 0x10FFFF))
        {
            return char.ConvertFromUtf32(code);
        }

        var byteCode = code & 0xFF;
        if ((isWingdings ? WingdingsFont : SymbolFont).TryGetValue(byteCode, out var glyph))
        {
            return glyph.ToString();
        }

        return isSymbolFont && byteCode is >= 0x20 and < 0x7F && !char.IsLetter((char)byteCode) ? ((char)byteCode).ToString() : string.Empty;
    }

    /// <summary>A bullet level's text as a reader sees it: symbol-font bullets become "•"/"◦"/"▪", plain characters stay.</summary>
    public static string Bullet(string levelText)
    {
        var text = levelText.Trim();
        if (text.Length != 1)
        {
            return text.Length == 0 ? "•" : text;
        }

        var c = text[0];
        return c switch
        {
            'o' => "◦",
            '\uF0B7' or '\u00B7' or '\uF09F' => "•",
            '§' or '\uF0A7' => "▪",
            >= '\uE000' and <= '\uF8FF' => WingdingsFont.TryGetValue(c & 0xFF, out var glyph) ? glyph.ToString() : "•",
            _ => text,
        };
    }
}
