using System.Text;
using System.Text.Json;
using Pipeline.Core.Documents;
using Pipeline.Core.Json;

namespace Pipeline.Cli.Output;

/// <summary>One file per input in a folder: &lt;name&gt;.txt, or &lt;name&gt;.json (failures included, with their error).</summary>
internal sealed class FolderSink : IExtractionSink
{
    private readonly string _folder;
    private readonly bool _json;
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);

    public FolderSink(string folder, bool json)
    {
        _folder = folder;
        _json = json;
        Directory.CreateDirectory(folder);
    }

    public async Task WriteAsync(ExtractionResult result)
    {
        if (!_json && result.Document is null)
        {
            return;
        }

        var name = Path.GetFileNameWithoutExtension(result.Source);
        if (!_names.Add(name))
        {
            // Two inputs with the same name (report.pdf and report.docx, or in two folders): keep both.
            name = Path.GetFileName(result.Source) + "-" + _names.Count;
            _names.Add(name);
        }

        var path = Path.Combine(_folder, name + (_json ? ".json" : ".txt"));
        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        if (_json)
        {
            await writer.WriteLineAsync(JsonSerializer.Serialize(ExtractionJson.From(result), PipelineJson.Indented));
        }
        else
        {
            ExtractionText.Write(writer, result.Document!);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
