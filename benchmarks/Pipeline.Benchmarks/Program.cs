using BenchmarkDotNet.Running;
using Pipeline.Benchmarks.Docx;

// `generate-docx <folder> [count]` writes the generated replies that benchmarks/compare-extraction.sh --docx times.
if (args is ["generate-docx", var folder, ..])
{
    DocxBenchmarkData.WriteFolder(folder, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 48);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Pipeline.Benchmarks.BenchmarkData).Assembly).Run(args);
