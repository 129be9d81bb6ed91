using System.Text;
using Pipeline.Core.Documents;
using Pipeline.Extraction.Tests.Fixtures;

namespace Pipeline.Extraction.Tests.Html;

public sealed class HtmlExtractorTests
{
    [Fact]
    public void Html_VisibleTextOnly_BlockElementsBecomeBlocks()
    {
        // Given a reply page with script, style, a hidden element, a heading, an ordered list of type "a" and a Q/A table
        var html = """
            <html><head><title>Reply</title><style>p{}</style><script>var x = "hidden";</script></head><body>
            <h2>Our answers</h2><p><b>Q1:</b> We do&nbsp;not.</p><div style="display: none">secret</div>
            <ol type="a" start="2"><li>first</li><li>second<br>line</li></ol>
            <table><tr><th>Question</th><th>Answer</th></tr><tr><td>2(b)</td><td><p>Yes.</p><p>Annually.</p></td></tr></table>
            <p dir="rtl">نعم</p></body></html>
            """;

        // When
        var document = Extract.Document(Encoding.UTF8.GetBytes(html), "reply.html");
        var blocks = document.Body.ToList();

        // Then
        Assert.Equal(["Our answers", "Q1: We do not.", "b. first", "c. second\nline", "Question", "Answer", "2(b)", "Yes.\nAnnually.", "نعم"], blocks.Select(b => b.DisplayText));
        Assert.Equal((BlockKind.Heading, 2), (blocks[0].Kind, blocks[0].HeadingLevel));
        Assert.Equal("Q1:", blocks[1].RunIn);
        Assert.Equal(BlockKind.ListItem, blocks[2].Kind);
        Assert.Equal((0, 1, 1), (blocks[7].Cell!.Table, blocks[7].Cell!.Row, blocks[7].Cell!.Column));
        Assert.True(blocks[8].IsRightToLeft);
        Assert.Equal("Reply", document.Metadata["title"]);
    }
}
