using Pipeline.Core.Segments;
using Pipeline.Segmentation.Attribution;
using Pipeline.Segmentation.Tests.Fixtures;

namespace Pipeline.Segmentation.Tests;

public sealed class CompanyAttributorTests
{
    [Theory]
    [InlineData("replies/Thales_response_BHRRC.pdf", "Thales Group")]
    [InlineData("replies/2022-09 THALES GROUP reply.docx", "Thales Group")]
    [InlineData("replies/IAI-answer.pdf", "Israel Aerospace Industries")]
    [InlineData("replies/sovereign-global-solutions.pdf", "Soverign Global Solutions Ltd")]
    [InlineData("replies/Soverign Global reply.pdf", "Soverign Global Solutions Ltd")]
    [InlineData("replies/g4s.pdf", "G4S")]
    public void FileName_NamingACompanyOrAlias_AttributesTheReply(string path, string expected)
    {
        var document = Reply.New().Para("Dear Ms Khalil,").Build(path);

        var attribution = CompanyAttributor.Attribute(document, Questionnaire.Mena);

        Assert.Equal(expected, attribution.Name);
        Assert.Equal(AttributionSource.FileName, attribution.Source);
        Assert.True(attribution.Listed);
    }

    [Fact]
    public void Folder_NamingACompany_AttributesTheReply()
    {
        var document = Reply.New().Para("Dear Ms Khalil,").Build("replies/Elman/letter.pdf");

        var attribution = CompanyAttributor.Attribute(document, Questionnaire.Mena);

        Assert.Equal(new CompanyAttribution("Elettronica Mangione", AttributionSource.Folder, true), attribution);
    }

    [Fact]
    public void Letterhead_NamingACompany_AttributesAReplyWithANeutralFileName()
    {
        var document = Reply.New().Para("G4S plc, 5th Floor, London").Para("Dear Ms Khalil,").Build("replies/scan0001.pdf");

        var attribution = CompanyAttributor.Attribute(document, Questionnaire.Mena);

        Assert.Equal(new CompanyAttribution("G4S", AttributionSource.Letter, true), attribution);
    }

    [Fact]
    public void JobTitleRunIntoTheSignature_IsNotPartOfTheName_WhenTheLetterheadGivesTheName()
    {
        var document = Reply.New()
            .Para("TARVIK AERIAL SYSTEMS OY")
            .Para("Dear Ms Khalil,")
            .Para("We design our aircraft for the missions we advertise.")
            .Para("Kind regards,")
            .Para("Jussi Hakala Vice President, Sales & Marketing Tarvik Aerial Systems Oy")
            .Build("replies/2022-08-30 reply.pdf");

        var attribution = CompanyAttributor.Attribute(document, Questionnaire.Mena);

        Assert.Equal(new CompanyAttribution("Tarvik Aerial Systems Oy", AttributionSource.Letter, false), attribution);
    }

    [Fact]
    public void FrenchLetterhead_WithTheLegalFormOnTheNextLine_NamesTheCompany()
    {
        var document = Reply.New()
            .Para("OBRELLE TECHNOLOGIES")
            .Para("SAS au capital de 850 000 € – 45, allée des Platanes – 13290 Aix-en-Provence")
            .Para("Madame,")
            .Para("Nous n'avons pas de politique spécifique aux migrations.")
            .Build("replies/BHRRC - réponse questionnaire.pdf");

        var attribution = CompanyAttributor.Attribute(document, Questionnaire.Mena);

        Assert.Equal(new CompanyAttribution("Obrelle Technologies SAS", AttributionSource.Letter, false), attribution);
    }

    [Theory]
    [InlineData("BRIGHTLANCE VISION INC. · 2200 Harbor Ridge Parkway, Suite 400 · San Jose, CA 95134 · USA", "Brightlance Vision Inc.")]
    [InlineData("ZELVAR OPTICS LTD. | 12 Quay Street, Cork, Ireland", "Zelvar Optics Ltd.")]
    [InlineData("PRAVEC Secure Networks d.o.o. | Tehnološki park 21, 1000 Ljubljana, Slovenia", "PRAVEC Secure Networks d.o.o.")]
    public void LetterheadSetAsFieldsBetweenSeparators_NamesTheCompanyFromItsOwnField(string letterhead, string expected)
    {
        var document = Reply.New()
            .Para(letterhead)
            .Para("Dear Ms Khalil,")
            .Para("We do not supply border agencies.")
            .Para("Yours sincerely,")
            .Build("replies/reply.docx");

        var attribution = CompanyAttributor.Attribute(document, Questionnaire.Mena);

        Assert.Equal(new CompanyAttribution(expected, AttributionSource.Letter, false), attribution);
    }

    [Fact]
    public void SubsidiaryNamedInTheBodyMoreOften_DoesNotOutweighTheLetterhead()
    {
        var document = Reply.New()
            .Para("Varrow Identity Systems Oy | Tekniikantie 9, 02150 Espoo, Finland")
            .Para("Dear Ms Khalil,")
            .Para("Our enrolment kits are installed in the region by Varrow Middle East LLC, our subsidiary in Amman, which services them for two ministries.")
            .Para("Varrow Middle East LLC has its own complaints channel for the people whose data are registered with our devices, in Arabic and English.")
            .Para("Best regards,")
            .Para("Aino Rasi, CEO")
            .Build("replies/Letter to BHRRC.docx");

        var attribution = CompanyAttributor.Attribute(document, Questionnaire.Mena);

        Assert.Equal(new CompanyAttribution("Varrow Identity Systems Oy", AttributionSource.Letter, false), attribution);
    }

    [Theory]
    [InlineData("on behalf of Ferrovane Group N.V.")]
    [InlineData("For and on behalf of Ferrovane Group N.V.")]
    [InlineData("au nom de Ferrovane Group N.V.")]
    [InlineData("im Namen der Ferrovane Group N.V.")]
    [InlineData("General Manager, Ferrovane Middle East FZE, for Ferrovane Group N.V.")]
    public void OfficeSigningOnBehalfOfItsParent_NamesTheParent(string signedFor)
    {
        var document = Reply.New()
            .Para("Ferrovane Middle East FZE")
            .Para("Office 1907, Al Noor Business Tower, Dubai")
            .Para("Dear colleagues,")
            .Para("Our regional office was asked to reply to your questionnaire because the projects you ask about are managed from Dubai.")
            .Para("Yours sincerely,")
            .Para("Regional Director, Ferrovane Middle East FZE")
            .Para(signedFor)
            .Build("replies/letter to BHRRC.docx");

        var attribution = CompanyAttributor.Attribute(document, Questionnaire.Mena);

        Assert.Equal(new CompanyAttribution("Ferrovane Group N.V.", AttributionSource.Letter, false), attribution);
    }

    [Fact]
    public void LawFirmActingForAClient_NamesTheClient()
    {
        var document = Reply.New()
            .Para("ASHBY THORNE & KELL LLP")
            .Para("Solicitors · 14 Carrow Street · London EC4A 2DQ")
            .Para("Our ref: RJP/CDS/0457-22")
            .Para("Your ref: MENA surveillance outreach, July 2022")
            .Para("19 August 2022")
            .Para("Business & Human Rights Resource Centre, by email only")
            .Para("Dear Sirs,")
            .Para("We act for Corvane Defence Systems Ltd (\"our client\") in connection with your letter, and our client has asked us to respond on its behalf.")
            .Para("Yours faithfully,")
            .Para("Ashby Thorne & Kell LLP")
            .Build("replies/ATK to BHRRC.pdf");

        var attribution = CompanyAttributor.Attribute(document, Questionnaire.Mena);

        Assert.Equal(new CompanyAttribution("Corvane Defence Systems Ltd", AttributionSource.Letter, false), attribution);
    }

    [Fact]
    public void OfficeSigningInItsOwnName_KeepsItsOwnName()
    {
        var document = Reply.New()
            .Para("Ferrovane Middle East FZE")
            .Para("Dear colleagues,")
            .Para("We write on behalf of our whole team, which reviewed every question of your questionnaire with care.")
            .Para("Yours sincerely,")
            .Para("Regional Director, Ferrovane Middle East FZE")
            .Build("replies/letter to BHRRC.docx");

        var attribution = CompanyAttributor.Attribute(document, Questionnaire.Mena);

        Assert.Equal(new CompanyAttribution("Ferrovane Middle East FZE", AttributionSource.Letter, false), attribution);
    }

    [Fact]
    public void Signature_NamingAnUnlistedCompany_KeepsThatNameAndMarksItUnlisted()
    {
        var document = Reply.New()
            .Para("Dear Ms Khalil,")
            .Para("We do not supply border agencies.")
            .Para("Yours sincerely,")
            .Para("Omar Haddad, Compliance Director, Desert Optics Ltd")
            .Build("replies/reply.pdf");

        var attribution = CompanyAttributor.Attribute(document, Questionnaire.Mena);

        Assert.Equal(new CompanyAttribution("Desert Optics Ltd", AttributionSource.Letter, false), attribution);
    }

    [Fact]
    public void CommandLine_IsTheLastResort()
    {
        var document = Reply.New().Para("Dear Ms Khalil,").Build("replies/reply.pdf");

        Assert.Equal(new CompanyAttribution("Thales Group", AttributionSource.CommandLine, true),
            CompanyAttributor.Attribute(document, Questionnaire.Mena, "thales"));
        Assert.Equal(CompanyAttribution.Unknown, CompanyAttributor.Attribute(document, Questionnaire.Mena));
    }

    [Fact]
    public void LetterheadWithoutALegalForm_NamedAgainInTheLetter_NamesTheCompany()
    {
        // Given a letterhead line with no legal form, which the letter names again
        var document = Reply.New()
            .Para("Tavira Analytics")
            .Para("Rua do Alecrim 61, 1200-016 Lisboa, Portugal")
            .Para("Dear Ms Khalil,")
            .Para("Tavira Analytics develops software that helps border agencies analyse advance passenger information.")
            .Para("Warm regards,")
            .Build("replies/reply 2022.docx");

        // When attributed with no listed name in it
        var attribution = CompanyAttributor.Attribute(document, Questionnaire.Mena);

        // Then the letterhead's name, unlisted
        Assert.Equal(new CompanyAttribution("Tavira Analytics", AttributionSource.Letter, false), attribution);
    }

    [Fact]
    public void LetterheadWithoutALegalForm_NeverNamedAgain_LeavesTheCompanyUnknown()
    {
        // Given a first line the letter never repeats (a brand, a division, a title)
        var document = Reply.New()
            .Para("Northbridge Solutions")
            .Para("Dear Ms Khalil,")
            .Para("We do not supply border agencies in the region and have no plans to do so.")
            .Build("replies/reply.docx");

        // Then nothing is guessed
        Assert.Equal(CompanyAttribution.Unknown, CompanyAttributor.Attribute(document, Questionnaire.Mena));
    }

    [Fact]
    public void PortugueseLegalForm_IsALegalForm()
    {
        // Given a signature naming a company with "Lda"
        var document = Reply.New()
            .Para("Dear Ms Khalil,")
            .Para("We do not supply border agencies.")
            .Para("Inês Carvalho Mendes, Tavira Analytics Lda")
            .Build("replies/reply.pdf");

        // Then the name carries its legal form, and compares equal to the name without it
        Assert.Equal(new CompanyAttribution("Tavira Analytics Lda", AttributionSource.Letter, false), CompanyAttributor.Attribute(document, Questionnaire.Mena));
        Assert.Equal(CompanyNames.Key("Tavira Analytics"), CompanyNames.Key("Tavira Analytics Lda"));
    }

    [Theory]
    [InlineData("Marielle Dufresne-Kerr Senior Counsel Halcyon Ridge Technologies Inc.", "Halcyon Ridge Technologies Inc.")]
    [InlineData("Yael Ben-Harush VP Legal & Compliance Kestrel Border Technologies Ltd", "Kestrel Border Technologies Ltd")]
    [InlineData("Anna Roth Geschäftsführerin Roth Sensorik GmbH", "Roth Sensorik GmbH")]
    public void SignerAndJobTitleRunIntoTheName_AreLeftOut(string signature, string expected)
    {
        // Given a letter whose only named sender is a signature the PDF ran into one line
        var document = Reply.New()
            .Para("Dear Ms Khalil,")
            .Para("We are not in a position to respond to the questions in your letter.")
            .Para("Sincerely,")
            .Para(signature)
            .Build("replies/Our ref 117.pdf");

        // Then the company is named without the signer and the title
        Assert.Equal(new CompanyAttribution(expected, AttributionSource.Letter, false), CompanyAttributor.Attribute(document, Questionnaire.Mena));
    }

    [Theory]
    [InlineData("QADIRA INTEGRATED SECURITY SOLUTIONS L.L.C.", "Qadira Integrated Security Solutions L.L.C.")]
    [InlineData("CASTELLANE-RUIZ DEFENSA, S.L.", "Castellane-Ruiz Defensa S.L.")]
    [InlineData("VENTARI SISTEMI S.P.A.", "Ventari Sistemi S.p.A.")]
    public void LetterheadInCapitals_WithADottedLegalForm_NamesTheCompany(string letterhead, string expected)
    {
        // Given a letterhead in capitals whose legal form is written with full stops
        var document = Reply.New()
            .Para(letterhead)
            .Para("Office 1407, Business Bay, Dubai")
            .Para("Dear Ms Khalil,")
            .Para("We do not supply border agencies.")
            .Build("replies/reply to BHRRC questionnaire.docx");

        // Then
        Assert.Equal(new CompanyAttribution(expected, AttributionSource.Letter, false), CompanyAttributor.Attribute(document, Questionnaire.Mena));
    }

    [Fact]
    public void SignatureSetWithLineBreaks_NamesTheCompanyAlone_NotTheSignatoryAndTitleAboveIt()
    {
        // Given a letter signed in one paragraph of three lines: the signatory, the job title, the company
        var document = Reply.New()
            .Para("Dear Ms Haddad,")
            .Para("We cannot comment on contracts with public authorities.")
            .Para("Yours sincerely,")
            .Para("Lucía Arrieta Moncada\nDirector of Compliance\nSarlo Dynamics S.A.")
            .Build("replies/Reply to BHRRC.docx");

        // When
        var attribution = CompanyAttributor.Attribute(document, Questionnaire.Mena);

        // Then the name is the company's line
        Assert.Equal(new CompanyAttribution("Sarlo Dynamics S.A.", AttributionSource.Letter, false), attribution);
    }

    [Fact]
    public void EmailReply_IsNamedFromItsOwnSignature_NotFromTheMessageItQuotes()
    {
        // Given an e-mail reply signed by its company, then the asker's message quoted below it, longer than the reply
        var reply = Reply.New()
            .Para("Hi Lina,")
            .Para("Short answers below: we sell nothing to border agencies.")
            .Para("Best,")
            .Para("Karl Mifsud\nHead of Legal\nZerafin Telecom Solutions Ltd");
        reply = reply.Para("-----Original Message-----");
        for (var i = 1; i <= 8; i++)
        {
            reply = reply.Para($"Line {i} of the questionnaire, sent by the Business & Human Rights Resource Centre.");
        }

        // When
        var attribution = CompanyAttributor.Attribute(reply.Build("replies/RE_ request for information.docx"), Questionnaire.Mena);

        // Then the company is the reply's signatory's
        Assert.Equal(new CompanyAttribution("Zerafin Telecom Solutions Ltd", AttributionSource.Letter, false), attribution);
    }
}
