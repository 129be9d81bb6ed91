using Pipeline.Search.Analysis;

namespace Pipeline.Search.Tests;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("Our human rights due diligence process identifies the risks of misuse before any sale.", "en")]
    [InlineData("Notre processus de diligence raisonnable comprend une évaluation des risques avant chaque contrat.", "fr")]
    [InlineData("Les plaintes peuvent être déposées par le biais de notre dispositif d'alerte.", "fr")]
    [InlineData("تلتزم الشركة بمبادئ الأمم المتحدة التوجيهية بشأن الأعمال التجارية وحقوق الإنسان.", "ar")]
    public void Detect_TypicalSentence_IsRecognised(string text, string expected)
    {
        // Given a full sentence in one language
        // When its language is detected
        var language = LanguageDetector.Detect(text);

        // Then it is that language
        Assert.Equal(expected, language);
    }

    [Fact]
    public void Detect_ArabicWithLatinCompanyName_IsArabic()
    {
        // Given Arabic text quoting a Latin-script company name and product
        var text = "ترحب شركة Thales Group بالرسالة وتؤكد أن منتجات Border Surveillance تخضع للمراجعة.";

        // When / Then the Arabic script still dominates
        Assert.Equal("ar", LanguageDetector.Detect(text));
    }

    [Fact]
    public void Detect_EnglishLetterQuotingFrenchTitle_StaysEnglish()
    {
        // Given an English paragraph that cites a French law by its title
        var text = "We comply with the French law on the duty of vigilance (loi relative au devoir de vigilance) and we publish our plan every year.";

        // When / Then the English majority wins
        Assert.Equal("en", LanguageDetector.Detect(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Thales Group")]
    [InlineData("2(d)")]
    [InlineData("Yours faithfully,")]
    public void Detect_TooLittleEvidence_IsUndetermined(string text)
    {
        // Given text with fewer than two function words
        // When / Then no language is claimed
        Assert.Null(LanguageDetector.Detect(text));
    }
}
