using System.Collections.Immutable;
using Pipeline.Core.Reports;

namespace Pipeline.Web.Data;

/// <summary>One page of a view's companies: its number, from 1, among <see cref="Last"/>.</summary>
internal sealed record CompanyPage(int Number, int Total)
{
    /// <summary>Companies a page shows: a matrix a screen or two long, and answers read for that many companies at most.</summary>
    public const int Size = 50;

    /// <summary>The last page; 1 when there are no companies.</summary>
    public int Last => Math.Max(1, (Total + Size - 1) / Size);

    /// <summary>The position of the page's first company, from 1 (0 when there are none).</summary>
    public int From => Total == 0 ? 0 : ((Number - 1) * Size) + 1;

    /// <summary>The position of the page's last company.</summary>
    public int To => Math.Min(Total, Number * Size);

    /// <summary>The page's companies.</summary>
    public ImmutableArray<CompanyEntry> Of(ImmutableArray<CompanyEntry> companies) => [.. companies.Skip(From - 1).Take(To - From + 1)];
}
