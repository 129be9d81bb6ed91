using System.Text;

namespace Pipeline.Testing;

/// <summary>
/// Queries made to break a search engine, generated deterministically from a seed: regular expressions with huge
/// repeats, deep nesting, invalid syntax, every special character alone and doubled, 10,000-character terms, and random
/// mixes. Each must end in results or a usage error, never a crash (issue 13).
/// </summary>
public static class HostileQueries
{
    /// <summary>Characters with a meaning in Lucene's query syntax or its regular expressions.</summary>
    public const string Specials = "+-&|!(){}[]^\"~*?:\\/<>#@.,;'=%$";

    /// <summary>The queries the issue reported, each of which crashed the process, ran away with memory or time, or answered 500.</summary>
    public static IReadOnlyList<string> Reported { get; } =
    [
        "/a{0,2147483647}/",
        "/a{1,99999}/",
        "/a<b/",
        "/[z-a]/",
        "</title><script>alert(1)</script>",
        "\"a b\"~-1",
    ];

    /// <summary>At least <paramref name="count"/> queries: the fixed cases first, then random mixes from <paramref name="seed"/>.</summary>
    public static IReadOnlyList<string> Generate(int seed, int count)
    {
        var random = new Random(seed);
        var queries = new List<string>(Reported);
        queries.AddRange(Specials.Select(c => c.ToString()));
        queries.AddRange(Specials.Select(c => new string(c, 2)));
        queries.AddRange(Specials.Select(c => $"drone{c}"));
        queries.AddRange(Specials.Select(c => $"{c}drone {c}"));
        queries.AddRange(
        [
            "&&", "||", "AND", "OR", "NOT", "AND OR NOT", "drone AND", "NOT NOT drone", "*:*", "*", "**", "?", "??", "~", "~~", "/", "//", "/ /",
            "\"", "\"\"", "\"drone", "(", ")", "()", "[", "]", "[]", "{", "}", "{}", "[a TO]", "[* TO *]", "{* TO *}", "[a TO z]",
            "page:[x TO y]", "page:[-5 TO 2147483648]", "page:99999999999", "unknown:field", "text:", ":drone", "company:", "company:*",
            "drone^", "drone^0", "drone^-1", "drone^1e40", "drone~0.5", "drone~2.5", "drone~3", "drone~99999999999",
            "\"a b\"~99999999999", "\"a b\"~-99999999999", "\\", "\\\\", "drone\\", "\\u0000", "\0", "\u202e\u0000\uffff",
            "\ud800", "\udc00drone", "😀*", "/😀{1,3}/", "é*", "/[é-ü]+/", "ﬁ*", "ß?", "ا*", "/ا.*ل/",
            "/a{2147483647}/", "/a{2147483648}/", "/a{1,}/", "/a{,5}/", "/a{5,1}/", "/(a|aa)*b/", "/.*a.{30}/", "/(.*){1,1000}/",
            "/~(a)/", "/~~~~~~~~~~a/", "/@&~(a)/", "/#/", "/<1-99999999999>/", "/<0-2147483647>/", "/<foo>/", "/<>/", "/<1->/",
            "/\"unterminated/", "/[/", "/]/", "/(/", "/)/", "/\\/", "/a/b/c/", "/&a/", "/a|/", "/|/", "/?/", "/*/", "/+/",
            "*a??????????????", "*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*", "?????????????????????????", "a*b*c*d*e*f*g*h*i*j*k*l*m*",
            "drone~ ~ ~", "drone~~", "\"drone\"~", "\"drone\"~~2", "+-+-drone", "!!drone", "drone!", "-drone -radar", "drone -",
        ]);
        foreach (var depth in new[] { 10, 31, 32, 33, 100, 1_000, 1_999 })
        {
            queries.Add(new string('(', depth) + "drone" + new string(')', depth));
            queries.Add("/" + new string('(', depth) + "a" + new string(')', depth) + "/");
            queries.Add(new string('(', depth));
        }

        foreach (var length in new[] { 255, 256, 1_000, 3_999, 4_000, 4_001, 10_000 })
        {
            var word = RandomWord(random, length);
            queries.Add(word);
            queries.Add(word + "*");
            queries.Add("*" + word);
            queries.Add(word + "~");
            queries.Add("/" + word + "/");
            queries.Add("\"" + word + "\"");
        }

        queries.Add(string.Join(' ', Enumerable.Repeat("drone", 2_000)));
        queries.Add(string.Join(" OR ", Enumerable.Range(0, 1_100).Select(i => "w" + i)));
        queries.Add("\"" + string.Join(' ', Enumerable.Range(0, 1_000).Select(i => "w" + i)) + "\"");

        while (queries.Count < count)
        {
            queries.Add(random.Next(4) switch
            {
                0 => RandomRegex(random),
                1 => RandomMix(random, random.Next(1, 40)),
                2 => RandomWildcard(random),
                _ => RandomMix(random, random.Next(40, 400)),
            });
        }

        return queries;
    }

    private static string RandomWord(Random random, int length)
    {
        var word = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            word.Append((char)('a' + random.Next(26)));
        }

        return word.ToString();
    }

    private static string RandomMix(Random random, int length)
    {
        const string Letters = "abcdeilnorst ";
        var mix = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            mix.Append(random.Next(3) == 0 ? Specials[random.Next(Specials.Length)] : Letters[random.Next(Letters.Length)]);
        }

        return mix.ToString();
    }

    private static string RandomWildcard(Random random)
    {
        var pattern = new StringBuilder();
        for (var i = random.Next(1, 30); i > 0; i--)
        {
            pattern.Append(random.Next(3) switch { 0 => '*', 1 => '?', _ => (char)('a' + random.Next(5)) });
        }

        return pattern.ToString();
    }

    private static string RandomRegex(Random random)
    {
        string[] atoms = ["a", "b", ".", "[a-z]", "[^a]", "(a|b)", "\"ab\"", "@", "#", "<1-100>", "~a", "(a&b)", "()"];
        string[] repeats = ["", "*", "+", "?", "{2}", "{1,5}", "{0,}", $"{{{random.Next(0, 100_000)}}}", $"{{1,{random.Next(0, int.MaxValue)}}}"];
        var regex = new StringBuilder("/");
        for (var i = random.Next(1, 8); i > 0; i--)
        {
            var atom = atoms[random.Next(atoms.Length)] + repeats[random.Next(repeats.Length)];
            regex.Append(random.Next(4) == 0 ? $"({atom}){repeats[random.Next(repeats.Length)]}" : atom);
        }

        return regex.Append('/').ToString();
    }
}
