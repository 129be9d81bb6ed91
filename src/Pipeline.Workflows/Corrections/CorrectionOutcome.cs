using Pipeline.Core.Corrections;

namespace Pipeline.Workflows.Corrections;

/// <summary>A correction recorded or undone, the file written, and how many replies were indexed again because of it.</summary>
public sealed record CorrectionOutcome(Correction Correction, string File, int Reindexed);
