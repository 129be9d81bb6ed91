namespace Pipeline.Cli.Commands.Classification;

/// <summary>Progress lines written to stderr at once, in order (unlike <see cref="Progress{T}"/>, which posts them later).</summary>
internal sealed class StderrProgress : IProgress<string>
{
    public void Report(string value) => Console.Error.WriteLine(value);
}
