using System.Text.Json;
using Pipeline.Classification;
using Pipeline.Classification.Model;
using Pipeline.Cli.Infrastructure;
using Pipeline.Core.Json;
using Pipeline.Core.Topics;

namespace Pipeline.Cli.Commands.Classification;

/// <summary>`pipeline classify`: the topic and score of one text, or of every line of a JSON-lines file.</summary>
internal sealed class ClassifyCommand : PipelineCommand<ClassifySettings>
{
    private const int BatchSize = 64;

    protected override async Task<int> RunAsync(ClassifySettings settings, CancellationToken cancellationToken)
    {
        if (settings.Input is { } input && !File.Exists(input))
        {
            throw new UsageException($"{input}: input file not found");
        }

        var model = TopicModel.Load(TopicModelPaths.Resolve(settings.Model));
        if (settings.Text is { } text)
        {
            var prediction = model.Predict(text);
            await Console.Out.WriteLineAsync(settings.Json
                ? JsonSerializer.Serialize(ClassificationView.From(text, prediction), PipelineJson.Indented)
                : $"{prediction.Topic.ToLabel()}\t{prediction.Score:0.000}");
            return ExitCodes.Success;
        }

        return await ClassifyLinesAsync(model, settings.Input!, cancellationToken);
    }

    /// <remarks>Lines are scored in batches of <see cref="BatchSize"/>, one encoder pass each; output keeps input order.</remarks>
    private static async Task<int> ClassifyLinesAsync(TopicModel model, string input, CancellationToken cancellationToken)
    {
        var failed = 0;
        var number = 0;
        var batch = new List<string>(BatchSize);
        await foreach (var line in File.ReadLinesAsync(input, cancellationToken))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (TextOf(line) is not { } text)
            {
                failed++;
                await WriteAsync(model, batch);
                await Console.Error.WriteLineAsync($"error (invalid-input): {input}:{number}: expected a JSON line {{\"text\": \"...\"}}");
                continue;
            }

            batch.Add(text);
            if (batch.Count == BatchSize)
            {
                await WriteAsync(model, batch);
            }
        }

        await WriteAsync(model, batch);
        return failed == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }

    private static async Task WriteAsync(TopicModel model, List<string> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var predictions = model.PredictMany(batch);
        for (var i = 0; i < batch.Count; i++)
        {
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(ClassificationView.From(batch[i], predictions[i]), PipelineJson.Compact));
        }

        batch.Clear();
    }

    private static string? TextOf(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("text", out var text)
                && text.ValueKind == JsonValueKind.String
                ? text.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
