using System.Text.RegularExpressions;

namespace Pipeline.TextReuse;

/// <summary>
/// The letter's courtesies — greetings, thanks, offers to help further, closings — in English, French and German. Every
/// letter has them and many share them word for word, so a passage made only of them is never reuse.
/// </summary>
public static partial class CourtesyLines
{
    /// <summary>True when every sentence of <paramref name="passage"/> is a courtesy (an empty passage is none).</summary>
    public static bool IsCourtesy(string passage)
    {
        ArgumentNullException.ThrowIfNull(passage);
        var sentences = SentenceEnd().Split(passage.Trim()).Where(s => s.Length > 0).ToArray();
        return sentences.Length > 0 && sentences.All(s => Courtesy().IsMatch(s));
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(
        @"^(?:dear\b|to whom it may concern|yours\s+(?:sincerely|faithfully|truly)|(?:kind|best|warm)\s+regards|regards\b|sincerely\b|respectfully\b|with\s+(?:best|kind)\s+(?:wishes|regards)" +
        @"|(?:we\s+)?(?:thank|thanks)\b|many\s+thanks|we\s+(?:are|remain)\s+grateful|we\s+appreciate" +
        @"|please\s+(?:do\s+not|don't)\s+hesitate|please\s+(?:feel\s+free|let\s+us\s+know|contact)|do\s+not\s+hesitate|we\s+(?:hope|trust)\s+(?:this|that\s+this|these)" +
        @"|we\s+(?:remain|are)\s+(?:at\s+your\s+disposal|available)|we\s+(?:would|will)\s+be\s+(?:happy|glad|pleased)\s+to\s+(?:discuss|answer|provide|clarify|meet)|(?:we\s+)?look\s+forward|we\s+would\s+welcome\s+(?:your|any)\s+(?:comments|questions|feedback)|(?:we\s+)?remain\s+available" +
        @"|madame|monsieur|mesdames|(?:nous\s+vous|je\s+vous)\s+(?:remercions|remercie|prions)|veuillez\s+agréer|(?:nous\s+restons|je\s+reste)\s+à\s+votre\s+disposition|(?:bien\s+)?cordialement|salutations|merci\b" +
        @"|sehr\s+geehrte|mit\s+freundlichen\s+grüßen|(?:vielen|herzlichen)\s+dank|wir\s+danken|für\s+rückfragen)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Courtesy();
}
