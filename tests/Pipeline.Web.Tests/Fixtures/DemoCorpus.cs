namespace Pipeline.Web.Tests.Fixtures;

/// <summary>Test classes over the ingested demo corpus: one ingest, one server.</summary>
[CollectionDefinition(Name)]
public sealed class DemoCorpus : ICollectionFixture<DemoServer>
{
    public const string Name = "demo";
}
