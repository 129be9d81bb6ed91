using System.Text;
using Pipeline.Core.Documents;
using Pipeline.Extraction.Tests.Fixtures;

namespace Pipeline.Extraction.Tests.Text;

public sealed class TextFormatTests
{
    [Fact]
    public void PlainText_ParagraphsSplitOnBlankLines_LinesKept()
    {
        // Given a pasted e-mail reply with CRLF line ends, a no-break space and a soft hyphen
        var text = "Dear researchers,\r\n\r\n1. We do not sell\r\nto governments.\r\n\r\n\r\n2.\u00A0Our due\u00ADdiligence is annual.\r\n";

        // When
        var document = Extract.Document(Encoding.UTF8.GetBytes(text), "reply.txt");

        // Then
        Assert.Equal(["Dear researchers,", "1. We do not sell\nto governments.", "2. Our duediligence is annual."], Extract.Lines(document));
        Assert.Equal(SourceFormat.Text, document.Format);
        Assert.Equal(PositionUnit.ParagraphOrdinal, document.Positions);
        Assert.Equal([1, 2, 3], document.Blocks.Select(b => b.Ordinal));
    }

    [Fact]
    public void PlainText_Windows1252_IsDecoded()
    {
        // Given text from an old mail client in cp1252 (0x92 is a right single quote)
        var bytes = Encoding.Latin1.GetBytes("We don't disclose.").Select(b => b == (byte)'\'' ? (byte)0x92 : b).ToArray();

        // When / Then
        Assert.Equal("We don\u2019t disclose.", Extract.Document(bytes, "reply.txt").Blocks.Single().Text);
    }

    [Fact]
    public void Markdown_HeadingsListsAndTables_BecomeStructuredBlocks()
    {
        // Given a Markdown reply with a heading, an ordered list starting at 2 with a nested lettered list, a bold run-in and a table
        var markdown = "# Reply to the questionnaire\n\n**Question 1:** We comply.\n\n2. Products\n3. Clients\n   a. police\n   b. army\n\n- bullet\n\n| Q | A |\n|---|---|\n| 1a | No |\n";

        // When
        var blocks = Extract.Document(Encoding.UTF8.GetBytes(markdown), "reply.md").Body.ToList();

        // Then
        Assert.Equal(
            ["Reply to the questionnaire", "Question 1: We comply.", "2. Products", "3. Clients", "a. police", "b. army", "• bullet", "Q", "A", "1a", "No"],
            blocks.Select(b => b.DisplayText));
        Assert.Equal((BlockKind.Heading, 1), (blocks[0].Kind, blocks[0].HeadingLevel));
        Assert.Equal("Question 1:", blocks[1].RunIn);
        Assert.Equal([0, 0, 1, 1], blocks.Skip(2).Take(4).Select(b => b.ListLevel));
        Assert.Equal((0, 1, 1), (blocks[10].Cell!.Table, blocks[10].Cell!.Row, blocks[10].Cell!.Column));
    }
}
