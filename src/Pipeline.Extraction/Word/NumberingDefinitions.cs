using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Pipeline.Extraction.Word;

/// <summary>
/// The numbering part of one document: each <c>w:num</c> instance resolved to its abstract list (following
/// <c>w:numStyleLink</c> to the list a numbering style names) with its level overrides applied.
/// </summary>
internal sealed class NumberingDefinitions
{
    private const int MaxLinkDepth = 8;

    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<int, NumberingInstance> _nums = [];
    private readonly Dictionary<int, ListInstance?> _instances = [];
    private readonly WordStyles _styles;

    public NumberingDefinitions(Numbering? numbering, WordStyles styles)
    {
        _styles = styles;
        if (numbering is null)
        {
            return;
        }

        foreach (var abstractNum in numbering.Elements<AbstractNum>())
        {
            if (abstractNum.AbstractNumberId?.Value is { } id)
            {
                _abstracts.TryAdd(id, abstractNum);
            }
        }

        foreach (var num in numbering.Elements<NumberingInstance>())
        {
            if (num.NumberID?.Value is { } id)
            {
                _nums.TryAdd(id, num);
            }
        }
    }

    /// <summary>The instance a paragraph's numId names; null when it names none (numId 0 removes numbering).</summary>
    public ListInstance? Instance(int numId)
    {
        if (!_instances.TryGetValue(numId, out var instance))
        {
            instance = _nums.TryGetValue(numId, out var num) ? Build(num) : null;
            _instances[numId] = instance;
        }

        return instance;
    }

    private ListInstance? Build(NumberingInstance num)
    {
        if (num.AbstractNumId?.Val?.Value is not { } abstractId || ResolveAbstract(abstractId, 0) is not { } abstractNum)
        {
            return null;
        }

        var levels = new ListLevelDefinition[ListInstance.LevelCount];
        Array.Fill(levels, ListLevelDefinition.Default);
        foreach (var level in abstractNum.Elements<Level>())
        {
            if (level.LevelIndex?.Value is >= 0 and < ListInstance.LevelCount and var index)
            {
                levels[index] = Parse(level);
            }
        }

        var startOverrides = new int?[ListInstance.LevelCount];
        foreach (var levelOverride in num.Elements<LevelOverride>())
        {
            if (levelOverride.LevelIndex?.Value is not (>= 0 and < ListInstance.LevelCount and var index))
            {
                continue;
            }

            if (levelOverride.Level is { } level)
            {
                levels[index] = Parse(level);
            }

            if (levelOverride.StartOverrideNumberingValue?.Val?.Value is { } start)
            {
                startOverrides[index] = start;
                levels[index] = levels[index] with { Start = start };
            }
        }

        return new ListInstance(abstractNum.AbstractNumberId!.Value, levels, startOverrides);
    }

    /// <summary>An abstract list that only points at a numbering style (<c>w:numStyleLink</c>) counts in the list that style defines.</summary>
    private AbstractNum? ResolveAbstract(int abstractId, int depth)
    {
        if (!_abstracts.TryGetValue(abstractId, out var abstractNum))
        {
            return null;
        }

        if (depth >= MaxLinkDepth
            || abstractNum.NumberingStyleLink?.Val?.Value is not { } styleId
            || _styles.Find(styleId)?.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value is not { } linkedNumId
            || !_nums.TryGetValue(linkedNumId, out var linkedNum)
            || linkedNum.AbstractNumId?.Val?.Value is not { } linkedAbstractId
            || linkedAbstractId == abstractId)
        {
            return abstractNum;
        }

        return ResolveAbstract(linkedAbstractId, depth + 1) ?? abstractNum;
    }

    private static ListLevelDefinition Parse(Level level)
    {
        var (format, custom) = NumberFormatOf(level);
        return new ListLevelDefinition(
            level.StartNumberingValue?.Val?.Value ?? 0,
            format,
            level.LevelText?.Val?.Value,
            OnOff.Of(level.IsLegalNumberingStyle) ?? false,
            level.LevelRestart?.Val?.Value,
            level.ParagraphStyleIdInLevel?.Val?.Value)
        {
            CustomFormat = custom,
        };
    }

    /// <summary>The format, looking inside <c>mc:AlternateContent</c> where Word 2010 puts custom formats (with a fallback for older readers).</summary>
    private static (string Format, string? Custom) NumberFormatOf(Level level)
    {
        if (level.NumberingFormat?.Val?.InnerText is { Length: > 0 } direct)
        {
            return (direct, level.NumberingFormat.Format?.Value);
        }

        string? fallback = null;
        foreach (var alternate in level.Elements<AlternateContent>())
        {
            foreach (var format in alternate.Descendants<NumberingFormat>())
            {
                var name = format.Val?.InnerText;
                if (name == "custom" && format.Format?.Value is { Length: > 0 } sample)
                {
                    return ("custom", sample);
                }

                fallback ??= name;
            }
        }

        return (fallback ?? "decimal", null);
    }
}
