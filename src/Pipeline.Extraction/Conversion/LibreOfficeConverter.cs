using Pipeline.Core.Errors;
using Pipeline.Extraction.Processes;

namespace Pipeline.Extraction.Conversion;

/// <summary>
/// Converts a word-processing file to DOCX with LibreOffice (<c>soffice --headless --convert-to docx</c>). Each call
/// runs its own soffice with a fresh temporary profile, so parallel conversions do not collide; the process tree is
/// killed on timeout or cancellation, and the temporary folder is removed. Thread-safe.
/// </summary>
internal sealed class LibreOfficeConverter(string? executable)
{
    /// <summary>The soffice executable, or null when LibreOffice is not installed.</summary>
    public string? Executable { get; } = executable;

    /// <summary>A converter using the first <c>soffice</c> (or <c>libreoffice</c>) on PATH.</summary>
    public static LibreOfficeConverter FromPath() => new(ExternalProcess.Find("soffice") ?? ExternalProcess.Find("libreoffice"));

    /// <summary>Returns the DOCX bytes of the document.</summary>
    /// <param name="path">The original file, for messages.</param>
    /// <param name="bytes">Its content.</param>
    /// <param name="extension">Extension telling LibreOffice the input format ("doc", "rtf", "odt").</param>
    /// <param name="timeout">Longest the conversion may take.</param>
    /// <param name="cancellationToken">Stops the conversion (the process is killed).</param>
    public byte[] ConvertToDocx(string path, ReadOnlyMemory<byte> bytes, string extension, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var soffice = Executable ?? throw new InvalidOperationException("LibreOffice is not installed");
        var work = WorkFolders.Create(WorkFolders.Soffice);
        try
        {
            var input = Path.Combine(work.FullName, "input." + extension);
            File.WriteAllBytes(input, bytes.Span);
            var output = Path.Combine(work.FullName, "out");
            string[] arguments =
            [
                "-env:UserInstallation=" + new Uri(Path.Combine(work.FullName, "profile")).AbsoluteUri,
                "--headless", "--norestore", "--nologo", "--nolockcheck", "--nodefault",
                "--convert-to", "docx:MS Word 2007 XML", "--outdir", output, input,
            ];
            var stderr = Run(path, soffice, arguments, timeout, cancellationToken);
            var converted = Path.Combine(output, "input.docx");
            if (!File.Exists(converted))
            {
                throw new PipelineException(ErrorCode.ConversionFailed, path, $"LibreOffice could not convert the file{(stderr.Length > 0 ? ": " + stderr : string.Empty)}");
            }

            return File.ReadAllBytes(converted);
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; the conversion result stands.
            }
        }
    }

    /// <summary>Runs soffice through <see cref="ExternalProcess"/> (killed with its children on timeout or cancellation); returns the start of its error output.</summary>
    private static string Run(string path, string soffice, string[] arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            var message = ExternalProcess.Run(soffice, arguments, timeout, cancellationToken).StandardError.Trim();
            return message.Length > 300 ? message[..300] : message;
        }
        catch (TimeoutException)
        {
            throw new PipelineException(ErrorCode.Timeout, path, $"LibreOffice did not finish converting within {timeout.TotalSeconds:0} s");
        }
        catch (InvalidOperationException)
        {
            throw new PipelineException(ErrorCode.ConversionFailed, path, "LibreOffice did not start");
        }
    }
}
