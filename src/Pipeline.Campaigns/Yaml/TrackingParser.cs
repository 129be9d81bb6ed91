using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Pipeline.Campaigns.Yaml;

/// <summary>
/// A YAML parser that remembers where the last event it read ended, so that a failure the library does not
/// locate itself (it throws InvalidOperationException on some malformed input) can still be reported with a line.
/// </summary>
internal sealed class TrackingParser(string yaml) : IParser
{
    private readonly Parser _inner = new(new StringReader(yaml));

    public Mark LastGood { get; private set; } = Mark.Empty;

    public ParsingEvent? Current => _inner.Current;

    public bool MoveNext()
    {
        if (_inner.Current is { } current)
        {
            LastGood = current.End;
        }

        return _inner.MoveNext();
    }
}
