namespace Pipeline.Core.Archive;

/// <summary>A passage found (nearly) word for word in two places.</summary>
/// <param name="Kind">Across companies, a company's own earlier reply, or a reference document.</param>
/// <param name="Later">The reply paragraph (for two replies, the one of the later campaign).</param>
/// <param name="Source">Where it is also found: the earlier or other reply, or the reference.</param>
/// <param name="Similarity">Jaccard similarity of their word shingles, 0 to 1.</param>
/// <param name="Containment">Share of the shorter one's shingles inside the longer, 0 to 1.</param>
/// <param name="Companies">How many companies' replies hold this text in all, copies of copies included (2 for one company copying another); 0 when not counted (a company's own earlier text).</param>
public sealed record Reuse(ReuseKind Kind, ReusedText Later, ReusedText Source, double Similarity, double Containment, int Companies = 0);
