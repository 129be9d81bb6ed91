namespace Pipeline.Search.Querying.Patterns;

/// <summary>Reads a wildcard term as Lucene's <c>WildcardQuery</c> does (<c>*</c> any string, <c>?</c> any character, <c>\</c> escapes), for measuring.</summary>
internal static class WildcardPattern
{
    public static PatternNode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = new List<PatternNode>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            parts.Add(c switch
            {
                '*' => PatternNode.AnyString,
                '?' => PatternNode.AnyChar,
                '\\' when i + 1 < text.Length => PatternNode.Char(text[++i]),
                _ => PatternNode.Char(c),
            });
        }

        return parts.Count == 0
            ? new PatternNode(PatternKind.String)
            : parts.AsEnumerable().Reverse().Aggregate((right, left) => PatternNode.Binary(PatternKind.Concatenation, left, right));
    }
}
