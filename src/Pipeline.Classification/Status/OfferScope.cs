using System.Text.RegularExpressions;

namespace Pipeline.Classification.Status;

/// <summary>
/// What an offer to share covers, asked for updated lists of products and of government clients and border agencies.
/// An offer that names only the products, the product range or the countries ("an updated list of our products and of
/// the countries where they are in use", "Über unser aktuelles Produktportfolio informieren wir Sie gern", "la liste des
/// pays") and no clients leaves out a main part of the question; one that names the customers, agencies, authorities
/// or operators does not, and neither does a promise about a future that may never come ("If we ever sell anything to
/// a government in that region again we will tell you").
/// </summary>
internal static partial class OfferScope
{
    /// <summary>Whether the offering clause names products or countries and no clients, and is no promise about a future that may never come ("ever", "again").</summary>
    public static bool LeavesOutClients(string offeringClause) =>
        ProductsOrCountries().IsMatch(offeringClause) && !Clients().IsMatch(offeringClause) && !Hypothetical().IsMatch(offeringClause);

    /// <summary>
    /// Whether the offering clause offers only what is or will be published — a sustainability or annual report, the
    /// website, contracts "once they have been made public" —, not lists made for the asker.
    /// </summary>
    public static bool OnlyPublished(string offeringClause) => Published().IsMatch(offeringClause);

    [GeneratedRegex(@"\b(?:(?:sustainability|annual|transparency|CSR|ESG)\s+report|web\s?site|site\s+internet|Nachhaltigkeitsbericht|Jahresbericht|rapport\s+(?:annuel|de\s+durabilité|RSE)|(?:once|after|when)\s+(?:\w+\s+){0,4}(?:made\s+(?:\w+\s+)?|(?:are|is|been|become|becomes)\s+)public|publicly\s+available|already\s+publish\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Published();

    [GeneratedRegex(@"\b(?:products?|product\s+(?:range|lines?|list|portfolio|catalogue)|countr(?:y|ies)|states|regions?\s+we|types\s+of|produits?|pays|Produkt\w*|Ländern?|Staaten)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProductsOrCountries();

    [GeneratedRegex(@"\b(?:clients?|customers?|agenc(?:y|ies)|authorit(?:y|ies)|operators?|end[-\s]users?|ministr(?:y|ies)|Kunden?\w*|Behörden?|Auftraggeber\w*|autorités?|organismes?|clientèle)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Clients();

    [GeneratedRegex(@"\b(?:ever|again|un\s+jour|jemals|wieder)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hypothetical();
}
