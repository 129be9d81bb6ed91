using System.Collections.Immutable;

namespace Pipeline.Reporting.Formatting;

internal static class ImmutableArrayExtensions
{
    /// <summary>The array, or an empty one for a default (uninitialised) array, which most consumers cannot enumerate.</summary>
    public static ImmutableArray<T> OrEmpty<T>(this ImmutableArray<T> array) => array.IsDefault ? [] : array;
}
