using System.Text.Json;
using Pipeline.Testing;

namespace Pipeline.Cli.Tests.Processes;

/// <summary>The GC settings a batch run was measured fastest with ship in pipeline's runtime config, not as advice.</summary>
public sealed class RuntimeConfigTests
{
    [Fact]
    public void ShippedRuntimeConfig_KeepsArraysUpTo1MiB_OffTheLargeObjectHeap_WithWorkstationNonConcurrentGc()
    {
        // Given the runtime config written beside the executable the CLI tests run
        var path = Path.ChangeExtension(PipelineProcess.Executable, ".runtimeconfig.json");

        // When its settings are read
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var settings = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        // Then large-object allocation starts at 1 MiB, concurrent GC is off and server GC is not turned on
        Assert.Equal(1_048_576, settings.GetProperty("System.GC.LOHThreshold").GetInt32());
        Assert.False(settings.GetProperty("System.GC.Concurrent").GetBoolean());
        Assert.False(settings.TryGetProperty("System.GC.Server", out var server) && server.GetBoolean());
    }
}
