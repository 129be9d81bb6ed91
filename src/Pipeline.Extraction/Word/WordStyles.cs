using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Pipeline.Extraction.Word;

/// <summary>
/// The style sheet of one document, resolved through <c>basedOn</c> chains (cycles and dangling ids tolerated) and memoised.
/// </summary>
internal sealed partial class WordStyles
{
    private const int MaxChainLength = 32;

    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ParagraphStyle> _paragraphStyles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RunFormat> _characterStyles = new(StringComparer.Ordinal);
    private readonly string? _defaultParagraphStyleId;

    public WordStyles(Styles? styles)
    {
        if (styles is null)
        {
            return;
        }

        foreach (var style in styles.Elements<Style>())
        {
            if (style.StyleId?.Value is { } id)
            {
                _styles.TryAdd(id, style);
                if (style.Type?.Value == StyleValues.Paragraph && style.Default?.Value == true)
                {
                    _defaultParagraphStyleId ??= id;
                }
            }
        }

        DefaultRun = OnOff.Format(styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle);
    }

    /// <summary>Run formatting from the document defaults (<c>w:docDefaults</c>).</summary>
    public RunFormat DefaultRun { get; }

    /// <summary>The resolved paragraph style named by <c>w:pStyle</c>, or the default paragraph style when none is named.</summary>
    public ParagraphStyle Paragraph(string? styleId)
    {
        styleId = styleId is not null && _styles.ContainsKey(styleId) ? styleId : _defaultParagraphStyleId;
        if (styleId is null || !_styles.ContainsKey(styleId))
        {
            return ParagraphStyle.None;
        }

        if (!_paragraphStyles.TryGetValue(styleId, out var resolved))
        {
            resolved = ResolveParagraph(styleId);
            _paragraphStyles[styleId] = resolved;
        }

        return resolved;
    }

    /// <summary>Run formatting of a character style (<c>w:rStyle</c>), through its chain.</summary>
    public RunFormat Character(string? styleId)
    {
        if (styleId is null)
        {
            return default;
        }

        if (!_characterStyles.TryGetValue(styleId, out var format))
        {
            format = default;
            foreach (var style in Chain(styleId))
            {
                format = format.Over(OnOff.Format(style.StyleRunProperties));
            }

            _characterStyles[styleId] = format;
        }

        return format;
    }

    /// <summary>The style with this id, if defined (numbering styles are looked up here too).</summary>
    public Style? Find(string styleId) => _styles.GetValueOrDefault(styleId);

    private ParagraphStyle ResolveParagraph(string styleId)
    {
        int? outline = null;
        int? namedHeading = null;
        NumberingReference? numbering = null;
        bool? bidi = null;
        RunFormat run = default;
        foreach (var style in Chain(styleId))
        {
            var pPr = style.StyleParagraphProperties;
            outline ??= pPr?.OutlineLevel?.Val?.Value;
            numbering ??= NumberingReference.From(pPr?.NumberingProperties);
            bidi ??= OnOff.Of(pPr?.BiDi);
            namedHeading ??= BuiltInHeadingLevel(style.StyleName?.Val?.Value);
            run = run.Over(OnOff.Format(style.StyleRunProperties));
        }

        var heading = outline is { } level ? (level is >= 0 and <= 8 ? level + 1 : 0) : namedHeading ?? 0;
        return new ParagraphStyle(styleId, heading, numbering, bidi ?? false, run);
    }

    /// <summary>The style and its ancestors, nearest first.</summary>
    private IEnumerable<Style> Chain(string styleId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var id = styleId; id is not null && seen.Count < MaxChainLength && seen.Add(id) && _styles.TryGetValue(id, out var style);)
        {
            yield return style;
            id = style.BasedOn?.Val?.Value;
        }
    }

    private static int? BuiltInHeadingLevel(string? name)
    {
        if (name is null)
        {
            return null;
        }

        if (name.Equals("Title", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        var match = HeadingName().Match(name);
        return match.Success ? int.Parse(match.Groups[1].ValueSpan) : null;
    }

    [GeneratedRegex(@"^heading\s*([1-9])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingName();
}
