namespace Pipeline.SearchBenchmarks;

/// <summary>A search engine under measurement: loads the segments once, then answers the query set.</summary>
internal interface IEngine : IDisposable
{
    string Name { get; }

    /// <summary>Turns the segments into the engine's input form; not timed (ingest does it while extracting).</summary>
    void Prepare(IReadOnlyList<SeedSegment> segments);

    /// <summary>Loads the prepared segments and makes them durable; timed. Returns how many were loaded.</summary>
    int Load();

    /// <summary>Whether the engine can run this query at all.</summary>
    bool Supports(BenchQuery query);

    /// <summary>Runs one full search (top 10 with snippets, total, facet counts); returns the total number of matches.</summary>
    int Search(BenchQuery query);
}
