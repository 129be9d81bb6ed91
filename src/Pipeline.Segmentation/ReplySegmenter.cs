using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Documents;
using Pipeline.Core.Segments;
using Pipeline.Segmentation.Letter;
using Pipeline.Segmentation.Units;

namespace Pipeline.Segmentation;

/// <summary>
/// Splits a reply into segments, each the answer to one or more questions of the campaign or <c>general</c>
/// (letterhead, greeting, background, closing, and prose that names no question). Headers and footers are
/// never read, so they never cut an answer. Stateless and thread-safe.
/// </summary>
public sealed class ReplySegmenter(SegmentationOptions? options = null)
{
    private readonly SegmentationOptions _options = options ?? SegmentationOptions.Default;

    public SegmentedReply Segment(ExtractedDocument document, Campaign campaign, CompanyAttribution company)
    {
        var identifier = new QuestionIdentifier(campaign, _options);
        var units = UnitBuilder.Build(document.Body.Where(b => b.Text.Length > 0), identifier.NamesQuestion);
        var segments = ImmutableArray.CreateBuilder<Segment>();
        var context = new ReadingContext();
        var draft = SegmentDraft.General();
        var signedOff = false;

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
            Identification? opened = null;
            if (!signedOff && !unit.IsTablePart && IsLetterEnd(text, i, units.Length))
            {
                signedOff = LetterParts.IsSignOff(text);
                if (!draft.IsGeneral)
                {
                    StartNew(SegmentDraft.General());
                }
            }
            else if (!signedOff && !unit.IsTablePart && LetterParts.IsGreeting(text))
            {
                if (!draft.IsGeneral)
                {
                    StartNew(SegmentDraft.General());
                }
            }
            else if (!signedOff && identifier.Identify(unit, context) is { } found)
            {
                StartNew(new SegmentDraft(found.Questions, found.Method, found.Confidence));
                opened = found;
            }

            for (var b = 0; b < unit.Blocks.Length; b++)
            {
                var block = unit.Blocks[b];
                draft.Add(new Passage(block.DisplayText, block.Page, block.Index) { ContinuedOnPage = block.ContinuedOnPage, Role = RoleOf(opened, unit, b, identifier) });
            }
        }

        StartNew(SegmentDraft.General());
        return new SegmentedReply(document, campaign.Id, company, segments.ToImmutable());
    }

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

    /// <summary>A sign-off, or a closing courtesy or disclaimer in the last part of the letter, ends the answers.</summary>
    private static bool IsLetterEnd(string text, int index, int count) =>
        (LetterParts.IsSignOff(text) || LetterParts.IsClosingCourtesy(text) || LetterParts.IsDisclaimer(text)) && index >= count / 2;
}
