using Pipeline.Core.Errors;

namespace Pipeline.Core.Reports;

/// <summary>A reply file of a company that ingest could not read or index: its name, the error's code and why.</summary>
/// <param name="File">The file's name ("Aldercrest - reply.pdf"; "message.eml#letter.pdf" for an e-mail's attachment).</param>
/// <param name="Code">The error's code.</param>
/// <param name="Reason">The error's message, naming the file by its name.</param>
public sealed record UnreadReply(string File, ErrorCode Code, string Reason);
