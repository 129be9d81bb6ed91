using System.Text.RegularExpressions;

namespace Pipeline.Commitments.Cues;

/// <summary>
/// Cues of who speaks and of whom: what others said or found (journalists, NGOs, reports), rebuttals of allegations and
/// what the company expects of others — sentences that read like statements and are not — and a named subject with a
/// future, how statements and press replies give the company's own commitments in the third person.
/// </summary>
internal static partial class StatementCues
{
    /// <summary>Reported speech or findings of others: "according to", "a community leader told reporters", "laut", "selon".</summary>
    [GeneratedRegex(@"\b(according to|(?:said|says|told|reported|estimates|estimated|found|urged|called|documented|alleged)\b(?!\s+(?:by|in|at|to be)\b)|told reporters|a spokes(?:man|woman|person)|the (?:NGO|charity|report|study|survey|investigation|benchmark|senators?|campaigners?|researchers?|investigators?|news agency|newspaper)|campaigners|activists|laut|zufolge|sagte|sagten|erklärte|kritisierte|berichtete|selon|a déclaré|a estimé|ont dénoncé|a dénoncé|affirme|dénonce)\b", Options)]
    public static partial Regex ReportedSpeech();

    /// <summary>
    /// A company's refusal as others report it, in the third person: "refused to say", "would say only", "did not say
    /// whether", "had nothing more to say", "barred from commenting", "s'est refusé à tout commentaire", "n'a pas voulu
    /// réagir", "gebe weder … Auskunft", "will nicht mehr mitteilen" (the first-person forms are <see cref="Refusal"/>'s).
    /// </summary>
    [GeneratedRegex(@"\brefus(?:e|es|ed|ing)\b[^.;]{0,30}?\bto (?:say|comment|disclose|confirm|name|identify|reveal|make|discuss|answer|respond|specify|provide|give|state|tell|publish|release)\b|\b(?:would|will) (?:say|confirm|disclose|give) only\b|\bgave only\b|\bwould not (?:say|comment|confirm|disclose|name|identify|specify|reveal|discuss|elaborate|give)\b|\bdid not (?:say|disclose|name|identify|specify|reveal)\b|\b(?:had|has|have) nothing (?:more |further )?to say\b|\b(?:kept|keeps|remained|remains) silent\b|\b(?:barred|prohibited|forbidden|not allowed|not permitted|precluded)\s+(?:at present\s+)?(?:by law\s+)?(?:from\s+(?:commenting|discussing|answering)|to\s+(?:report|disclose|publish|reveal|say|comment|share))\b|\b(?:not|un)\s*willing to (?:confirm|comment|disclose|say|name|reveal)\b|\bneither\b[^.;]{0,60}\bwilling to (?:confirm|comment|disclose|say|name|reveal)\b|\bsteer\w* clear of (?:revealing|disclosing|naming)\b|\bdoes not break (?:out|down)\b|\bs'est refusé\w* à (?:tout )?commentaire\b|\b(?:a|ont|avait|avaient) refusé,?\s+(?:[^.;]{0,30}?\s)?(?:de|d')\s*(?:rendre|dire|indiquer|commenter|révéler|communiquer|confirmer|préciser|nommer)|\brefuse de (?:le )?(?:dire|commenter|révéler|préciser)\b|\bn'a pas voulu (?:réagir|commenter|répondre|dire|préciser|confirmer)\b|\bsans commentaire\b|\bgebe\b[^.;]{0,60}\b(?:keine|weder)\b[^.;]{0,60}\bAuskunft\b|\b(?:will|wollte|möchte)\s+(?:\w+\s+){0,4}?nicht (?:mehr )?(?:mitteilen|sagen|nennen|bekanntgeben|kommentieren)\b|\bnannte\s+(?:\w+\s+){0,4}?(?:aber |jedoch )?nicht\b|\bverweiger\w* (?:die |jede |eine )?(?:Auskunft|Stellungnahme|Angaben?|Antwort)\b|\b(?:äußerte|äusserte) sich (?:\w+\s+)?nicht\b|\blehnte (?:eine |jede )?(?:Stellungnahme|Auskunft|Kommentar)\w* ab\b|\bdürfe sich\b[^.;]{0,100}\bäußern\b|\bnicht (?:nach \w+ )?aufgeschlüsselt\b", Options)]
    public static partial Regex ReportedRefusal();

    /// <summary>A rebuttal or an expression of feeling: allegations denied, "so-called", "we strongly object", "nous contestons".</summary>
    [GeneratedRegex(@"\b(allegations?|accusations?|allégations?|Vorwürfe?n?|Anschuldigung\w*|unfounded|baseless|false information|infondée?s?|mensong\w*|haltlos\w*|so-called|sogenannte\w*|prétendu\w*|we (?:strongly |firmly )?(?:deny|reject|refute|object to|dispute)|(?:contestons|réfutons|démentons|rejetons)|weisen \w+ (?:\w+ )?zurück|zurückweisen|(?:deeply |very )?(?:troubled|saddened|dismayed|shocked|concerned) by|préoccupés? par|bestürzt|erschüttert)\b", Options)]
    public static partial Regex Rebuttal();

    /// <summary>What the company expects of others: "suppliers are expected to", "wir erwarten, dass", "nous attendons de".</summary>
    [GeneratedRegex(@"\b((?:are|is) (?:all )?expected to|we expect (?:our|all|every|each|that|them|suppliers|partners|business)|wir erwarten|erwarten wir|(?:wird|werden) erwartet|nous attendons (?:de|que)|attendons de nos|(?:sont|est) tenu\w* de)\b", Options)]
    public static partial Regex Expectation();

    /// <summary>A named subject and a future ("Hilton will examine …", "Lundbeck wird …", "Decathlon prendrait …"): a company speaking of itself in the third person, or someone else (the model weighs it with <see cref="Others"/>).</summary>
    [GeneratedRegex(@"^\W*(?!(?:We|Wir|Nous|I|Our|Unsere?|Notre|Nos|It|They|Ils|Elles|Sie|Es)\b)(?:(?:the|die|der|das|le|la|les|l')\s*)?(?:\p{Lu}[\w&.'-]*\s+(?:(?:&|and|et|und)\s+)?){1,4}(?:(?:will|shall|would|wird|werden|würde|va|vont)\b|\w+(?:era|eront|ira|iront|dra|dront|rait|raient)\b)", RegexOptions.CultureInvariant)]
    public static partial Regex NamedSubjectFuture();
}
