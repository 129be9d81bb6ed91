namespace Pipeline.Workflows.Ingest;

/// <summary>Hears about an ingest as it goes (progress display). Called from several threads.</summary>
public interface IIngestObserver
{
    void Started(int files);

    void Completed(IngestedFile file);
}
