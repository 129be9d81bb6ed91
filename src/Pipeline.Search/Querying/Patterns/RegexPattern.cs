using System.Globalization;

namespace Pipeline.Search.Querying.Patterns;

/// <summary>
/// Reads a regular expression exactly as Lucene's <c>RegExp</c> does with all its syntax enabled (<c>. * + ? {n,m} | ( )
/// [a-z] [^a] "…" # @ ~ &amp; &lt;n-m&gt;</c>), so that a malformed one is reported with its position before Lucene sees
/// it, and a well-formed one can be measured (<see cref="PatternComplexity"/>). Not thread-safe: one per pattern.
/// </summary>
internal sealed class RegexPattern
{
    /// <summary>What a person can do about any malformed regular expression.</summary>
    public const string Hint =
        "regular expressions between slashes use . for any character, [a-z] for a class, * + ? {n,m} to repeat, | for alternatives and ( ) to group; "
        + "put a backslash before any other special character, or quote the words to search for them as written";

    private const int MaxCodePoint = 0x10FFFF;

    private readonly string _text;
    private int _pos;

    private RegexPattern(string text) => _text = text;

    /// <exception cref="PatternException">The expression is malformed.</exception>
    public static PatternNode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return new PatternNode(PatternKind.String);
        }

        var parser = new RegexPattern(text);
        var node = parser.ParseUnion();
        return parser._pos < text.Length
            ? throw parser.Error(text[parser._pos] == ')' ? "a ')' has no matching '('" : $"unexpected '{text[parser._pos]}'")
            : node;
    }

    private PatternNode ParseUnion()
    {
        var node = ParseIntersection();
        return Match('|') ? PatternNode.Binary(PatternKind.Union, node, ParseUnion()) : node;
    }

    private PatternNode ParseIntersection()
    {
        var node = ParseConcatenation();
        return Match('&') ? PatternNode.Binary(PatternKind.Intersection, node, ParseIntersection()) : node;
    }

    private PatternNode ParseConcatenation()
    {
        var node = ParseRepeat();
        return More() && !Peek(")|&") ? PatternNode.Binary(PatternKind.Concatenation, node, ParseConcatenation()) : node;
    }

    private PatternNode ParseRepeat()
    {
        var node = ParseComplement();
        while (Peek("?*+{"))
        {
            if (Match('?'))
            {
                node = PatternNode.Unary(PatternKind.Optional, node);
            }
            else if (Match('*'))
            {
                node = PatternNode.Repeat(node, 0, -1);
            }
            else if (Match('+'))
            {
                node = PatternNode.Repeat(node, 1, -1);
            }
            else
            {
                Match('{');
                var min = Count() ?? throw Error("a number must follow '{'");
                var max = Match(',') ? Count() ?? -1 : min;
                if (!Match('}'))
                {
                    throw Error("expected '}' to close the repetition");
                }

                node = PatternNode.Repeat(node, min, max);
            }
        }

        return node;
    }

    private PatternNode ParseComplement() =>
        Match('~') ? PatternNode.Unary(PatternKind.Complement, ParseComplement()) : ParseCharClass();

    private PatternNode ParseCharClass()
    {
        if (!Match('['))
        {
            return ParseSimple();
        }

        var negate = Match('^');
        var node = ParseClassItem();
        while (More() && !Peek("]"))
        {
            node = PatternNode.Binary(PatternKind.Union, node, ParseClassItem());
        }

        if (negate)
        {
            node = PatternNode.Binary(PatternKind.Intersection, PatternNode.AnyChar, PatternNode.Unary(PatternKind.Complement, node));
        }

        return Match(']') ? node : throw Error("expected ']' to close the character class");
    }

    private PatternNode ParseClassItem()
    {
        var start = _pos;
        var from = ParseCharacter();
        if (!Match('-'))
        {
            return PatternNode.Char(from);
        }

        var to = ParseCharacter();
        return from <= to
            ? new PatternNode(PatternKind.Range) { From = from, To = to }
            : throw new PatternException(
                $"the character range '{_text[start.._pos]}' runs backwards", start, "write the lower character first, as in [a-z]");
    }

    private PatternNode ParseSimple()
    {
        if (Match('.'))
        {
            return PatternNode.AnyChar;
        }

        if (Match('#'))
        {
            return new PatternNode(PatternKind.Empty);
        }

        if (Match('@'))
        {
            return PatternNode.AnyString;
        }

        if (Match('"'))
        {
            var start = _pos;
            while (More() && !Peek("\""))
            {
                Next();
            }

            return Match('"') ? new PatternNode(PatternKind.String) { Text = _text[start..(_pos - 1)] } : throw Error("expected '\"' to close the quoted string");
        }

        if (Match('('))
        {
            if (Match(')'))
            {
                return new PatternNode(PatternKind.String);
            }

            var inner = ParseUnion();
            return Match(')') ? inner : throw Error("expected ')' to close the group");
        }

        return Match('<') ? ParseInterval() : PatternNode.Char(ParseCharacter());
    }

    private PatternNode ParseInterval()
    {
        var start = _pos;
        while (More() && !Peek(">"))
        {
            Next();
        }

        if (!Match('>'))
        {
            throw new PatternException("'<' opens a number range that is not closed with '>'", start - 1, "write a number range as <1-100>, or escape the character: \\<");
        }

        var body = _text[start..(_pos - 1)];
        var dash = body.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            throw new PatternException($"<{body}> names an automaton, which search does not define", start - 1, "write a number range as <1-100>, or escape the character: \\<");
        }

        if (dash == 0 || dash == body.Length - 1 || dash != body.LastIndexOf('-')
            || !int.TryParse(body[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var min)
            || !int.TryParse(body[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var max))
        {
            throw new PatternException($"<{body}> is not a number range", start - 1, "write a number range as <1-100>, both ends whole numbers");
        }

        var digits = dash == body.Length - dash - 1 ? dash : 0;
        return new PatternNode(PatternKind.Interval) { Min = Math.Min(min, max), Max = Math.Max(min, max), Digits = digits };
    }

    private int ParseCharacter()
    {
        Match('\\');
        return Next();
    }

    private int? Count()
    {
        var start = _pos;
        while (Peek("0123456789"))
        {
            _pos++;
        }

        if (start == _pos)
        {
            return null;
        }

        return int.TryParse(_text.AsSpan(start, _pos - start), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count
            : throw new PatternException($"the repetition count {_text[start.._pos]} is too large", start, "repeat a few times at most, as in a{1,5}: no word is that long", isLimit: true);
    }

    private bool Peek(string characters) => More() && characters.Contains(_text[_pos], StringComparison.Ordinal);

    private bool Match(char c)
    {
        if (!More() || _text[_pos] != c)
        {
            return false;
        }

        _pos++;
        return true;
    }

    private bool More() => _pos < _text.Length;

    private int Next()
    {
        if (!More())
        {
            throw new PatternException("the regular expression ends too early", _text.Length, Hint);
        }

        var c = _text[_pos];
        if (char.IsHighSurrogate(c) && _pos + 1 < _text.Length && char.IsLowSurrogate(_text[_pos + 1]))
        {
            _pos += 2;
            return char.ConvertToUtf32(c, _text[_pos - 1]);
        }

        _pos++;
        return Math.Min((int)c, MaxCodePoint);
    }

    private PatternException Error(string message) => new(message, _pos, Hint);
}
