using System.Text;
using Pipeline.Core.Errors;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace Pipeline.Extraction.Pdf;

/// <summary>Opens a PDF with PdfPig, trying the empty password then the one given, and turns every way it can fail into a typed error.</summary>
internal static class PdfOpener
{
    // The header may follow junk (a MacBinary wrapper, an HTTP header); readers accept it within the first kilobyte.
    private const int HeaderWindow = 1024;

    public static PdfDocument Open(ExtractionInput input, ExtractionOptions options)
    {
        var bytes = input.Bytes.Span;
        if (FindHeader(bytes) < 0)
        {
            throw new PipelineException(ErrorCode.WrongFormat, input.Path, $"not a PDF: {ContentSniffer.Describe(bytes)}");
        }

        if (bytes.IndexOf("/Adobe.PubSec"u8) >= 0)
        {
            throw new PipelineException(ErrorCode.Encrypted, input.Path, "encrypted for certificate holders (public-key security); only password-protected PDFs can be opened");
        }

        var parsing = new ParsingOptions
        {
            UseLenientParsing = true,
            SkipMissingFonts = true,
            Passwords = Passwords(options.Password),
        };

        try
        {
            return PdfDocument.Open(input.Bytes, parsing);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw Encrypted(input.Path, options, ex);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException or PipelineException))
        {
            throw Unreadable(input, ex);
        }
    }

    /// <summary>True when the file lacks the end-of-file marker a complete PDF has near its end.</summary>
    public static bool LooksTruncated(ReadOnlySpan<byte> bytes) => bytes[Math.Max(0, bytes.Length - 2048)..].IndexOf("%%EOF"u8) < 0;

    public static PipelineException Encrypted(string path, ExtractionOptions options, Exception inner) => new(
        ErrorCode.Encrypted,
        path,
        options.Password is null
            ? "password-protected and the empty password does not open it (give the password with --password)"
            : "password-protected and neither the empty password nor the one given opens it",
        inner);

    public static PipelineException Unreadable(ExtractionInput input, Exception ex) => ex is PdfDocumentFormatException && LooksTruncated(input.Bytes.Span)
        ? new PipelineException(ErrorCode.Truncated, input.Path, $"the file is cut off (no %%EOF at its end) and cannot be repaired: {FirstLine(ex.Message)}", ex)
        : new PipelineException(ErrorCode.Damaged, input.Path, $"broken PDF structure: {FirstLine(ex.Message)}", ex);

    private static int FindHeader(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, HeaderWindow)].IndexOf("%PDF-"u8);

    private static List<string> Passwords(string? given)
    {
        var passwords = new List<string> { "" };
        if (given is not null)
        {
            passwords.Add(given);

            // AES-256 (revision 6) passwords are compared after SASLprep; a reader that skips it misses e.g. soft hyphens.
            var prepared = SaslPrep(given);
            if (prepared != given)
            {
                passwords.Add(prepared);
            }
        }

        return passwords;
    }

    private static string SaslPrep(string password)
    {
        var builder = new StringBuilder(password.Length);
        foreach (var c in password)
        {
            if (c is '\u00AD' or '\u034F' or '\u1806' or (>= '\u180B' and <= '\u180D') or (>= '\u200B' and <= '\u200D') or '\u2060' or (>= '\uFE00' and <= '\uFE0F') or '\uFEFF')
            {
                continue;
            }

            builder.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }

        return builder.ToString().Normalize(NormalizationForm.FormKC);
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
