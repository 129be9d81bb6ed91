using Pipeline.DemoCorpus;

// Usage: dotnet run --project tools/Pipeline.DemoCorpus [-- [--campaign FOLDER] [--skip-pdf] [--partial]]
// Regenerates corpus/campaigns/demo/{replies,gold} from corpus/campaigns/demo/sources.
var folder = Path.Combine(FindRoot(), "corpus", "campaigns", "demo");
var skipPdf = false;
var partial = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--campaign" when i + 1 < args.Length:
            folder = Path.GetFullPath(args[++i]);
            break;
        case "--skip-pdf":
            skipPdf = true;
            break;
        case "--partial":
            // While drafting: render the sources that exist without requiring one per company that replied.
            partial = true;
            break;
        default:
            Console.Error.WriteLine("usage: Pipeline.DemoCorpus [--campaign FOLDER] [--skip-pdf] [--partial]");
            return 1;
    }
}

try
{
    return new CorpusGenerator(folder, skipPdf, partial).Run();
}
catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or TimeoutException or Pipeline.Core.Errors.PipelineException)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 3;
}

static string FindRoot() => Pipeline.Core.Repository.RepositoryRoot.Above(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();
