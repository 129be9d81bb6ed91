using System.Text.Json.Serialization;
using Pipeline.Core.Json;

namespace Pipeline.Core.Segments;

/// <summary>What tied a segment to its question(s).</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<SegmentMethod>))]
public enum SegmentMethod
{
    /// <summary>An explicit question marker ("2(b)", "Question 1a:", an auto-numbered label).</summary>
    Marker,

    /// <summary>The question restated before the answer, matched against the questionnaire's text.</summary>
    Restated,

    /// <summary>A question | answer table.</summary>
    Table,

    /// <summary>Routed by its classified topic to the question expecting that topic.</summary>
    Topic,

    /// <summary>
    /// A section under a heading that names no question, in a letter structured by headings ("Safeguards" after
    /// "How we assess risk"): general until routing reads the section as a whole.
    /// </summary>
    Section,

    /// <summary>
    /// An annex, enclosure or policy extract after the letter ("Annex 2 – Extract from our Sustainability Report"):
    /// general until routing reads its paragraphs, which may answer questions the letter answered too.
    /// </summary>
    Annex,

    /// <summary>
    /// The earlier message a reply by e-mail quotes below itself (after "On … wrote:" or "-----Original Message-----"):
    /// the asker's own words, never routed to a question, and structure (<see cref="PassageRole.Question"/>) so that no
    /// status, ledger item or search reads them as the company's. A question of the questionnaire quoted there is tied to
    /// its id, as a restated question is (the rest of the message is general); routing does not count it as answered.
    /// </summary>
    Quoted,

    /// <summary>Nothing tied it to a question; it stays general.</summary>
    None,
}
