using Pipeline.Cli.Commands;
using Spectre.Console.Cli;

namespace Pipeline.Cli;

/// <summary>Every verb of `pipeline`, one line each, in the order of the pipeline's stages.</summary>
internal static class CommandRegistry
{
    public static void Register(IConfigurator config)
    {
        config.AddCommand<ExtractCommand>("extract").WithDescription("Extract text in reading order from PDF and Word files (plain text, or JSON with --json).");
        config.AddBranch("campaign", Commands.Campaign.CampaignBranch.Configure);
        config.AddCommand<SegmentCommand>("segment").WithDescription("Split replies into answers per question of a campaign (markers, restated questions, tables).");
        config.AddCommand<Commands.Classification.TrainCommand>("train").WithDescription("Train the topic classifier from corpus/training (trainers compared by cross-validation) and write the model and its metrics.");
        config.AddCommand<Commands.Classification.ClassifyCommand>("classify").WithDescription("Classify a passage (or each line of a JSON-lines file) into one of the 12 due-diligence topics, with scores.");
        config.AddCommand<IngestCommand>("ingest").WithDescription("Extract, segment, classify and index every reply under some folders (incremental; failures never stop the batch).");
        config.AddCommand<SearchCommand>("search").WithDescription("Search the indexed segments: ranked hits, snippets, facet counts.");
        config.AddCommand<DocumentsCommand>("documents").WithDescription("List the documents in the index.");
        config.AddCommand<CompareCommand>("compare").WithDescription("Compare every company's answers per question (or topic) as CSV, XLSX, JSON or HTML.");
        config.AddCommand<ReportCommand>("report").WithDescription("Write the campaign report: response rate, charts, findings, every company's answers (one HTML file).");
        config.AddCommand<RunCommand>("run").WithDescription("The main job: ingest a campaign's replies, then write the comparison (CSV, XLSX, HTML) and the report (default: the bundled demo campaign).");
        config.AddCommand<ServeCommand>("serve").WithDescription("Serve a local web app over the index: search with facets, compare answers, read documents, campaign reports, a JSON API (http://127.0.0.1:5000/).");
        config.AddBranch("eval", Commands.Eval.EvalBranch.Configure);
    }
}
