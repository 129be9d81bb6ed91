using System.Text.Json;
using Pipeline.Cli.Infrastructure;
using Pipeline.Core.Json;
using Pipeline.Workflows.Corrections;

namespace Pipeline.Cli.Commands.Corrections;

/// <summary>Runs a correction or an undo through <see cref="CorrectionJob"/> and prints its outcome; a rejection is a usage error listing the candidates.</summary>
internal static class CorrectionRun
{
    /// <param name="done">"Recorded" or "Undid": the verb of the text output.</param>
    public static async Task<int> PrintAsync(Func<CorrectionJob, CorrectionOutcome> work, string done, bool json)
    {
        CorrectionOutcome outcome;
        try
        {
            outcome = work(CorrectionJob.CreateDefault());
        }
        catch (CorrectionRejectedException rejected)
        {
            throw CorrectionRequest.Rejected(rejected);
        }

        await Console.Out.WriteLineAsync(json
            ? JsonSerializer.Serialize(outcome, PipelineJson.Indented)
            : $"{done} correction {outcome.Correction.Id} ({CorrectionsText.What(outcome.Correction)}) in {CorrectionsText.Display(outcome.File)}; {CorrectionsText.Reindexed(outcome.Reindexed)}.");
        return ExitCodes.Success;
    }
}
