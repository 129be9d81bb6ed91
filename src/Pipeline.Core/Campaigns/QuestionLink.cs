namespace Pipeline.Core.Campaigns;

/// <summary>
/// A question of another campaign that asks the same thing (<c>same_as: demo/2d</c> in a campaign file), so answers of
/// two campaigns can be set side by side question by question.
/// </summary>
/// <param name="CampaignId">The other campaign's id.</param>
/// <param name="Question">The question's id in that campaign.</param>
public readonly record struct QuestionLink(string CampaignId, QuestionId Question)
{
    /// <summary>Parses <c>campaign-id/2d</c>.</summary>
    public static bool TryParse(string text, out QuestionLink link)
    {
        link = default;
        var slash = text.LastIndexOf('/');
        if (slash <= 0 || !QuestionId.TryParse(text.AsSpan(slash + 1), out var question) || question.IsGeneral)
        {
            return false;
        }

        link = new QuestionLink(text[..slash].Trim(), question);
        return true;
    }

    public override string ToString() => $"{CampaignId}/{Question}";
}
