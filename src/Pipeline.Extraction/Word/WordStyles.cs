using System.Text.RegularExpressions;
using Pipeline.Extraction.Word.Xml;

namespace Pipeline.Extraction.Word;

/// <summary>
/// The style sheet of one document, resolved through <c>basedOn</c> chains (cycles and dangling ids tolerated) and memoised.
/// </summary>
internal sealed partial class WordStyles
{
    private const int MaxChainLength = 32;

    private readonly Dictionary<string, int> _styles = new(StringComparer.Ordinal);
    private readonly PartTree? _tree;
    private readonly Dictionary<string, ParagraphStyle> _paragraphStyles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RunFormat> _characterStyles = new(StringComparer.Ordinal);
    private readonly string? _defaultParagraphStyleId;

    /// <param name="styles">The styles part's root (<c>w:styles</c>); <see cref="WordElement.None"/> when the document has none.</param>
    public WordStyles(WordElement styles)
    {
        _tree = styles.Tree;
        foreach (var style in styles.Children)
        {
            if (style.Name == WordName.Style && style.Attribute(WordAttribute.StyleId) is { } id)
            {
                _styles.TryAdd(id, style.Index);
                if (style.Enum(WordAttribute.Type, "paragraph", "character", "table", "numbering") == "paragraph" && style.OnOff(WordAttribute.Default) == true)
                {
                    _defaultParagraphStyleId ??= id;
                }
            }
        }

        DefaultRun = OnOff.Format(styles.Child(WordName.DocDefaults).Child(WordName.RunPropertiesDefault).Child(WordName.RunProperties));
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
                format = format.Over(OnOff.Format(style.Child(WordName.RunProperties)));
            }

            _characterStyles[styleId] = format;
        }

        return format;
    }

    /// <summary>The style with this id, if defined (numbering styles are looked up here too); <see cref="WordElement.None"/> otherwise.</summary>
    public WordElement Find(string styleId) => _styles.TryGetValue(styleId, out var index) ? _tree!.Element(index) : WordElement.None;

    private ParagraphStyle ResolveParagraph(string styleId)
    {
        int? outline = null;
        int? namedHeading = null;
        NumberingReference? numbering = null;
        bool? bidi = null;
        RunFormat run = default;
        foreach (var style in Chain(styleId))
        {
            var pPr = style.Child(WordName.ParagraphProperties);
            outline ??= pPr.Child(WordName.OutlineLevel).Int(WordAttribute.Val);
            numbering ??= NumberingReference.From(pPr.Child(WordName.NumberingProperties));
            bidi ??= OnOff.Of(pPr.Child(WordName.BiDi));
            namedHeading ??= BuiltInHeadingLevel(style.Child(WordName.StyleName).Val);
            run = run.Over(OnOff.Format(style.Child(WordName.RunProperties)));
        }

        var heading = outline is { } level ? (level is >= 0 and <= 8 ? level + 1 : 0) : namedHeading ?? 0;
        return new ParagraphStyle(styleId, heading, numbering, bidi ?? false, run);
    }

    /// <summary>The style and its ancestors, nearest first.</summary>
    private IEnumerable<WordElement> Chain(string styleId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var id = styleId; id is not null && seen.Count < MaxChainLength && seen.Add(id) && _styles.TryGetValue(id, out var index);)
        {
            var style = _tree!.Element(index);
            yield return style;
            id = style.Child(WordName.BasedOn).Val;
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
