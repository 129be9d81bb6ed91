using Lucene.Net.QueryParsers.Classic;

namespace Pipeline.Search.Querying;

/// <summary>A query names a field the index does not have; raised inside the parser so that parsing stops there.</summary>
#pragma warning disable CA1032, CA2229 // internal signal within one parse, never serialised or constructed elsewhere
internal sealed class UnknownFieldException(string field) : ParseException($"unknown field '{field}'")
#pragma warning restore CA1032, CA2229
{
    public string Field { get; } = field;
}
