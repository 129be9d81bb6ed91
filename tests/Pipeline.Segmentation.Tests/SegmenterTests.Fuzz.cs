using System.Text;
using Pipeline.Segmentation.Tests.Fixtures;

namespace Pipeline.Segmentation.Tests;

public sealed partial class SegmenterTests
{
    [Fact]
    public void Labels_FuzzedAndHuge_AreReadWithoutFailing()
    {
        // Given 400 replies of random label-like paragraphs ("B.2/(iii) 7°-α …") and one of a 200,000-character label run
        var random = new Random(20261206);
        const string alphabet = "ABCHIVXabchivx0123456789.-–/()[]°§αβ :;,&|—RQ \u200f";
        var replies = Enumerable.Range(0, 400).Select(_ =>
        {
            var reply = Reply.New();
            for (var p = 0; p < 12; p++)
            {
                var text = new StringBuilder();
                for (var c = random.Next(1, 40); c > 0; c--)
                {
                    text.Append(alphabet[random.Next(alphabet.Length)]);
                }

                reply.Para(text + " We supply cameras.");
            }

            return reply.Build();
        }).ToList();
        var huge = Reply.New()
            .Para("A.1 We supply cameras.")
            .Para(string.Concat(Enumerable.Repeat("B.2/B.3 / ", 20_000)) + "We consult NGOs.")
            .Para("C. No plans.")
            .Build();

        // When they are segmented
        var segmented = replies.Select(Segmented.Run).Append(Segmented.Run(huge)).ToList();

        // Then every reply is read, and the long run of labels names the two parts it repeats
        Assert.All(segmented, reply => Assert.NotEmpty(reply.Segments));
        Assert.Equal("2b,2c", segmented[^1].QuestionsOf("B.2/B.3"));
    }
}
