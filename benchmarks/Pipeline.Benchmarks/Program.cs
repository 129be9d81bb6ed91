using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Pipeline.Benchmarks.BenchmarkData).Assembly).Run(args);
