using System.Text;

namespace Pipeline.Extraction.Word;

/// <summary>
/// Word's list counters for one story (the body, or a header), advanced paragraph by paragraph in document order.
/// </summary>
/// <remarks>
/// Behaviour matched to Word (checked on Word-authored test documents whose text states the label Word shows):
/// instances of one abstract list share its counters (a second <c>w:num</c> without overrides continues the count);
/// a <c>w:startOverride</c> restarts its level the first time its instance is used and is that instance's start
/// value; a level restarts when a higher level is used unless <c>w:lvlRestart</c> says otherwise; a skipped higher
/// level shows, and is then counted at, its start value; <c>w:start</c> defaults to 0.
/// </remarks>
internal sealed class ListNumberer(NumberingDefinitions definitions)
{
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<int> _usedInstances = [];

    /// <summary>Counts one paragraph numbered with <paramref name="numId"/> at <paramref name="level"/> and returns its label; null when the instance does not exist.</summary>
    public ListLabel? Next(int numId, int level)
    {
        if (definitions.Instance(numId) is not { } instance)
        {
            return null;
        }

        level = Math.Clamp(level, 0, ListInstance.LevelCount - 1);
        if (!_counters.TryGetValue(instance.ListKey, out var counters))
        {
            counters = new int?[ListInstance.LevelCount];
            _counters[instance.ListKey] = counters;
        }

        if (_usedInstances.Add(numId) && instance.HasStartOverrides)
        {
            for (var i = 0; i < ListInstance.LevelCount; i++)
            {
                if (instance.StartOverrides[i] is not null)
                {
                    counters[i] = null;
                }
            }
        }

        var levels = instance.Levels;
        for (var i = 0; i < level; i++)
        {
            counters[i] ??= levels[i].Start;
        }

        counters[level] = (counters[level] ?? levels[level].Start - 1) + 1;
        for (var i = level + 1; i < ListInstance.LevelCount; i++)
        {
            if (levels[i].RestartsAfter(level))
            {
                counters[i] = null;
            }
        }

        return new ListLabel(Render(levels, counters, level), level);
    }

    private static string? Render(ListLevelDefinition[] levels, int?[] counters, int level)
    {
        var definition = levels[level];
        var pattern = definition.Text;
        if (string.IsNullOrEmpty(pattern))
        {
            return null;
        }

        if (definition.IsBullet)
        {
            return SymbolCharacters.Bullet(pattern);
        }

        var label = new StringBuilder(pattern.Length + 8);
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '%' && i + 1 < pattern.Length && pattern[i + 1] is >= '1' and <= '9')
            {
                var referenced = pattern[++i] - '1';
                var value = counters[referenced] ?? levels[referenced].Start;
                var format = definition.IsLegal && !levels[referenced].IsBullet ? "decimal" : levels[referenced].Format;
                label.Append(NumberFormatter.Format(value, format, levels[referenced].CustomFormat));
            }
            else
            {
                label.Append(pattern[i]);
            }
        }

        var text = label.ToString().Trim();
        return text.Length == 0 ? null : text;
    }
}
