using System.Collections.Immutable;

namespace Pipeline.Workflows.Corrections;

/// <summary>
/// A correction that cannot be recorded as asked: its reply is not indexed, its anchor designates no passage or several,
/// or it names an unknown question, topic, status or id. Expected trouble (a usage error, exit 1), with what it could mean.
/// </summary>
public sealed class CorrectionRejectedException(string message, ImmutableArray<string> candidates) : Exception(message)
{
    /// <summary>The passages, replies or ids the request could have meant; empty when there is no list to give.</summary>
    public ImmutableArray<string> Candidates { get; } = candidates;
}
