namespace Pipeline.EmbeddingBenchmarks;

/// <summary>
/// What one measuring process reports: per timed pass the paragraphs per second of wall time and per second of CPU time
/// (all threads; less sensitive to other processes on a shared machine), peak memory, total CPU and wall time.
/// </summary>
internal sealed record RunResult(
    string Encoder,
    int Paragraphs,
    double MeanCharacters,
    double BuildSeconds,
    IReadOnlyList<double> ParagraphsPerSecond,
    IReadOnlyList<double> ParagraphsPerCpuSecond,
    double PeakResidentMb,
    double CpuSeconds,
    double WallSeconds);
