using System.Reflection;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Infrastructure.CommandLine;

/// <summary>One option a verb accepts, as its settings class declares it: <c>--jobs &lt;N&gt;</c> takes an int, <c>--json</c> is a flag.</summary>
internal sealed record OptionSpec(string Name, string? ValueName, Type ValueType)
{
    /// <summary>Spectre's own help options, accepted by every verb.</summary>
    public static IReadOnlyList<OptionSpec> Help { get; } =
        [new("--help", null, typeof(bool)), new("-h", null, typeof(bool)), new("-?", null, typeof(bool))];

    public bool TakesValue => ValueName is not null;

    /// <summary>Every option of a settings class and its bases, under each of its names, plus the help options.</summary>
    public static IReadOnlyList<OptionSpec> Of(Type settings) =>
    [
        .. settings.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .SelectMany(property => property.GetCustomAttribute<CommandOptionAttribute>() is { } option
                ? option.LongNames.Select(n => "--" + n).Concat(option.ShortNames.Select(n => "-" + n))
                    .Select(name => new OptionSpec(name, option.ValueIsOptional ? null : option.ValueName, property.PropertyType))
                : []),
        .. Help,
    ];
}
