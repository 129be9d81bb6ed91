namespace Pipeline.ReuseBenchmarks;

/// <summary>
/// Answer paragraphs of N generated replies: sentences drawn from a pool built out of a vocabulary of due-diligence
/// words (so unrelated paragraphs share words and short phrases, as real replies on one questionnaire do), with a
/// known share copied from another reply and lightly edited, and optionally a share taken from a few templates that
/// every company uses (boilerplate: each template copied thousands of times). Seeded: the same N gives the same text.
/// </summary>
internal sealed class SyntheticReplies
{
    private static readonly string[] Vocabulary =
        ("we our company customers government border surveillance cameras radar systems human rights due diligence risk assessment " +
         "export licence authorities region migrants refugees asylum seekers data protection training staff contracts clauses end use " +
         "grievance mechanism complaints hotline policy board committee review approve refuse suspend deliveries products services " +
         "equipment software biometric identification consultation civil society organisations audit suppliers partners transparency " +
         "publish report annual countries ministries police coast guard checkpoints camps deployment maintenance support remedy harm " +
         "misuse monitoring safeguards access controls retention deletion encryption the a of to in and for with on by as is are has have " +
         "not no all each every any which that this these those where when since before after under within across between").Split(' ');

    /// <summary>How many templates the template share is drawn from.</summary>
    public const int Templates = 10;

    public SyntheticReplies(int replies, int paragraphsPerReply, double copiedShare, double templateShare = 0, int seed = 16)
    {
        var random = new Random(seed);
        var owner = new List<int>();
        var texts = new List<string>();
        var copies = new List<(int Copy, int Original)>();
        var templates = Enumerable.Range(0, Templates).Select(_ => Paragraph(random)).ToArray();
        var firstUse = new int?[Templates];
        for (var reply = 0; reply < replies; reply++)
        {
            for (var p = 0; p < paragraphsPerReply; p++)
            {
                if (random.NextDouble() < templateShare)
                {
                    var template = random.Next(Templates);
                    if (firstUse[template] is { } first)
                    {
                        copies.Add((texts.Count, first));
                    }

                    firstUse[template] ??= texts.Count;
                    texts.Add(LightlyEdited(templates[template], random));
                }
                else if (texts.Count > 0 && random.NextDouble() < copiedShare)
                {
                    var original = random.Next(texts.Count);
                    copies.Add((texts.Count, original));
                    texts.Add(LightlyEdited(texts[original], random));
                }
                else
                {
                    texts.Add(Paragraph(random));
                }

                owner.Add(reply);
            }
        }

        (Paragraphs, Reply, Copies) = (texts, owner, copies);
    }

    public IReadOnlyList<string> Paragraphs { get; }

    /// <summary>The reply each paragraph belongs to.</summary>
    public IReadOnlyList<int> Reply { get; }

    /// <summary>Which paragraph was copied from which.</summary>
    public IReadOnlyList<(int Copy, int Original)> Copies { get; }

    private static string Paragraph(Random random)
    {
        var sentences = random.Next(2, 5);
        return string.Join(' ', Enumerable.Range(0, sentences).Select(_ => Sentence(random)));
    }

    private static string Sentence(Random random)
    {
        var words = Enumerable.Range(0, random.Next(10, 22)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]).ToArray();
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words) + ".";
    }

    // A copy as companies make them: a word or two changed, the text reflowed with a hyphenated line break.
    private static string LightlyEdited(string text, Random random)
    {
        var words = text.Split(' ');
        for (var i = 0; i < 2; i++)
        {
            words[random.Next(words.Length)] = Vocabulary[random.Next(Vocabulary.Length)];
        }

        var cut = random.Next(1, words.Length);
        if (words[cut].Length > 6)
        {
            words[cut] = words[cut][..3] + "-\n" + words[cut][3..];
        }

        return string.Join(' ', words);
    }
}
