using Pipeline.Embeddings.MiniLm;

namespace Pipeline.Embeddings.Tests;

public sealed class SharedEncoderTests
{
    [Fact]
    public void Shared_IsOneDefaultMiniLmEncoderPerProcess()
    {
        // Given two reads of the shared encoder, from two threads
        ISentenceEncoder? fromOtherThread = null;
        var thread = new Thread(() => fromOtherThread = SentenceEncoders.Shared);
        thread.Start();
        var here = SentenceEncoders.Shared;
        thread.Join();

        // Then they are the same instance, the default all-MiniLM-L6-v2 encoder behind a memory of recent texts
        Assert.Same(here, fromOtherThread);
        Assert.IsType<MiniLmEncoder>(Assert.IsType<RememberingEncoder>(here).Inner);
        Assert.Equal(TestEncoder.Instance.ModelId, here.ModelId);
        Assert.Equal(TestEncoder.One("grievance mechanism"), here.Encode(["grievance mechanism"], CancellationToken.None)[0]);
    }
}
