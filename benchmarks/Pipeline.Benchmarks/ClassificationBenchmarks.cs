using BenchmarkDotNet.Attributes;
using Pipeline.Classification;
using Pipeline.Classification.Model;
using Pipeline.Classification.Routing;
using Pipeline.Classification.Training;
using Pipeline.Core.Topics;

namespace Pipeline.Benchmarks;

/// <summary>
/// Topic classification throughput, per paragraph: the bundled model (models/topic-classifier.zip) predicting the held-out
/// test passages (corpus/training/test) on one thread and on two, the whole classification stage over the segmented demo
/// replies, and a bag-of-words lookup over the same test passages as the trivial peer that ratios are taken against.
/// </summary>
/// <remarks>
/// BenchmarkDotNet needs the paragraphs per operation as constants: <see cref="TestPassages"/> predictions cycle through the
/// test set, so the figure stays per paragraph if the set changes; <see cref="DemoPassages"/> must equal the demo replies'
/// passage count, which the setup checks. The invocation count is fixed because BenchmarkDotNet's pilot, timing ML.NET's
/// code before the JIT has optimised it, would choose iterations too short to time well.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15, invocationCount: 16)]
public class ClassificationBenchmarks
{
    /// <summary>Predictions per operation: the size of the test set when this was written.</summary>
    public const int TestPassages = 512;

    /// <summary>Passes of the bag-of-words lookup over the test passages per operation, so that its iterations last long enough to time.</summary>
    public const int LookupPasses = 16;

    /// <summary>Passages of the 16 segmented demo replies, all classified per operation.</summary>
    public const int DemoPassages = 321;

    private TopicModel _model = null!;
    private BagOfWordsLookup _lookup = null!;
    private SegmentClassifier _stage = null!;
    private DemoReplies _demo = null!;
    private string[] _texts = [];
    private Topic[] _oneThread = [];
    private Topic[] _twoThreads = [];

    [GlobalSetup]
    public void Setup()
    {
        var training = Path.Combine(RepositoryPaths.Root, "corpus", "training");
        _model = TopicModel.Load(Path.Combine(RepositoryPaths.Root, "models", TopicModelPaths.ModelFileName));
        _lookup = BagOfWordsLookup.Train(LabelledDataSet.Load(Path.Combine(training, "train")).Examples);
        var test = LabelledDataSet.Load(Path.Combine(training, "test")).Examples;
        _texts = [.. Enumerable.Range(0, TestPassages).Select(i => test[i % test.Length].Text)];
        (_oneThread, _twoThreads) = (new Topic[TestPassages], new Topic[TestPassages]);
        _stage = new SegmentClassifier(_model);
        _demo = DemoReplies.Load();
        if (_demo.Passages != DemoPassages)
        {
            throw new InvalidOperationException($"the demo replies now segment into {_demo.Passages} passages: set {nameof(DemoPassages)} to that");
        }

        // Predict is documented thread-safe (a pool of prediction engines); the two-thread run must agree with one thread.
        PredictOneThread();
        PredictTwoThreads();
        if (!_oneThread.AsSpan().SequenceEqual(_twoThreads))
        {
            throw new InvalidOperationException("TopicModel.Predict on two threads disagrees with one thread");
        }

        Console.WriteLine($"// {test.Length} test passages, {_demo.Replies.Count} demo replies with {_demo.Passages} passages, lookup vocabulary {_lookup.Vocabulary} words");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = TestPassages * LookupPasses)]
    public Topic BagOfWordsLookupOneThread()
    {
        var last = Topic.Other;
        for (var pass = 0; pass < LookupPasses; pass++)
        {
            foreach (var text in _texts)
            {
                last = _lookup.Predict(text);
            }
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = TestPassages)]
    public Topic PredictOneThread()
    {
        for (var i = 0; i < _texts.Length; i++)
        {
            _oneThread[i] = _model.Predict(_texts[i]).Topic;
        }

        return _oneThread[^1];
    }

    [Benchmark(OperationsPerInvoke = TestPassages)]
    public Topic PredictTwoThreads()
    {
        Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, worker =>
        {
            for (var i = worker; i < _texts.Length; i += 2)
            {
                _twoThreads[i] = _model.Predict(_texts[i]).Topic;
            }
        });
        return _twoThreads[^1];
    }

    [Benchmark(OperationsPerInvoke = DemoPassages)]
    public int ClassifyDemoReplies()
    {
        var segments = 0;
        foreach (var reply in _demo.Replies)
        {
            segments += _stage.Classify(reply, _demo.Campaign).Segments.Length;
        }

        return segments;
    }
}
