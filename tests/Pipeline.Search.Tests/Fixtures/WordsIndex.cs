using Pipeline.Core.Campaigns;
using Pipeline.Core.Documents;
using Pipeline.Core.Segments;
using Pipeline.Search.Querying;
using Pipeline.Search.Reading;

namespace Pipeline.Search.Tests.Fixtures;

/// <summary>
/// One segment per text, each text a case for the unstemmed words: inflections a stemmer folds together or apart,
/// British and American spellings, accents and French elisions, and the short words a loose fuzzy term would catch.
/// </summary>
public sealed class WordsIndex : IDisposable
{
    /// <summary>File name (without ".txt") → text; the file name is what <see cref="Found"/> returns.</summary>
    public static readonly IReadOnlyDictionary<string, string> Texts = new Dictionary<string, string>
    {
        ["licence"] = "Every sale needs an export licence from the ministry.",
        ["licences"] = "Export licences are granted case by case.",
        ["licensing"] = "The licensing regime is strict.",
        ["authorisation"] = "No authorisation was requested.",
        ["authorization"] = "Prior authorization by the ministry is required.",
        ["community"] = "We consulted the affected community.",
        ["communities"] = "Affected communities were consulted twice.",
        ["biometric"] = "Our biometric kiosks read fingerprints.",
        ["biometrics"] = "Biometrics are collected at the border.",
        ["drones"] = "We supply drones to coastguards.",
        ["near-misses"] = "It does what a dose of caution would, once done; we proceed.",
        ["evaluation-fr"] = "Nous procédons à l'évaluation des risques avant chaque contrat avec les autorités.",
    };

    private readonly TempIndex _temp = new();

    public WordsIndex()
    {
        _temp.Write([.. Texts.Select((text, i) => Reply(text.Key, text.Value, i))]);
        Index = _temp.Open();
    }

    internal SegmentIndex Index { get; }

    /// <summary>The file names (without extension) of the segments matching a valid query, sorted.</summary>
    internal IReadOnlyList<string> Found(string query) =>
        [.. Search(query).Hits.Select(h => Path.GetFileNameWithoutExtension(h.File)).Order(StringComparer.Ordinal)];

    internal SearchResults Search(string query, SearchLimits? limits = null)
    {
        var parsed = SearchQueryParser.Parse(query);
        Assert.True(parsed.IsSuccess, parsed.Error?.Describe());
        return Index.Search(parsed.Query, limit: 50, limits: limits);
    }

    public void Dispose()
    {
        Index.Dispose();
        _temp.Dispose();
    }

    private static SegmentedReply Reply(string name, string text, int i)
    {
        var id = i.ToString("x", System.Globalization.CultureInfo.InvariantCulture).PadRight(64, 'f');
        var document = new ExtractedDocument(id, $"/replies/{name}.txt", SourceFormat.Text, 0, [], []);
        var segment = new Segment(id, [QuestionId.Parse("2a")], SegmentMethod.Marker, 0.9, [new Passage(text, 0, 0)]);
        return new SegmentedReply(document, "words", new CompanyAttribution("Acme", AttributionSource.FileName, true), [segment]);
    }
}
