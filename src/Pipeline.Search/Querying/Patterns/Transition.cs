namespace Pipeline.Search.Querying.Patterns;

/// <summary>A move on any code point from <see cref="Min"/> to <see cref="Max"/> to state <see cref="To"/>.</summary>
internal readonly record struct Transition(int Min, int Max, int To)
{
    public const int MaxCodePoint = 0x10FFFF;
}
