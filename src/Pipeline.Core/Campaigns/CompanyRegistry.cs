using System.Collections.Immutable;

namespace Pipeline.Core.Campaigns;

/// <summary>
/// The companies an organisation approaches, shared by its campaigns, so that "Thales" of 2022 and "Thales Group" of 2024
/// are one company in an archive. Names are compared with case and spacing ignored. Immutable.
/// </summary>
public sealed record CompanyRegistry(ImmutableArray<RegisteredCompany> Companies)
{
    /// <summary>The file it was read from, when read from a file.</summary>
    public string? FilePath { get; init; }

    /// <summary>The registered company with this name or alias; null when none.</summary>
    public RegisteredCompany? Find(string name) =>
        Companies.FirstOrDefault(c => c.AllNames.Any(n => SameName(n, name)));

    /// <summary>The registered company a campaign's company is: by its name, else by one of its aliases.</summary>
    public RegisteredCompany? Find(Company company)
    {
        ArgumentNullException.ThrowIfNull(company);
        return company.AllNames.Select(Find).FirstOrDefault(c => c is not null);
    }

    /// <summary>The subsidiaries registered under <paramref name="parent"/>.</summary>
    public IEnumerable<RegisteredCompany> SubsidiariesOf(RegisteredCompany parent) =>
        Companies.Where(c => c.Parent is { } p && SameName(p, parent.Name));

    /// <summary>Names equal once case and runs of spaces are ignored.</summary>
    public static bool SameName(string a, string b) =>
        string.Equals(Normalise(a), Normalise(b), StringComparison.OrdinalIgnoreCase);

    private static string Normalise(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
