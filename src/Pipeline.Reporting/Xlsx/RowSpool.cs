using System.Text;
using Pipeline.Reporting.Streaming;

namespace Pipeline.Reporting.Xlsx;

/// <summary>
/// A sheet's rows kept in a temporary file until the sheet is written (a workbook's sheets are filled in one pass over
/// the companies, but written one after the other), in groups that can be written in another order than they came.
/// The file goes when the spool is disposed.
/// </summary>
internal sealed class RowSpool : IDisposable
{
    private readonly FileStream _file = TemporaryFile.Create();
    private readonly BinaryWriter _writer;
    private readonly List<(object? Key, long Start)> _groups = [(null, 0)];

    public RowSpool() => _writer = new BinaryWriter(_file, Encoding.UTF8, leaveOpen: true);

    /// <summary>Rows added from now on belong to the group <paramref name="key"/> (until the next call).</summary>
    public void Group(object? key)
    {
        _writer.Flush();
        _groups.Add((key, _file.Position));
    }

    public void Add(IReadOnlyList<XlsxCell> cells)
    {
        _writer.Write(cells.Count);
        foreach (var cell in cells)
        {
            _writer.Write(cell.Style);
            _writer.Write(cell.Number.HasValue);
            if (cell.Number is { } number)
            {
                _writer.Write(number);
            }
            else
            {
                _writer.Write(cell.Text);
            }
        }
    }

    /// <summary>Every row in the order added; or, given <paramref name="order"/>, the rows added before the first group, then each group's rows in that order (groups not named are left out).</summary>
    public IEnumerable<XlsxCell[]> Read(IEnumerable<object?>? order = null)
    {
        _writer.Flush();
        var end = _file.Position;
        var ranges = new List<(long Start, long End)>();
        var bounds = _groups.Select((g, i) => (g.Key, g.Start, End: i + 1 < _groups.Count ? _groups[i + 1].Start : end)).ToList();
        if (order is null)
        {
            ranges.Add((0, end));
        }
        else
        {
            ranges.Add((bounds[0].Start, bounds[0].End));
            var byKey = bounds.Skip(1).ToLookup(b => b.Key);
            foreach (var key in order)
            {
                ranges.AddRange(byKey[key].Select(b => (b.Start, b.End)));
            }
        }

        using var reader = new BinaryReader(_file, Encoding.UTF8, leaveOpen: true);
        try
        {
            foreach (var (start, stop) in ranges)
            {
                _file.Position = start;
                while (_file.Position < stop)
                {
                    var cells = new XlsxCell[reader.ReadInt32()];
                    for (var i = 0; i < cells.Length; i++)
                    {
                        var style = reader.ReadUInt32();
                        cells[i] = reader.ReadBoolean() ? XlsxCell.Of(reader.ReadDouble(), style) : XlsxCell.Of(reader.ReadString(), style);
                    }

                    yield return cells;
                }
            }
        }
        finally
        {
            // Rows added after a partial read go at the end, not over what was read.
            _file.Position = end;
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        _file.Dispose();
    }
}
