namespace Pipeline.Testing;

/// <summary>A request <see cref="FakeOpenSearch"/> received.</summary>
public sealed record FakeRequest(string Method, string Path, string? ContentType, string Body, string? Authorization);
