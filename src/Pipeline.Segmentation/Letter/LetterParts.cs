using System.Text.RegularExpressions;

namespace Pipeline.Segmentation.Letter;

/// <summary>Recognises the parts of a letter that answer no question: greeting, closing formula and sign-off.</summary>
internal static partial class LetterParts
{
    /// <summary>"Dear Ms Smith,", "To whom it may concern", "Madame, Monsieur,".</summary>
    public static bool IsGreeting(string text) => text.Length < 120 && Greeting().IsMatch(text);

    /// <summary>A sign-off ("Yours sincerely", "Kind regards", "Veuillez agréer …"): the letter's answers are over.</summary>
    public static bool IsSignOff(string text) => SignOff().IsMatch(text);

    /// <summary>A closing courtesy ("We hope this information is helpful", "Please do not hesitate to contact us").</summary>
    public static bool IsClosingCourtesy(string text) => text.Length < 400 && ClosingCourtesy().IsMatch(text);

    [GeneratedRegex(@"^\s*(?:dear\b|to\s+whom\s+it\s+may\s+concern|madame|monsieur|mesdames|chère|cher\b|hello\b|good\s+(?:morning|afternoon))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"^\s*(?:yours\s+(?:sincerely|faithfully|truly)|sincerely(?:\s+yours)?\s*,?\s*$|(?:with\s+)?(?:kind|best|warm|warmest)\s+regards|regards\s*,?\s*$|respectfully(?:\s+yours)?\s*,?\s*$|(?:bien\s+)?cordialement|veuillez\s+agr[ée]er|je\s+vous\s+prie\s+d|nous\s+vous\s+prions\s+d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignOff();

    [GeneratedRegex(@"^\s*(?:we\s+(?:hope|trust)\s+(?:that\s+)?(?:this|these|the\s+above|our)|(?:please\s+)?(?:do\s+not|don't)\s+hesitate|should\s+you\s+(?:have|require|need)|if\s+you\s+(?:have|require|need)\s+(?:any\s+)?(?:further|additional|more)|thank\s+you\s+(?:again\s+)?for\s+(?:the\s+opportunity|your\s+(?:interest|patience|understanding))|we\s+remain\s+(?:at\s+your\s+disposal|available)|nous\s+(?:espérons|esperons|restons)|n'hésitez\s+pas|n'hesitez\s+pas)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClosingCourtesy();
}
