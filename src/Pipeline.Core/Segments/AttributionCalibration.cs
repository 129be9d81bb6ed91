using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipeline.Core.Segments;

/// <summary>
/// Turns how strongly a method ties a segment to its question(s) — a marker's kind, a restated question's match, a
/// routed paragraph's topic score — into how often such a tie was right: per method, a step function fitted by isotonic
/// regression on the development campaigns' gold (<c>corpus/campaigns/independent/calibration/</c>). A segment's
/// confidence is then a probability a researcher can read as one. Methods the table does not know keep their value.
/// </summary>
public sealed class AttributionCalibration
{
    // Before Shipped: static fields are initialised in the order they are written.
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private readonly ImmutableDictionary<SegmentMethod, ImmutableArray<Bound>> _steps;

    private AttributionCalibration(ImmutableDictionary<SegmentMethod, ImmutableArray<Bound>> steps) => _steps = steps;

    /// <summary>Every method's own value, as its rule states it (what the table is fitted on).</summary>
    public static AttributionCalibration None { get; } = new(ImmutableDictionary<SegmentMethod, ImmutableArray<Bound>>.Empty);

    /// <summary>The table shipped with Pipeline (<c>attribution-calibration.json</c>, embedded in this assembly).</summary>
    public static AttributionCalibration Shipped { get; } = LoadShipped();

    /// <summary>
    /// The calibrated confidence of a tie made by <paramref name="method"/> with value <paramref name="raw"/>: the value
    /// of the first step whose upper bound is at least <paramref name="raw"/> (the last step's above them all), rounded
    /// to three decimals; <paramref name="raw"/> itself for a method without steps.
    /// </summary>
    public double Of(SegmentMethod method, double raw)
    {
        if (!_steps.TryGetValue(method, out var steps))
        {
            return raw;
        }

        foreach (var step in steps)
        {
            if (raw <= step.UpTo)
            {
                return step.Confidence;
            }
        }

        return steps[^1].Confidence;
    }

    /// <summary>Reads a table in the shipped file's format.</summary>
    /// <exception cref="InvalidDataException">The text is not such a table: named for <paramref name="source"/>.</exception>
    public static AttributionCalibration Parse(string json, string source)
    {
        CalibrationFile? file;
        try
        {
            file = JsonSerializer.Deserialize<CalibrationFile>(json, Options);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source}: not an attribution calibration table ({e.Message})", e);
        }

        if (file?.Methods is not { Count: > 0 } methods)
        {
            throw new InvalidDataException($"{source}: no methods in the attribution calibration table");
        }

        var steps = ImmutableDictionary.CreateBuilder<SegmentMethod, ImmutableArray<Bound>>();
        foreach (var (name, list) in methods)
        {
            if (!Enum.TryParse<SegmentMethod>(name, ignoreCase: true, out var method) || list is not { Length: > 0 }
                || list.Any(s => s.Confidence is < 0 or > 1) || list.Zip(list.Skip(1)).Any(p => p.First.UpTo >= p.Second.UpTo || p.First.Confidence > p.Second.Confidence))
            {
                throw new InvalidDataException($"{source}: method '{name}' needs a known name and steps rising in both bound and confidence, each confidence 0 to 1");
            }

            steps[method] = [.. list.Select(s => s with { Confidence = Math.Round(s.Confidence, 3) })];
        }

        return new AttributionCalibration(steps.ToImmutable());
    }

    private static AttributionCalibration LoadShipped()
    {
        const string name = "Pipeline.Core.attribution-calibration.json";
        using var stream = typeof(AttributionCalibration).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded in Pipeline.Core");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), name);
    }

    /// <summary>One step: values up to <paramref name="UpTo"/> (and above the previous step's) were right this often.</summary>
    public sealed record Bound(double UpTo, double Confidence);

    private sealed record CalibrationFile([property: JsonPropertyName("methods")] Dictionary<string, Bound[]>? Methods);
}
