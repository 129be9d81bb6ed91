namespace Pipeline.Web;

/// <summary>What the server read into memory as it started (<see cref="WebServer.Warmed"/>): the stored vectors, and how long it took.</summary>
public sealed record IndexWarmUp(int Vectors, TimeSpan Took);
