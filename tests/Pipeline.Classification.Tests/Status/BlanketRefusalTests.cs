using Pipeline.Classification.Status;

namespace Pipeline.Classification.Tests.Status;

public sealed class BlanketRefusalTests
{
    [Theory]
    [InlineData("Tarrow Perimeter Group has considered your request carefully but has decided not to participate.")]
    [InlineData("Kestrane does not comment on its customers, and we are therefore not able to respond to the individual questions in your letter.")]
    [InlineData("We do not intend to comment on the remaining questions.")]
    [InlineData("Wir bitten um Verständnis, dass wir von einer Beantwortung des Fragebogens absehen.")]
    public void RefusalOfTheQuestionnaireOrItsRest_IsRecognised(string text) =>
        Assert.True(BlanketRefusal.IsIn(text), text);

    [Theory]
    // Last year's refusal, recalled before this year's answers; a refusal of some information only.
    [InlineData("In 2022 we declined to take part in your survey. We are now able to answer several of your questions.")]
    [InlineData("We are not able to disclose the names of our customers.")]
    [InlineData("We are happy to answer the questions in your letter.")]
    public void OtherSentences_AreNotARefusalOfTheWhole(string text) =>
        Assert.False(BlanketRefusal.IsIn(text), text);
}
