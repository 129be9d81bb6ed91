using System.Collections.Immutable;

namespace Pipeline.DemoCorpus.Model;

/// <summary>One company's reply, resolved from its source file: what the renderer draws and the gold file records.</summary>
/// <param name="Company">The company's name exactly as in the demo campaign.</param>
/// <param name="Format">"pdf" or "docx".</param>
/// <param name="Style">What the reply demonstrates (markers, table, prose, …), written on every gold line.</param>
/// <param name="Language">ISO 639-1 code of the letter's language.</param>
/// <param name="Author">Who signs it, for the document properties.</param>
/// <param name="Date">The letter's date, also the document's creation date.</param>
internal sealed record Reply(
    string Company,
    string Format,
    string Style,
    string Language,
    string Author,
    DateOnly Date,
    PageSetup Page,
    ImmutableArray<ReplyBlock> Blocks)
{
    /// <summary>File name without extension; contains the company name so attribution by file name works.</summary>
    public string Stem => $"{Company} - reply";
}
