namespace Pipeline.Workflows.Searching;

/// <summary>The company a search filter names, as indexed, or why it names none.</summary>
/// <param name="Name">The company's name as its segments carry it; null when <paramref name="Problem"/> says why not.</param>
/// <param name="Problem">One line for a person ("no company 'X' in campaign demo; did you mean …?"); null when resolved.</param>
public sealed record CompanyChoice(string? Name, string? Problem);
