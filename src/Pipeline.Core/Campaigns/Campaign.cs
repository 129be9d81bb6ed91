using System.Collections.Immutable;

namespace Pipeline.Core.Campaigns;

/// <summary>An outreach campaign: one questionnaire sent to many companies. Immutable.</summary>
public sealed record Campaign(string Id, string Title, ImmutableArray<Question> Questions, ImmutableArray<Company> Companies)
{
    public string? Organisation { get; init; }

    public DateOnly? DateSent { get; init; }

    public DateOnly? DatePublished { get; init; }

    /// <summary>Where the outreach and its replies are published.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>Folder holding the replies, relative to the campaign file; null when unset.</summary>
    public string? RepliesFolder { get; init; }

    /// <summary>The company registry the campaign refers to (<c>registry:</c>); null when it names none.</summary>
    public CompanyRegistry? Registry { get; init; }

    /// <summary>Path of the campaign file it was loaded from, when loaded from a file.</summary>
    public string? FilePath { get; init; }

    public Question? FindQuestion(QuestionId id) => Questions.FirstOrDefault(q => q.Id == id);

    /// <summary>The first company of the list with this name or alias (case ignored); null when none. Looked up by key.</summary>
    public Company? FindCompany(string name) => CompanyLookup.Find(this, name);
}
