using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Pipeline.DemoCorpus.Rendering;

/// <summary>
/// Real Word auto-numbering (numbering.xml): the visible "1.", "(a)" or "•" is computed by Word from the list
/// definition and is not in the paragraph text. One abstract list per format; each restart is a new instance.
/// </summary>
internal sealed class DocxNumbering
{
    // format → (abstract id, per level: number format, level text)
    private static readonly Dictionary<string, (int Id, (NumberFormatValues Format, string Text)[] Levels)> Formats = new()
    {
        ["decimal"] = (1, [(NumberFormatValues.Decimal, "%1."), (NumberFormatValues.LowerLetter, "(%2)"), (NumberFormatValues.LowerRoman, "(%3)")]),
        ["letter"] = (2, [(NumberFormatValues.LowerLetter, "%1)"), (NumberFormatValues.LowerRoman, "%2.")]),
        ["paren-letter"] = (3, [(NumberFormatValues.LowerLetter, "(%1)"), (NumberFormatValues.LowerRoman, "(%2)")]),
        ["roman"] = (4, [(NumberFormatValues.UpperRoman, "%1."), (NumberFormatValues.LowerLetter, "%2)")]),
        ["bullet"] = (5, [(NumberFormatValues.Bullet, "\u2022"), (NumberFormatValues.Bullet, "\u2013")]),
    };

    private readonly Dictionary<string, int> _current = [];
    private readonly List<(int NumId, int AbstractId)> _instances = [];

    public bool IsUsed => _instances.Count > 0;

    /// <summary>The numbering instance for a list item of <paramref name="format"/>; a new one when <paramref name="restart"/>.</summary>
    public int InstanceFor(string format, bool restart)
    {
        if (!Formats.TryGetValue(format, out var definition))
        {
            throw new InvalidDataException($"unknown list format '{format}' (known: {string.Join(", ", Formats.Keys)})");
        }

        if (!restart && _current.TryGetValue(format, out var numId))
        {
            return numId;
        }

        numId = _instances.Count + 1;
        _instances.Add((numId, definition.Id));
        _current[format] = numId;
        return numId;
    }

    public void AddTo(MainDocumentPart main)
    {
        var numbering = new Numbering();
        foreach (var (id, levels) in Formats.Values.Where(f => _instances.Any(i => i.AbstractId == f.Id)))
        {
            var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
            for (var level = 0; level < levels.Length; level++)
            {
                abstractNum.Append(new Level(
                    new StartNumberingValue { Val = 1 },
                    new NumberingFormat { Val = levels[level].Format },
                    new LevelText { Val = levels[level].Text },
                    new LevelJustification { Val = LevelJustificationValues.Left },
                    new PreviousParagraphProperties(new Indentation { Left = (720 * (level + 1)).ToString(System.Globalization.CultureInfo.InvariantCulture), Hanging = "360" }))
                { LevelIndex = level });
            }

            numbering.Append(abstractNum);
        }

        foreach (var (numId, abstractId) in _instances)
        {
            // Without a start override a second instance of the same list would continue its numbering.
            var instance = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = numId };
            for (var level = 0; level < Formats.Values.First(f => f.Id == abstractId).Levels.Length; level++)
            {
                instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = level });
            }

            numbering.Append(instance);
        }

        main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = numbering;
    }
}
