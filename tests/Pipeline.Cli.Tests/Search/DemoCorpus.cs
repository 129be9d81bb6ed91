namespace Pipeline.Cli.Tests.Search;

/// <summary>Test classes over the ingested demo corpus: one ingest for all.</summary>
[CollectionDefinition(Name)]
public sealed class DemoCorpus : ICollectionFixture<DemoCorpusIndex>
{
    public const string Name = "demo corpus index";
}
