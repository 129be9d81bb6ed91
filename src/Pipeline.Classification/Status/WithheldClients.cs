using System.Text.RegularExpressions;

namespace Pipeline.Classification.Status;

/// <summary>
/// A sentence that keeps back who the clients are: it speaks of their names, identities, lists or client-level
/// information and withholds them — refuses ("We will not provide customer names", "not in a position to name individual
/// agencies"), calls them confidential ("Client names are subject to confidentiality", "L'identité de nos clients … n'a
/// pas vocation à être diffusée", "Die Nennung einzelner Behörden ist … nicht möglich") or says contracts prevent it. A
/// sentence that shares the names only with each client's consent ("Customer names will be shared only where the
/// customer has agreed", "Namen von Kunden können wir nur mit deren Zustimmung nennen") withholds them too; asking for
/// consent first does not ("we will ask for its consent first"). A refusal of something else that mentions the customers ("contract values …, which our customers regard as
/// security-sensitive") is not one. Asked for updated lists of products and of
/// clients, an answer that offers one and withholds the other leaves out a main part of the question — the gold's
/// "offers product lists but not client names".
/// </summary>
public static partial class WithheldClients
{
    /// <summary>Whether <paramref name="sentence"/> withholds the clients (see the class summary).</summary>
    public static bool In(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Clients().IsMatch(sentence) && (Withholding().IsMatch(sentence) || RefusalCues.IsRefusal(sentence));
    }

    [GeneratedRegex(@"\b(?:names?|named\s+(?:authorit\w+|agenc\w+|clients?|customers?)|naming|identit\w*|identif(?:y|ying)\s+(?:\w+\s+)?(?:customers|clients|agencies|authorities)|client-level|customer-specific|client-specific|Nennung|Namen|noms?|lists?\s+of\s+(?:our\s+)?(?:\w+\s+)?(?:clients|customers|agencies))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Clients();

    [GeneratedRegex(
        @"\b(?:confidential\w*|confidentialité|vertraulich\w*|Verschwiegenheit\w*|(?:must|will|shall)\s+remain\s+(?:confidential|private)|prevents?\s+us\s+from|not\s+in\s+a\s+position|nicht\s+möglich|n'a\s+pas\s+vocation|ne\s+(?:pouvons|sommes)\s+pas)\b|\bonly\b[^.;]{0,30}?\b(?:with|where|if|after)\b[^.;]{0,40}?\b(?:consent|agreed|agrees|permission|approval)|\b(?:would\s+)?(?:require|depend)s?\s+(?:on\s+)?(?:their|its|the\s+\w+'s)\s+(?:consent|agreement|permission)|\bnur\s+mit\s+(?:deren|ihrer|dessen|der)\s+(?:\w+\s+)?(?:Zustimmung|Einwilligung|Genehmigung)|\bqu'avec\s+(?:leur|son|l')\s*(?:accord|consentement)|\bsubject\s+to\s+(?:[\w']+\s+){0,2}(?:consent|agreement|approval|permission)\b|\bis\s+(?:their|its|the\s+\w+'s)\s+(?:decision|choice|call)\b|\bgoverned\s+by\s+(?:our|the|their)\s+(?:\w+\s+)?(?:contracts?|confidentiality)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Withholding();
}
