using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Pipeline.Search.Analysis;
using Pipeline.Search.Querying.Expansion;
using Pipeline.Search.Querying.Patterns;
using Pipeline.Search.Schema;

namespace Pipeline.Search.Querying;

/// <summary>
/// Lucene's classic query syntax over every language's text field at once, each analysed with its own analyser
/// (so "drones" finds English "drone" and "surveillances" French "surveillance"); <c>text:</c> names all of them,
/// <c>page:</c> is numeric, and an unknown field is an error rather than a silent empty result. Wildcard, prefix,
/// fuzzy, regex and range terms on text match the unstemmed words (<see cref="SegmentFields.TextPlain"/>), within
/// <see cref="QueryLimits"/>. Not thread-safe: one per parse.
/// </summary>
internal sealed class PipelineQueryParser : MultiFieldQueryParser
{
    public PipelineQueryParser()
        : base(IndexAnalyzers.Version, [.. SegmentFields.TextFields], IndexAnalyzers.PerField)
    {
        AllowLeadingWildcard = true;

        // A bare "drone~" reaches GetFuzzyQuery as NaN, so that its edits follow QueryLimits.AutoFuzzyEdits.
        FuzzyMinSim = float.NaN;
        MultiTermRewriteMethod = TermExpansion.Instance;
    }

    /// <summary>True once the query has a wildcard, prefix, fuzzy, regex or range term: its cost grows with the vocabulary.</summary>
    public bool HasMultiTermParts { get; private set; }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted) =>
        field == SegmentFields.Page ? PageQuery(queryText, queryText, true, true) : base.GetFieldQuery(Resolve(field), queryText, quoted);

    protected override Query GetFieldQuery(string field, string queryText, int slop) =>
        slop < 0
            ? throw new RejectedQueryException(
                "a proximity cannot be negative", "write how many positions the words may move, 0 or more: \"facial recognition\"~5", "~-")
            : base.GetFieldQuery(Resolve(field), queryText, slop);

    protected override Query GetWildcardQuery(string field, string termStr)
    {
        var resolved = Resolve(field);
        if (termStr == "*" && resolved is null or "*")
        {
            // A lone * means every segment wherever it stands, rather than every word of the index.
            return NewMatchAllDocsQuery();
        }

        return MultiTerm(resolved, termStr, termStr, WildcardPattern.Parse, text => NewWildcardQuery(new Term(TargetField(resolved), text)));
    }

    protected override Query GetPrefixQuery(string field, string termStr)
    {
        var resolved = Resolve(field);
        return MultiTerm(resolved, termStr, termStr + "*", parse: null, text => NewPrefixQuery(new Term(TargetField(resolved), text)));
    }

    protected override Query GetRegexpQuery(string field, string termStr)
    {
        var resolved = Resolve(field);
        return MultiTerm(resolved, termStr, "/" + termStr + "/", RegexPattern.Parse, text => NewRegexpQuery(new Term(TargetField(resolved), text)), fragmentOffset: 1, syntax: "regular expression");
    }

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity)
    {
        var resolved = Resolve(field);
        return MultiTerm(resolved, termStr, termStr, parse: null, text =>
        {
            var length = text.EnumerateRunes().Count();
            // ~0.8 is the old similarity syntax: the share of the word that must stay as typed.
            var edits = float.IsNaN(minSimilarity) ? QueryLimits.AutoFuzzyEdits(length)
                : minSimilarity >= 1 ? (int)Math.Min(minSimilarity, FuzzyQuery.DefaultMaxEdits)
                : (int)Math.Min((1d - minSimilarity) * length, FuzzyQuery.DefaultMaxEdits);
            return new FuzzyQuery(new Term(TargetField(resolved), text), edits, QueryLimits.FuzzyPrefixLength) { MultiTermRewriteMethod = TermExpansion.Instance };
        });
    }

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
    {
        if (field == SegmentFields.Page)
        {
            return PageQuery(part1, part2, startInclusive, endInclusive);
        }

        var resolved = Resolve(field);
        HasMultiTermParts = true;
        if (!IsText(resolved))
        {
            return base.GetRangeQuery(resolved, part1, part2, startInclusive, endInclusive);
        }

        var range = TermRangeQuery.NewStringRange(
            SegmentFields.TextPlain, Bound(part1), Bound(part2), startInclusive, endInclusive);
        range.MultiTermRewriteMethod = TermExpansion.Instance;
        return InLanguageOf(resolved, range);
    }

    /// <summary>
    /// A multi-term query checked against <see cref="QueryLimits"/> and built on the unstemmed words (in the language of
    /// the field named, if any); on a keyword field, on the lower-cased keyword.
    /// </summary>
    private Query MultiTerm(
        string? field, string pattern, string fragment, Func<string, PatternNode>? parse, Func<string, Query> build, int fragmentOffset = 0, string syntax = "wildcard")
    {
        HasMultiTermParts = true;
        if (pattern.Length > QueryLimits.MaxPatternLength)
        {
            throw new RejectedQueryException(
                $"a wildcard, fuzzy or regex term of {pattern.Length:N0} characters is longer than any indexed word ({QueryLimits.MaxPatternLength} at most)",
                "shorten the term, or search for the words without * ? ~ or slashes",
                fragment,
                isLimit: true);
        }

        var text = IsText(field) ? PlainText.Normalise(pattern) : pattern.ToLowerInvariant();
        if (parse is not null)
        {
            try
            {
                PatternComplexity.Check(parse(text), new AutomatonBudget(QueryLimits.MaxAutomatonStates, QueryLimits.MaxAutomatonTransitions, QueryLimits.MaxAutomatonWork));
            }
            catch (PatternException ex)
            {
                var message = ex.IsLimit ? ex.Message : $"invalid {syntax}: {ex.Message}";
                throw new RejectedQueryException(message, ex.Hint, fragment, fragmentOffset + ex.Index, ex.IsLimit);
            }
        }

        try
        {
            var query = build(text);
            return IsText(field) ? InLanguageOf(field, query) : query;
        }
        catch (ArgumentException ex)
        {
            // Lucene's own checks, should one remain that the pattern readers above do not make.
            throw new RejectedQueryException(ex.Message.Split('\n')[0], RegexPattern.Hint, fragment);
        }
    }

    private static string TargetField(string? field) => IsText(field) ? SegmentFields.TextPlain : field!;

    private static bool IsText(string? field) => field is null || field == SegmentFields.TextPlain || SegmentFields.TextFields.Contains(field);

    /// <summary>A term on text_en (text_fr, text_ar, text_std) matches only segments in that language, as the stemmed field would.</summary>
    private static Query InLanguageOf(string? field, Query query)
    {
        if (field is null || field == SegmentFields.TextPlain)
        {
            return query;
        }

        var languages = new BooleanQuery();
        if (field == SegmentFields.TextStandard)
        {
            languages.Add(new TermQuery(new Term(SegmentFields.Kind, SegmentFields.SegmentKind)), Occur.MUST);
            foreach (var language in new[] { "en", "fr", "ar" })
            {
                languages.Add(new TermQuery(new Term(SegmentFields.Language, language)), Occur.MUST_NOT);
            }
        }
        else
        {
            languages.Add(new TermQuery(new Term(SegmentFields.Language, field[^2..])), Occur.MUST);
        }

        // The language narrows the matches; it does not add to their scores.
        return new BooleanQuery { { query, Occur.MUST }, { new ConstantScoreQuery(languages) { Boost = 0 }, Occur.MUST } };
    }

    private static string? Bound(string? part) => part is null or "*" ? null : PlainText.Normalise(part);

    private static string? Resolve(string? field) =>
        field is null || field == SegmentFields.Text ? null
        : field == "*" || SegmentFields.Queryable.Contains(field) ? field
        : throw new UnknownFieldException(field);

    private static NumericRangeQuery<int> PageQuery(string? from, string? to, bool startInclusive, bool endInclusive) =>
        NumericRangeQuery.NewInt32Range(SegmentFields.Page, PageNumber(from), PageNumber(to), startInclusive, endInclusive);

    private static int? PageNumber(string? text) =>
        text is null or "*" ? null
        : int.TryParse(text, out var page) && page >= 0 ? page
        : throw new ParseException($"page must be a number, not '{text}'");
}
