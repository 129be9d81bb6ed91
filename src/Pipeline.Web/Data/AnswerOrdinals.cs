using Pipeline.Core.Reports;
using Pipeline.Search.Reading;

namespace Pipeline.Web.Data;

/// <summary>
/// Where each answer a page shows sits in its reply, so that the page can link it to its segment: the replies of the
/// answers shown are read by document id, each once — those of a page's cells together (<see cref="Load"/>) — while the
/// page is rendered (the snapshot stays open meanwhile).
/// </summary>
internal sealed class AnswerOrdinals(SegmentIndex index, string campaign)
{
    private readonly Dictionary<string, Dictionary<string, int>> _byDocument = new(StringComparer.Ordinal);

    /// <summary>
    /// Reads the replies of <paramref name="answers"/> not read yet, together (one search per 512 replies rather than one
    /// a reply: a question side by side shows the answers of some 5,000 replies at 20,000).
    /// </summary>
    public void Load(IEnumerable<AnswerExcerpt> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var unread = answers.Select(a => a.DocumentId).Where(id => !_byDocument.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (unread.Count == 0)
        {
            return;
        }

        foreach (var id in unread)
        {
            _byDocument[id] = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        foreach (var segment in index.ReadSegments(campaign, unread))
        {
            _byDocument[segment.DocumentId].TryAdd(segment.AnswerText, segment.Ordinal);
        }
    }

    /// <summary>The position of the answer's segment in its reply; null if the index no longer holds it.</summary>
    public int? OrdinalOf(AnswerExcerpt answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (!_byDocument.TryGetValue(answer.DocumentId, out var ordinals))
        {
            Load([answer]);
            ordinals = _byDocument[answer.DocumentId];
        }

        return ordinals.TryGetValue(answer.Text, out var ordinal) ? ordinal : null;
    }
}
