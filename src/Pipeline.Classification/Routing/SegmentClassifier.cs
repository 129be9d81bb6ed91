using System.Collections.Immutable;
using Pipeline.Classification.AnswerTopics;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Documents;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;

namespace Pipeline.Classification.Routing;

/// <summary>
/// The classification stage: labels every passage of a segmented reply with a topic and score, derives each segment's
/// topics, and routes general prose that segmentation could not tie to a question to the question expecting its topic.
/// </summary>
/// <remarks>
/// Routing applies only to segments segmentation left general (<see cref="SegmentMethod.None"/>, and
/// <see cref="SegmentMethod.Section"/> — a section under a heading, routed as a whole where its paragraphs point to a
/// question), otherwise paragraph by paragraph:
/// a prose paragraph (paragraph or list item, at least <see cref="RoutingOptions.MinimumWords"/> words, score at least
/// <see cref="RoutingOptions.MinimumScore"/>) whose topic is some question's <see cref="Question.Topic"/> becomes a segment
/// of those questions (questionnaire order) with method <see cref="SegmentMethod.Topic"/> and confidence
/// score × <see cref="RoutingOptions.ConfidenceFactor"/>; when no question expects its topic, it goes to the questions
/// expecting a <see cref="RoutingOptions.RelatedTopics"/> of it (a confidentiality refusal to the disclosure questions).
/// <see cref="Topic.Other"/>, topics neither expected nor related, and unsure or short paragraphs stay general, as do
/// paragraphs whose questions the reply answered explicitly elsewhere (<see cref="RoutingOptions.OnlyUnanswered"/>). Reading order is kept; a general segment is split around routed paragraphs.
/// Passages that already carry a topic keep it, so classifying twice changes nothing; structure passages (labels and
/// restated questions, <see cref="PassageRole"/>) get none. Thread-safe when the classifier is.
/// </remarks>
/// <param name="classifier">Labels every passage with its topic.</param>
/// <param name="options">How prose is routed.</param>
/// <param name="answerTopics">
/// When given, the questions routing chooses for a prose paragraph are checked by this model
/// (<see cref="AnswerTopicsModel.Judge"/>): those of topics it finds implausible are dropped, those of topics it is sure
/// of added.
/// </param>
public sealed class SegmentClassifier(ITopicClassifier classifier, RoutingOptions options, AnswerTopicsModel? answerTopics = null)
{
    public SegmentClassifier(ITopicClassifier classifier)
        : this(classifier, RoutingOptions.Default)
    {
    }

    /// <summary>The classifier of a trained topic model, with the answer-topics model beside it when there is one (<see cref="AnswerTopicsModel.LoadBeside"/>).</summary>
    /// <param name="modelPath">The topic model's file.</param>
    /// <param name="load">Loads the topic model (<see cref="Model.TopicModel.Load"/> when null).</param>
    /// <exception cref="Core.Errors.PipelineException">Either model cannot be loaded.</exception>
    /// <param name="options">How prose is routed (<see cref="RoutingOptions.Default"/> when null).</param>
    public static SegmentClassifier ForModel(string modelPath, Func<string, Model.TopicModel>? load = null, RoutingOptions? options = null) =>
        new((load ?? Model.TopicModel.Load)(modelPath), options ?? RoutingOptions.Default, AnswerTopicsModel.LoadBeside(modelPath));

    public SegmentedReply Classify(SegmentedReply reply, Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(campaign);
        var kinds = reply.Document.Blocks.GroupBy(b => b.Index).ToDictionary(g => g.Key, g => g.First().Kind);
        // A question the reply quotes (the asker's message below an e-mail) is not one it answered.
        var answered = reply.Segments.Where(s => !s.IsGeneral && s.Method != SegmentMethod.Quoted).SelectMany(s => s.Questions).ToHashSet();
        Question[] open = [.. campaign.Questions.Where(q => !options.OnlyUnanswered || !answered.Contains(q.Id))];
        Question[] all = [.. campaign.Questions];
        var predictions = new Dictionary<Passage, TopicPrediction>(ReferenceEqualityComparer.Instance);
        var sentences = new Dictionary<Passage, SentenceEvidence[]>(ReferenceEqualityComparer.Instance);
        var topicOf = campaign.Questions.ToDictionary(q => q.Id, q => q.Topic);
        var labelled = LabelAll(reply.Segments, topicOf, predictions, sentences);
        var targets = new PassageTargets(options, kinds, predictions, sentences, AnswerTopicsOf(reply.Segments.Zip(labelled)));
        // A refusal of the whole questionnaire goes to every open question without answering any by its topic, so it
        // does not keep a sibling's question from the paragraph that does answer it.
        var withoutSiblings = new Dictionary<Passage, ImmutableArray<QuestionId>>();
        foreach (var passage in reply.Segments.Zip(labelled).Where(s => IsRoutable(s.First)).SelectMany(s => s.Second)
                     .Where(p => !QuestionnaireRefusalCues.SaysItCannotAnswer(p.Text)))
        {
            withoutSiblings.TryAdd(passage, targets.Of(passage, open, options.MinimumScore, siblings: false));
        }

        targets.WithoutSiblings = withoutSiblings;
        targets.AnsweredOrDeclinedElsewhere = reply.Segments.Zip(labelled)
            .Where(s => IsRoutable(s.First))
            .SelectMany(s => s.Second.Where(p => !QuestionnaireRefusalCues.SaysItCannotAnswer(p.Text)))
            .SelectMany(p => targets.Of(p, open, options.MinimumScore))
            .ToHashSet();
        var segments = ImmutableArray.CreateBuilder<Segment>();
        foreach (var (segment, passages) in reply.Segments.Zip(labelled))
        {
            var classified = segment with { Passages = passages };
            if (IsRoutable(classified))
            {
                segments.AddRange(Route(classified, classified.Method == SegmentMethod.Annex ? all : open, targets));
            }
            else
            {
                foreach (var part in ByJointQuestion(classified, topicOf))
                {
                    segments.AddRange(UnderTitle(part, open, targets));
                }
            }
        }

        return reply with { Segments = segments.ToImmutable() };
    }

    /// <summary>
    /// An answer tied to its question by a topical heading the segmenter matched to the question ("How we assess risk"
    /// for due diligence; a title, not the question asked) — with each paragraph the classifier reads surely as the topic
    /// of a question the reply answers nowhere else split off to that question, as in a section (the paragraphs after it
    /// follow it). A question restated as asked, a marker or a table holds all that follows it.
    /// </summary>
    private IEnumerable<Segment> UnderTitle(Segment answer, Question[] open, PassageTargets targetsOf)
    {
        var titled = answer.Method == SegmentMethod.Restated && answer.Passages.Length > 2
            && answer.Passages[0].Role == PassageRole.Question && !answer.Passages[0].Text.TrimEnd().EndsWith('?');
        var own = answer.Passages.Select((p, i) => !titled || i == 0 || p.IsStructure ? [] : targetsOf.Of(p, open, options.MinimumScore, bySentence: false)).ToArray();
        if (own.All(t => t.IsDefaultOrEmpty))
        {
            yield return SegmentTopics.Apply(answer);
            yield break;
        }

        var start = 0;
        for (var i = 1; i <= own.Length; i++)
        {
            if (i == own.Length || !own[i].IsDefaultOrEmpty)
            {
                yield return start == 0
                    ? SegmentTopics.Apply(answer with { Passages = answer.Passages[..i] })
                    : Piece(answer, own[start], answer.Passages[start..i]);
                start = i;
            }
        }
    }

    /// <summary>
    /// An answer the company tied to several questions at once ("2(b)–(c)", "Questions 2b and 2c") whose paragraphs take
    /// them in turn: each paragraph the classifier reads surely (<see cref="RoutingOptions.JointSplitScore"/>) as the topic
    /// of exactly one of those questions answers that one; the others — the paragraph that carries the marker, and the
    /// label or question before them — stay with all of them. Only when at least two of its paragraphs go to different single questions is the answer split.
    /// </summary>
    private List<Segment> ByJointQuestion(Segment answer, IReadOnlyDictionary<QuestionId, Topic> topicOf)
    {
        if (answer.IsGeneral || answer.Questions.Length < 2 || answer.Method is not (SegmentMethod.Marker or SegmentMethod.Restated or SegmentMethod.Table))
        {
            return [answer];
        }

        // The paragraph that carries the joint marker ("In response to questions 1a to 1c: …") answers all it names.
        var own = answer.Passages.Select((p, i) => i == 0 || p.IsStructure || p.Topic is not { } topic || p.TopicScore < options.JointSplitScore
            ? answer.Questions
            : answer.Questions.Where(q => topicOf.GetValueOrDefault(q) == topic).ToImmutableArray() is { Length: 1 } one ? one : answer.Questions).ToArray();
        if (own.Where(q => q.Length == 1).Select(q => q[0]).Distinct().Count() < 2)
        {
            return [answer];
        }

        var parts = new List<Segment>();
        var start = 0;
        for (var i = 1; i <= own.Length; i++)
        {
            if (i == own.Length || !own[i].SequenceEqual(own[start]) && !answer.Passages[i - 1].IsStructure)
            {
                parts.Add(answer with { Questions = own[start], Passages = answer.Passages[start..i] });
                start = i;
            }
        }

        return parts;
    }

    /// <summary>General text that routing reads: prose segmentation tied to no question, a section under a heading, an annex.</summary>
    private static bool IsRoutable(Segment segment) =>
        segment.IsGeneral && segment.Method is SegmentMethod.None or SegmentMethod.Section or SegmentMethod.Annex;

    /// <summary>
    /// Every passage labelled in one batch (one encoder pass per reply), with the sentences of the paragraphs routing
    /// reads (a paragraph often answers a second question in one sentence); passages that carry a topic keep it.
    /// </summary>
    /// <param name="topicOf">The topic each question of the campaign asks about: the context of a passage tied to a question.</param>
    /// <param name="byPassage">Receives the full prediction of every passage labelled here, for routing.</param>
    /// <param name="bySentence">Receives the sentences' predictions of every routable paragraph of two sentences or more.</param>
    private ImmutableArray<Passage>[] LabelAll(ImmutableArray<Segment> segments, IReadOnlyDictionary<QuestionId, Topic> topicOf, Dictionary<Passage, TopicPrediction> byPassage, Dictionary<Passage, SentenceEvidence[]> bySentence)
    {
        // Structure (a bare label, a restated question) is not something the company said: it gets no topic.
        static bool Needs(Passage p) => p.Topic is null && !p.IsStructure;
        var texts = new List<string>();
        var sentencesOf = new List<IReadOnlyList<string>>();
        foreach (var segment in segments)
        {
            foreach (var passage in segment.Passages.Where(Needs))
            {
                var sentences = IsRoutable(segment) ? Sentences.Of(passage.Text) : [];
                texts.Add(passage.Text);
                sentencesOf.Add(sentences.Count > 1 ? [.. sentences.Where(t => !QuestionnaireRefusalCues.SpeaksOfTheQuestionnaire(t))] : []);
            }
        }

        var predictions = classifier.PredictMany([.. texts, .. sentencesOf.SelectMany(s => s)]);
        var next = 0;
        var nextSentence = texts.Count;
        return [.. segments.Select(s =>
        {
            var context = QuestionContext.TopicsOf(s, topicOf);
            return s.Passages.Select(p =>
            {
                if (!Needs(p))
                {
                    return p;
                }

                var sentences = sentencesOf[next];
                var labelled = Labelled(p, QuestionContext.Weigh(predictions[next++], context, options.QuestionTopicWeight), byPassage);
                bySentence[labelled] = [.. sentences.Select(t => new SentenceEvidence(Words.Count(t), predictions[nextSentence++], t))];
                return labelled;
            }).ToImmutableArray();
        })];
    }

    /// <summary>What <c>answerTopics</c> says of each paragraph routing may read; empty without that model.</summary>
    private Dictionary<Passage, AnswerTopicsJudgement> AnswerTopicsOf(IEnumerable<(Segment Segment, ImmutableArray<Passage> Passages)> labelled)
    {
        var answered = new Dictionary<Passage, AnswerTopicsJudgement>(ReferenceEqualityComparer.Instance);
        if (answerTopics is null)
        {
            return answered;
        }

        var read = labelled
            .Where(s => IsRoutable(s.Segment) || s.Segment.Method == SegmentMethod.Restated)
            .SelectMany(s => s.Passages)
            .Where(p => !p.IsStructure && Words.Count(p.Text) >= options.MinimumWords)
            .Distinct(ReferenceEqualityComparer.Instance)
            .Cast<Passage>()
            .ToArray();
        var probabilities = answerTopics.PredictMany([.. read.Select(p => p.Text)]);
        for (var i = 0; i < read.Length; i++)
        {
            answered[read[i]] = answerTopics.Judge(probabilities[i]);
        }

        return answered;
    }

    private static Passage Labelled(Passage passage, TopicPrediction prediction, Dictionary<Passage, TopicPrediction> byPassage)
    {
        var labelled = passage with { Topic = prediction.Topic, TopicScore = Math.Round(prediction.Score, 4) };
        byPassage[labelled] = prediction;
        return labelled;
    }

    private IEnumerable<Segment> Route(Segment general, Question[] open, PassageTargets targetsOf)
    {
        // A section the company titled as its introduction ("Who we are") presents it and answers no question.
        if (general.Method == SegmentMethod.Section && general.Passages.Length > 0 && IntroductionTitles.Is(general.Passages[0].Text))
        {
            yield return SegmentTopics.Apply(general);
            yield break;
        }

        var targets = SectionTargets(general, open, targetsOf) ?? [.. general.Passages.Select(p => targetsOf.Of(p, open, options.MinimumScore))];
        WithLeadIns(general.Passages, targets, targetsOf);
        if (targets.All(t => t.IsDefaultOrEmpty))
        {
            yield return SegmentTopics.Apply(general);
            yield break;
        }

        var start = 0;
        for (var i = 1; i <= targets.Length; i++)
        {
            var continues = i < targets.Length && SameTarget(targets[i], targets[start]) && (targets[i].IsDefaultOrEmpty || options.MergeConsecutive);
            if (!continues)
            {
                yield return Piece(general, targets[start], general.Passages[start..i]);
                start = i;
            }
        }
    }

    /// <summary>
    /// A list whose lead-in ends with a colon carries on the lead-in's sentence ("The main risks we identified are:"
    /// then one risk an item): the items that follow it go where it goes, whatever each alone reads as. A lead-in that
    /// goes nowhere leaves its items to their own reading.
    /// </summary>
    private static void WithLeadIns(ImmutableArray<Passage> passages, ImmutableArray<QuestionId>[] targets, PassageTargets targetsOf)
    {
        ImmutableArray<QuestionId> leadIn = default;
        for (var i = 0; i < passages.Length; i++)
        {
            if (!leadIn.IsDefaultOrEmpty && targetsOf.IsListItem(passages[i]))
            {
                targets[i] = leadIn;
                continue;
            }

            leadIn = ListLeadIns.Opens(passages[i].Text) && !targetsOf.IsListItem(passages[i]) ? targets[i] : default;
        }
    }

    private Segment Piece(Segment general, ImmutableArray<QuestionId> target, ImmutableArray<Passage> passages)
    {
        var segment = target.IsDefaultOrEmpty
            ? general with { Passages = passages }
            : new Segment(general.DocumentId, target, SegmentMethod.Topic, options.Calibration.Of(SegmentMethod.Topic, Math.Round(passages.Average(p => p.TopicScore) * options.ConfidenceFactor, 3)), passages);
        return SegmentTopics.Apply(segment);
    }

    /// <summary>
    /// Where each passage of a section under a heading goes ("Our work in the region" and the paragraphs below it); null
    /// when the segment is not such a section or its paragraphs point nowhere. A paragraph the classifier reads surely as a
    /// whole (<see cref="PassageTargets.Of"/> at the full minimum score; not by its sentences, whose stray readings would
    /// split what the heading holds together) starts an answer to its questions — a section often
    /// answers two questions, one paragraph each; every other paragraph continues the answer before it (a translation
    /// after its original, a paragraph the classifier is unsure of). The heading goes with the first answer, or with the
    /// questions the section as a whole points to when no paragraph is sure.
    /// </summary>
    private ImmutableArray<QuestionId>[]? SectionTargets(Segment general, Question[] open, PassageTargets targetsOf)
    {
        var whole = SectionTarget(general, open, targetsOf);
        if (whole.IsDefaultOrEmpty)
        {
            return null;
        }

        var own = general.Passages.Select((p, i) => i == 0 ? [] : targetsOf.Of(p, open, options.MinimumScore, bySentence: false)).ToArray();
        var current = own.FirstOrDefault(t => !t.IsDefaultOrEmpty, whole);
        var targets = new ImmutableArray<QuestionId>[own.Length];
        for (var i = 0; i < own.Length; i++)
        {
            current = own[i].IsDefaultOrEmpty ? current : own[i];
            targets[i] = current;
        }

        return targets;
    }

    /// <summary>
    /// Where a section under a heading goes as a whole ("Safeguards" and the paragraphs below it): to the questions its
    /// paragraphs' topics point to, weighted by their length; empty when the segment is not such a section or its
    /// paragraphs point nowhere.
    /// </summary>
    private ImmutableArray<QuestionId> SectionTarget(Segment general, Question[] open, PassageTargets targetsOf)
    {
        if (general.Method != SegmentMethod.Section || general.Passages.Length < 2)
        {
            return [];
        }

        return general.Passages.Skip(1)
            .Select(p => (Target: targetsOf.Of(p, open, options.MinimumScore / 2, bySentence: false), p.Text.Length))
            .Where(t => !t.Target.IsDefaultOrEmpty)
            .GroupBy(t => string.Join(",", t.Target))
            .OrderByDescending(g => g.Sum(t => t.Length))
            .Select(g => g.First().Target)
            .FirstOrDefault();
    }

    private static bool SameTarget(ImmutableArray<QuestionId> a, ImmutableArray<QuestionId> b) =>
        a.IsDefaultOrEmpty ? b.IsDefaultOrEmpty : !b.IsDefaultOrEmpty && a.SequenceEqual(b);
}
