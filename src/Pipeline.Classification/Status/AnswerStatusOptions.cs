namespace Pipeline.Classification.Status;

/// <summary>Thresholds of <see cref="AnswerStatusRules"/>. Shares are of substantive text: characters of passages classified as anything but <c>other</c>.</summary>
public sealed record AnswerStatusOptions
{
    /// <summary>Defaults: decline share 0.5, on-topic share 0.25, 15 words per question, 20 words beside a refusal, 2 words shared by a caveat.</summary>
    public static AnswerStatusOptions Default { get; } = new();

    /// <summary><c>confidentiality_decline</c> covering at least this share of an answer (or of a whole reply) makes it a refusal.</summary>
    public double DeclineShare { get; init; } = 0.5;

    /// <summary>
    /// An answer to the due-diligence question that is at least this share export licensing (<c>export_control</c>) is
    /// partial: it says how export law is complied with, not how human-rights risks are assessed.
    /// </summary>
    public double LicensingShare { get; init; } = 0.5;

    /// <summary>
    /// The question's expected topic must cover at least this share of the answer for it to count as answered. A quarter,
    /// not a half: real answers mix topics (a due-diligence answer cites the policy and the safeguards), and about one
    /// passage in eight is misclassified; below a quarter the answer is mostly about something else.
    /// </summary>
    public double OnTopicShare { get; init; } = 0.25;

    /// <summary>
    /// Fewer words than this for the question makes an answer partial ("2(d) Yes."). A segment answering several questions
    /// counts all its words for each: on independently written replies, joint answers ("1b/1c: Not applicable, as no
    /// such products have been distributed") are read as answers, not as thin ones.
    /// </summary>
    public int MinimumWords { get; init; } = 15;

    /// <summary>
    /// An answer mostly made of refusal that still says this many words of something else (sentences that do not refuse,
    /// outside passages classified <c>confidentiality_decline</c>) is partial, not declined: it refuses a part and answers
    /// the rest ("We are not able to give numbers of sensors by site. The two crossing posts in Oman are our only …").
    /// </summary>
    public int RemainderWords { get; init; } = 20;

    /// <summary>
    /// Words beside a refusal of the whole questionnaire, in an answer made of nothing else, that are still reassurance
    /// ("All our exports are licensed by the competent authorities …") rather than an answer: the answer is declined.
    /// </summary>
    public int ReassuranceWords { get; init; } = 40;

    /// <summary>
    /// A refusing sentence beside an answer makes it partial when it shares at least this many content words with the
    /// question (<see cref="QuestionWords"/>): it withholds what was asked ("updated client lists" for a question about
    /// updated lists of clients), where a caveat about something else leaves the answer whole.
    /// </summary>
    public int CaveatSharedWords { get; init; } = 2;
}
