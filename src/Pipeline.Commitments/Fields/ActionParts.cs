namespace Pipeline.Commitments.Fields;

/// <summary>Who does what to what in a statement; each part null when not found.</summary>
internal sealed record ActionParts(string? Actor, string? Action, string? Target);
