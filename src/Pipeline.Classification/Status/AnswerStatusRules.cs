using Pipeline.Classification.Routing;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;

namespace Pipeline.Classification.Status;

/// <summary>
/// Decides what a company's reply amounts to for one question, from its classified segments. In order:
/// <list type="number">
/// <item><b>declined by the campaign's record</b>: <see cref="AnswerStatus.Declined"/> for every question when the
/// campaign records the company as declined — the researcher's reading of a refusal letter outranks the classifier's
/// reading of its sentences.</item>
/// <item><b>no reply document</b>: <see cref="AnswerStatus.ReplyNotIndexed"/> when a reply exists that is not in the
/// index (a file of the company failed, or the campaign records it as having responded), else
/// <see cref="AnswerStatus.NoResponse"/>.</item>
/// <item><b>no segment for the question</b>: <see cref="AnswerStatus.Declined"/> when the reply as a whole is a refusal
/// (refusing text, as below, covers at least <see cref="AnswerStatusOptions.DeclineShare"/> of its substantive
/// text); else <see cref="AnswerStatus.ReplyNotIndexed"/> when another reply file of the company failed (the answer may
/// be in it), else <see cref="AnswerStatus.NotAddressed"/>.</item>
/// <item><b>refusal</b>: <see cref="AnswerStatus.Declined"/> when refusing text covers at least
/// <see cref="AnswerStatusOptions.DeclineShare"/> of the answer's substantive text: passages the classifier labels
/// <c>confidentiality_decline</c>, and sentences that refuse to disclose, comment or commit whatever the passage's label
/// (<see cref="RefusalCues"/>: "we are not able to commit to providing lists of customers").</item>
/// <item><b>partial</b>: <see cref="AnswerStatus.Partial"/> when the answer has no substantive text, when the question's
/// expected topic covers less than <see cref="AnswerStatusOptions.OnTopicShare"/> of prose routed to it by topic
/// (evasive or about something else; an answer the company tied to the question by a marker, a restated question or
/// a table row answers it whatever its topic), or when it has fewer than <see cref="AnswerStatusOptions.MinimumWords"/>
/// words ("2(d) Yes."; a combined answer counts its whole text for each question it answers).</item>
/// <item>otherwise <see cref="AnswerStatus.Answered"/>.</item>
/// </list>
/// Substantive text is the characters of passages classified as anything but <c>other</c>; labels and restated questions
/// (<see cref="PassageRole"/>) count neither as text nor as words, and a segment made only of them is no answer. Segments must be classified
/// (see <see cref="SegmentClassifier"/>); a question whose expected topic is <c>other</c> skips the on-topic test.
/// </summary>
public static class AnswerStatusRules
{
    /// <param name="company">The company, as the campaign lists it.</param>
    /// <param name="question">The question.</param>
    /// <param name="segmentsOfThatCompany">Every segment of every reply of the company (general ones included).</param>
    /// <param name="hasReply">Whether any reply document of the company was read.</param>
    /// <param name="options">Thresholds; <see cref="AnswerStatusOptions.Default"/> when null.</param>
    /// <param name="unreadReply">Whether a reply file of the company failed to be read or indexed.</param>
    public static AnswerStatus Decide(Company company, Question question, IReadOnlyList<Segment> segmentsOfThatCompany, bool hasReply, AnswerStatusOptions? options = null, bool unreadReply = false)
    {
        ArgumentNullException.ThrowIfNull(company);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(segmentsOfThatCompany);
        options ??= AnswerStatusOptions.Default;
        if (company.Status == ResponseStatus.Declined)
        {
            return AnswerStatus.Declined;
        }

        if (!hasReply)
        {
            // A reply that exists but was not read says something unknown: it is no non-response.
            return unreadReply || company.Status == ResponseStatus.Responded ? AnswerStatus.ReplyNotIndexed : AnswerStatus.NoResponse;
        }

        // A segment of nothing but structure (a label, the question restated, a section title) answers nothing.
        var answer = segmentsOfThatCompany.Where(s => !s.IsGeneral && !s.IsStructure && s.Questions.Contains(question.Id)).ToArray();
        if (answer.Length == 0)
        {
            var wholeReply = Substantive(segmentsOfThatCompany.SelectMany(s => s.Passages));
            return RefusalShare(wholeReply) >= options.DeclineShare ? AnswerStatus.Declined
                : unreadReply ? AnswerStatus.ReplyNotIndexed
                : AnswerStatus.NotAddressed;
        }

        var substantive = Substantive(answer.SelectMany(s => s.Passages));
        if (substantive.Length > 0 && RefusalShare(substantive) >= options.DeclineShare)
        {
            return AnswerStatus.Declined;
        }

        // An answer the company tied to the question itself (a marker, the question restated, a table row) answers it
        // whatever its topic ("Not applicable, as no such products have been distributed"); only routed prose must be
        // about what the question asks.
        // A researcher's correction ties it as surely as the company did.
        var explicitly = answer.Any(s => s.Method is SegmentMethod.Marker or SegmentMethod.Restated or SegmentMethod.Table || s.Correction is not null);
        var offTopic = !explicitly && question.Topic != Topic.Other && SegmentTopics.Share(substantive, question.Topic) < options.OnTopicShare;
        var words = answer.Sum(s => (double)s.Passages.Where(p => !p.IsStructure).Sum(p => Words.Count(p.Text)));
        return substantive.Length == 0 || offTopic || words < options.MinimumWords ? AnswerStatus.Partial : AnswerStatus.Answered;
    }

    /// <summary>Passages classified as anything but <c>other</c>, and those that refuse whatever their label ("we do not comment on client relationships").</summary>
    private static Passage[] Substantive(IEnumerable<Passage> passages) =>
        [.. passages.Where(p => p.Topic is { } t && (t != Topic.Other || RefusalCues.Share(p.Text) > 0))];

    /// <summary>
    /// Share of the passages' characters that refuse: whole passages classified <c>confidentiality_decline</c>, and the
    /// refusing sentences (<see cref="RefusalCues"/>) of the others.
    /// </summary>
    private static double RefusalShare(Passage[] passages)
    {
        var total = passages.Sum(p => p.Text.Length);
        var refusing = passages.Sum(p => p.Topic == Topic.ConfidentialityDecline ? p.Text.Length : RefusalCues.Share(p.Text) * p.Text.Length);
        return total == 0 ? 0 : refusing / total;
    }
}
