using System.Collections.Immutable;
using Pipeline.Classification.AnswerTopics;
using Pipeline.Core.Topics;

namespace Pipeline.Classification.Tests.Fakes;

/// <summary>An answer-topics model trained once on a few hand-written paragraphs: consultation, safeguards, complaints, both of the first two, letter furniture.</summary>
internal static class SmallAnswerTopics
{
    // Each example eight times: on twenty paragraphs the regularisation alone would keep every probability near the middle.
    private static readonly Lazy<AnswerTopicsModel> Trained = new(() => AnswerTopicsTrainer.Train([.. Enumerable.Repeat(Examples(), 8).SelectMany(e => e)], ["hand-written examples"], progress: null, CancellationToken.None));

    public static AnswerTopicsModel Model => Trained.Value;

    public static ImmutableArray<AnswerTopicsExample> Examples()
    {
        string[] consultation =
        [
            "We consulted refugee associations and migrants living in the camps before the project started.",
            "Our team met asylum seekers and human rights defenders to hear their concerns about the cameras.",
            "Consultations with affected communities, including migrants, took place twice a year.",
            "We held meetings with refugees in the camps and with local human rights organisations.",
        ];
        string[] safeguards =
        [
            "Every contract forbids resale of the equipment and requires an end-user certificate.",
            "Our licences prohibit use of the cameras for tracking individuals, and we train the operators.",
            "Contracts forbid transfer to other units; we can stop software updates if the cameras are misused.",
            "The cameras ship without face recognition, and the contract forbids adding it.",
        ];
        string[] complaints =
        [
            "Anyone can raise a complaint through our whistleblowing hotline.",
            "Complaints may be sent to our ombudsperson, who answers every message.",
            "Our grievance mechanism is open to people outside the company, in three languages.",
            "Concerns can be reported anonymously through the hotline on our website.",
        ];
        string[] both =
        [
            "We met refugee associations in the camps, and our contracts forbid resale of the equipment.",
            "Migrants we consulted asked for limits, so contracts now forbid tracking individuals with the cameras.",
        ];
        string[] furniture = ["Yours sincerely, the Board", "Dear Sir or Madam,", "Thank you for your letter of 12 July."];
        return
        [
            .. consultation.Select(t => new AnswerTopicsExample(t, [Topic.StakeholderEngagement])),
            .. safeguards.Select(t => new AnswerTopicsExample(t, [Topic.Mitigation])),
            .. complaints.Select(t => new AnswerTopicsExample(t, [Topic.GrievanceMechanism])),
            .. both.Select(t => new AnswerTopicsExample(t, [Topic.StakeholderEngagement, Topic.Mitigation])),
            .. furniture.Select(t => new AnswerTopicsExample(t, [])),
        ];
    }
}
