namespace Pipeline.Core.Archive;

/// <summary>A run of words kept, inserted or deleted, as written (the later version's for kept words).</summary>
public sealed record WordEdit(EditKind Kind, string Text);
