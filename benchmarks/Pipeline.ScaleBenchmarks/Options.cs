namespace Pipeline.ScaleBenchmarks;

/// <summary>"--name value" pairs from the command line.</summary>
internal sealed class Options
{
    private readonly Dictionary<string, string> _values = [];

    public static Options Parse(IEnumerable<string> args)
    {
        var options = new Options();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var name = e.Current;
            options._values[name] = e.MoveNext() ? e.Current : throw new ArgumentException($"{name} needs a value");
        }

        return options;
    }

    public string? Get(string name) => _values.GetValueOrDefault(name);

    public string Required(string name) => Get(name) ?? throw new ArgumentException($"{name} is required");
}
