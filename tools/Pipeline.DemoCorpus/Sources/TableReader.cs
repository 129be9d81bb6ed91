using Pipeline.Core.Topics;
using Pipeline.DemoCorpus.Model;

namespace Pipeline.DemoCorpus.Sources;

/// <summary>
/// Reads a question | answer table. A row's left cell is `restate` (the full question from the campaign) or its own
/// text; a bare number such as "1a" is labelled topic other, a question text takes the question's topic.
/// </summary>
internal sealed class TableReader(AnnotationReader annotations)
{
    private static readonly string[] TableKeys = ["first_column", "header", "rows"];
    private static readonly string[] RowKeys = ["left", "q", "topic", "answer"];
    private const int BareNumberLength = 6;

    public ReplyBlock Read(SourceMap block)
    {
        var table = new SourceMap(block.Raw("table"), block.Where + ".table", TableKeys);
        var rows = new List<TableRowBlock>();
        var header = table.List("header").Select(h => h?.ToString() ?? string.Empty).ToList();
        if (header.Count == 2)
        {
            rows.Add(new TableRowBlock(header[0], Annotation.General, "table_header", [header[1]], Annotation.General) { IsHeader = true });
        }

        var raw = table.List("rows");
        for (var i = 0; i < raw.Count; i++)
        {
            rows.Add(ReadRow(new SourceMap(raw[i], $"{table.Where}.rows[{i}]", RowKeys)));
        }

        return new ReplyBlock(BlockKind.Table, string.Empty, Annotation.General)
        {
            Rows = [.. rows],
            FirstColumnPercent = table.Int("first_column") ?? 35,
        };
    }

    private TableRowBlock ReadRow(SourceMap row)
    {
        var answerNote = annotations.Read(row);
        var question = annotations.Question(row, answerNote.Primary.Value);
        var left = row.Required("left");
        var leftText = left == "restate" ? question.Text : ReplySourceReader.Normalise(left);
        var bare = leftText.Length <= BareNumberLength;
        var leftNote = new Annotation(answerNote.Questions, bare ? Topic.Other : question.Topic);
        var answer = row.List("answer").Select(a => ReplySourceReader.Normalise(a?.ToString() ?? string.Empty)).ToList();
        if (answer.Count == 0)
        {
            throw row.Error("answer: required");
        }

        return new TableRowBlock(leftText, leftNote, bare ? "table_label" : "table_question", [.. answer], answerNote);
    }
}
