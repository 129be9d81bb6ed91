using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Documents;
using Pipeline.Core.Segments;
using Pipeline.Segmentation.Letter;
using Pipeline.Segmentation.Markers;
using Pipeline.Segmentation.Units;

namespace Pipeline.Segmentation;

/// <summary>
/// Splits a reply into segments, each the answer to one or more questions of the campaign or <c>general</c>
/// (letterhead, greeting, background, closing, and prose that names no question). Headers and footers are
/// never read, so they never cut an answer. Stateless and thread-safe.
/// </summary>
public sealed class ReplySegmenter(SegmentationOptions? options = null)
{
    private const int LetterheadUnits = 3;

    private readonly SegmentationOptions _options = options ?? SegmentationOptions.Default;

    public SegmentedReply Segment(ExtractedDocument document, Campaign campaign, CompanyAttribution company)
    {
        var units = UnitBuilder.Build(document.Body.Where(b => b.Text.Length > 0), new QuestionIdentifier(campaign, _options).NamesQuestion);
        var identifier = new QuestionIdentifier(campaign, _options, SubQuestionCount.IsUsedBy(campaign, units), OwnNumbering.Of(campaign, units));
        var ownLists = NumberedLists.ItemsBeyond(campaign, units);
        var byHeadings = IsStructuredByHeadings(units);
        var segments = ImmutableArray.CreateBuilder<Segment>();
        var context = new ReadingContext();
        var draft = SegmentDraft.General();
        var signedOff = false;
        var quoted = false;
        // The question a list about to start answers (Identification.ListAnswers), until the next unit.
        QuestionId? listAnswers = null;
        // Where the message an e-mail reply quotes below itself begins (the count of units when none is quoted).
        var quotedFrom = LetterParts.QuotedFrom([.. units.Select(u => u.IsTablePart ? "" : u.Head.Text)]);

        void StartNew(SegmentDraft next)
        {
            if (!draft.IsEmpty)
            {
                segments.Add(draft.ToSegment(document.Id));
            }

            draft = next;
        }

        for (var i = 0; i < units.Length; i++)
        {
            var unit = units[i];
            var text = unit.Head.Text;
            context.FollowsGreeting = i > 0 && !units[i - 1].IsTablePart && LetterParts.IsGreeting(units[i - 1].Head.Text);
            Identification? opened = null;
            var sectionTitle = false;
            if (draft.Method == SegmentMethod.Table && !unit.IsTablePart && i > 0 && units[i - 1].IsTablePart)
            {
                // A paragraph after a question | answer table is the letter again, not more of the last row's answer:
                // it is read for what it says (or opens an answer of its own).
                StartNew(SegmentDraft.General());
            }

            if (quoted)
            {
                // The rest is the message the reply quotes: the asker's words, structure like a restated question. A
                // question of the questionnaire in it is tied to its id, as a restated question would be, in a segment
                // of its own (never an answer: all of it is structure); what follows it is the message again.
                if (!unit.IsTablePart && identifier.Identify(unit, context) is { } asked)
                {
                    StartNew(new SegmentDraft(asked.Questions, SegmentMethod.Quoted, asked.Confidence));
                }
                else if (!draft.IsGeneral)
                {
                    StartNew(new SegmentDraft([QuestionId.General], SegmentMethod.Quoted, 0));
                }
            }
            else if (i == quotedFrom)
            {
                StartNew(new SegmentDraft([QuestionId.General], SegmentMethod.Quoted, 0));
                quoted = true;
            }
            else if (!signedOff && !unit.IsTablePart && IsLetterEnd(text, i, quotedFrom))
            {
                signedOff = LetterClosings.IsSignOff(text);
                if (!draft.IsGeneral || draft.StartedByHeading)
                {
                    StartNew(SegmentDraft.General());
                }
            }
            else if (!signedOff && !unit.IsTablePart && LetterParts.IsGreeting(text))
            {
                // A letter structured by headings may open a section at its date line: the greeting still ends the
                // letterhead, so what follows is routed paragraph by paragraph, not with the date and the addressee.
                if (!draft.IsGeneral || draft.Method == SegmentMethod.Section)
                {
                    StartNew(SegmentDraft.General());
                }
            }
            else if (!signedOff && !unit.IsTablePart && LetterParts.IsAnnexHeading(text))
            {
                // An annex or enclosed policy extract after the answers: its paragraphs are read for what they say.
                StartNew(new SegmentDraft([QuestionId.General], SegmentMethod.Annex, 0));
                sectionTitle = true;
            }
            else if (listAnswers is { } listed && !unit.IsTablePart && IsBullet(unit.Head.ListLabel) && !draft.IsGeneral)
            {
                // "(c) The measures we apply are:" closing an answer to 2a–2c: the bulleted list is 2c's (a list
                // numbered or lettered may name questions of its own, and is identified as usual).
                StartNew(new SegmentDraft([listed], draft.Method, draft.Confidence));
            }
            else if (!signedOff && !ownLists.Contains(i) && identifier.Identify(unit, context) is { } found)
            {
                StartNew(new SegmentDraft(found.Questions, found.Method, found.Confidence) { StartedByHeading = unit.Head.Kind == BlockKind.Heading && !unit.IsTablePart });
                opened = found;
            }
            else if (!signedOff && (draft.StartedByHeading || byHeadings) && unit.Head.Kind == BlockKind.Heading && !unit.IsTablePart && (draft.HasContent || !draft.StartedByHeading))
            {
                // A letter structured by headings ("How we assess risk", "Raising concerns") starts a new section at
                // every heading: one that names no question ("Safeguards", "Looking ahead") ends the previous answer,
                // and the section is left to routing by what it says.
                StartNew(new SegmentDraft([QuestionId.General], SegmentMethod.Section, 0) { StartedByHeading = true });
                sectionTitle = true;
            }

            // A paragraph ending "… :" opens a list whose items may carry on its sentence; an item ending ";" keeps it open.
            var end = text.TrimEnd();
            context.InsideSentenceList = !unit.IsTablePart && (ListLeadIns.Opens(end) || (context.InsideSentenceList && unit.Head.ListLabel is not null && end.EndsWith(';')));

            for (var b = 0; b < unit.Blocks.Length; b++)
            {
                var block = unit.Blocks[b];
                var role = quoted || (sectionTitle && b == 0) ? PassageRole.Question : RoleOf(opened, unit, b, identifier);
                draft.Add(new Passage(block.DisplayText, block.Page, block.Index) { ContinuedOnPage = block.ContinuedOnPage, Role = role }, block.Kind == BlockKind.Heading);
            }

            listAnswers = opened?.ListAnswers;
            if (opened is { AnswersOnlyItself: true })
            {
                StartNew(SegmentDraft.General());
            }
        }

        StartNew(SegmentDraft.General());
        return new SegmentedReply(document, campaign.Id, company, CrossReferences.Resolve(segments.ToImmutable(), campaign));
    }

    /// <summary>A list item's label that is a bullet ("•", "–", "▪"), not a number or letter.</summary>
    private static bool IsBullet(string? label) => label is { Length: > 0 } && !label.Any(char.IsLetterOrDigit);

    /// <summary>
    /// Whether the letter's body is organised under headings of its own ("Our business in the region", "Responsible
    /// business"): at least two headings past the letterhead (the first few paragraphs).
    /// </summary>
    private static bool IsStructuredByHeadings(ImmutableArray<ReplyUnit> units) =>
        units.Skip(LetterheadUnits).Count(u => !u.IsTablePart && u.Head.Kind == BlockKind.Heading) >= 2;

    /// <summary>
    /// The role of a unit's block: the head of a unit that opens an answer is what identification found (a label, the
    /// restated question, or the answer itself); in a table row the cells between the first and the last may be labels
    /// or the question too; every other block is answer.
    /// </summary>
    private static PassageRole RoleOf(Identification? opened, ReplyUnit unit, int block, QuestionIdentifier identifier) =>
        opened is null ? PassageRole.Answer
        : block == 0 ? opened.HeadRole
        : unit.IsTablePart && block < unit.Blocks.Length - 1 ? identifier.CellRole(unit.Blocks[block], opened.Questions)
        : PassageRole.Answer;

    /// <summary>
    /// A sign-off, or a closing courtesy or disclaimer, in the second half of the reply's own letter (<paramref
    /// name="count"/> paragraphs: those above a message it quotes) ends the answers.
    /// </summary>
    private static bool IsLetterEnd(string text, int index, int count) =>
        (LetterClosings.IsSignOff(text) || LetterParts.IsClosingCourtesy(text) || LetterParts.IsDisclaimer(text)) && index >= count / 2;
}
