using System.Text.RegularExpressions;
using Pipeline.Core.Documents;

namespace Pipeline.Segmentation.Letter;

/// <summary>Recognises the parts of a letter that answer no question: greeting, closing courtesy, disclaimer (the sign-off is <see cref="LetterClosings"/>).</summary>
internal static partial class LetterParts
{
    /// <summary>"Dear Ms Smith,", "To whom it may concern", "Madame, Monsieur,".</summary>
    public static bool IsGreeting(string text) => text.Length < 120 && Greeting().IsMatch(text);

    /// <summary>A closing courtesy ("We hope this information is helpful", "Please do not hesitate to contact us", "We are happy to answer follow-up questions", "Für Rückfragen stehen wir gerne zur Verfügung", "Contact for questions: …").</summary>
    public static bool IsClosingCourtesy(string text) => text.Length < 400 && ClosingCourtesy().IsMatch(text);

    /// <summary>
    /// A legal disclaimer about the reply itself ("This response is provided for information only and does not waive
    /// any confidentiality obligation", "… without prejudice", "Nothing in this letter shall be construed as …"): it
    /// qualifies the whole letter, not one answer.
    /// </summary>
    public static bool IsDisclaimer(string text) => text.Length < 400 && Disclaimer().IsMatch(text);

    /// <summary>The title of an annex or enclosure ("Annex 2 – Extract from our Sustainability Report", "Anlage: Menschenrechtsrichtlinie").</summary>
    public static bool IsAnnexHeading(string text) => text.Length < 200 && AnnexHeading().IsMatch(text);

    /// <summary>
    /// A subject line ("Re: Your enquiry regarding border surveillance", "Objet : votre courrier", "Betreff: Ihre Anfrage")
    /// or a title naming the reply ("Reply to questionnaire: surveillance technology, migration and border control"):
    /// it names what the whole letter is about, so sharing words with a question does not make it that question restated.
    /// </summary>
    public static bool IsSubjectLine(string text) => text.Length < 300 && SubjectLine().IsMatch(text);

    /// <summary>
    /// The line above an earlier message that a reply by e-mail quotes below itself ("On Wed, 27 Jul 2022 at 10:02, … wrote:",
    /// "-----Original Message-----", "Le 27 juil. 2022 à 10:02, … a écrit :", "Am 27.07.2022 schrieb …:", "From: … Sent: …").
    /// </summary>
    public static bool IsQuoteHeader(string text) => text.Length < 400 && QuoteHeader().IsMatch(text);

    /// <summary>
    /// Where the message a reply quotes below itself begins, among the reply's paragraphs in reading order: the first
    /// quote header (<see cref="IsQuoteHeader"/>) in the second half or after a sign-off — one at the top is the reply's
    /// own e-mail header —; the count of paragraphs when nothing is quoted. What comes before it is the reply's own letter.
    /// </summary>
    public static int QuotedFrom(IReadOnlyList<string> paragraphs)
    {
        var signedOff = false;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if ((signedOff || i >= paragraphs.Count / 2) && IsQuoteHeader(paragraphs[i]))
            {
                return i;
            }

            signedOff |= LetterClosings.IsSignOff(paragraphs[i]);
        }

        return paragraphs.Count;
    }

    [GeneratedRegex(@"^\s*(?:>?\s*on\s.{4,200}\swrote\s*:\s*$|le\s.{4,200}\sa\s+écrit\s*:\s*$|am\s.{4,200}\sschrieb\b.{0,120}:\s*$|-{2,}\s*(?:original\s+message|ursprüngliche\s+nachricht|message\s+d'origine|forwarded\s+message|weitergeleitete\s+nachricht|message\s+transféré)\s*-{2,}|(?:from|von|de)\s*:.{1,200}(?:\n|\s)(?:sent|gesendet|envoyé|date)\s*:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex QuoteHeader();

    [GeneratedRegex(@"^\s*(?:(?:re|subject|subj|objet|betreff|betr|concerne)\s*:|(?:reply|response|answers?|réponses?|antwort|stellungnahme)\s+(?:to|au|à\s+la|à|auf|zu[mr]?)\s+(?:(?:the|your|our|votre|notre|ihre[nm]?|unsere[nm]?|le|la|den|die|das|dem)\s+)?(?:questionnaire|letter|request|enquiry|inquiry|courrier|lettre|demande|anfrage|schreiben|fragebogen)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectLine();

    [GeneratedRegex(@"^\s*(?:annex|annexe|appendix|enclosure|attachment|anlage|anhang|pièce\s+jointe)\b\s*(?:[0-9IVX]+|[A-Z])?\s*[:.\-–—]?(?:\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnnexHeading();

    [GeneratedRegex(@"^\s*(?:(?:this|the\s+(?:above|present))\s+(?:response|reply|letter|information|submission)(?:\s+\w+){0,3}\s+(?:is|are|was|has\s+been)\s+(?:provided|given|submitted|made|sent|written)\s+(?:for\s+information(?:al)?\s+(?:purposes\s+)?only|without\s+prejudice|on\s+a\s+voluntary\s+basis)|(?:this\s+(?:response|reply|letter)\s+is\s+)?without\s+prejudice\b|this\s+(?:response|reply|letter)\b[^.]{0,80}\bwithout\s+prejudice\b|nothing\s+in\s+this\s+(?:response|reply|letter)\s+(?:shall|should|may|is\s+to)\s+be\s+(?:construed|deemed|read|interpreted)|la\s+présente\s+(?:réponse|lettre)\s+(?:est|vous\s+est)\s+(?:fournie|transmise)\s+(?:à\s+titre\s+(?:informatif|d'information)|sans\s+préjudice))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Disclaimer();

    [GeneratedRegex(@"^\s*(?:dear\b|to\s+whom\s+it\s+may\s+concern|madame|monsieur|mesdames|chère|cher\b|hello\b|good\s+(?:morning|afternoon))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"^\s*(?:(?:i|we)\s+(?:hope|trust)\s+(?:that\s+)?(?:this|these|the\s+above|above|our|the\s+\w+\s+(?:is|are|will\s+be|proves?)\s+(?:useful|helpful|of\s+use))|we\s+thank\s+you\s+(?:again\s+)?for\s+(?:the\s+opportunity|your\s+(?:letter|interest|patience|understanding))|we\s+are\s+(?:happy|content)\s+for\s+(?:this|our)\s+(?:letter|reply|response)|(?:please\s+)?(?:do\s+not|don't)\s+hesitate|should\s+you\s+(?:have|require|need)|if\s+you\s+(?:have|require|need)\s+(?:any\s+)?(?:further|additional|more)|thank\s+you\s+(?:again\s+)?for\s+(?:the\s+opportunity|your\s+(?:interest|patience|understanding))|thank\s+you\s+again\s+for\s+your\s+(?:letter|e-?mail|enquiry|inquiry|questions)|we\s+remain\s+(?:at\s+your\s+disposal|available)|we\s+(?:are|would\s+be|will\s+be)\s+(?:happy|pleased|glad)\s+to\s+(?:answer|discuss|provide|meet|respond)|please\s+(?:contact|get\s+in\s+touch\s+with)\s+(?:us|me|the\s+undersigned)\s+(?:if|should|with|for|in\s+case)|(?:for|with)\s+(?:any\s+)?(?:further|follow-up|additional)\s+(?:questions|queries|information)|contact\s+(?:for\s+(?:questions|queries|enquiries|further\s+information)|person)\b|contact\s*:|kontakt\s*:|ansprechpartner(?:in)?\s*:|nous\s+(?:espérons|esperons|restons)|n'hésitez\s+pas|n'hesitez\s+pas|für\s+(?:weitere|Rückfragen)|bei\s+(?:weiteren\s+)?(?:Fragen|Rückfragen)|(?:wir\s+)?stehen\s+(?:wir\s+)?(?:Ihnen\s+)?(?:gerne\s+)?(?:für|zur\s+Verfügung)|mit\s+freundlichen\s+grüßen)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClosingCourtesy();
}
