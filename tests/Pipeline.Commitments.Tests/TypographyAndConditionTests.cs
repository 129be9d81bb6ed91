using Pipeline.Commitments.Classifying;
using Pipeline.Commitments.Cues;
using Pipeline.Commitments.Fields;

namespace Pipeline.Commitments.Tests;

/// <summary>
/// Letters come out of word processors with typographic apostrophes and no-break spaces, and their clauses use "where",
/// "once", "when" and "subject to" in senses that set no condition: the patterns read both as a reader does.
/// </summary>
public sealed class TypographyAndConditionTests
{
    [Theory]
    [InlineData("Nous publierons notre politique d\u2019ici fin 2024.", "2024-12-31", "d\u2019ici fin 2024")]
    [InlineData("Nous publierons le rapport au plus tard le 30\u00A0juin\u00A02024.", "2024-06-30", "au plus tard le 30\u00A0juin\u00A02024")]
    [InlineData("Wir werden bis Ende\u00A02024 berichten.", "2024-12-31", "bis Ende\u00A02024")]
    public void Deadline_WithTypographicApostropheOrNoBreakSpace_IsFound_AndKeepsTheOriginalWords(string sentence, string value, string text)
    {
        var found = DeadlineFinder.Find(sentence);

        Assert.Equal((value, text), (found?.Deadline.Value, found?.Deadline.Text));
        Assert.Equal(text, sentence.Substring(found!.Start, found.Length).Trim());
    }

    [Theory]
    [InlineData("Le groupe s\u2019engage à publier chaque année la liste des pays concernés.")]
    [InlineData("Nous nous engageons à vous informer de toute nouvelle livraison, sous réserve de l\u2019accord de nos clients.")]
    public void CommitmentCue_WithTypographicApostrophe_IsSeen(string sentence)
    {
        Assert.Equal(Core.Commitments.StatementKind.Commitment, CueClassifier.Instance.Classify([sentence])[0].Kind);
    }

    [Fact]
    public void Condition_WithTypographicApostrophe_IsCutFromTheOriginal()
    {
        Assert.Equal("sous réserve de l\u2019accord de nos clients", ConditionFinder.Find("Nous publierons la liste, sous réserve de l\u2019accord de nos clients.")?.Text);
    }

    [Theory]
    [InlineData("We can share updated information on countries and vehicle numbers once a year, in the same form as above.")]
    [InlineData("Our European customers are subject to Regulation (EU) 2016/679, and we apply the same defaults everywhere.")]
    [InlineData("We will not supply any customer who is subject to sanctions.")]
    [InlineData("We do not track where customers choose to use it.")]
    [InlineData("Customers must inform us if our components are used in systems for migration control.")]
    [InlineData("We ended one contract in 2020, when the customer did not accept our data protection conditions.")]
    [InlineData("Vor jedem Auftrag prüfen wir im Rahmen unserer Exportkontrolle, ob eine Genehmigung nötig ist.")]
    [InlineData("We believe, however, that this work belongs in our wider programme.")]
    public void Condition_FrequencyStatusIndirectQuestionPastEventOrFramework_IsNone(string sentence)
    {
        Assert.Null(ConditionFinder.Find(sentence));
    }

    [Theory]
    [InlineData("Once the inquiry is finished, we will publish its findings.", "Once the inquiry is finished")]
    [InlineData("We will publish the list, subject to customer consent.", "subject to customer consent")]
    [InlineData("We will inform you when required by law.", "when required by law")]
    [InlineData("We would stop selling to any country where an embargo is imposed.", "where an embargo is imposed")]
    [InlineData("Anfragen beantworten wir im Rahmen unserer Vertraulichkeitsverpflichtungen.", "im Rahmen unserer Vertraulichkeitsverpflichtungen")]
    [InlineData("At present we do not sell to that region.", "At present we do not sell to that region")]
    public void Condition_RealConditions_AreStillFound(string sentence, string expected)
    {
        Assert.Equal(expected, ConditionFinder.Find(sentence)?.Text);
    }

    [Fact]
    public void CueFeatures_ReadTheTypographicFormAsThePlainOne()
    {
        Assert.Equal(CueFeatures.Of("Le groupe s'engage à publier la liste."), CueFeatures.Of("Le groupe s\u2019engage à publier la liste."));
    }
}
