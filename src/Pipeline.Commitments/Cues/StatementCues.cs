using System.Text.RegularExpressions;

namespace Pipeline.Commitments.Cues;

/// <summary>
/// The words that mark each kind of statement in English, French and German: the classifier's hand-written features
/// (a cue is evidence, not a verdict — "we will not supply" is a commitment, "we will not disclose" a refusal) and the
/// fallback when no model is loaded.
/// </summary>
internal static partial class StatementCues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>A verb of disclosure: what a refusal refuses.</summary>
    private const string Disclose = @"(disclos\w*|shar\w*|provid\w*|comment\w*|reveal\w*|nam(e|ing)|publish\w*|discuss\w*|releas\w*|identif\w*|confirm\w*|giv\w* (details|information)|detail\w*|specif\w*|list\w*|communiquer|divulguer|partager|commenter|fournir|révéler|préciser|nommer|publier|indiquer|donner|offenlegen|mitteilen|nennen|kommentieren|veröffentlichen|preisgeben|weitergeben|äußern|bekanntgeben|bekannt ?geben|Auskunft|Angaben)";

    [GeneratedRegex(@"\b(we|I|the company|our company|the group)\s+(will|shall|'ll|are going to|would)\b|\bwe'll\b|\b(commit\w*|undertak\w*|pledg\w*|intend\w*|plan(s|ned|ning)?|aim\w*|expect\w*|resolv\w*|promis\w*)\s+(to|that)\b|\b(are|is|remain) (fully )?committed to\b|\bwill (continue|publish|provide|inform|review|update|conduct|carry|introduce|establish|report|share|engage|apply|ensure|make|extend|complete|roll|appoint|train|release|seek|ask|request|notify|consider|decline|end|stop|terminate|suspend)\b|\bnous (nous )?(engageons|allons|prévoyons|comptons|entendons|veillerons|continuerons|publierons|fournirons|informerons|mettrons|ferons|réaliserons|procéderons|communiquerons|examinerons|réviserons|étendrons|demanderons|solliciterons|refuserons|cesserons)\b|\b\w+(erons|irons|drons)\b|\bs'engage\w*|\bnous engageons\b|\b(wir werden|werden wir|wir wollen|verpflichten uns|verpflichtet sich|beabsichtigen|planen|haben vor|sagen zu|streben an|wird (das Unternehmen|die Gruppe|unsere?)|werden (wir )?\w+ (veröffentlichen|prüfen|informieren|einführen|berichten|überprüfen|durchführen))\b", Options)]
    public static partial Regex Commitment();

    [GeneratedRegex(@"\b(cannot|can ?not|can't|are unable to|is unable to|are not able to|is not able to|not in a position to|will not|won't|do not|does not|must|may not|are not permitted to|are not at liberty to|(have|has) to|decline to|declines to|(respectfully )?decline|prefer not to|would rather not|unable to)\s+(\w+\s+){0,4}?" + Disclose + @"\b|\bdeclin\w* (to|any) (comment|disclos|shar|provid|nam|discuss|respond|answer)\w*|\bno comment\b|\b(not|never) (be )?(disclosed|shared|published|made public|released)\b|\b(ne|n')\s*(pouvons|pourrons|sommes|souhaitons|communiquons|divulguons|commentons|publions|fournissons|saurions)\b[^.]{0,60}?\b(pas|aucun\w*|point)\b[^.]{0,60}?" + Disclose + @"|\bne (communiquons|divulguons|commentons|publions) (pas|aucun\w*)\b|\b(können|dürfen|werden|möchten|wollen)\s+(wir\s+)?(\w+\s+){0,4}?(keine|nicht|keinerlei)\s+(\w+\s+){0,3}?" + Disclose + @"|\bkeine (Angaben|Auskunft|Auskünfte|Stellungnahme|Informationen|Namen)\b|\bnicht (offenlegen|mitteilen|nennen|kommentieren|veröffentlichen|preisgeben|weitergeben)\b", Options)]
    public static partial Regex Refusal();

    [GeneratedRegex(@"\b(we|our company|the company|the group)\s+(have|has|had)\s+(\w+\s+)?(\w+ed|made|done|taken|begun|built|set|sold|run|held|written|given|brought|sent|told|won|chosen|withdrawn|undertaken|met|paid|put|cut)\b|\bwe\s+(\w+ly\s+)?(\w+ed|made|did|took|began|built|set|sold|ran|held|wrote|gave|brought|sent|told|won|chose|withdrew|undertook|met|paid|put|cut|stopped|refused)\b|\b(was|were|has been|have been|had been)\s+(\w+\s+)?(adopted|introduced|certified|audited|suspended|terminated|completed|conducted|carried out|published|approved|updated|established|launched|reviewed|assessed|trained|appointed|cancelled|withdrawn|rejected|fitted|installed|delivered|supplied|signed)\b|\b(since|in|during|until)\s+(19|20)\d\d\b|\bcertified\b|\bISO\s?\d{4,5}\b|\bnous avons\b|\ba été\b|\bont été\b|\bdepuis\b|\bwir haben\b|\bwurde[n]?\b|\bhaben wir\b|\bseit\b", Options)]
    public static partial Regex Claim();

    [GeneratedRegex(@"(?:^|(?<=[,;:]\s*))(?:where|if|when|once|should|as long as|unless|provided)\b|\b(?:where (?:legally )?(?:permitted|possible|appropriate|feasible|applicable|required|permissible|necessary|relevant|we can|(?:the|an|a|you|our|its|they|customers?|clients?)\b)|to the extent\b|subject to\b|provided that\b|as long as\b|as far as (?:possible|legally|permitted|we can|we know)|in ?so far as\b|with the (?:prior )?(?:written )?(?:consent|agreement|permission|approval) of\b|(?:if|unless|once) (?:we|our|the|a|an|you|they|it|such|there|customers?|clients?|authorities|law)\b|on request\b|upon request\b|on a case-by-case basis|case by case|to our knowledge|to the best of our knowledge|we estimate|best estimate|we believe|we aim\b|we strive\b|we endeavou?r\b|we seek\b|we hope\b|we try\b|where our (?:customers?|clients?)|sous réserve\b|dans la mesure\b|avec l'accord\b|le cas échéant|à condition\b|à la demande\b|(?:si|lorsque) (?:nos|notre|le|la|les|l'|un|une|nous)\b|soweit\b|sofern\b|vorbehaltlich\b|mit (?:der )?Zustimmung\b|nach Möglichkeit|im Rahmen\b|falls\b|auf Anfrage|wenn (?:unsere?|der|die|das|wir|ein)\b)", Options)]
    public static partial Regex Hedge();

    [GeneratedRegex(@"\b(we|our|us|nous|notre|nos|wir|unser\w*)\b", Options)]
    public static partial Regex FirstPerson();

    [GeneratedRegex(@"\b(thank|dear|sincerely|regards|hesitate|contact us|cordialement|salutations|Mit freundlichen|Sehr geehrte|sehr geehrter|vielen Dank|merci)\b", Options)]
    public static partial Regex Courtesy();
}
