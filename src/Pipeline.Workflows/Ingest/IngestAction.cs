using System.Text.Json.Serialization;
using Pipeline.Core.Json;

namespace Pipeline.Workflows.Ingest;

/// <summary>What ingest did with a file.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<IngestAction>))]
public enum IngestAction
{
    /// <summary>New to the index.</summary>
    Added,

    /// <summary>Its content changed since it was indexed: its old segments were replaced.</summary>
    Replaced,

    /// <summary>Indexed already with the same content hash: skipped.</summary>
    Unchanged,

    /// <summary>It could not be processed; the error says why. Nothing of it was written.</summary>
    Failed,
}
