using System.Diagnostics;
using System.Globalization;
using Pipeline.ReuseBenchmarks;
using Pipeline.TextReuse;

// Reuse detection at archive scale: MinHash + banded LSH over every answer paragraph of N generated replies, against
// brute force (every pair's exact shingle similarity) timed on a sample and scaled by the square of the size.
// Usage: dotnet run -c Release --project benchmarks/Pipeline.ReuseBenchmarks -- [--template-share S] [--sources K] [replies ...]
// (default 2000 20000; --template-share 0.3 takes 30 % of the paragraphs from 10 templates every company uses;
// --sources K pairs each paragraph with at most K earlier copies, default NearDuplicateFinder.DefaultSources)
var templateShare = 0.0;
var sources = NearDuplicateFinder.DefaultSources;
while (args.Length >= 2 && args[0].StartsWith("--", StringComparison.Ordinal))
{
    var value = args[1];
    switch (args[0])
    {
        case "--template-share": templateShare = double.Parse(value, CultureInfo.InvariantCulture); break;
        case "--sources": sources = int.Parse(value, CultureInfo.InvariantCulture); break;
        default: Console.Error.WriteLine($"unknown option {args[0]}"); return 2;
    }

    args = args[2..];
}

var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [2_000, 20_000];
const int ParagraphsPerReply = 8;
const int Sample = 3_000;
Console.WriteLine($"load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}; {Environment.ProcessorCount} cores; {ParagraphsPerReply} answer paragraphs per reply, 1 % copied with light edits, {templateShare:P0} from {SyntheticReplies.Templates} templates; at most {sources} sources per paragraph");
Console.WriteLine("replies | paragraphs | LSH time | pairs found | copies paired with their original | copies grouped with it | brute force (scaled) | LSH / brute force | peak MB");
foreach (var replies in sizes)
{
    var corpus = new SyntheticReplies(replies, ParagraphsPerReply, copiedShare: 0.01, templateShare);
    var clock = Stopwatch.StartNew();
    var search = NearDuplicateFinder.Search(corpus.Paragraphs, keep: (a, b) => corpus.Reply[a] != corpus.Reply[b], sources: sources);
    var lsh = clock.Elapsed.TotalSeconds;
    var pairs = search.Pairs;
    var found = pairs.Select(p => (p.First, p.Second)).ToHashSet();
    var copiesFound = corpus.Copies.Count(c => found.Contains((Math.Min(c.Copy, c.Original), Math.Max(c.Copy, c.Original))));
    var copiesGrouped = corpus.Copies.Count(c => search.Groups[c.Copy] >= 0 && search.Groups[c.Copy] == search.Groups[c.Original]);

    // Brute force on the first Sample paragraphs, scaled to all by (n / sample)².
    var sample = corpus.Paragraphs.Take(Sample).Select(p => Shingles.Of(Words.Keys(p))).ToArray();
    clock.Restart();
    var bruteForcePairs = 0;
    for (var i = 0; i < sample.Length; i++)
    {
        for (var j = i + 1; j < sample.Length; j++)
        {
            bruteForcePairs += Shingles.Jaccard(sample[i], sample[j]) >= NearDuplicateFinder.DefaultThreshold ? 1 : 0;
        }
    }

    var scale = Math.Pow((double)corpus.Paragraphs.Count / sample.Length, 2);
    var bruteForce = clock.Elapsed.TotalSeconds * scale;
    var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{replies,7} | {corpus.Paragraphs.Count,10} | {lsh,7:0.0} s | {pairs.Length,11} | {copiesFound,6} of {corpus.Copies.Count,-6} | {copiesGrouped,6} of {corpus.Copies.Count,-6} | {bruteForce,17:0} s | {lsh / bruteForce,17:0.0000} | {peak,7:0}"));
}

return 0;
