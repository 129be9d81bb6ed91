using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Pipeline.Search.Schema;

/// <summary>The few ways this index adds a field, so that every keyword is indexed, stored and counted alike.</summary>
internal static class LuceneDocumentExtensions
{
    /// <summary>Adds a keyword: indexed lower-cased, stored as given, with doc values when it is sorted or counted.</summary>
    public static void AddKeyword(this Document document, string name, string? value, KeywordDocValues docValues = KeywordDocValues.None)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        document.Add(new StringField(name, KeywordValue.Normalise(value), Field.Store.NO));
        document.Add(new StoredField(name, value));
        switch (docValues)
        {
            case KeywordDocValues.Single:
                document.Add(new SortedDocValuesField(name, new BytesRef(value)));
                break;
            case KeywordDocValues.Multi:
                document.Add(new SortedSetDocValuesField(name, new BytesRef(value)));
                break;
        }
    }

    /// <summary>Adds an indexed, not stored, keyword: a key the index looks records up by.</summary>
    public static void AddKey(this Document document, string name, string value) =>
        document.Add(new StringField(name, value, Field.Store.NO));

    /// <summary>Marks the record as written under the current field layout: indexed, so stale segments can be counted, and stored.</summary>
    public static void AddSchemaVersion(this Document document) =>
        document.Add(new StringField(SegmentFields.Schema, CurrentSchema, Field.Store.YES));

    /// <summary>The field layout the record was written with; <see cref="IndexSchema.Unversioned"/> when it predates the marker.</summary>
    public static int GetSchemaVersion(this Document document) =>
        int.TryParse(document.Get(SegmentFields.Schema), out var version) ? version : IndexSchema.Unversioned;

    /// <summary>The marker's indexed value.</summary>
    public static string CurrentSchema { get; } = IndexSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string GetRequired(this Document document, string name) =>
        document.Get(name) ?? throw new InvalidDataException($"index record lacks the stored field '{name}'");

    public static int GetInt32(this Document document, string name) =>
        document.GetField(name)?.GetInt32Value() ?? throw new InvalidDataException($"index record lacks the stored field '{name}'");

    public static double GetDouble(this Document document, string name) =>
        document.GetField(name)?.GetDoubleValue() ?? throw new InvalidDataException($"index record lacks the stored field '{name}'");
}
