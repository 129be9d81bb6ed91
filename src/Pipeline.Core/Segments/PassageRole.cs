using System.Text.Json.Serialization;
using Pipeline.Core.Json;

namespace Pipeline.Core.Segments;

/// <summary>
/// What a paragraph is to the answer it belongs to. Bare labels and restated questions are the reply's structure, not
/// what the company said: they carry no topic and count in no status, topic coverage or search.
/// </summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<PassageRole>))]
public enum PassageRole
{
    /// <summary>What the company says.</summary>
    Answer,

    /// <summary>A question label standing alone: "1a", a table cell "2(b)", a heading "Q3".</summary>
    Label,

    /// <summary>
    /// The question restated before the answer (verbatim or shortened, in a table cell, a heading or a paragraph of its
    /// own), a section title naming a group of questions ("2. Due diligence and safeguards"), or the asker's message an
    /// e-mail reply quotes below itself (<see cref="SegmentMethod.Quoted"/>): none of it is what the company said.
    /// </summary>
    Question,
}
