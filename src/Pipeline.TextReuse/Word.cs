namespace Pipeline.TextReuse;

/// <summary>A word of a passage: as written (<paramref name="Text"/>) and as compared (<paramref name="Key"/>: lower case, no surrounding punctuation).</summary>
public readonly record struct Word(string Text, string Key);
