using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Topics;

namespace Pipeline.DemoCorpus.Gold;

/// <summary>One line of a gold file: a body paragraph (or table cell paragraph) of a reply with its true label.</summary>
/// <param name="Text">The paragraph as a reader sees it, whitespace collapsed; Word list numbers are not part of it.</param>
/// <param name="Question">Primary question answered, or general.</param>
/// <param name="Questions">Every question answered (more than one for a combined answer).</param>
/// <param name="Topic">Due-diligence topic.</param>
/// <param name="Style">The reply's style, for per-style evaluation.</param>
/// <param name="Kind">What the paragraph is: letterhead, letter, heading, paragraph, question, list_item, table_header, table_question, table_label, table_answer.</param>
internal sealed record GoldParagraph(string Text, QuestionId Question, ImmutableArray<QuestionId> Questions, Topic Topic, string Style, string Kind);
