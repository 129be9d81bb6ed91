namespace Pipeline.Core.Archive;

/// <summary>A paragraph of an answer that is also found elsewhere in the archive: boilerplate, not text written for this questionnaire.</summary>
/// <param name="Kind">Another company's reply, the company's reply to another campaign, or a reference document.</param>
/// <param name="Passage">The answer's paragraph that is found elsewhere.</param>
/// <param name="Elsewhere">Where it is also found.</param>
/// <param name="Similarity">Jaccard similarity of their word shingles, 0 to 1.</param>
/// <param name="Companies">How many companies' replies hold this text in all, when counted (<see cref="Reuse.Companies"/>); 0 when not.</param>
public sealed record ReuseMark(ReuseKind Kind, string Passage, ReusedText Elsewhere, double Similarity, int Companies = 0);
