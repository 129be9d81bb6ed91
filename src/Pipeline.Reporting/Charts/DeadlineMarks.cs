using System.Text;
using Pipeline.Reporting.Streaming;
using Pipeline.Core.Commitments;

namespace Pipeline.Reporting.Charts;

/// <summary>
/// The dated statements of a ledger gathered company by company for <see cref="DeadlineTimeline"/>: the years they span
/// are counted as they come, each mark's few fields wait in a temporary file, and the chart is drawn at the end, its
/// rows in the order given. The marks grow with the replies (several per reply), so they are not held in memory.
/// </summary>
internal sealed class DeadlineMarks : IDisposable
{
    private readonly FileStream _file = TemporaryFile.Create();
    private readonly BinaryWriter _writer;
    private readonly List<string?> _companies = [];
    private readonly Dictionary<string, List<(long Start, long End)>> _listed = new(StringComparer.Ordinal);
    private readonly List<(long Start, long End)> _undetermined = [];

    public DeadlineMarks() => _writer = new BinaryWriter(_file, Encoding.UTF8, leaveOpen: true);

    /// <summary>The earliest and latest year of a dated statement; null when there is none.</summary>
    public (int First, int Last)? Years { get; private set; }

    /// <summary>One company's statements (null: those whose company is undetermined), in ledger order; those without a date are left out.</summary>
    public void Add(string? company, IEnumerable<LedgerItem> items)
    {
        _writer.Flush();
        var start = _file.Position;
        foreach (var item in items)
        {
            if (item.Statement.Deadline is not { LastDay: { } day } deadline)
            {
                continue;
            }

            _writer.Write(item.Id);
            _writer.Write((int)item.Statement.Kind);
            _writer.Write(deadline.Text);
            _writer.Write(deadline.Value ?? string.Empty);
            _writer.Write(day.DayNumber);
            _writer.Write(DeadlineTimeline.Shorten(item.Statement.Text, DeadlineTimeline.TitleLength));
            Years = Years is { } years ? (Math.Min(years.First, day.Year), Math.Max(years.Last, day.Year)) : (day.Year, day.Year);
        }

        _writer.Flush();
        if (_file.Position > start)
        {
            RangesOf(company, add: true)!.Add((start, _file.Position));
        }
    }

    /// <summary>The companies with dated statements, each once, ordered by <paramref name="place"/> (ties in the order added).</summary>
    public IReadOnlyList<string?> Companies(Func<string?, int> place) =>
        [.. _companies.OrderBy(place)];

    /// <summary>One company's marks, in the order added.</summary>
    public IEnumerable<DeadlineMark> Of(string? company)
    {
        _writer.Flush();
        var end = _file.Position;
        using var reader = new BinaryReader(_file, Encoding.UTF8, leaveOpen: true);
        try
        {
            foreach (var (start, stop) in RangesOf(company, add: false) ?? [])
            {
                _file.Position = start;
                while (_file.Position < stop)
                {
                    yield return new DeadlineMark(reader.ReadString(), (StatementKind)reader.ReadInt32(), reader.ReadString(), reader.ReadString(), DateOnly.FromDayNumber(reader.ReadInt32()), reader.ReadString());
                }
            }
        }
        finally
        {
            // Marks added after a partial read go at the end, not over what was read.
            _file.Position = end;
        }
    }

    /// <summary>Where one company's marks lie in the file (null: the undetermined company's); with <paramref name="add"/>, a company not seen before is listed.</summary>
    private List<(long Start, long End)>? RangesOf(string? company, bool add)
    {
        if (company is null)
        {
            if (add && _undetermined.Count == 0)
            {
                _companies.Add(null);
            }

            return _undetermined;
        }

        if (!_listed.TryGetValue(company, out var ranges) && add)
        {
            _listed[company] = ranges = [];
            _companies.Add(company);
        }

        return ranges;
    }

    public void Dispose()
    {
        _writer.Dispose();
        _file.Dispose();
    }
}
