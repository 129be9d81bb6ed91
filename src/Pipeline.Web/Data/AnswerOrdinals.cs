using Pipeline.Core.Reports;
using Pipeline.Search.Reading;

namespace Pipeline.Web.Data;

/// <summary>
/// Where each answer a page shows sits in its reply, so that the page can link it to its segment: the replies of the
/// answers shown are read by document id, each once, while the page is rendered (the snapshot stays open meanwhile).
/// </summary>
internal sealed class AnswerOrdinals(SegmentIndex index, string campaign)
{
    private readonly Dictionary<string, Dictionary<string, int>> _byDocument = new(StringComparer.Ordinal);

    /// <summary>The position of the answer's segment in its reply; null if the index no longer holds it.</summary>
    public int? OrdinalOf(AnswerExcerpt answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (!_byDocument.TryGetValue(answer.DocumentId, out var ordinals))
        {
            ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var segment in index.ReadSegments(campaign, answer.DocumentId))
            {
                ordinals.TryAdd(segment.AnswerText, segment.Ordinal);
            }

            _byDocument[answer.DocumentId] = ordinals;
        }

        return ordinals.TryGetValue(answer.Text, out var ordinal) ? ordinal : null;
    }
}
