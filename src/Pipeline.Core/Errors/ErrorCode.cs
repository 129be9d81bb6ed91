using System.Text.Json.Serialization;
using Pipeline.Core.Json;

namespace Pipeline.Core.Errors;

/// <summary>Why a file could not be processed. Serialised in kebab case ("unsupported-format").</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<ErrorCode>))]
public enum ErrorCode
{
    /// <summary>The file has no bytes.</summary>
    EmptyFile,

    /// <summary>The file ends before its format says it should (a cut-off download).</summary>
    Truncated,

    /// <summary>The content is not what the name says (e.g. an HTML page saved as .pdf).</summary>
    WrongFormat,

    /// <summary>The file is password-protected and cannot be opened without the password.</summary>
    Encrypted,

    /// <summary>The file's structure is broken beyond what the reader can recover.</summary>
    Damaged,

    /// <summary>Processing took longer than the per-file limit.</summary>
    Timeout,

    /// <summary>The file, or what it expands to, passes a documented size bound.</summary>
    TooLarge,

    /// <summary>No reader exists for this format.</summary>
    UnsupportedFormat,

    /// <summary>The format needs an external converter (LibreOffice, tesseract) that is not installed.</summary>
    ConverterMissing,

    /// <summary>The external converter ran but failed.</summary>
    ConversionFailed,

    /// <summary>The file could not be read from disk.</summary>
    IoError,

    /// <summary>A configuration or data file (campaign, manifest) is malformed.</summary>
    InvalidInput,

    /// <summary>A bug or unexpected condition; the message says what happened.</summary>
    Internal,
}
