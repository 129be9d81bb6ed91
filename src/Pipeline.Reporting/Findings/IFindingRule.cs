namespace Pipeline.Reporting.Findings;

/// <summary>One kind of finding. A rule reads the comparison only through the context and never names a company itself.</summary>
public interface IFindingRule
{
    IEnumerable<Finding> Find(FindingContext context);
}
