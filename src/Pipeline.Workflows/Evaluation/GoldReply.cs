using System.Collections.Immutable;
using Pipeline.Segmentation.Evaluation;

namespace Pipeline.Workflows.Evaluation;

/// <summary>A reply file with its paragraph gold and, when annotated, its reply-level gold.</summary>
public sealed record GoldReply(string Stem, string ReplyPath, ImmutableArray<GoldParagraph> Paragraphs, GoldReplyMeta? Meta);
