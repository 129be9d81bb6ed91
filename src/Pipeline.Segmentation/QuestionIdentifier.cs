using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Documents;
using Pipeline.Core.Segments;
using Pipeline.Segmentation.Markers;
using Pipeline.Segmentation.Restatement;
using Pipeline.Segmentation.Units;

namespace Pipeline.Segmentation;

/// <summary>
/// Decides whether a unit starts the answer to some question: by an explicit marker, an auto-numbered label,
/// a restated question, or a question | answer table row. Weak markers must move forward through the questionnaire,
/// so that a numbered list inside an answer does not start new questions.
/// </summary>
internal sealed class QuestionIdentifier(Campaign campaign, SegmentationOptions options)
{
    private readonly QuestionResolver _resolver = new(campaign);
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

        if (head.ListLabel is not null && MarkerParser.ParseLabel(head.ListLabel) is { } label)
        {
            var fromLabel = Accept(label, head, context, head.Text);
            if (fromLabel is not null)
            {
                return fromLabel;
            }
        }

        if (MarkerParser.Parse(head.Text) is { } marker)
        {
            var fromMarker = Accept(marker, head, context, head.Text[marker.Length..]);
            if (fromMarker is not null)
            {
                return fromMarker;
            }
        }

        return Restated(head, context);
    }

    private Identification? IdentifyTableHead(Block head, ReadingContext context)
    {
        if (CellMarker(head) is { } marker)
        {
            var ids = _resolver.Resolve(marker, context.ParentNumber);
            if (!ids.IsEmpty)
            {
                return Found(ids, SegmentMethod.Table, 0.9, context, marker);
            }
        }

        return _matcher.Match(head.Text, options.TableRestatementThreshold) is { } match
            ? Found([match.Id], SegmentMethod.Table, 0.6 + (0.3 * match.Score), context, null)
            : null;
    }

    /// <summary>A table cell may hold nothing but the question number ("3", "2(b)"), or start with a marker.</summary>
    private static RawMarker? CellMarker(Block cell) =>
        MarkerParser.ParseLabel(cell.Text) ?? MarkerParser.Parse(cell.Text + " ");

    private Identification? Accept(RawMarker marker, Block head, ReadingContext context, string rest)
    {
        var ids = _resolver.Resolve(marker, context.ParentNumber);
        if (ids.IsEmpty)
        {
            return null;
        }

        var strong = marker.Kind is MarkerKind.Keyword or MarkerKind.LeadIn;
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

    private Identification? Restated(Block head, ReadingContext context)
    {
        var candidate = QuestionLikeText(head);
        if (candidate is null || _matcher.Match(candidate, options.RestatementThreshold) is not { } match)
        {
            return null;
        }

        context.AnswerListNext = null;
        return Found([match.Id], SegmentMethod.Restated, 0.5 + (0.45 * match.Score), context, null);
    }

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

    private bool RestatesOneOf(string text, ImmutableArray<QuestionId> ids) =>
        _matcher.Match(text.Trim(), options.RestatementThreshold) is { } match && ids.Contains(match.Id);

    private Identification Found(ImmutableArray<QuestionId> ids, SegmentMethod method, double confidence, ReadingContext context, RawMarker? marker)
    {
        // A lone parent number ("2.") opens its sub-questions: the cursor stays before them so "(a)" still moves forward.
        var opensParent = marker is { References.Length: 1 } && marker.References[0].Letter is null && ids.Length > 1;
        var cursor = opensParent ? _resolver.IndexOf(ids[0]) - 1 : ids.Max(_resolver.IndexOf);
        context.Cursor = cursor;
        context.ParentNumber = int.TryParse(ids[0].Number, out var n) ? n : context.ParentNumber;
        return new Identification(ids, method, Math.Round(confidence, 3), cursor);
    }

    private static double Confidence(RawMarker marker) => marker.Kind switch
    {
        MarkerKind.Keyword => 0.95,
        MarkerKind.LeadIn => 0.9,
        MarkerKind.Bare when marker.References.Any(r => r.Letter is not null) => 0.9,
        MarkerKind.ListLabel or MarkerKind.LetterOnly => 0.85,
        _ => 0.8,
    };

    private static string? LabelOf(RawMarker marker, Block head) => marker.Kind switch
    {
        MarkerKind.ListLabel => head.ListLabel?.Trim(),
        MarkerKind.Bare or MarkerKind.LetterOnly or MarkerKind.Roman => head.Text.Trim()[..Math.Min(marker.Length, head.Text.Trim().Length)].Trim(),
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
}
