using Spectre.Console.Cli;

namespace Pipeline.Cli.Infrastructure.CommandLine;

/// <summary>
/// Every verb of <c>pipeline</c> with the options it accepts, recorded while the verbs are registered with Spectre, so
/// that the whole command line can be checked against them in one place before it is parsed (see <see cref="CommandLineCheck"/>).
/// </summary>
internal sealed class VerbCatalogue
{
    private readonly Dictionary<string, IReadOnlyList<OptionSpec>> _verbs = new(StringComparer.Ordinal);

    /// <summary>Full verb names ("search", "campaign validate") with their options.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<OptionSpec>> Verbs => _verbs;

    /// <summary>Registers a top-level verb.</summary>
    public ICommandConfigurator Add<TCommand>(IConfigurator config, string name)
        where TCommand : class, ICommand
    {
        ArgumentNullException.ThrowIfNull(config);
        Record<TCommand>(name);
        return config.AddCommand<TCommand>(name);
    }

    /// <summary>Registers a verb of a branch (<paramref name="name"/> is the full name, e.g. "campaign validate").</summary>
    public ICommandConfigurator Add<TCommand>(IConfigurator<CommandSettings> branch, string name)
        where TCommand : class, ICommandLimiter<CommandSettings>
    {
        ArgumentNullException.ThrowIfNull(branch);
        Record<TCommand>(name);
        return branch.AddCommand<TCommand>(name[(name.LastIndexOf(' ') + 1)..]);
    }

    private void Record<TCommand>(string name)
    {
        var settings = typeof(TCommand).GetInterfaces()
            .Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>))
            .GetGenericArguments()[0];
        _verbs.Add(name, OptionSpec.Of(settings));
    }
}
