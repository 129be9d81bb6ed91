using System.Collections.Immutable;

namespace Pipeline.Workflows.Archive;

/// <summary>One campaign of a company's history: the company's name there and its answer per question.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Title">The campaign's title.</param>
/// <param name="DateSent">When the questionnaire was sent, when known.</param>
/// <param name="CompanyName">The company's name in that campaign.</param>
/// <param name="Answers">Per question of the campaign (only those of the topic asked for, when one was).</param>
public sealed record CampaignAnswers(string CampaignId, string Title, DateOnly? DateSent, string CompanyName, ImmutableArray<HistoryAnswer> Answers);
