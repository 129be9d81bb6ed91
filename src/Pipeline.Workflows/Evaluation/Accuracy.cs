namespace Pipeline.Workflows.Evaluation;

/// <summary>A named share of correct outcomes.</summary>
public sealed record Accuracy(string Name, int Total, int Correct)
{
    public double Share => Total == 0 ? 0 : (double)Correct / Total;

    public static Accuracy Of<T>(string name, IEnumerable<T> outcomes, Func<T, bool> correct)
    {
        var list = outcomes.ToList();
        return new Accuracy(name, list.Count, list.Count(correct));
    }
}
