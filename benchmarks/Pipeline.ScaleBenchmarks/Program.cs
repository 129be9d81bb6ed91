using System.Globalization;
using Pipeline.ScaleBenchmarks;
using Pipeline.SearchBenchmarks;

// Usage (from the repository root; benchmarks/scale.sh runs all of it, see benchmarks/README.md, section Scale):
//   dotnet run -c Release --project benchmarks/Pipeline.ScaleBenchmarks -- generate-replies 2000 out/scale/2000 [--companies 200] [--seed 17]
//   dotnet run -c Release --project benchmarks/Pipeline.ScaleBenchmarks -- search-latency --index DIR [--rounds 20] [--warm-up-rounds 5] [--access random|sequential] [--allocations QUERY-NAME]
//   dotnet run -c Release --project benchmarks/Pipeline.ScaleBenchmarks -- web-latency --url http://127.0.0.1:5077 [--clients 8] [--rounds 20] [--warm-up-rounds 1] [--log requests.tsv]
//   dotnet run -c Release --project benchmarks/Pipeline.ScaleBenchmarks -- report-without-reuse --index DIR --campaign ID --out FILE
var verb = args.FirstOrDefault();
switch (verb)
{
    case "generate-replies" when args.Length >= 3:
        var count = int.Parse(args[1], CultureInfo.InvariantCulture);
        var options = Options.Parse(args.Skip(3));
        var companies = int.Parse(options.Get("--companies") ?? "200", CultureInfo.InvariantCulture);
        var (files, bytes, words) = ReplyGenerator.Generate(count, args[2], Math.Min(companies, count), int.Parse(options.Get("--seed") ?? "17", CultureInfo.InvariantCulture));
        Console.WriteLine($"wrote {files} replies ({bytes / 1024.0 / 1024.0:0.0} MB, {words / (double)files:0} words each on average) and campaign.yaml to {Path.GetFullPath(args[2])}");
        return 0;

    case "search-latency":
        var search = Options.Parse(args.Skip(1));
        if (!Enum.TryParse<Pipeline.Search.Reading.IndexAccessPattern>(search.Get("--access") ?? "random", ignoreCase: true, out var access) || !Enum.IsDefined(access))
        {
            Console.Error.WriteLine($"--access: '{search.Get("--access")}' is neither random nor sequential");
            return 1;
        }

        Console.WriteLine(SearchLatency.Run(search.Required("--index"), int.Parse(search.Get("--rounds") ?? "20", CultureInfo.InvariantCulture), access, search.Get("--allocations"), int.Parse(search.Get("--warm-up-rounds") ?? "5", CultureInfo.InvariantCulture)));
        return 0;

    case "web-latency":
        var web = Options.Parse(args.Skip(1));
        Console.WriteLine(await WebLatency.RunAsync(
            new Uri(web.Required("--url")),
            int.Parse(web.Get("--clients") ?? "8", CultureInfo.InvariantCulture),
            int.Parse(web.Get("--rounds") ?? "20", CultureInfo.InvariantCulture),
            int.Parse(web.Get("--warm-up-rounds") ?? "1", CultureInfo.InvariantCulture),
            web.Get("--log")).ConfigureAwait(false));
        return 0;

    // `pipeline report` as it streams, without the reuse marks: the archive-wide near-duplicate search behind them grows
    // with the square of the copies on generated replies (benchmarks/README.md, Scale), which would hide the report's own cost.
    case "report-without-reuse":
        var report = Options.Parse(args.Skip(1));
        Pipeline.Workflows.Comparison.IndexedCampaigns.Read(report.Required("--index"), report.Required("--campaign"), Pipeline.Workflows.Comparison.IndexedComparisonOptions.Default, parts =>
            Pipeline.Workflows.RunJob.WriteAtomically(report.Required("--out"), stream => new Pipeline.Reporting.Report.CampaignReportRenderer().Render(parts, stream)));
        Console.WriteLine($"wrote {report.Required("--out")}");
        return 0;

    default:
        Console.Error.WriteLine("usage: generate-replies N DIR [--companies C] [--seed S] | search-latency --index DIR [--rounds R] [--warm-up-rounds W] [--access random|sequential] [--allocations QUERY-NAME] | web-latency --url URL [--clients C] [--rounds R] [--warm-up-rounds W] [--log FILE.tsv] | report-without-reuse --index DIR --campaign ID --out FILE");
        return 1;
}
