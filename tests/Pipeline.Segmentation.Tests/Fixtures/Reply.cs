using System.Collections.Immutable;
using Pipeline.Core.Documents;

namespace Pipeline.Segmentation.Tests.Fixtures;

/// <summary>Builds an extracted reply block by block, as extraction would deliver it.</summary>
internal sealed class Reply
{
    private readonly List<Block> _blocks = [];
    private int _page = 1;

    public static Reply New() => new();

    public Reply Para(string text, string? runIn = null) => Add(BlockKind.Paragraph, text, b => b with { RunIn = runIn });

    public Reply Heading(string text) => Add(BlockKind.Heading, text, b => b with { HeadingLevel = 2 });

    public Reply Item(string label, string text, int level = 0) => Add(BlockKind.ListItem, text, b => b with { ListLabel = label, ListLevel = level });

    public Reply Row(int table, int row, params string[] cells)
    {
        for (var c = 0; c < cells.Length; c++)
        {
            var column = c;
            Add(BlockKind.TableCell, cells[c], b => b with { Cell = new TableCellPosition(table, row, column) });
        }

        return this;
    }

    public Reply Header(string text) => Add(BlockKind.Header, text, b => b);

    public Reply Footer(string text) => Add(BlockKind.Footer, text, b => b);

    public Reply NextPage()
    {
        _page++;
        return this;
    }

    public ExtractedDocument Build(string source = "replies/Acme reply.pdf") =>
        new("doc-" + _blocks.Count, source, SourceFormat.Pdf, _page, [.. _blocks], []);

    private Reply Add(BlockKind kind, string text, Func<Block, Block> shape)
    {
        _blocks.Add(shape(new Block(_blocks.Count, kind, text, _page)));
        return this;
    }
}
