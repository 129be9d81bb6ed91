using Pipeline.Extraction.Word.Xml;

namespace Pipeline.Extraction.Word;

/// <summary>
/// The numbering part of one document: each <c>w:num</c> instance resolved to its abstract list (following
/// <c>w:numStyleLink</c> to the list a numbering style names) with its level overrides applied.
/// </summary>
internal sealed class NumberingDefinitions
{
    private const int MaxLinkDepth = 8;

    private readonly Dictionary<int, int> _abstracts = [];
    private readonly Dictionary<int, int> _nums = [];
    private readonly PartTree? _tree;
    private readonly Dictionary<int, ListInstance?> _instances = [];
    private readonly WordStyles _styles;

    /// <param name="numbering">The numbering part's root (<c>w:numbering</c>); <see cref="WordElement.None"/> when the document has none.</param>
    public NumberingDefinitions(WordElement numbering, WordStyles styles)
    {
        _styles = styles;
        _tree = numbering.Tree;
        foreach (var definition in numbering.Children)
        {
            if (definition.Name == WordName.AbstractNum && definition.Int(WordAttribute.AbstractNumId) is { } abstractId)
            {
                _abstracts.TryAdd(abstractId, definition.Index);
            }
        }

        foreach (var definition in numbering.Children)
        {
            if (definition.Name == WordName.Num && definition.Int(WordAttribute.NumId) is { } numId)
            {
                _nums.TryAdd(numId, definition.Index);
            }
        }
    }

    /// <summary>The instance a paragraph's numId names; null when it names none (numId 0 removes numbering).</summary>
    public ListInstance? Instance(int numId)
    {
        if (!_instances.TryGetValue(numId, out var instance))
        {
            instance = _nums.TryGetValue(numId, out var num) ? Build(_tree!.Element(num)) : null;
            _instances[numId] = instance;
        }

        return instance;
    }

    private ListInstance? Build(WordElement num)
    {
        if (num.Child(WordName.AbstractNumId).Int(WordAttribute.Val) is not { } abstractId || ResolveAbstract(abstractId, 0) is not { } abstractNum)
        {
            return null;
        }

        var levels = new ListLevelDefinition[ListInstance.LevelCount];
        Array.Fill(levels, ListLevelDefinition.Default);
        foreach (var level in abstractNum.Children)
        {
            if (level.Name == WordName.Level && level.Int(WordAttribute.Ilvl) is >= 0 and < ListInstance.LevelCount and var index)
            {
                levels[index] = Parse(level);
            }
        }

        var startOverrides = new int?[ListInstance.LevelCount];
        foreach (var levelOverride in num.Children)
        {
            if (levelOverride.Name != WordName.LevelOverride || levelOverride.Int(WordAttribute.Ilvl) is not (>= 0 and < ListInstance.LevelCount and var index))
            {
                continue;
            }

            if (levelOverride.Child(WordName.Level) is { Exists: true } level)
            {
                levels[index] = Parse(level);
            }

            if (levelOverride.Child(WordName.StartOverride).Int(WordAttribute.Val) is { } start)
            {
                startOverrides[index] = start;
                levels[index] = levels[index] with { Start = start };
            }
        }

        return new ListInstance(abstractNum.Int(WordAttribute.AbstractNumId)!.Value, levels, startOverrides);
    }

    /// <summary>An abstract list that only points at a numbering style (<c>w:numStyleLink</c>) counts in the list that style defines.</summary>
    private WordElement? ResolveAbstract(int abstractId, int depth)
    {
        if (!_abstracts.TryGetValue(abstractId, out var abstractIndex))
        {
            return null;
        }

        var abstractNum = _tree!.Element(abstractIndex);

        if (depth >= MaxLinkDepth
            || abstractNum.Child(WordName.NumberingStyleLink).Val is not { } styleId
            || _styles.Find(styleId).Child(WordName.ParagraphProperties).Child(WordName.NumberingProperties).Child(WordName.NumberingId).Int(WordAttribute.Val) is not { } linkedNumId
            || !_nums.TryGetValue(linkedNumId, out var linkedNum)
            || _tree!.Element(linkedNum).Child(WordName.AbstractNumId).Int(WordAttribute.Val) is not { } linkedAbstractId
            || linkedAbstractId == abstractId)
        {
            return abstractNum;
        }

        return ResolveAbstract(linkedAbstractId, depth + 1) ?? abstractNum;
    }

    private static ListLevelDefinition Parse(WordElement level)
    {
        var (format, custom) = NumberFormatOf(level);
        return new ListLevelDefinition(
            level.Child(WordName.Start).Int(WordAttribute.Val) ?? 0,
            format,
            level.Child(WordName.LevelText).Val,
            OnOff.Of(level.Child(WordName.IsLegal)) ?? false,
            level.Child(WordName.LevelRestart).Int(WordAttribute.Val),
            level.Child(WordName.ParagraphStyle).Val)
        {
            CustomFormat = custom,
        };
    }

    /// <summary>The format, looking inside <c>mc:AlternateContent</c> where Word 2010 puts custom formats (with a fallback for older readers).</summary>
    private static (string Format, string? Custom) NumberFormatOf(WordElement level)
    {
        var numberingFormat = level.Child(WordName.NumberingFormat);
        if (numberingFormat.Val is { Length: > 0 } direct)
        {
            return (direct, numberingFormat.Attribute(WordAttribute.Format));
        }

        string? fallback = null;
        foreach (var alternate in level.Children)
        {
            if (alternate.Name != WordName.AlternateContent)
            {
                continue;
            }

            foreach (var format in alternate.Descendants(WordName.NumberingFormat))
            {
                var name = format.Val;
                if (name == "custom" && format.Attribute(WordAttribute.Format) is { Length: > 0 } sample)
                {
                    return ("custom", sample);
                }

                fallback ??= name;
            }
        }

        return (fallback ?? "decimal", null);
    }
}
