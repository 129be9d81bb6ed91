using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Pipeline.Core.Reports;
using Pipeline.Core.Topics;
using Pipeline.Reporting.Selection;
using Pipeline.Reporting.Formatting;

namespace Pipeline.Reporting.Csv;

/// <summary>
/// The comparison in long form, one row per company × question (or × topic), so it loads as is into a spreadsheet
/// or pandas: RFC 4180, UTF-8 with a byte-order mark (Excel needs it to read accents), CRLF line ends.
/// </summary>
/// <remarks>
/// By question: campaign, company, question, status, topics, text, file, pages, confidence, needs_review (true when an
/// answer's reading is unsure: <see cref="Core.Review.ReviewPolicy"/>), corrected (what researchers corrected and what the
/// machine had said; empty when nothing), reason.
/// By topic: campaign, company, topic, passages, text, file, pages, score, reason.
/// Lists (topics, files, pages) are ";"-separated; numbers use a dot; text is verbatim, its line breaks kept. The reason
/// says why a company's reply is missing (reply_not_indexed: the failed file and its error, or "no reply file found");
/// by topic it is on every row of such a company, whose counts leave that reply out.
/// </remarks>
public sealed class CsvComparisonRenderer : IComparisonRenderer
{
    public static ImmutableArray<string> QuestionColumns { get; } = ["campaign", "company", "question", "status", "topics", "text", "file", "pages", "confidence", "needs_review", "corrected", "reason"];

    public static ImmutableArray<string> TopicColumns { get; } = ["campaign", "company", "topic", "passages", "text", "file", "pages", "score", "reason"];

    public void Render(ComparisonView view, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        var csv = new CsvWriter(writer);
        var campaign = view.Campaign.Id;
        if (view.By == CompareBy.Question)
        {
            csv.WriteRow(QuestionColumns);
            foreach (var company in view.Companies)
            {
                var rows = view.Rows(company);
                foreach (var question in view.Questions)
                {
                    var cell = rows.Cell(question);
                    csv.WriteRow(
                        campaign, company.Name, question.Id.Value, cell.Status.ToLabel(),
                        string.Join(";", cell.Topics.Select(t => t.ToLabel())), cell.Text,
                        PageList.Files(cell.Answers), PageList.Pages(cell.Answers),
                        cell.Answers.IsDefaultOrEmpty ? string.Empty : Number(cell.Confidence),
                        cell.NeedsReview ? "true" : "false",
                        CorrectionText.Of(cell),
                        cell.Reason ?? string.Empty);
                }
            }
        }
        else
        {
            csv.WriteRow(TopicColumns);
            foreach (var company in view.Companies)
            {
                var rows = view.Rows(company);
                foreach (var topic in view.Topics)
                {
                    var cell = rows.Cell(topic);
                    AnswerExcerpt[] strongest = cell.Strongest is { } s ? [s] : [];
                    csv.WriteRow(
                        campaign, company.Name, topic.ToLabel(), cell.Passages.ToString(CultureInfo.InvariantCulture),
                        cell.Strongest?.Text ?? string.Empty, PageList.Files(strongest), PageList.Pages(strongest),
                        cell.Strongest is { } x ? Number(x.TopicScore) : string.Empty,
                        company.MissingReason ?? string.Empty);
                }
            }
        }
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
