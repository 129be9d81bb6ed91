using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Documents;
using Pipeline.Core.Segments;
using Pipeline.Segmentation.Letter;
using Pipeline.Segmentation.Markers;
using Pipeline.Segmentation.Restatement;
using Pipeline.Segmentation.Units;

namespace Pipeline.Segmentation;

/// <summary>
/// Decides whether a unit starts the answer to some question: by an explicit marker, an auto-numbered label,
/// a restated question, or a question | answer table row. Weak markers must move forward through the questionnaire,
/// so that a numbered list inside an answer does not start new questions.
/// </summary>
/// <param name="countsSubQuestions">The letter numbers its answers by counting the sub-questions (<see cref="SubQuestionCount"/>).</param>
/// <param name="own">The numbering of its own the letter uses ("A.1" … "C", "(ii)(b)", "RQ 2.1"; <see cref="OwnNumbering"/>), if any.</param>
internal sealed partial class QuestionIdentifier(Campaign campaign, SegmentationOptions options, bool countsSubQuestions = false, OwnNumbering? own = null)
{
    private readonly QuestionResolver _resolver = new(campaign, countsSubQuestions);
    private readonly QuestionMatcher _matcher = new(campaign);

    /// <summary>True when a table cell on its own names a question (used to tell a table's layout).</summary>
    public bool NamesQuestion(Block cell) =>
        (CellMarker(cell) is { } m && !_resolver.Resolve(m, null).IsEmpty)
        || _matcher.Match(cell.Text, options.TableRestatementThreshold) is not null;

    public Identification? Identify(ReplyUnit unit, ReadingContext context)
    {
        var head = unit.Head;
        if (unit.IsTablePart)
        {
            return IdentifyTableHead(head, context);
        }

        // "… comprend :" then "1. l'analyse du pays …; 2. l'examen …": items that carry on a sentence are no answers.
        if (head.ListLabel is not null && context.InsideSentenceList && ContinuesSentence(head.Text))
        {
            return null;
        }

        if (head.ListLabel is not null && Prefer(own?.Parse(head.ListLabel + " ") is { } ownLabel ? ownLabel with { Kind = MarkerKind.ListLabel } : null, MarkerParser.ParseLabel(head.ListLabel), context) is { } label)
        {
            var fromLabel = Accept(label, head, context, head.Text);
            if (fromLabel is not null)
            {
                return WithInlineLetters(fromLabel, label, head.Text, context) with { HeadRole = RoleAfterMarker(label, head, head.Text, fromLabel.Questions) };
            }
        }

        var whole = WholeReference(head.Text);
        var standard = whole ?? MarkerParser.Parse(head.Text);
        if (Prefer(own?.Parse(head.Text), standard, context) is { } marker)
        {
            whole = marker.Kind == MarkerKind.Section ? null : whole;
            var rest = head.Text[Math.Min(marker.Length, head.Text.Length)..];
            var fromMarker = Accept(marker, head, context, rest);
            if (fromMarker is not null)
            {
                // A paragraph that is nothing but the reference is the label of the answer that follows.
                return WithInlineLetters(fromMarker, marker, rest, context) with { HeadRole = whole is not null ? PassageRole.Label : RoleAfterMarker(marker, head, rest, fromMarker.Questions) };
            }
        }

        return Restated(head, context);
    }

    private Identification? IdentifyTableHead(Block head, ReadingContext context)
    {
        if (Prefer(own?.Parse(head.Text), CellMarker(head), context) is { } marker)
        {
            var ids = _resolver.Resolve(marker, context.ParentNumber);
            if (!ids.IsEmpty)
            {
                var role = MarkerParser.ParseLabel(head.Text) is not null || marker.Length >= head.Text.TrimEnd().Length ? PassageRole.Label : RoleAfterMarker(marker, head, head.Text[Math.Min(marker.Length, head.Text.Length)..], ids);
                return Found(ids, SegmentMethod.Table, 0.9, context, marker) with { HeadRole = role };
            }
        }

        return _matcher.Match(head.Text, options.TableRestatementThreshold) is { } match
            ? Found([match.Id], SegmentMethod.Table, 0.6 + (0.3 * match.Score), context, null) with { HeadRole = PassageRole.Question }
            : null;
    }

    /// <summary>
    /// What a cell between a table row's first and last is, in a row answering <paramref name="ids"/>: a label ("1a")
    /// or the question restated ("label | question | answer" tables), else part of the answer. The last cell is always
    /// the answer: a short reply restating the question ("Yes, we have a grievance mechanism") is still a reply.
    /// </summary>
    public PassageRole CellRole(Block cell, ImmutableArray<QuestionId> ids)
    {
        if (MarkerParser.ParseLabel(cell.Text) is { } label && !_resolver.Resolve(label, null).IsEmpty)
        {
            return PassageRole.Label;
        }

        return _matcher.Match(cell.Text, options.TableRestatementThreshold) is { } match && ids.Contains(match.Id) ? PassageRole.Question : PassageRole.Answer;
    }

    /// <summary>A table cell may hold nothing but the question number ("3", "2(b)"), or start with a marker.</summary>
    private static RawMarker? CellMarker(Block cell) =>
        MarkerParser.ParseLabel(cell.Text) ?? MarkerParser.Parse(cell.Text + " ");

    /// <summary>A paragraph that is nothing but a reference ("1a", "Q2b", "2(b)"): a table cell whose table was lost, or a label on its own line.</summary>
    private static RawMarker? WholeReference(string text) =>
        text.Trim().Length is > 0 and <= 10 ? MarkerParser.ParseLabel(text) ?? MarkerParser.Parse(text.Trim() + " ") : null;

    private Identification? Accept(RawMarker marker, Block head, ReadingContext context, string rest)
    {
        var ids = _resolver.Resolve(marker, context.ParentNumber);
        if (ids.IsEmpty)
        {
            return null;
        }

        var strong = IsStrong(marker);
        var label = LabelOf(marker, head);
        var continuesAnswerList = label is not null && label == context.AnswerListNext;
        var forward = _resolver.IndexOf(ids[0]) > context.Cursor;
        if (strong || (forward && !continuesAnswerList) || RestatesOneOf(rest, ids))
        {
            context.AnswerListNext = null;
            return Found(ids, SegmentMethod.Marker, Confidence(marker), context, marker);
        }

        // A weak marker that goes backwards is a list inside the answer: remember where that list goes next.
        context.AnswerListNext = label is null ? null : NextLabel(label);
        return null;
    }

    /// <summary>
    /// An answer that names its sub-questions inside the paragraph ("2. (a) Every offer is reviewed … (b) We have not
    /// consulted …") answers those: the lettered references that open a sentence, resolved under the marker's question
    /// number. A lone parent number ("2.") then answers only the sub-questions named; any other marker adds those named
    /// after its own ("(c) … (d) … (e) …" answers 2c to 2e). Letters that go backwards are a list inside the answer.
    /// </summary>
    private Identification WithInlineLetters(Identification found, RawMarker marker, string rest, ReadingContext context)
    {
        var opensParent = marker is { References.Length: 1 } && marker.References[0].Letter is null && found.Questions.Length > 1;
        var last = opensParent ? -1 : found.Questions.Max(_resolver.IndexOf);
        var named = InlineLetter().Matches(rest)
            .Select(m => new RawMarker(MarkerKind.LetterOnly, [new RawReference(null, char.ToLowerInvariant(m.Groups["let"].Value[0]), false)], 0))
            .SelectMany(m => _resolver.Resolve(m, context.ParentNumber))
            .Where(id => _resolver.IndexOf(id) > last)
            .ToList();
        if (named.Count == 0)
        {
            return found;
        }

        ImmutableArray<QuestionId> questions = [.. (opensParent ? named : found.Questions.Concat(named)).Distinct().OrderBy(_resolver.IndexOf)];
        context.Cursor = questions.Max(_resolver.IndexOf);
        return found with { Questions = questions, Cursor = context.Cursor, ListAnswers = ListLeadIns.Opens(rest) ? named[^1] : null };
    }

    private Identification? Restated(Block head, ReadingContext context)
    {
        var candidate = LetterParts.IsSubjectLine(head.Text) ? null : QuestionLikeText(head);
        if (candidate is null || _matcher.Match(candidate, options.RestatementThreshold) is not { } match)
        {
            return null;
        }

        // A line right after the greeting that asks nothing and reads as the first, broadest question is the letter's
        // subject set as a heading ("Surveillance technology in migration and border control in the Middle East and
        // North Africa"), not the question restated; a title of a later question there ("Grievance mechanism") is one.
        if (context.FollowsGreeting && !candidate.TrimEnd().EndsWith('?') && _resolver.IndexOf(match.Id) == 0)
        {
            return null;
        }

        context.AnswerListNext = null;

        // The block is structure only when it is the question and nothing else; a question sentence followed by the
        // answer in the same paragraph, or a bold run-in before the answer, is the answer.
        // A question whose further sentences still ask ("… countries? If so, please specify which products.") is the
        // question restated whole.
        var whole = head.Text.Trim();
        var role = string.Equals(candidate, whole, StringComparison.Ordinal) || (whole.StartsWith(candidate, StringComparison.Ordinal) && StillAsks(whole[candidate.Length..]))
            ? PassageRole.Question
            : PassageRole.Answer;
        var inProse = role == PassageRole.Answer && head.Kind != BlockKind.Heading && head.RunIn is not { Length: > 0 };
        return Found([match.Id], SegmentMethod.Restated, 0.5 + (0.45 * match.Score), context, null) with { HeadRole = role, AnswersOnlyItself = inProse };
    }

    /// <summary>
    /// What a block starting with a question marker is: a bare label when nothing follows the marker; the question
    /// restated, or a title — a heading, or a section title after a parent number ("2. Due diligence and safeguards")
    /// — when what follows is that; else the answer, which follows the marker on the same line.
    /// </summary>
    private PassageRole RoleAfterMarker(RawMarker marker, Block head, string rest, ImmutableArray<QuestionId> ids)
    {
        var words = rest.Trim().TrimStart(':', '.', ')', '-', '–', '—').Trim();
        if (words.Length == 0)
        {
            return PassageRole.Label;
        }

        // A restatement is a question (it asks) or a title; an answer that merely shares the question's words
        // ("2(e): Our human rights policy follows the UN Guiding Principles.") is a sentence that states.
        var opensParent = marker is { References.Length: 1 } && marker.References[0].Letter is null && ids.Length > 1;
        var restated = (words.Contains('?') || IsTitle(words)) && RestatesOneOf(words, ids);
        return restated || ((head.Kind == BlockKind.Heading || opensParent) && IsTitle(words))
            ? PassageRole.Question
            : PassageRole.Answer;
    }

    /// <summary>
    /// The marker to read: the letter's own numbering's (<see cref="OwnNumbering"/>) where the common styles read the
    /// label otherwise or not at all ("C." as question 3 in a letter lettered "A.1" … "B.5"); the common reading, with
    /// its confidence, where both name the same questions.
    /// </summary>
    private RawMarker? Prefer(RawMarker? own, RawMarker? standard, ReadingContext context) =>
        own is null ? standard
        : standard is not null && _resolver.Resolve(own, context.ParentNumber).SequenceEqual(_resolver.Resolve(standard, context.ParentNumber))
            ? standard with { HoldsOutOfOrder = standard.HoldsOutOfOrder || own.HoldsOutOfOrder }
        : own;

    /// <summary>
    /// A marker that holds even out of the questionnaire's order: a keyword or a lead-in ("Question 2(b)", "As to 2b"),
    /// or a part named in the letter's own two-level numbering (<see cref="RawMarker.HoldsOutOfOrder"/>).
    /// </summary>
    private static bool IsStrong(RawMarker marker) => marker.Kind is MarkerKind.Keyword or MarkerKind.LeadIn || marker.HoldsOutOfOrder;

    /// <summary>Text that opens in lower case: the rest of a sentence a list item carries on.</summary>
    private static bool ContinuesSentence(string text) => text.TrimStart().FirstOrDefault(char.IsLetter) is var first && char.IsLower(first);

    /// <summary>A few words without a full stop: a title, not a sentence of an answer.</summary>
    private static bool IsTitle(string text) =>
        !text.TrimEnd().EndsWith('.') && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 10;

    /// <summary>The text that may restate a question: a heading, a bold run-in, a question sentence. Null for plain answer prose.</summary>
    private string? QuestionLikeText(Block head)
    {
        var text = head.Text.Trim();
        if (text.Length == 0 || text.Length > options.MaxRestatementLength)
        {
            return null;
        }

        if (head.Kind == BlockKind.Heading || text.EndsWith('?'))
        {
            return text;
        }

        if (head.RunIn is { Length: > 0 } runIn)
        {
            return runIn;
        }

        var question = text.IndexOf('?');
        return question > 0 ? text[..(question + 1)] : null;
    }

    /// <summary>Text after a question that goes on asking: it ends with a question mark, or it is a request ("If so, please specify …", "Please include …").</summary>
    private static bool StillAsks(string rest)
    {
        var text = rest.Trim();
        return text.Length == 0 || text.EndsWith('?') || Request().IsMatch(text);
    }

    [GeneratedRegex(@"^(?:if\s+(?:so|yes|not)|please|kindly|in\s+particular|for\s+example|si\s+oui|le\s+cas\s+échéant|veuillez|merci\s+de|falls\s+ja|wenn\s+ja|bitte)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Request();

    private bool RestatesOneOf(string text, ImmutableArray<QuestionId> ids) =>
        _matcher.Match(text.Trim(), options.RestatementThreshold) is { } match && ids.Contains(match.Id);

    private Identification Found(ImmutableArray<QuestionId> ids, SegmentMethod method, double confidence, ReadingContext context, RawMarker? marker)
    {
        // A lone parent number ("2.") opens its sub-questions: the cursor stays before them so "(a)" still moves forward.
        var opensParent = marker is { References.Length: 1 } && marker.References[0].Letter is null && ids.Length > 1;
        var cursor = opensParent ? _resolver.IndexOf(ids[0]) - 1 : ids.Max(_resolver.IndexOf);
        context.Cursor = cursor;
        context.ParentNumber = int.TryParse(ids[0].Number, out var n) ? n : context.ParentNumber;
        return new Identification(ids, method, options.Calibration.Of(method, Math.Round(confidence, 3)), cursor);
    }

    private static double Confidence(RawMarker marker) => marker.Kind switch
    {
        MarkerKind.Keyword => 0.95,
        MarkerKind.LeadIn => 0.9,
        MarkerKind.Bare when marker.References.Any(r => r.Letter is not null) => 0.9,
        MarkerKind.ListLabel or MarkerKind.LetterOnly or MarkerKind.Section => 0.85,
        _ => 0.8,
    };

    private static string? LabelOf(RawMarker marker, Block head) => marker.Kind switch
    {
        MarkerKind.ListLabel => (head.ListLabel ?? head.Text).Trim(),
        MarkerKind.Bare or MarkerKind.LetterOnly or MarkerKind.Roman or MarkerKind.Section => head.Text.Trim()[..Math.Min(marker.Length, head.Text.Trim().Length)].Trim(),
        _ => null,
    };

    /// <summary>"2." → "3.", "b)" → "c)", "(iv)" is left alone.</summary>
    private static string? NextLabel(string label)
    {
        var chars = label.ToCharArray();
        for (var i = chars.Length - 1; i >= 0; i--)
        {
            if (char.IsAsciiDigit(chars[i]))
            {
                var start = i;
                while (start > 0 && char.IsAsciiDigit(chars[start - 1]))
                {
                    start--;
                }

                var number = int.Parse(label[start..(i + 1)]) + 1;
                return label[..start] + number + label[(i + 1)..];
            }

            if (char.IsAsciiLetter(chars[i]) && chars[i] is not ('z' or 'Z'))
            {
                chars[i]++;
                return new string(chars);
            }
        }

        return null;
    }

    /// <summary>A lettered reference that opens a sentence: "(b) We have not consulted …" at the start or after a full stop.</summary>
    [GeneratedRegex(@"(?:^|(?<=[.;:]\s))\s*\((?<let>[a-z])\)\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex InlineLetter();
}
