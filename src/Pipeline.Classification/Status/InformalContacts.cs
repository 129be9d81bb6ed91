using System.Text.RegularExpressions;

namespace Pipeline.Classification.Status;

/// <summary>
/// An invitation to get in touch in place of a mechanism: asked whether people can raise concerns or complaints (a
/// question expecting <c>grievance_mechanism</c>), an answer that only says they may contact the company ("they can
/// contact us through the contact page of our website", "they are welcome to raise it with us directly", "write to us")
/// — no grievance channel, hotline or procedure named, nobody said to handle what arrives, nothing on confidentiality
/// or replies — answers in part. Added on 7 December 2026, it turned three cells of dev … dev14 to partial (one of
/// `dev10/`, two of `dev14/`), all three partial in the gold, and no other cell. An answer that says no is left to the
/// other rules.
/// </summary>
public static partial class InformalContacts
{
    /// <summary>Whether <paramref name="text"/> offers contact with the company and nothing more specific.</summary>
    public static bool Only(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Contact().IsMatch(text) && !Formal().IsMatch(text) && !Handled().IsMatch(text) && !NegativeAnswers.SaysNo(text) && !Denial().IsMatch(text);
    }

    [GeneratedRegex(
        @"\b(?:contact\s+(?:us|our\s+(?:office|team|company)|the\s+company)|raise\s+(?:it|them|this|concerns?|complaints?)\s+(?:directly\s+)?with\s+us|write\s+to\s+us|get\s+in\s+touch|contact\s+(?:page|form)|nous\s+contacter|nous\s+écrire|uns\s+(?:direkt\s+|jederzeit\s+)?(?:kontaktieren|schreiben)|(?:an|mit)\s+uns\s+(?:direkt\s+|jederzeit\s+)?(?:wenden|in\s+Verbindung\s+setzen))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Contact();

    [GeneratedRegex(
        @"\b(?:grievance|mechanism|hotline|helpline|whistle-?blow\w*|ombud\w*|speak[- ]?up|procedure|channel|platform|portal|(?:integrity|ethics)\s+line|dispositif|mécanisme|procédure|Ombudsstelle|Hinweisgeber\w*|Beschwerde(?:verfahren|stelle|mechanismus)|Meldestelle|Meldekanal)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Formal();

    [GeneratedRegex(
        @"\b(?:officer|compliance|ethics|legal\s+(?:team|department)|anonym\w*|reviewed|investigat\w*|respond\w*|repl(?:y|ies)|myself|Beauftragte\w*|vertraulich\w*|responsable|déontolog\w*|confidenti\w*)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Handled();

    /// <summary>"We do not have a complaints office, but …": a no, whatever follows.</summary>
    [GeneratedRegex(@"\b(?:do|does)\s+not\s+have\s+(?:a|any)\b|\bno\s+(?:formal|dedicated|specific)\b|\bkein\w*\s+(?:formell\w*|eigene\w*)?\s*Beschwerde|\bpas\s+de\s+(?:mécanisme|dispositif)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Denial();
}
