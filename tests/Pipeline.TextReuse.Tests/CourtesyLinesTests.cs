namespace Pipeline.TextReuse.Tests;

public sealed class CourtesyLinesTests
{
    [Theory]
    [InlineData("Yours sincerely,")]
    [InlineData("Dear Sir or Madam,")]
    [InlineData("Thank you for your letter. Please do not hesitate to contact us if you have further questions.")]
    [InlineData("Nous restons à votre disposition pour tout complément d'information.")]
    [InlineData("Mit freundlichen Grüßen")]
    [InlineData("We would welcome your comments on this response and remain available for a meeting.")]
    public void IsCourtesy_GreetingsThanksAndClosings_AreCourtesies(string line) => Assert.True(CourtesyLines.IsCourtesy(line));

    [Theory]
    [InlineData("Thank you for your letter. Our answers follow the structure of your questionnaire.")]
    [InlineData("We will publish the list of countries we supply every year.")]
    public void IsCourtesy_APassageWithSubstance_IsNot(string passage) => Assert.False(CourtesyLines.IsCourtesy(passage));
}
