using Pipeline.Classification.Status;

namespace Pipeline.Classification.Tests.Status;

public sealed class StatusCuesTests
{
    [Theory]
    [InlineData("Tarrow Perimeter Group has considered your request carefully but has decided not to participate.")]
    [InlineData("Kestrane does not comment on its customers, and we are therefore not able to respond to the individual questions in your letter.")]
    [InlineData("We do not intend to comment on the remaining questions.")]
    [InlineData("Wir bitten um Verständnis, dass wir von einer Beantwortung des Fragebogens absehen.")]
    // The inabilities routing reads as a refusal of the whole count for status too (one cue, QuestionnaireRefusalCues).
    [InlineData("Our contractual obligations prevent us from answering your questionnaire.")]
    [InlineData("Nous ne pouvons pas répondre à vos questions pour des raisons contractuelles.")]
    // Having answered some questions, the company refuses the rest of them.
    [InlineData("Apart from the above, we are unable to respond to your remaining questions.")]
    [InlineData("For these reasons we will not be answering the other questions in your letter.")]
    [InlineData("We must therefore decline your remaining questions.")]
    [InlineData("Die übrigen Fragen können wir leider nicht beantworten.")]
    public void RefusalOfTheQuestionnaireOrItsRest_IsRecognised(string text) =>
        Assert.True(QuestionnaireRefusalCues.RefusesTheQuestionnaire(text), text);

    [Theory]
    [InlineData("Tarrow Perimeter Group has considered your request carefully but has decided not to participate.", false)]
    [InlineData("We do not intend to comment on the remaining questions.", false)]
    [InlineData("Kestrane does not comment on its customers, and we are therefore not able to respond to the individual questions in your letter.", true)]
    [InlineData("Leider können wir Ihre Fragen nicht beantworten.", true)]
    // A standing practice is an inability for this letter; not replying to one question is not.
    [InlineData("As a matter of company practice, Arkwell does not respond to individual questionnaires from third parties about its customers.", true)]
    [InlineData("Arkwell does not respond to questions about individual customers.", false)]
    // A refusal said as what the company will not do is one too; one limited to questions about something is not.
    [InlineData("We will not be responding to the questions set out in your letter.", true)]
    [InlineData("We are unable to answer your questions about the countries we deliver to.", false)]
    public void InabilityToAnswer_IsToldFromAChoiceNotTo(string text, bool expected) =>
        Assert.Equal(expected, QuestionnaireRefusalCues.SaysItCannotAnswer(text));

    [Theory]
    // Last year's refusal, recalled before this year's answers; a refusal of some information only.
    [InlineData("In 2022 we declined to take part in your survey. We are now able to answer several of your questions.")]
    [InlineData("We are not able to disclose the names of our customers.")]
    [InlineData("We are happy to answer the questions in your letter.")]
    // The rest of the questions said not to apply, or answered elsewhere: no refusal.
    [InlineData("As the remaining questions concern sales to governments, which we do not make, they do not apply to us.")]
    [InlineData("The policy extract in the annex, we hope, answers your remaining questions.")]
    public void OtherSentences_AreNotARefusalOfTheWhole(string text) =>
        Assert.False(QuestionnaireRefusalCues.RefusesTheQuestionnaire(text), text);

    [Theory]
    [InlineData("In 2022 we declined to take part in your survey.", true)]
    [InlineData("We are pleased to respond to your questionnaire on surveillance technology.", true)]
    [InlineData("Nous avons le plaisir de répondre à votre questionnaire.", true)]
    [InlineData("We do not intend to comment on the remaining questions.", true)]
    [InlineData("We decided in 2021 to stop supplying border authorities in the region.", false)]
    [InlineData("We take part in the Global Network Initiative.", false)]
    public void SentenceAboutTakingPartInTheSurvey_IsRecognised(string text, bool expected) =>
        Assert.Equal(expected, QuestionnaireRefusalCues.SpeaksOfTheQuestionnaire(text));

    [Theory]
    [InlineData("We will not list individual agencies by name without their consent.", true)]
    [InlineData("For other contracts we would need the consent of the customer.", true)]
    [InlineData("Customer-specific information is subject to contractual confidentiality.", true)]
    [InlineData("We will provide an updated list of our customers every year.", false)]
    [InlineData("Customer names we can only share where the customer agrees, which in practice is rare.", true)]
    [InlineData("Die Namen unserer Kunden geben wir nur weiter, wenn diese ausdrücklich zustimmen.", true)]
    [InlineData("Nous communiquerons les noms de nos clients uniquement avec leur accord écrit.", true)]
    [InlineData("We only sell where export licences allow it.", false)]
    [InlineData("Our product portfolio is public. Information about our customers and their agencies, however, is a matter for them.", true)]
    [InlineData("The identity of the organisation we work with is for it to disclose.", true)]
    [InlineData("We can keep you updated on our products, but customer names depend on their consent.", true)]
    [InlineData("Die Nennung der Behörden ist Sache unserer Kunden.", true)]
    [InlineData("Grievances are a matter we take seriously.", false)]
    public void Condition_ThatKeepsPartBack_IsRecognised(string text, bool expected) =>
        Assert.Equal(expected, StatusCues.KeepsPartBack(text));

    [Theory]
    [InlineData("Our Code of Business Ethics is publicly available on our website.", true)]
    [InlineData("Tarvik has robust processes in place to assess every transaction.", true)]
    [InlineData("Our Human Rights Policy requires a human rights assessment before any sale to a border authority.", false)]
    [InlineData("We will consider your request for updated lists once our disclosure framework has been adopted.", true)]
    public void Pointer_OrGeneralTerms_AreRecognised(string text, bool expected) =>
        Assert.Equal(expected, StatusCues.PointsElsewhere(text));
}
