using System.Text;

namespace Pipeline.Reporting.Streaming;

/// <summary>
/// Text that belongs later in an output than it is produced (a matrix's dialogs after its table, the report's sections
/// after the findings computed from every company), kept in a temporary file rather than in memory and copied into the
/// output when its place comes. UTF-8 without a byte-order mark; the file goes when the spool is disposed.
/// </summary>
internal sealed class TextSpool : IDisposable
{
    private readonly FileStream _file = TemporaryFile.Create();
    private readonly StreamWriter _writer;

    public TextSpool() => _writer = new StreamWriter(_file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true);

    public TextWriter Writer => _writer;

    /// <summary>Where the next text written will start, to copy a part of the spool later.</summary>
    public long Position
    {
        get
        {
            _writer.Flush();
            return _file.Position;
        }
    }

    /// <summary>Copies the spool's text from <paramref name="start"/> up to <paramref name="end"/> (its end when null) into <paramref name="output"/>, which must write UTF-8 too.</summary>
    public void CopyTo(StreamWriter output, long start = 0, long? end = null)
    {
        var last = Position;
        output.Flush();
        _file.Position = start;
        var remaining = (end ?? last) - start;
        var buffer = new byte[1 << 16];
        while (remaining > 0)
        {
            var read = _file.Read(buffer, 0, (int)Math.Min(buffer.Length, remaining));
            if (read == 0)
            {
                break;
            }

            output.BaseStream.Write(buffer, 0, read);
            remaining -= read;
        }

        _file.Position = last;
    }

    public void Dispose()
    {
        _writer.Dispose();
        _file.Dispose();
    }
}
