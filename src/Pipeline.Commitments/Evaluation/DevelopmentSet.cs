using System.Collections.Immutable;

namespace Pipeline.Commitments.Evaluation;

/// <summary>
/// The labelled files the shipped model is trained and cross-validated on (<c>corpus/commitments/</c>, see its README).
/// <c>dev-2.jsonl</c> and <c>dev-3.jsonl</c> were the first two locked sets: scored and reported, then retired into
/// development. A locked set is never listed here; it is scored with <c>eval commitments --locked FILE</c>.
/// </summary>
public static class DevelopmentSet
{
    public static ImmutableArray<string> FileNames { get; } = ["dev.jsonl", "dev-2.jsonl", "dev-3.jsonl", "dev-4.jsonl", "dev-5.jsonl", "dev-6.jsonl", "dev-7.jsonl", "dev-8.jsonl"];

    /// <summary>The development files under the repository at <paramref name="root"/>.</summary>
    public static ImmutableArray<string> Files(string root) => [.. FileNames.Select(name => Path.Combine(root, "corpus", "commitments", name))];
}
