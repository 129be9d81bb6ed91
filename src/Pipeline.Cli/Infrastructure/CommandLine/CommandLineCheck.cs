namespace Pipeline.Cli.Infrastructure.CommandLine;

/// <summary>
/// Checks a command line against the verbs and their options before Spectre parses it, so that every verb refuses
/// the same mistakes with the same words: an unknown verb or option (with the nearest known name), an option without
/// its value, a value that is not what the option takes. A misspelt filter must never be silently dropped.
/// </summary>
/// <remarks>Tokens are read as Spectre reads them: <c>--name=value</c> and <c>--name:value</c>, a value in the next
/// argument, "-" followed by a digit is a value, everything after <c>--</c> is left alone.</remarks>
internal static class CommandLineCheck
{
    /// <summary>Options accepted before any verb.</summary>
    private static readonly string[] RootOptions = ["--help", "-h", "-?", "--version", "-v"];

    /// <summary>What is wrong with <paramref name="args"/>, in one sentence; null when nothing this check knows about is.</summary>
    public static string? Problem(IReadOnlyList<string> args, VerbCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(catalogue);
        if (args.Count == 0)
        {
            return null;
        }

        if (IsOption(args[0]))
        {
            var root = NameOf(args[0]);
            return RootOptions.Contains(root) ? null : UnknownOption(root, "pipeline", RootOptions);
        }

        // A branch alone or with its help ("pipeline eval", "pipeline eval --help") has no verb to check: Spectre shows its help.
        var (verb, consumed, problem) = FindVerb(args, catalogue);
        return problem ?? (verb is null ? null : CheckOptions(args, consumed, verb, catalogue.Verbs[verb]));
    }

    private static (string? Verb, int Consumed, string? Problem) FindVerb(IReadOnlyList<string> args, VerbCatalogue catalogue)
    {
        var first = args[0];
        var tops = catalogue.Verbs.Keys.Select(v => v.Split(' ')[0]).Distinct().ToList();
        if (!tops.Contains(first))
        {
            return (null, 0, UnknownCommand(first, tops));
        }

        if (catalogue.Verbs.ContainsKey(first))
        {
            return (first, 1, null);
        }

        // A branch ("campaign", "eval"): without a sub-verb Spectre shows the branch's help.
        var children = catalogue.Verbs.Keys.Where(v => v.StartsWith(first + " ", StringComparison.Ordinal)).ToList();
        if (args.Count < 2 || IsOption(args[1]))
        {
            return (null, 0, args.Count < 2 || IsHelp(args[1]) ? null : UnknownOption(NameOf(args[1]), $"pipeline {first}", OptionSpec.Help.Select(h => h.Name)));
        }

        var full = first + " " + args[1];
        return catalogue.Verbs.ContainsKey(full) ? (full, 2, null) : (null, 0, UnknownCommand(full, children));
    }

    private static string? CheckOptions(IReadOnlyList<string> args, int start, string verb, IReadOnlyList<OptionSpec> options)
    {
        for (var i = start; i < args.Count; i++)
        {
            var token = args[i];
            if (token == "--")
            {
                return null;
            }

            if (!IsOption(token))
            {
                continue;
            }

            var name = NameOf(token);
            if (options.FirstOrDefault(o => o.Name == name) is not { } option)
            {
                return UnknownOption(name, $"pipeline {verb}", options.Where(o => o.Name.StartsWith("--", StringComparison.Ordinal)).Select(o => o.Name));
            }

            if (!option.TakesValue)
            {
                continue;
            }

            string value;
            if (InlineValue(token) is { } inline)
            {
                value = inline;
            }
            else if (i + 1 < args.Count && !IsOption(args[i + 1]) && args[i + 1] != "--")
            {
                value = args[++i];
            }
            else
            {
                return $"{name} needs a value ({name} <{option.ValueName}>)";
            }

            if (OptionValue.Problem(value, option.ValueType) is { } wrong)
            {
                return $"{name}: {wrong}";
            }
        }

        return null;
    }

    private static string UnknownCommand(string typed, IEnumerable<string> known) =>
        NameSuggestion.Closest(typed, known) is { } near
            ? $"unknown command '{typed}'; did you mean {near}?"
            : $"unknown command '{typed}' (see pipeline --help)";

    private static string UnknownOption(string typed, string where, IEnumerable<string> known) =>
        NameSuggestion.Closest(typed, known) is { } near
            ? $"unknown option {typed} for {where}; did you mean {near}?"
            : $"unknown option {typed} for {where} (see {where} --help)";

    /// <summary>As Spectre tokenises: a leading '-' makes an option unless a digit follows it ("-1" is a value).</summary>
    private static bool IsOption(string token) =>
        token.Length > 1 && token[0] == '-' && token != "--" && !char.IsAsciiDigit(token[1]);

    private static bool IsHelp(string token) => OptionSpec.Help.Any(h => h.Name == token);

    /// <summary>"--jobs=2" → "--jobs".</summary>
    private static string NameOf(string token)
    {
        var separator = token.IndexOfAny(['=', ':'], 1);
        return separator < 0 ? token : token[..separator];
    }

    private static string? InlineValue(string token)
    {
        var separator = token.IndexOfAny(['=', ':'], 1);
        return separator < 0 ? null : token[(separator + 1)..];
    }
}
