namespace Pipeline.Segmentation;

/// <summary>Where the reader is in the questionnaire while walking a reply.</summary>
internal sealed class ReadingContext
{
    /// <summary>Index in questionnaire order of the last question answered; -1 before any.</summary>
    public int Cursor { get; set; } = -1;

    /// <summary>Number of the question being answered, for a letter written alone ("(b)").</summary>
    public int? ParentNumber { get; set; }

    /// <summary>
    /// The next label of a numbered list found inside an answer ("1.", "2." … under question 2a): it continues that
    /// list rather than starting question 2 or 3.
    /// </summary>
    public string? AnswerListNext { get; set; }

    /// <summary>
    /// Whether the paragraph before the one being read introduces a list ("notre procédure comprend :") or is an item of
    /// one ending in ";": a list item after it that carries on the sentence in lower case is part of the text.
    /// </summary>
    public bool InsideSentenceList { get; set; }

    /// <summary>
    /// Whether the paragraph being read comes right after the greeting ("Dear Ms Farouk" / "Surveillance technology in
    /// migration and border control …"): where a letter sets its subject, which shares the questionnaire's words without
    /// restating any one question.
    /// </summary>
    public bool FollowsGreeting { get; set; }
}
