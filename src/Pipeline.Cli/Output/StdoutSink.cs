using System.Text;
using System.Text.Json;
using Pipeline.Core.Documents;
using Pipeline.Core.Json;

namespace Pipeline.Cli.Output;

/// <summary>
/// Results on stdout: plain text (several files each under a "==> path &lt;==" line), or JSON — one object for a single
/// file, an array for a folder or several files. Failed files print nothing in text mode (their error goes to stderr).
/// </summary>
internal sealed class StdoutSink(bool json, bool asArray) : IExtractionSink
{
    private readonly StreamWriter _out = new(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
    private int _written;

    public async Task WriteAsync(ExtractionResult result)
    {
        if (json)
        {
            await _out.WriteAsync(_written == 0 ? (asArray ? "[\n" : "") : ",\n");
            await _out.WriteAsync(JsonSerializer.Serialize(ExtractionJson.From(result), PipelineJson.Indented));
        }
        else if (result.Document is { } document)
        {
            if (asArray)
            {
                await _out.WriteLineAsync($"{(_written == 0 ? "" : "\n")}==> {document.Source} <==\n");
            }

            ExtractionText.Write(_out, document);
        }

        _written++;
    }

    public async ValueTask DisposeAsync()
    {
        if (json)
        {
            await _out.WriteLineAsync(asArray ? (_written == 0 ? "[]" : "\n]") : "");
        }

        await _out.DisposeAsync();
    }
}
