using BenchmarkDotNet.Running;
using Pipeline.Benchmarks.Docx;

switch (args)
{
    // `generate-docx <folder> [count]`: the generated replies benchmarks/compare-extraction.sh --docx times.
    case ["generate-docx", var folder, ..]:
        DocxBenchmarkData.WriteFolder(folder, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 48);
        break;

    // `export-docx-set <folder>`: the fixed set the DOCX benchmarks read, as files (to time other tools on it).
    case ["export-docx-set", var folder]:
        Directory.CreateDirectory(folder);
        foreach (var (name, bytes) in DocxBenchmarkData.All)
        {
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
        }

        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Pipeline.Benchmarks.BenchmarkData).Assembly).Run(args);
        break;
}
