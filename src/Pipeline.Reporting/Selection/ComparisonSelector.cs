using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Errors;
using Pipeline.Core.Reports;
using Pipeline.Core.Topics;

namespace Pipeline.Reporting.Selection;

/// <summary>Applies <see cref="CompareOptions"/> to a comparison: picks and orders the rows and columns a renderer draws.</summary>
public static class ComparisonSelector
{
    /// <summary>What in <paramref name="options"/> the comparison does not know (an unknown question id or company); empty when all is well.</summary>
    public static ImmutableArray<string> Validate(CampaignComparison comparison, CompareOptions options)
    {
        var known = comparison.Campaign.Questions.Select(q => q.Id).ToHashSet();
        var problems = options.Questions.Where(q => !known.Contains(q))
            .Select(q => $"unknown question '{q}' (the campaign has {string.Join(", ", comparison.Campaign.Questions.Select(x => x.Id))})");
        var companies = options.Companies.Where(name => Find(comparison, name) is null)
            .Select(name => $"unknown company '{name}' (not in the campaign nor among the replies)");
        return [.. problems, .. companies];
    }

    /// <summary>The view <paramref name="options"/> describe.</summary>
    /// <exception cref="PipelineException">InvalidInput when <see cref="Validate"/> finds a problem.</exception>
    public static ComparisonView Select(CampaignComparison comparison, CompareOptions? options = null) => Select(comparison, options, parts: null);

    /// <summary>The view <paramref name="options"/> describe over a comparison read company by company (<see cref="IComparisonParts.Outline"/>).</summary>
    /// <exception cref="PipelineException">InvalidInput when <see cref="Validate"/> finds a problem.</exception>
    public static ComparisonView Select(IComparisonParts parts, CompareOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return Select(parts.Outline, options, parts);
    }

    private static ComparisonView Select(CampaignComparison comparison, CompareOptions? options, IComparisonParts? parts)
    {
        options ??= CompareOptions.Default;
        var problems = Validate(comparison, options);
        if (!problems.IsEmpty)
        {
            throw new PipelineException(ErrorCode.InvalidInput, comparison.Campaign.FilePath ?? comparison.Campaign.Id, string.Join("; ", problems));
        }

        ImmutableArray<Question> questions = options.Questions.IsDefaultOrEmpty
            ? comparison.Campaign.Questions
            : [.. options.Questions.Distinct().Select(id => comparison.Campaign.FindQuestion(id)!)];
        ImmutableArray<CompanyEntry> companies = options.Companies.IsDefaultOrEmpty
            ? [.. comparison.Companies.Where(c => c.Listed), .. comparison.Companies.Where(c => !c.Listed)]
            : [.. options.Companies.Select(name => Find(comparison, name)!).Distinct()];
        ImmutableArray<Topic> topics = options.Topics.IsDefaultOrEmpty ? TopicLabels.All : [.. options.Topics.Distinct()];
        return new ComparisonView(comparison, options.By, companies, questions, topics, parts);
    }

    private static CompanyEntry? Find(CampaignComparison comparison, string name)
    {
        var canonical = comparison.Campaign.FindCompany(name)?.Name ?? name;
        return comparison.Companies.FirstOrDefault(c => string.Equals(c.Name, canonical, StringComparison.OrdinalIgnoreCase));
    }
}
