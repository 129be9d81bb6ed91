using System.Collections.Immutable;
using System.Globalization;
using Pipeline.Core.Campaigns;
using Pipeline.DemoCorpus.Model;
using YamlDotNet.Serialization;

namespace Pipeline.DemoCorpus.Sources;

/// <summary>Reads one reply source (sources/&lt;slug&gt;.yaml, format in the demo README) into a resolved <see cref="Reply"/>.</summary>
internal sealed class ReplySourceReader(Campaign campaign)
{
    private static readonly string[] ReplyKeys = ["company", "format", "style", "language", "author", "date", "page", "blocks"];
    private static readonly string[] PageKeys = ["font", "size", "header", "footer", "page_numbers", "columns", "first_page_different"];
    private static readonly string[] BlockKeys =
        ["letterhead", "letter", "heading", "p", "question", "list", "table", "columns", "page_break",
         "q", "topic", "run_in", "align", "bold", "italic", "size", "format", "level", "restart"];

    private readonly AnnotationReader _annotations = new(campaign);

    public Reply Read(string path)
    {
        var data = new DeserializerBuilder().Build().Deserialize<object?>(File.ReadAllText(path));
        var map = new SourceMap(data, Path.GetFileName(path), ReplyKeys);
        var company = map.Required("company");
        if (campaign.FindCompany(company) is not { Status: not ResponseStatus.NoResponse } listed || listed.Name != company)
        {
            throw map.Error($"company: '{company}' is not a company of {campaign.Id} that replied (names must match exactly)");
        }

        var format = map.Required("format");
        if (format is not ("pdf" or "docx"))
        {
            throw map.Error($"format: '{format}' (expected pdf or docx)");
        }

        var blocks = map.List("blocks");
        return new Reply(
            company,
            format,
            map.Required("style"),
            map.Required("language"),
            map.Required("author"),
            DateOnly.ParseExact(map.Required("date"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            ReadPage(new SourceMap(map.Raw("page") ?? new Dictionary<object, object?>(), map.Where + ": page", PageKeys)),
            [.. blocks.Select((b, i) => ReadBlock(new SourceMap(b, $"{map.Where}: blocks[{i}]", BlockKeys)))]);
    }

    private static PageSetup ReadPage(SourceMap page) => new(
        page.String("font") ?? "Arial",
        page.Number("size") ?? 11,
        page.String("header"),
        page.String("footer"),
        page.Flag("page_numbers"),
        page.Int("columns") ?? 1,
        page.Flag("first_page_different"));

    private ReplyBlock ReadBlock(SourceMap map)
    {
        var block = map switch
        {
            _ when map.Has("letterhead") => Plain(BlockKind.Letterhead, map.Required("letterhead"), map) with { Bold = true },
            _ when map.Has("letter") => Plain(BlockKind.Letter, map.Required("letter"), map),
            _ when map.Has("heading") => Plain(BlockKind.Heading, map.Required("heading"), map) with { Bold = true },
            _ when map.Has("p") => Plain(BlockKind.Paragraph, map.Required("p"), map),
            _ when map.Has("question") => RestatedQuestion(map),
            _ when map.Has("list") => Plain(BlockKind.ListItem, map.Required("list"), map) with
            {
                ListFormat = map.String("format") ?? "decimal",
                Level = map.Int("level") ?? 0,
                Restart = map.Flag("restart"),
            },
            _ when map.Has("table") => new TableReader(_annotations).Read(map),
            _ when map.Has("columns") => new ReplyBlock(BlockKind.Columns, string.Empty, Annotation.General),
            _ when map.Has("page_break") => new ReplyBlock(BlockKind.PageBreak, string.Empty, Annotation.General),
            _ => throw map.Error("no block kind (letterhead, letter, heading, p, question, list, table, columns, page_break)"),
        };
        return block with
        {
            RunIn = map.String("run_in"),
            Align = map.String("align") ?? block.Align,
            Bold = block.Bold || map.Flag("bold"),
            Italic = map.Flag("italic"),
            Size = map.Number("size"),
        };
    }

    private ReplyBlock Plain(BlockKind kind, string text, SourceMap map) => new(kind, Normalise(text), _annotations.Read(map));

    /// <summary>`question: 2b` restates 2b in full from the campaign; any other text is a shortened restatement of `q`.</summary>
    private ReplyBlock RestatedQuestion(SourceMap map)
    {
        var value = map.Required("question");
        if (!map.Has("q"))
        {
            var question = _annotations.Question(map, value);
            return new ReplyBlock(BlockKind.Question, question.Text, new Annotation([question.Id], question.Topic)) { Bold = true };
        }

        return new ReplyBlock(BlockKind.Question, Normalise(value), _annotations.Read(map, topicFromQuestion: true)) { Bold = true };
    }

    /// <summary>Folded YAML keeps a trailing newline or doubled spaces easily; letters hold single-spaced text.</summary>
    internal static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
