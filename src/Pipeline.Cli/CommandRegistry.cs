using Pipeline.Cli.Commands;
using Pipeline.Cli.Infrastructure.CommandLine;
using Spectre.Console.Cli;

namespace Pipeline.Cli;

/// <summary>Every verb of `pipeline`, one line each, in the order of the pipeline's stages; each is recorded in the catalogue the command line is checked against.</summary>
internal static class CommandRegistry
{
    public static VerbCatalogue Register(IConfigurator config)
    {
        var verbs = new VerbCatalogue();
        verbs.Add<ExtractCommand>(config, "extract").WithDescription("Extract text in reading order from PDF and Word files (plain text, or JSON with --json).");
        config.AddBranch("campaign", branch => Commands.Campaign.CampaignBranch.Configure(branch, verbs));
        verbs.Add<SegmentCommand>(config, "segment").WithDescription("Split replies into answers per question of a campaign (markers, restated questions, tables).");
        verbs.Add<Commands.Classification.TrainCommand>(config, "train").WithDescription("Train the topic classifier from corpus/training (trainers compared by cross-validation) and write the model and its metrics.");
        verbs.Add<Commands.Classification.ClassifyCommand>(config, "classify").WithDescription("Classify a passage (or each line of a JSON-lines file) into one of the 12 due-diligence topics, with scores.");
        verbs.Add<IngestCommand>(config, "ingest").WithDescription("Extract, segment, classify and index every reply under some folders (incremental; failures never stop the batch).");
        verbs.Add<SearchCommand>(config, "search").WithDescription("Search the indexed segments: ranked hits, snippets, facet counts.");
        verbs.Add<DocumentsCommand>(config, "documents").WithDescription("List the documents in the index.");
        verbs.Add<CompareCommand>(config, "compare").WithDescription("Compare every company's answers per question (or topic) as CSV, XLSX, JSON or HTML.");
        verbs.Add<HistoryCommand>(config, "history").WithDescription("What a company answered, campaign by campaign (oldest first), per question or --topic, across every campaign in the index.");
        verbs.Add<ChangesCommand>(config, "changes").WithDescription("What changed between two campaigns: per company and question, the status before and after and a word-level diff of the answers (text, JSON, HTML or XLSX).");
        verbs.Add<ReuseCommand>(config, "reuse").WithDescription("Answer paragraphs found (nearly) word for word elsewhere: in another company's reply, in the company's earlier reply, or in a reference document.");
        verbs.Add<IngestReferenceCommand>(config, "ingest-reference").WithDescription("Add a reference document (a company's public policy, an association's template) to the index, for `reuse` to find replies that copy it.");
        verbs.Add<Commands.Export.ExportCommand>(config, "export").WithDescription("Export the index's segments for OpenSearch/Elasticsearch: an index template and bulk NDJSON files (--out DIR), or sent to a server (--url URL).");
        verbs.Add<ReportCommand>(config, "report").WithDescription("Write the campaign report: response rate, charts, findings, every company's answers (one HTML file).");
        verbs.Add<RunCommand>(config, "run").WithDescription("The main job: ingest a campaign's replies, then write the comparison (CSV, XLSX, HTML) and the report (default: the bundled demo campaign).");
        verbs.Add<Commands.Corrections.CorrectCommand>(config, "correct").WithDescription("Correct what the machine got wrong: a passage's questions or topic (anchored by its text), a company × question status, or who a reply is from; written to corrections.jsonl beside the campaign and applied at once.");
        verbs.Add<Commands.Corrections.CorrectionsCommand>(config, "corrections").WithDescription("List a campaign's corrections and where each stands (applied, pending, orphaned, ambiguous), or undo one (--undo ID).");
        verbs.Add<Commands.Commitments.CommitmentsCommand>(config, "commitments").WithDescription("List the commitments, claims and refusals of a campaign's replies, quoted, with deadline, condition, file, page and follow-up status.");
        verbs.Add<Commands.Commitments.FollowUpCommand>(config, "follow-up").WithDescription("Record the follow-up of a ledger item (open, fulfilled, broken, unclear; note, evidence) in follow-up.jsonl beside the campaign file.");
        verbs.Add<ServeCommand>(config, "serve").WithDescription("Serve a local web app over the index: search with facets, compare answers, read documents, campaign reports, a JSON API (http://127.0.0.1:5000/).");
        config.AddBranch("eval", branch => Commands.Eval.EvalBranch.Configure(branch, verbs));
        return verbs;
    }
}
