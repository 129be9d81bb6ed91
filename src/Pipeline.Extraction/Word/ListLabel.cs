namespace Pipeline.Extraction.Word;

/// <summary>A rendered list label and the 0-based level it belongs to; <see cref="Text"/> is null when the level shows nothing.</summary>
internal readonly record struct ListLabel(string? Text, int Level);
