using System.Text;
using System.Text.Json;
using Pipeline.Core.Json;
using Pipeline.DemoCorpus.Model;

namespace Pipeline.DemoCorpus.Gold;

/// <summary>Writes a reply's gold file from the same resolved blocks the renderer draws, so the two cannot disagree.</summary>
internal static class GoldWriter
{
    public static IReadOnlyList<GoldParagraph> Paragraphs(Reply reply)
    {
        var gold = new List<GoldParagraph>();
        foreach (var block in reply.Blocks)
        {
            switch (block.Kind)
            {
                case BlockKind.Columns or BlockKind.PageBreak:
                    break;
                case BlockKind.Table:
                    foreach (var row in block.Rows)
                    {
                        gold.Add(Line(reply, row.Left, row.LeftNote, row.LeftKind));
                        gold.AddRange(row.Answer.Select(a => Line(reply, a, row.AnswerNote, row.IsHeader ? "table_header" : "table_answer")));
                    }

                    break;
                default:
                    gold.Add(Line(reply, block.FullText, block.Note, JsonNamingPolicy.SnakeCaseLower.ConvertName(block.Kind.ToString())));
                    break;
            }
        }

        return gold;
    }

    public static void Write(Reply reply, string path)
    {
        var lines = Paragraphs(reply).Select(p => JsonSerializer.Serialize(p, PipelineJson.Compact));
        File.WriteAllText(path, string.Join('\n', lines) + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private static GoldParagraph Line(Reply reply, string text, Annotation note, string kind) =>
        new(text, note.Primary, note.Questions, note.Topic, reply.Style, kind);
}
