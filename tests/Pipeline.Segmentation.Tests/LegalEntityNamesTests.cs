using Pipeline.Segmentation.Attribution;

namespace Pipeline.Segmentation.Tests;

public sealed class LegalEntityNamesTests
{
    [Theory]
    // A department line names the company after the department: the department is not part of the name.
    [InlineData("Department Lumaris Telecom Systems Ltd.", "Lumaris Telecom Systems Ltd.")]
    [InlineData("For and on behalf of Veltra Systems AG", "Veltra Systems AG")]
    [InlineData("Société Nordique de Détection SAS", "Société Nordique de Détection SAS")]
    [InlineData("Halvard Group AB, Box 1234, Stockholm", "Halvard Group AB")]
    [InlineData("Yours sincerely, Kestrel Ridge Analytics Pty Ltd", "Kestrel Ridge Analytics Pty Ltd")]
    [InlineData("Brandt & Söhne Sensorik GmbH & Co. KG", "Brandt & Söhne Sensorik GmbH & Co. KG")]
    // A letterhead in capitals: read with its legal form, shown in title case.
    [InlineData("NORDVAKT MARITIME AS", "Nordvakt Maritime AS")]
    [InlineData("TARVIK AERIAL SYSTEMS OY", "Tarvik Aerial Systems Oy")]
    [InlineData("BRANDT SENSORIK GMBH", "Brandt Sensorik GmbH")]
    [InlineData("Group Compliance Office, Tessaro Defence S.p.A.", "Tessaro Defence S.p.A.")]
    // A signature that runs the signer's department into the company's name (issue 20, dev13).
    [InlineData("Head of Public Affairs Corran Geodata Ltd", "Corran Geodata Ltd")]
    [InlineData("Investor Relations Halvmoon Sensors plc", "Halvmoon Sensors plc")]
    [InlineData("Government Affairs Department Kelso Imaging Ltd", "Kelso Imaging Ltd")]
    // Legal forms of Asia, Africa, the Gulf and Eastern Europe.
    [InlineData("On behalf of Selangor Harbour Optics Sdn. Bhd.", "Selangor Harbour Optics Sdn. Bhd.")]
    [InlineData("Tanjong Radar Systems Pte. Ltd., 8 Marina View", "Tanjong Radar Systems Pte. Ltd.")]
    [InlineData("Highveld Vision (Pty) Ltd", "Highveld Vision (Pty) Ltd")]
    [InlineData("Oder Sensor Technologies Sp. z o.o.", "Oder Sensor Technologies Sp. z o.o.")]
    [InlineData("Gauja Optics SIA, Riga", "Gauja Optics SIA")]
    [InlineData("Ankara Sınır Teknolojileri A.Ş.", "Ankara Sınır Teknolojileri A.Ş.")]
    [InlineData("Zarqa Identity Systems PSC", "Zarqa Identity Systems PSC")]
    [InlineData("Pune Border Analytics Private Limited", "Pune Border Analytics Private Limited")]
    [InlineData("SELANGOR HARBOUR OPTICS SDN. BHD.", "Selangor Harbour Optics Sdn. Bhd.")]
    public void NameWithLegalForm_IsFound_WithoutWhatIntroducesIt(string line, string expected) =>
        Assert.Equal(expected, Assert.Single(LegalEntityNames.In(line)));

    [Theory]
    [InlineData("OBRELLE TECHNOLOGIES", "SAS au capital de 850 000 € – 45, allée des Platanes – 13290 Aix-en-Provence", "Obrelle Technologies SAS")]
    [InlineData("Sentelle Défense", "SAS au capital de 1 500 000 € · 8, avenue du Maréchal-Juin", "Sentelle Défense SAS")]
    [InlineData("Halvard Sensorik", "GmbH mit Sitz in Bremen, Amtsgericht Bremen HRB 1234", "Halvard Sensorik GmbH")]
    public void LetterheadWithTheFormOnTheNextLine_NamesTheCompany(string nameLine, string nextLine, string expected) =>
        Assert.Equal(expected, LegalEntityNames.SplitAcross(nameLine, nextLine));

    [Theory]
    // The form must lead the next line and be followed by more words; the name line must read as a name.
    [InlineData("OBRELLE TECHNOLOGIES", "SAS")]
    [InlineData("Dear Madam,", "SA au capital de 100 000 €")]
    [InlineData("Aix-en-Provence, le 2 septembre 2022", "SAS au capital de 850 000 €")]
    [InlineData("Direction juridique", "SAS au capital de 850 000 €")]
    [InlineData("Objet : Réponse à votre questionnaire", "AG mit Sitz in Bremen")]
    public void OtherLinePairs_NameNoCompany(string nameLine, string nextLine) =>
        Assert.Null(LegalEntityNames.SplitAcross(nameLine, nextLine));

    [Theory]
    [InlineData("Business & Human Rights Resource Centre")]
    [InlineData("such as drones and radars")]
    [InlineData("Dear Sir or Madam,")]
    public void LineWithoutLegalForm_NamesNoCompany(string line) =>
        Assert.Empty(LegalEntityNames.In(line));
}
