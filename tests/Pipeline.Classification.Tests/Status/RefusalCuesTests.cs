using Pipeline.Classification.Status;

namespace Pipeline.Classification.Tests.Status;

public sealed class RefusalCuesTests
{
    [Theory]
    [InlineData("We are not able to commit to providing lists of customers.")]
    [InlineData("For contractual reasons we cannot disclose the identity of our clients.")]
    [InlineData("We do not comment on individual client relationships.")]
    [InlineData("We must respectfully decline to answer questions 1a to 1c.")]
    [InlineData("We are not in a position to share details of specific deployments.")]
    [InlineData("Nous ne sommes pas en mesure de communiquer la liste de nos clients.")]
    [InlineData("Aus Gründen der Vertraulichkeit können wir keine Angaben zu einzelnen Kunden machen.")]
    [InlineData("We do not track the final installation sites and therefore cannot provide this figure.")]
    [InlineData("We are not able to give numbers of sensors or cameras by site.")]
    [InlineData("Eine regelmäßige Übermittlung von Kundenlisten sagen wir nicht zu.")]
    [InlineData("Listen unserer Kunden können wir Ihnen aus vertraglichen Gründen nicht zur Verfügung stellen.")]
    [InlineData("Out of respect for our customers we do not identify them or their countries.")]
    [InlineData("Delivery records belong to our installers and their clients and are not ours to share.")]
    [InlineData("The names of the agencies concerned are not for us to disclose.")]
    [InlineData("We will not promise regular client lists in future.")]
    [InlineData("We would rather not commit to sending you the names of our customers.")]
    [InlineData("Nous ne divulguons pas l'identité de nos clients étatiques.")]
    [InlineData("Notre groupe ne peut s'engager à transmettre des listes de clients.")]
    [InlineData("Künftige Kundenlisten können wir Ihnen leider nicht zusagen.")]
    [InlineData("Eine solche Verpflichtung können wir nicht eingehen.")]
    [InlineData("As for regular lists of our customers, this is not possible for us.")]
    [InlineData("Zu weiteren Angaben über unsere Kunden sind wir aus vertraglichen Gründen nicht in der Lage.")]
    [InlineData("Keine Angabe.")]
    public void RefusalToTellOrCommit_IsRecognised(string sentence) =>
        Assert.True(RefusalCues.IsRefusal(sentence), sentence);

    [Theory]
    // Refusing to do something is an answer about conduct, not a refusal to answer.
    [InlineData("We do not provide surveillance solutions to government clients in the region.")]
    [InlineData("We will not sell thermal cameras to countries under an arms embargo.")]
    [InlineData("Our products cannot be used to track individuals.")]
    [InlineData("Nous ne vendons pas de drones aux autorités frontalières.")]
    [InlineData("Wir liefern keine Überwachungstechnik an Grenzbehörden.")]
    [InlineData("Export decisions are not ours to take: the licensing authority decides them.")]
    [InlineData("Our systems do not identify individuals: they detect and track heat signatures.")]
    [InlineData("The thermal cameras cannot identify the persons on board.")]
    [InlineData("We will not supply our products where biometric data is likely to be shared with the authorities of a country.")]
    [InlineData("Nous ne fournissons pas de systèmes biométriques aux garde-côtes.")]
    [InlineData("A facial recognition function is not possible with these cameras.")]
    [InlineData("Keine Angaben zu Personen werden auf den Geräten gespeichert.")]
    [InlineData("We will not sell to border agencies in the region, as promised in our letter of 2021.")]
    public void StatementAboutConduct_IsNotARefusal(string sentence) =>
        Assert.False(RefusalCues.IsRefusal(sentence), sentence);

    [Fact]
    public void Share_CountsOnlyTheRefusingSentences()
    {
        // Given a paragraph whose second half refuses
        var text = "We supply radar systems to coastal agencies. We cannot disclose which agencies.";

        // When measuring the refusing share
        var share = RefusalCues.Share(text);

        // Then it is the second sentence's share of the characters
        Assert.Equal("We cannot disclose which agencies.".Length / (double)text.Length, share, 3);
    }
}
