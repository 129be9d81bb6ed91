namespace Pipeline.Search.Schema;

/// <summary>Whether a keyword also gets doc values, for sorting and facet counts.</summary>
internal enum KeywordDocValues
{
    None,

    /// <summary>One value per record: sorted doc values.</summary>
    Single,

    /// <summary>Several values per record: sorted-set doc values.</summary>
    Multi,
}
