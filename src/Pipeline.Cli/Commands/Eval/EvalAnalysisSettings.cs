using System.ComponentModel;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Eval;

/// <summary>Settings of the evaluations that run the whole analysis on a campaign's gold: <c>--campaign FILE [--model FILE] [--uncalibrated]</c>.</summary>
internal class EvalAnalysisSettings : CampaignSettings
{
    [CommandOption("--model <FILE>")]
    [Description("The topic model zip. Default: the bundled models/topic-classifier.zip.")]
    public string? Model { get; init; }

    [CommandOption("--uncalibrated")]
    [Description("Report each tie's confidence as its rule states it, before the shipped calibration (what corpus/campaigns/independent/calibration/fit.py fits on).")]
    public bool Uncalibrated { get; init; }
}
