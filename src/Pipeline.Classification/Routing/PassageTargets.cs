using System.Collections.Immutable;
using Pipeline.Classification.AnswerTopics;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Documents;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;

namespace Pipeline.Classification.Routing;

/// <summary>
/// The questions one general paragraph of a reply is routed to, from the classifier's probability of every topic.
/// Built per reply; not thread-safe.
/// </summary>
/// <param name="kinds">Block kind by block index (only prose paragraphs and list items are routed).</param>
/// <param name="predictions">The classifier's full prediction of each passage labelled in this reply.</param>
/// <param name="sentences">The classifier's prediction of each sentence of the paragraphs routing reads.</param>
/// <param name="judged">What the answer-topics model says of each paragraph routing reads; empty without the model.</param>
internal sealed class PassageTargets(RoutingOptions options, Dictionary<int, BlockKind> kinds, IReadOnlyDictionary<Passage, TopicPrediction> predictions, IReadOnlyDictionary<Passage, SentenceEvidence[]> sentences, IReadOnlyDictionary<Passage, AnswerTopicsJudgement> judged)
{
    /// <summary>
    /// The questions other paragraphs of the reply answer or decline (their routing targets), which a refusal of the whole
    /// questionnaire does not decline again: "For the same reasons we will not be responding to the questions in your
    /// letter" after a paragraph withholding the customers declines the rest. Set by the caller once the reply's
    /// paragraphs are known.
    /// </summary>
    public IReadOnlySet<QuestionId> AnsweredOrDeclinedElsewhere { get; set; } = new HashSet<QuestionId>();

    /// <summary>
    /// Each routable paragraph's questions without <see cref="RoutingOptions.SiblingTopics"/>: a reply that answers a
    /// sibling topic's questions in a paragraph of their own keeps the two apart. Set by the caller.
    /// </summary>
    public IReadOnlyDictionary<Passage, ImmutableArray<QuestionId>> WithoutSiblings { get; set; } = ImmutableDictionary<Passage, ImmutableArray<QuestionId>>.Empty;

    /// <summary>Whether the paragraph is an item of a list (bulleted, numbered or lettered).</summary>
    public bool IsListItem(Passage passage) => kinds.TryGetValue(passage.BlockIndex, out var kind) && kind == BlockKind.ListItem;

    /// <summary>
    /// Empty when the paragraph stays general: not prose (a list item or paragraph whose words read as prose, not an
    /// address or a name line, <see cref="Words.ReadsAsProse"/>, nor a company's legal particulars,
    /// <see cref="RegisterLine"/>, nor a sign-off or enclosure note, <see cref="LetterClosings"/>), too short, <c>other</c>, or a topic score below <paramref name="minimumScore"/> unless
    /// it is torn between two substantive topics (<see cref="IsTorn"/>). Otherwise the open questions expecting its topic
    /// — or, when none does, the open questions expecting those of the topic's <see cref="RoutingOptions.RelatedTopics"/> — plus those
    /// expecting its second topic when that has at least <see cref="RoutingOptions.SecondTopicScore"/> (a paragraph
    /// that answers two questions at once), plus those expecting the topic of any of its sentences the classifier reads
    /// with at least <see cref="RoutingOptions.SentenceTopicScore"/> ("Two customers use our platform at five airports."
    /// inside a paragraph about products also answers the deployment question). A paragraph the classifier is unsure of
    /// as a whole (below <paramref name="minimumScore"/>, any topic) goes to its sure sentences' questions alone. With
    /// the answer-topics model, a paragraph the classifier is sure of then loses the questions of topics the model finds
    /// implausible for it and gains those of topics it is sure of (<see cref="Adjusted"/>). Questionnaire order.
    /// </summary>
    /// <param name="open">The questions routing may target, in questionnaire order.</param>
    /// <param name="bySentence">False to read the paragraph as a whole only (a section routed as one answer takes its dominant question).</param>
    /// <param name="siblings">
    /// False to leave out the questions added only when no other paragraph answers them by its own reading: those of the
    /// paragraph's sibling topic (<see cref="RoutingOptions.SiblingTopics"/>) and those a denial of clients adds
    /// (<see cref="RoutingOptions.NoClientsTopics"/>). <see cref="WithoutSiblings"/> is read this way.
    /// </param>
    public ImmutableArray<QuestionId> Of(Passage passage, Question[] open, double minimumScore, bool bySentence = true, bool siblings = true)
    {
        var prose = !kinds.TryGetValue(passage.BlockIndex, out var kind) || kind is BlockKind.Paragraph or BlockKind.ListItem;
        if (!prose || passage.Topic is not { } topic || Words.Count(passage.Text) < options.MinimumWords || !Words.ReadsAsProse(passage.Text)
            || RegisterLine.Is(passage.Text) || LetterClosings.IsSignOff(passage.Text) || LetterClosings.IsEnclosureNote(passage.Text))
        {
            return [];
        }

        if (QuestionnaireRefusalCues.SaysItCannotAnswer(passage.Text))
        {
            // A refusal of the whole questionnaire declines every question the letter does not answer elsewhere.
            return [.. open.Where(q => !AnsweredOrDeclinedElsewhere.Contains(q.Id)).Select(q => q.Id)];
        }

        var scores = predictions.TryGetValue(passage, out var prediction) ? prediction.Scores : ImmutableDictionary<Topic, double>.Empty;
        var sure = passage.TopicScore >= minimumScore || IsTorn(topic, passage.TopicScore, scores);

        // A paragraph read as other goes nowhere; one the classifier is unsure of goes only where its sure sentences
        // point, or, when it leans to a refusal, to the questions asking for what it names as withheld.
        if (sure && topic == Topic.Other)
        {
            return [];
        }

        var targets = sure ? Expecting(topic, open, scores, passage.Text) : Withheld(topic, open, passage.Text);
        var second = scores.Where(s => s.Key != topic && s.Key != Topic.Other).OrderByDescending(s => s.Value).FirstOrDefault();
        if (sure && second.Value >= options.SecondTopicScore)
        {
            targets.UnionWith(Expecting(second.Key, open, scores, passage.Text));
        }

        if (siblings && sure && options.SiblingTopics.TryGetValue(topic, out var sibling) && scores.GetValueOrDefault(sibling) >= options.SiblingTopicScore)
        {
            var theirs = open.Where(q => q.Topic == sibling).Select(q => q.Id).ToHashSet();
            if (!theirs.Any(q => AnsweredByAnother(passage, q)))
            {
                targets.UnionWith(theirs);
            }
        }

        // A paragraph that names a question's subject outright ("we have no written human rights policy") speaks to it;
        // one that says the company has no such clients answers what it supplies to them and how much — nothing — unless
        // another paragraph of the reply answers that by its own topic.
        var named = topic == Topic.Other ? [] : SubjectCues.Named(options.NamedSubjectTopics, passage.Text).ToHashSet();
        targets.UnionWith(open.Where(q => named.Contains(q.Topic)).Select(q => q.Id));
        if (siblings && topic != Topic.Other && Status.NegativeAnswers.HasNoClients(passage.Text))
        {
            targets.UnionWith(open.Where(q => options.NoClientsTopics.Contains(q.Topic) && !AnsweredByAnother(passage, q.Id)).Select(q => q.Id));
        }

        // A sentence adds the questions that expect its own topic, not all those its topic is related to: a refusal or
        // licensing sentence inside an answer qualifies that answer — unless the refusal names what it withholds.
        foreach (var evidence in bySentence ? sentences.GetValueOrDefault(passage, []) : [])
        {
            if (evidence.ConfidentTopic(options.MinimumWords, options.SentenceTopicScore) is { } said)
            {
                targets.UnionWith(open.Where(q => q.Topic == said).Select(q => q.Id));
                // A refusing sentence that names what it withholds ("the exact number of systems delivered … our
                // contracts forbid us to disclose") declines the questions asking for it; a licensing sentence withholds
                // nothing, whatever procedures it names.
                if (said == Topic.ConfidentialityDecline)
                {
                    targets.UnionWith(Withheld(said, open, evidence.Text));
                }
            }
        }

        if (sure && judged.TryGetValue(passage, out var judgement))
        {
            targets = Adjusted(targets, topic, open, judgement);
        }

        return [.. open.Where(q => targets.Contains(q.Id)).Select(q => q.Id)];
    }

    /// <summary>
    /// The questions the rules chose, checked by the answer-topics model: those whose topic it finds implausible are
    /// dropped (never the paragraph's own topic's, never all of them), and those of topics it is sure the paragraph
    /// answers are added.
    /// </summary>
    private static HashSet<QuestionId> Adjusted(HashSet<QuestionId> targets, Topic topic, Question[] open, AnswerTopicsJudgement judgement)
    {
        var kept = open.Where(q => targets.Contains(q.Id) && (q.Topic == topic || judgement.Plausible.Contains(q.Topic))).Select(q => q.Id).ToHashSet();
        var adjusted = kept.Count > 0 ? kept : targets;
        adjusted.UnionWith(open.Where(q => judgement.Sure.Contains(q.Topic)).Select(q => q.Id));
        return adjusted;
    }

    /// <summary>
    /// A paragraph torn between two substantive topics rather than between an answer and letter furniture: its topic has
    /// at least <see cref="RoutingOptions.TornTopicScore"/>, it and the next substantive topic together at least
    /// <see cref="RoutingOptions.TornPairScore"/>, and <c>other</c> at most <see cref="RoutingOptions.TornOtherScore"/>.
    /// </summary>
    private bool IsTorn(Topic topic, double score, ImmutableDictionary<Topic, double> scores) =>
        topic != Topic.Other && score >= options.TornTopicScore && scores.Count > 0 && scores.GetValueOrDefault(Topic.Other) <= options.TornOtherScore
        && score + NextSubstantive(topic, scores) >= options.TornPairScore;

    /// <summary>The probability of the likeliest topic after <paramref name="topic"/>, <c>other</c> left aside.</summary>
    private static double NextSubstantive(Topic topic, ImmutableDictionary<Topic, double> scores) =>
        scores.Where(s => s.Key != topic && s.Key != Topic.Other).Select(s => s.Value).DefaultIfEmpty().Max();

    /// <summary>Whether another routable paragraph of the reply answers <paramref name="question"/> by its own reading (<see cref="WithoutSiblings"/>).</summary>
    private bool AnsweredByAnother(Passage passage, QuestionId question) =>
        WithoutSiblings.Any(other => other.Key != passage && other.Value.Contains(question));

    /// <summary>
    /// The open questions of the topics related to <paramref name="topic"/> (a refusal's), and of the topics such a
    /// refusal reaches only by naming them (<see cref="RoutingOptions.NamedWithheldTopics"/>), whose information
    /// <paramref name="text"/> names as withheld.
    /// </summary>
    private HashSet<QuestionId> Withheld(Topic topic, Question[] open, string text) =>
        options.RelatedTopics.TryGetValue(topic, out var related)
            ? [.. open.Where(q => (related.Contains(q.Topic) || options.NamedWithheldTopics.Contains(q.Topic)) && WithheldCues.Names(q.Topic, text)).Select(q => q.Id)]
            : [];

    private HashSet<QuestionId> Expecting(Topic topic, Question[] open, ImmutableDictionary<Topic, double> scores, string text)
    {
        var expecting = open.Where(q => q.Topic == topic).Select(q => q.Id).ToHashSet();
        if (expecting.Count > 0 || !options.RelatedTopics.TryGetValue(topic, out var related))
        {
            return expecting;
        }

        // A refusal goes to what it withholds: the related questions whose topics the paragraph leans to.
        var candidates = open.Where(q => related.Contains(q.Topic)).ToArray();
        if (candidates.Length == 0)
        {
            return [];
        }

        // Those whose information the refusal names ("the number of systems", "lists in future"); else those the
        // paragraph leans to at least a quarter as much as to the likeliest, and all of them when it leans to none.
        var named = Withheld(topic, open, text);
        if (named.Count > 0)
        {
            return named;
        }

        var best = candidates.Max(q => scores.GetValueOrDefault(q.Topic));
        return best < 0.05
            ? [.. candidates.Select(q => q.Id)]
            : [.. candidates.Where(q => scores.GetValueOrDefault(q.Topic) >= best / 4).Select(q => q.Id)];
    }
}
