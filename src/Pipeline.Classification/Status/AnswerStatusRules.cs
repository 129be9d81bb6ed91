using Pipeline.Classification.Routing;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;

namespace Pipeline.Classification.Status;

/// <summary>
/// Decides what a company's reply amounts to for one question, from its classified segments — from what the answer
/// says, not from how the company is recorded. In order:
/// <list type="number">
/// <item><b>no reply document</b>: <see cref="AnswerStatus.Declined"/> when the campaign records the company as declined
/// (the researcher's record is all there is); <see cref="AnswerStatus.ReplyNotIndexed"/> when a reply exists that is not
/// in the index (a file of the company failed, or the campaign records it as having responded); else
/// <see cref="AnswerStatus.NoResponse"/>. A reply that was read is judged by its content whatever the record says: a
/// letter recorded as a refusal may still answer some questions in part and leave others unaddressed.</item>
/// <item><b>no segment for the question</b>: <see cref="AnswerStatus.Declined"/> when the reply refuses the questionnaire
/// as a whole (<see cref="QuestionnaireRefusalCues.RefusesTheQuestionnaire"/>) or is mostly refusal (refusing text, as below, covers at least
/// <see cref="AnswerStatusOptions.DeclineShare"/> of its substantive text); else <see cref="AnswerStatus.ReplyNotIndexed"/>
/// when another reply file of the company failed (the answer may be in it), else <see cref="AnswerStatus.NotAddressed"/>.</item>
/// <item><b>refusal</b>: when refusing text covers at least <see cref="AnswerStatusOptions.DeclineShare"/> of the
/// answer's substantive text — passages the classifier labels <c>confidentiality_decline</c>, and sentences that refuse
/// to disclose, comment or commit whatever the passage's label (<see cref="RefusalCues"/>) —
/// <see cref="AnswerStatus.Declined"/>, or <see cref="AnswerStatus.Partial"/> when the rest still says
/// <see cref="AnswerStatusOptions.RemainderWords"/> words (it refuses a part and answers the rest).</item>
/// <item><b>lists refused</b>: asked whether it will share updated lists in the future (a question expecting
/// <c>disclosure_commitment</c>), an answer whose sentences refuse and offer nothing (<see cref="DisclosureOffers"/>) is
/// <see cref="AnswerStatus.Declined"/> however much else they say; one that only promises to consider it, one that
/// offers something and keeps back who the clients are (<see cref="WithheldClients"/>), and one whose offers cover only
/// products or countries (<see cref="OfferScope"/>) are <see cref="AnswerStatus.Partial"/>.</item>
/// <item><b>partial</b>: <see cref="AnswerStatus.Partial"/> when the answer has no substantive text (unless it is a short no
/// the company tied to the question itself); when the question's expected topic covers less than
/// <see cref="AnswerStatusOptions.OnTopicShare"/> of prose routed by topic to it alone (a paragraph routed to several
/// questions answers each in part of its text); when
/// it has fewer than <see cref="AnswerStatusOptions.MinimumWords"/> words and does not say no ("2(d) Yes." is
/// partial, "No such plans at the moment." and "We have not consulted affected communities." answered, <see cref="NegativeAnswers.SaysNo"/>); when the question asks which countries and the answer names none
/// of the region without saying it has no such clients (<see cref="RegionCountries"/>); when it asks how many and the
/// answer gives vague quantities and no figure (<see cref="VagueCounts"/>); when it asks about a human-rights policy and
/// the answer offers only a general code of conduct (<see cref="GeneralCodes"/>); when it asks about consulting affected
/// communities and the answer speaks only of organisations (<see cref="Intermediaries"/>); when it asks about a grievance
/// mechanism and the answer describes a channel for staff only (<see cref="StaffOnlyChannels"/>) or only invites people to
/// get in touch (<see cref="InformalContacts"/>); when it asks about plans
/// to stop and the answer speaks only of keeping things under review (<see cref="ReviewInsteadOfPlans"/>); or when the text addressed to
/// this question alone (or tied to it by the company) keeps part of it back — a condition on what it will tell
/// (<see cref="StatusCues.KeepsPartBack"/>), a pointer or general terms instead of a description (<see cref="StatusCues.PointsElsewhere"/>),
/// or a refusing sentence about what the question asks (<see cref="AnswerStatusOptions.CaveatSharedWords"/> words in
/// common, or a refusal to give figures where the question asks "how many").</item>
/// <item>otherwise <see cref="AnswerStatus.Answered"/>, caveats about other things included.</item>
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
        if (!hasReply)
        {
            // A reply that exists but was not read says something unknown: it is no non-response.
            return company.Status == ResponseStatus.Declined ? AnswerStatus.Declined
                : unreadReply || company.Status == ResponseStatus.Responded ? AnswerStatus.ReplyNotIndexed
                : AnswerStatus.NoResponse;
        }

        // A segment of nothing but structure (a label, the question restated, a section title) answers nothing.
        var answer = segmentsOfThatCompany.Where(s => !s.IsGeneral && !s.IsStructure && s.Questions.Contains(question.Id)).ToArray();
        if (answer.Length == 0)
        {
            return RefusesAltogether(segmentsOfThatCompany, options) ? AnswerStatus.Declined
                : unreadReply ? AnswerStatus.ReplyNotIndexed
                : AnswerStatus.NotAddressed;
        }

        var substantive = Substantive(answer.SelectMany(s => s.Passages));
        // Asked whether it will share lists in the future, an answer that refuses and offers nothing is declined, however
        // much else it says ("Listen unserer Kunden werden wir Ihnen nicht zur Verfügung stellen. Einen Rückzug …").
        if (question.Topic == Topic.DisclosureCommitment && DisclosureVerdict(answer) is { } verdict)
        {
            return verdict;
        }

        if (substantive.Length > 0 && substantive.All(RefusesWhole) && WordsBesideRefusal(substantive) < options.ReassuranceWords)
        {
            // A sentence beside a refusal of the whole questionnaire ("We are therefore unable to respond to the questions
            // in your letter. All our exports are licensed.") is reassurance, not an answer.
            return AnswerStatus.Declined;
        }

        if (substantive.Length > 0 && RefusalShare(substantive) >= options.DeclineShare)
        {
            return WordsBesideRefusal(substantive) >= options.RemainderWords ? AnswerStatus.Partial : AnswerStatus.Declined;
        }

        // An answer the company tied to the question itself (a marker, the question restated, a table row) answers it
        // whatever its topic ("Not applicable, as no such products have been distributed"); only routed prose must be
        // about what the question asks. A researcher's correction ties it as surely as the company did.
        var tied = answer.Any(TiedByTheCompany);
        var answering = answer.SelectMany(s => s.Passages).Where(p => !p.IsStructure).ToArray();
        // A paragraph routed to several questions at once answers each of them in part of its text, so only prose
        // routed to this question alone is held to its topic.
        var alone = Substantive(answer.Where(s => s.Questions.Length == 1).SelectMany(s => s.Passages));
        var offTopic = !tied && question.Topic != Topic.Other && alone.Length > 0 && SegmentTopics.Share(alone, question.Topic) < options.OnTopicShare;
        if (substantive.Length == 0)
        {
            // "Nein." or "None." in the company's own place for the question is an answer however the classifier reads it.
            return tied && SaysNoInFew(answering, options) ? AnswerStatus.Answered : AnswerStatus.Partial;
        }

        if (offTopic)
        {
            return AnswerStatus.Partial;
        }

        var text = string.Join(' ', answering.Select(p => p.Text));
        if (answering.Sum(p => Words.Count(p.Text)) < options.MinimumWords)
        {
            return SaysNoInFew(answering, options) ? AnswerStatus.Answered : AnswerStatus.Partial;
        }

        // Human-rights due diligence answered with export licensing alone ("every sale is reviewed by our export
        // compliance team") says how the law is complied with, not how human-rights risks are assessed — unless it says
        // plainly that it does no human-rights due diligence of its own, which is a no and answers the question.
        var deniesDueDiligence = question.Topic == Topic.DueDiligence && NegativeAnswers.DeniesDueDiligence(text);
        if (question.Topic == Topic.DueDiligence && SegmentTopics.Share(substantive, Topic.ExportControl) >= options.LicensingShare && !deniesDueDiligence)
        {
            return AnswerStatus.Partial;
        }

        if (RegionCountries.AreAskedFor(question.Text) && !RegionCountries.AreNamedIn(text) && !NegativeAnswers.DeniesClients(text))
        {
            return AnswerStatus.Partial;
        }

        // Asked to outline the risks identified, an answer that names none ("all our exports are licensed", "robust
        // processes are in place") describes how sales are approved, not what was found, unless it opens by saying no
        // (NegativeAnswers.SaysNo).
        if (IdentifiedRisks.AreAskedFor(question.Text) && !IdentifiedRisks.AreNamedIn(text) && !NegativeAnswers.SaysNo(text) && !deniesDueDiligence)
        {
            return AnswerStatus.Partial;
        }

        // Asked how many, which policy, whether affected people are consulted, whether people can complain or whether it
        // plans to stop: vague quantities, a general code of conduct, dialogue with organisations only, a channel for
        // staff only, or a review in place of plans address the question in part.
        if ((QuestionWords.AsksHowMany(question.Text) && VagueCounts.Only(text))
            || (GeneralCodes.PolicyIsAskedFor(question.Text) && GeneralCodes.Only(text))
            || (Intermediaries.ConsultationIsAskedFor(question.Text) && Intermediaries.Only(text))
            || (question.Topic == Topic.GrievanceMechanism && (StaffOnlyChannels.Only(text) || InformalContacts.Only(text)))
            || (question.Topic == Topic.ExitAndRestrictions && ReviewInsteadOfPlans.Only(text)))
        {
            return AnswerStatus.Partial;
        }

        // A caveat counts only in text meant for this question: a joint paragraph routed to several questions ("some
        // information remains subject to client confidentiality") qualifies none of them in particular.
        var own = Substantive(answer.Where(s => TiedByTheCompany(s) || s.Questions.Length == 1).SelectMany(s => s.Passages));
        return KeepsPartBack(own, question, options) ? AnswerStatus.Partial : AnswerStatus.Answered;
    }

    /// <summary>
    /// For the question on sharing lists in the future: declined when the answer's sentences refuse and offer nothing
    /// (<see cref="DisclosureOffers"/>), partial when they offer nothing and only promise to consider it; partial when
    /// one offers and one keeps back who the clients are (<see cref="WithheldClients"/>: "Customer names are covered by
    /// confidentiality clauses"), or when every offer covers only products or countries (<see cref="OfferScope"/>); null
    /// — the other rules decide — otherwise. A refusal of something else beside an offer leaves the answer to the other rules: it may
    /// withhold what the question does not ask ("contract values, technical specifications").
    /// </summary>
    private static AnswerStatus? DisclosureVerdict(Segment[] answer)
    {
        var sentences = answer.SelectMany(s => s.Passages).Where(p => !p.IsStructure).SelectMany(p => Routing.Sentences.Of(p.Text)).ToArray();
        var offered = sentences.SelectMany(DisclosureOffers.OfferingClauses).ToArray();
        if (offered.Length == 0)
        {
            return sentences.Any(RefusalCues.IsRefusal) || sentences.Any(DisclosureOffers.DefersUntilProceedingsEnd) ? AnswerStatus.Declined
                : sentences.Any(DisclosureOffers.OnlyConsiders) ? AnswerStatus.Partial
                : null;
        }

        return sentences.Any(WithheldClients.In) || offered.All(c => OfferScope.LeavesOutClients(c) || OfferScope.OnlyPublished(c)) ? AnswerStatus.Partial : null;
    }

    /// <summary>A short answer (under <see cref="AnswerStatusOptions.MinimumWords"/> words) that opens by saying no: whole, since the questions ask for details only "if so".</summary>
    private static bool SaysNoInFew(Passage[] answering, AnswerStatusOptions options) =>
        answering.Length > 0 && answering.Sum(p => Words.Count(p.Text)) < options.MinimumWords && NegativeAnswers.SaysNo(answering[0].Text);

    /// <summary>A passage that refuses the questionnaire as a whole, or is all refusal (<c>confidentiality_decline</c>).</summary>
    private static bool RefusesWhole(Passage passage) =>
        passage.Topic == Topic.ConfidentialityDecline || QuestionnaireRefusalCues.RefusesTheQuestionnaire(passage.Text);

    private static bool TiedByTheCompany(Segment segment) =>
        segment.Method is SegmentMethod.Marker or SegmentMethod.Restated or SegmentMethod.Table || segment.Correction is not null;

    private static bool RefusesAltogether(IReadOnlyList<Segment> segments, AnswerStatusOptions options)
    {
        var passages = segments.SelectMany(s => s.Passages).Where(p => !p.IsStructure).ToArray();
        return passages.Any(p => QuestionnaireRefusalCues.RefusesTheQuestionnaire(p.Text)) || RefusalShare(Substantive(passages)) >= options.DeclineShare;
    }

    private static bool KeepsPartBack(Passage[] own, Question question, AnswerStatusOptions options)
    {
        var text = string.Join(' ', own.Select(p => p.Text));
        var asksHowMany = QuestionWords.AsksHowMany(question.Text);
        return StatusCues.KeepsPartBack(text)
            || StatusCues.PointsElsewhere(text)
            || own.SelectMany(Refusing).Any(s => QuestionWords.Shared(s, question.Text) >= options.CaveatSharedWords
                || (asksHowMany && RefusalCues.WithholdsFigures(s)));
    }

    /// <summary>The refusing sentences of a passage: all of a <c>confidentiality_decline</c> passage, else those <see cref="RefusalCues"/> finds.</summary>
    private static IEnumerable<string> Refusing(Passage passage) =>
        passage.Topic == Topic.ConfidentialityDecline ? Sentences.Of(passage.Text) : RefusalCues.RefusingSentences(passage.Text);

    /// <summary>Words of the sentences that do not refuse, outside passages classified <c>confidentiality_decline</c>.</summary>
    private static int WordsBesideRefusal(Passage[] passages) =>
        passages.Where(p => p.Topic != Topic.ConfidentialityDecline)
            .SelectMany(p => Sentences.Of(p.Text))
            .Where(s => !RefusalCues.IsRefusal(s))
            .Sum(Words.Count);

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
