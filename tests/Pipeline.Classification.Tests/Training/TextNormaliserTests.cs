using Pipeline.Classification.Training;

namespace Pipeline.Classification.Tests.Training;

public sealed class TextNormaliserTests
{
    [Theory]
    [InlineData("2(d) Yes.", "0(d) Yes.")]
    [InlineData("We installed 1,250 units in 2019.", "We installed 0,0 units in 0.")]
    [InlineData("  Our  \u201Cspeak-up\u201D\tline\n", "Our \"speak-up\" line")]
    [InlineData("l\u2019entreprise \u2013 ﬁnale", "l'entreprise - finale")]
    public void Normalise_FoldsDigitsQuotesDashesAndSpaces(string input, string expected)
    {
        // Given a passage as extracted
        // When normalised
        var normalised = TextNormaliser.Normalise(input);

        // Then digit runs are one 0, typography is plain (NFKC folds the ﬁ ligature), spaces collapse
        Assert.Equal(expected, normalised);
    }
}
