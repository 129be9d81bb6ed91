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

    /// <summary>"once", not as a frequency ("once a year", "once more").</summary>
    private const string Once = @"once(?!\s+(?:a|an|per|every|each|more|again|upon)\b)";

    /// <summary>"when", not opening a past event ("when our engineers reported this", "when the customer did not accept").</summary>
    private const string When = @"when(?!\s+(?:[\w'-]+\s+){1,4}?(?:\w+ed|did|was|were|had|made|took|saw|found|became|came|went|began|told|gave)\b)";

    /// <summary>Not after a verb of knowing or telling, where "where" and "if" open an indirect question.</summary>
    private const string NotAfterKnowing = @"(?<!\b(?:track|know|identify|identifies|identified|monitor|determine|see|show|shows|showed|record|trace|check|ask|asks|asked|explain|understand|decide|tell|inform|notify|us|them|whether)\s+)";

    /// <summary>
    /// Not a few words after a place ("the countries where they are in use", "a refugee camp in Jordan, where we work"): a
    /// relative "where" names a place, it sets no condition — unless the place is any place ("to any country where an
    /// embargo is imposed").
    /// </summary>
    private const string NotAfterPlace = @"(?<!(?<!\b(?:any|every|each|no)\s+)\b(?:countr(?:y|ies)|camps?|cent(?:re|er)s?|sites?|places?|regions?|areas?|locations?|markets?|facilit(?:y|ies)|ports?|posts?|crossings?|projects?|contexts?)\b[^.;:]{0,25})";

    /// <summary>Not after a verb of knowing or telling in French, where "si" opens an indirect question ("nous ne confirmerons pas si …").</summary>
    private const string NotAfterKnowingFr = @"(?<!\b(?:pas|confirmer|confirmerons|dire|dirons|savoir|préciser|indiquer|demander|vérifier|vérifions|examiner|examinons|déterminer)\s+)";

    /// <summary>Not after a form of "to be": "are subject to Regulation (EU) …" states a status, not a condition.</summary>
    private const string NotAfterBe = @"(?<!\b(?:is|are|be|been|being|was|were|remain|remains|remained|'s|'re)\s+(?:\w+\s+)?)";

    /// <summary>A verb of disclosure: what a refusal refuses.</summary>
    private const string Disclose = @"(disclos\w*|shar\w*|(provid\w*|giv\w*|supply\w*|mak\w*)\s+(\w+\s+){0,3}?(information|details|figures|numbers|names|lists?|data|specifics|breakdown|answers?|comments?|a figure|public)|comment\w*|reveal\w*|nam(e|ing)|publish\w*|discuss\w*|releas\w*|identif\w*|confirm\w*|say|tell|detail\w*|specif\w*|respond\w*|answer\w*|communiquer|divulguer|partager|commenter|fournir|révéler|préciser|nommer|publier|indiquer|donner|offenlegen|mitteilen|nennen|kommentieren|veröffentlichen|preisgeben|weitergeben|äußern|bekanntgeben|bekannt ?geben|Auskunft|Angaben|angeben|bestätigen|Stellung|dire|prononcer|confirmer)";

    [GeneratedRegex(@"\b(we|I|the company|our company|the group)\s+(will|shall|'ll|are going to|would)\b|\bwe'll\b|\b(commit\w*|undertak\w*|pledg\w*|intend\w*|plan(s|ned|ning)?|aim\w*|expect\w*|resolv\w*|promis\w*|seek\w*|striv\w*|endeavou?r\w*|aspir\w*)\s+(to|that)\b|\b(our|the|its) (\w+ )?(goal|target|aim|ambition|objective|intention|plan) (is|are|was) to\b|\bit is our (intention|plan|aim|goal) to\b|\bwe aim for\b|\b(are|is) in the process of\b|\bnotre (objectif|ambition|intention) (est|sera) d\w*|\bnous sommes en train de\b|\b(unser|das) Ziel (ist|lautet)\b|\bwir sind dabei\b|\b(is|are) to be \w+(ed|en|t)\b|\b(sera|seront) (\w+ )?\w+(é|ée|és|ées|is|it|ite|ert|erte)s?\b|\b\w{3,}(era|eront|ira|iront|dra|dront)\b|\b(soll|sollen) [^.]{0,80}\b\w+(t|en) werden\b|\b(ist|sind) (\w+ ){0,8}?(vorgesehen|geplant)\b|\bwird [^.,;]{0,80}\b\w+(en|ern|eln)[.,;]|\b(are|is|remain) (fully )?committed to\b|\b(we|I)\s+(can|could)\s+(\w+\s+)?(share|provide|confirm|tell|disclose|publish|make|send|give|report|offer|supply)\b|\b(are|is|remain) (also )?(prepared|willing|ready|happy|glad|open) to\b|\bstand ready to\b|\bwe would (\w+\s+)?(stop|withdraw|end|terminate|suspend|cease|decline|refuse|seek|ask|request|review|reconsider|share|provide|welcome)\b|\b(sind|wären) (wir )?(gerne |gern )?bereit\b|\bwir (können|könnten) [^.]{0,60}(zur Verfügung stellen|mitteilen|nennen|bestätigen|veröffentlichen)\b|\bwir würden [^.]{0,80}(zurückziehen|einstellen|beenden|aussetzen)\b|\bnous (sommes|serions) (prêts|disposés|disposées|prêtes) à\b|\bnous pouvons (\w+\s+)?(communiquer|partager|fournir|confirmer|publier)\b|\b(سوف|سن\w+|نلتزم|نتعهد|نعتزم|يمكننا مشاركة|يمكننا تقديم)|\bwill (continue|publish|provide|inform|review|update|conduct|carry|introduce|establish|report|share|engage|apply|ensure|make|extend|complete|roll|appoint|train|release|seek|ask|request|notify|consider|decline|end|stop|terminate|suspend)\b|\bnous (nous )?(engageons|allons|prévoyons|comptons|entendons|veillerons|continuerons|publierons|fournirons|informerons|mettrons|ferons|réaliserons|procéderons|communiquerons|examinerons|réviserons|étendrons|demanderons|solliciterons|refuserons|cesserons)\b|\b\w+(erons|irons|drons)\b|\bs'engage\w*|\bnous engageons\b|\b(wir werden|werden wir|wir wollen|verpflichten uns|verpflichtet sich|beabsichtigen|planen|haben vor|sagen zu|streben an|wird (das Unternehmen|die Gruppe|unsere?)|werden (wir )?\w+ (veröffentlichen|prüfen|informieren|einführen|berichten|überprüfen|durchführen))\b|\b(will|would) never\b|\bnever will\b|\bwill not (accept|sell|supply|tolerate|use|offer|allow|deploy|provide|work|bid|renew|seek)\b|\bwill (also )?be (\w+ed|sold|made|held|taken|given|done|built|set up)\b|\b(should|is to|are to) be (adopted|published|completed|introduced|approved|finali[sz]ed|launched)\b|\b(are|am) (content|prepared|willing) (for|to)\b|\b\w+(erions|irions|drions)\b|\bne \w+(erons|irons|drons|era|ira|dra) (pas|jamais|plus|aucun\w*)\b|\b(würden|würde) (wir |unsere? \w+ )?(\w+ ){0,8}?(untersuchen|einstellen|beenden|mitwirken|prüfen|informieren|ablehnen|kündigen|aussetzen|verweigern)\b|\b(wird|werden|soll|sollen) [^.]{0,80}\b(veröffentlicht|verabschiedet|eingeführt|abgeschlossen|überprüft|durchgeführt|erweitert)( werden)?\b|\bvorerst nicht mehr\b|(^|\s)لن\s|نحن على استعداد", Options)]
    public static partial Regex Commitment();

    [GeneratedRegex(@"\b(cannot|can ?not|can't|are unable to|is unable to|are not able to|is not able to|not in a position to|will not|won't|do not|does not|must|may not|are not permitted to|are not at liberty to|(have|has) to|decline to|declines to|(respectfully )?decline|prefer not to|would rather not|unable to)\s+(\w+\s+){0,4}?" + Disclose + @"\b|\bdeclin\w* (to|any) (comment|disclos|shar|provid|nam|discuss|respond|answer)\w*|\bno comment\b|\b(decided|decide|decline[sd]?|propose|intend|wish|prefer|practice|policy)\s+not\s+to\s+(comment|respond|participate|answer|engage|join|disclose|share|provide|take part|reply|discuss)\w*|\bdo not propose to\b|\bwill not (join|engage|participate|respond|comment|speculate|take part|address|go into|elaborate|specify|detail)\b|\bnothing (further |more )?to add\b|\brien (de plus )?à ajouter\b|\bnichts (weiter\w* )?hinzuzufügen\b|\b(werden wir|wir werden) (\w+ ){0,6}?nicht (\w+ ){0,3}?(eingehen|darlegen|erläutern|bekanntgeben|bekannt geben|offenlegen)\b|\b(geben|legen) wir (\w+ ){0,3}?nicht (bekannt|offen)\b|\bgehen wir (\w+ ){0,3}?nicht ein\b|\b(ne|n')\s*(sont|seront|sera|est) (\w+ )?pas (rendu\w* publi\w*|divulgu\w*|communiqu\w*|publi\w*)|\b(not|never) (be )?(named|identified|redacted)\b|\bredacted\b|\b(are|is|am) not going to (specify|detail|name|disclose|comment|go into|elaborate)\b|\bbound (to|by) confidentiality\b|\b(is|are|remain) (strictly )?confidential\b|\bconfidential under\b|\b(äußern|äussern) wir uns nicht\b|\bnicht (weiter |näher )?(Stellung|äußern|äussern)|\bbeabsichtigen (wir )?nicht\b|\bnicht an Spekulationen\b|\bweder\b[^.]{0,120}\b(bekannt|nennen|offen)|\bnous ne (pouvons|souhaitons|sommes)\b|\bne (publie|publions|communique|communiquons|divulgue|divulguons|commente|commentons|révèle|révélons)\s+pas\b|\bn'entendons pas\b|\bde ne pas (y )?(participer|répondre|commenter|communiquer)\b|\b(لا تفصح|لا نفصح)|\bnicht zu(sagen|gesagt)\b|\bsagen wir nicht zu\b|\b(لا يمكننا|لا نستطيع|لسنا في وضع|لا نفصح|نمتنع عن)|\b(not|never) (be )?(disclosed|shared|published|made public|released)\b|\b(ne|n')\s*(pouvons|pourrons|sommes|souhaitons|communiquons|divulguons|commentons|publions|fournissons|saurions)\b[^.]{0,60}?\b(pas|aucun\w*|point)\b[^.]{0,60}?" + Disclose + @"|\bne (communiquons|divulguons|commentons|publions) (pas|aucun\w*)\b|\b(können|dürfen|werden|möchten|wollen)\s+(wir\s+)?(\w+\s+){0,4}?(keine|nicht|keinerlei)\s+(\w+\s+){0,3}?" + Disclose + @"|\bkeine (Angaben|Auskunft|Auskünfte|Stellungnahme|Informationen|Namen)\b|\bnicht (offenlegen|mitteilen|nennen|kommentieren|veröffentlichen|preisgeben|weitergeben)\b|\b(are|am|is) not (going to )?(comment|say|confirm|disclos|discuss|shar|reveal|nam|speculat|respond)\w*|\bnot something (that )?we (can|could|are able to|will)\b|\bnot at liberty\b|\bne (\w+erons|dirons|ferons) (pas|rien|aucun\w*)\b|\bne (nous )?(prononçons|faisons|donnons|commentons|confirmons|disons) (pas|aucun\w*)\b|\b(werden wir|wir werden) (\w+ ){0,8}?nicht (\w+ )?(bestätigen|kommentieren|nennen|mitteilen|offenlegen|veröffentlichen|sagen|angeben|preisgeben|äußern)\b|\b(bestätigen|kommentieren|nennen|sagen|veröffentlichen|offenlegen|beantworten|äußern) wir (uns )?(\w+ ){0,2}?nicht\b|\bnehmen wir (\w+ ){0,3}?keine Stellung\b|\bwird nicht (offengelegt|veröffentlicht|weitergegeben|mitgeteilt|genannt)\b|\b(لا نعلّق|لا نعلق|لسنا قادرين|لن نكشف)", Options)]
    public static partial Regex Refusal();

    [GeneratedRegex(@"\b(we|our company|the company|the group)\s+(have|has|had)\s+(\w+\s+)?(\w+ed|made|done|taken|begun|built|set|sold|run|held|written|given|brought|sent|told|won|chosen|withdrawn|undertaken|met|paid|put|cut)\b|\bwe\s+(\w+ly\s+)?(\w+ed|made|did|took|began|built|set|sold|ran|held|wrote|gave|brought|sent|told|won|chose|withdrew|undertook|met|paid|put|cut|stopped|refused)\b|\b(was|were|has been|have been|had been)\s+(\w+\s+)?(adopted|introduced|certified|audited|suspended|terminated|completed|conducted|carried out|published|approved|updated|established|launched|reviewed|assessed|trained|appointed|cancelled|withdrawn|rejected|fitted|installed|delivered|supplied|signed)\b|\b(since|in|during|until)\s+(19|20)\d\d\b|\bcertified\b|\bISO\s?\d{4,5}\b|\bnous avons\b|\ba été\b|\bont été\b|\bdepuis\b|\bwir haben\b|\bwurde[n]?\b|\bhaben wir\b|\bseit\b|\bwir (prüfen|führen|verfügen|setzen|liefern|beliefern|bieten|stellen|verkaufen|überprüfen|bewerten|schulen|unterhalten|betreiben|achten|verlangen|lehnen|beschäftigen|produzieren|entwickeln)\b|\b(prüfen|führen|verfügen|liefern|bieten|verkaufen|schulen|unterhalten|betreiben|beschäftigen|produzieren|entwickeln) wir\b|\bnous (vérifions|procédons|disposons|fournissons|vendons|livrons|appliquons|exigeons|refusons|effectuons|réalisons|menons|évaluons|formons|employons|produisons|fabriquons|développons)\b|\bwir (?!werden|würden|wollen|möchten|können|könnten|sollten|müssen|dürfen)\w+en\b|\b(?!werden|würden|wollen|möchten|können|könnten|sollten|müssen|dürfen)\w+en wir\b|\bnous (ne |n')?\w+(?<!r)ons\b|\b(uns|nous) (liegen|ist|sont|est)\b", Options)]
    public static partial Regex Claim();

    // A hedge or condition, not: a frequency ("once a year"), a status ("are subject to Regulation …"), an indirect question
    // ("we do not track where customers use it", "inform us if …"), a past event ("when our engineers reported this"),
    // a framework ("im Rahmen unserer Exportkontrolle"), or an opinion ("we believe").
    // Each "not after" lookbehind is preceded by a lookahead for the word it guards ("(?=where)"): both hold at the same
    // place, so the matches are the same, but the engine no longer walks back over every word of the sentence to test
    // a lookbehind where the word does not even follow (most of the commitments ledger's time, issue 17).
    [GeneratedRegex(@"(?:^|(?<=[,;:]\s*))(?:(?=where)" + NotAfterPlace + @"where|if|" + When + "|" + Once + @"|should|as long as|unless|provided)\b|\b(?:(?=where )" + NotAfterKnowing + NotAfterPlace + @"where (?:(?:legally )?(?:permitted|possible|appropriate|feasible|applicable|required|permissible|necessary|relevant|we can)|(?:the|an|a|you|our|its|they|customers?|clients?)\b)|to the extent\b|(?=subject to)" + NotAfterBe + @"subject to\b|provided that\b|as long as\b|as far as (?:possible|legally|permitted|we can|we know)|in ?so far as\b|with the (?:prior )?(?:written )?(?:consent|agreement|permission|approval) of\b|(?:(?=if)" + NotAfterKnowing + @"if|unless|" + Once + @") (?:we|our|the|a|an|you|they|it|such|there|customers?|clients?|authorities|law)\b|when (?:required|requested|asked|necessary|appropriate|possible|permitted)\b|on request\b|upon request\b|on a case-by-case basis|case by case|to our knowledge|to the best of our knowledge|we estimate|best estimate|we aim\b|we strive\b|we endeavou?r\b|we seek\b|we hope\b|we try\b|at present\b|for the time being\b|where our (?:customers?|clients?)|sous réserve\b|dans la mesure\b|avec l'accord\b|le cas échéant|à condition\b|à la demande\b|à ce stade\b|pour le moment\b|(?=si|lorsque)" + NotAfterKnowingFr + @"(?:si|lorsque) (?:nos|notre|le|la|les|l'|un|une|nous)\b|soweit\b|sofern\b|vorbehaltlich\b|mit (?:der )?Zustimmung\b|nach Möglichkeit|im Rahmen (?:\w+\s+){0,2}?\w*(?:Möglichkeit|Verpflichtung|Vertraulichkeit|Gesetz|gesetzlich|rechtlich|zulässig)\w*|derzeit\b|zum jetzigen Zeitpunkt|falls\b|auf Anfrage|wenn (?:unsere?|der|die|das|wir|ein)\b)", Options)]
    public static partial Regex Hedge();

    /// <summary>An opinion or belief: no fact about the company's conduct ("we believe", "à notre avis", "wir sind der Auffassung").</summary>
    [GeneratedRegex(@"\b(we (firmly |strongly )?(believe|consider|think|feel|are convinced)|in our (view|opinion)|our view is|nous (estimons|pensons|considérons|croyons|sommes convaincus)|à notre avis|selon nous|wir (sind der (Auffassung|Meinung|Überzeugung)|glauben|halten es)|unseres Erachtens|nach unserer (Auffassung|Ansicht))\b", Options)]
    public static partial Regex Opinion();

    /// <summary>A sentence about others: customers, authorities, the law or exports as its subject.</summary>
    [GeneratedRegex(@"^\W*(?:\(?\w{1,3}[.)]\s+)?(?:(?:some|many|most|all|the|these|those|such|certain|other|any)\s+(?:of\s+(?:our|the)\s+)?(?:\w+\s+)?(?:customers?|clients?|authorities|governments?|states?|partners?|integrators?|users?|laws?|regulations?|regulators?|exports?|licen[cs]es?|countries|operators?|agencies|ministr(?:y|ies)|buyers?)|(?:les|des|certains|nos)\s+(?:clients|autorités|États|gouvernements|partenaires|exportations|licences)|(?:die|einige|viele|unsere)\s+(?:Kunden|Behörden|Staaten|Regierungen|Partner|Ausfuhren|Exporte|Genehmigungen))\b", Options)]
    public static partial Regex Others();

    /// <summary>A law, regulation or regulator named: what descriptions of the law turn on.</summary>
    [GeneratedRegex(@"\b(law|laws|legislation|regulation|regulations|regulatory|act|directive|statute|ordinance|licen[cs]e|licen[cs]ing|loi|lois|règlement|législation|décret|Gesetz\w*|Verordnung|Vorschrift\w*|Genehmigung\w*|Ausfuhr\w*)\b", Options)]
    public static partial Regex Law();

    /// <summary>The letter speaking of itself or of the questionnaire ("our answers below", "vos questions", "Ihr Schreiben").</summary>
    [GeneratedRegex(@"\b(this (letter|response|reply|document|answer)|our (answers?|responses?|replies|letter)|(set out|see|described|listed) (below|above)|the table|questionnaire|your (letter|questions?|request|enquiry|inquiry|email|e-mail)|ce courrier|cette lettre|notre (réponse|courrier)|vos questions|votre (courrier|lettre|demande)|dieses Schreiben|Ihr(e|em|en)? (Fragen|Anfrage|Schreiben)|unsere Antwort\w*)\b", Options)]
    public static partial Regex Meta();

    /// <summary>A policy, code or procedure described as in force: the policy text of claims ("Diese Richtlinie gilt für …").</summary>
    [GeneratedRegex(@"\b(policy|policies|code of conduct|code|guidelines?|procedures?|process|principles|politique|charte|code de conduite|procédure|Richtlinie\w*|Verhaltenskodex|Leitlinie\w*|Grundsätze|Verfahren|Prozess\w*)\b[^.]{0,80}\b(applies|apply|requires?|sets out|covers?|prohibits?|forbids?|governs?|s'applique\w*|exige\w*|prévoit|interdit|couvre|gilt|gelten|verpflichtet|verbietet|regelt|umfasst|sieht vor)\b", Options)]
    public static partial Regex PolicyInForce();

    /// <summary>A general value pledge with no specific act ("is committed to respecting human rights", "legt großen Wert auf").</summary>
    [GeneratedRegex(@"\b((is|are|remain)\s+(fully |firmly |deeply |strongly )?committed to\s+(respecting|upholding|conducting|the highest|high|ethical|human rights|integrity|compliance|acting)|attach(es)?\s+(great|the utmost|particular)\s+importance|(legt|legen)\s+(großen|größten|besonderen)\s+Wert|attache\w*\s+une\s+(grande|importance)|(s'engage\w*|nous nous engageons)\s+(à respecter|au respect|à agir))\b", Options)]
    public static partial Regex ValuePledge();

    /// <summary>The company speaking of itself: in the first person, or as "the Group", "la société", "das Unternehmen".</summary>
    [GeneratedRegex(@"\b(we|our|us|nous|notre|nos|wir|unser\w*|the (company|group)|(le|notre) groupe|la société|das Unternehmen|der Konzern|die Gruppe)\b", Options)]
    public static partial Regex FirstPerson();

    [GeneratedRegex(@"\b(thank|dear|sincerely|regards|hesitate|contact us|cordialement|salutations|Mit freundlichen|Sehr geehrte|sehr geehrter|vielen Dank|merci)\b", Options)]
    public static partial Regex Courtesy();

    /// <summary>Confidentiality or sensitivity given as a reason: how refusals are phrased when they do not say "we cannot".</summary>
    [GeneratedRegex(@"\b(confidential\w*|commercially sensitive|sensitive (information|data)|secret|secrecy|non-disclosure|vertraulich\w*|Vertraulichkeit\w*|Geheimhaltung\w*|geheim\w*|confidentialit\w*|confidentiel\w*|secret de la défense)\b|سرية|سري", Options)]
    public static partial Regex Confidential();

    /// <summary>A named company as the subject ("Die Rheinauer Bildsysteme AG stellt … her", "Obrelle Technologies édite …"): the company speaking of itself in the third person.</summary>
    [GeneratedRegex(@"^\W*(?:(?:the|die|der|la|le|l')\s+)?(?:\p{Lu}[\w&.-]*\s+){1,4}(?:AG|GmbH|SE|SA|SAS|S\.A\.|S\.L\.|Ltd|Limited|Inc\.?|plc|LLC|Group|Groupe|Gruppe|Technologies|Systems|Systeme|Systèmes|Analytics|Photonics|Defen[cs]e|Défense)\b", RegexOptions.CultureInvariant)]
    public static partial Regex CompanySubject();

    /// <summary>A conditional: what the company would do if something happened ("would", "würde", "-rions", "if … we").</summary>
    [GeneratedRegex(@"\b(would|würden?|wären|hätten|\w+(erions|irions|drions|erait|irait|drait))\b|^\W*(if|should|sollte|falls|si)\b", Options)]
    public static partial Regex Conditional();

    /// <summary>A negation: claims of what the company does not do, refusals, and promises not to.</summary>
    [GeneratedRegex(@"\b(not|never|no|none|neither|nor|n't|nicht|kein\w*|nie|niemals|weder|ne|n'|pas|jamais|aucun\w*|ni)\b|\bلا\b|\bلن\b|\bلم\b", Options)]
    public static partial Regex Negation();
}
