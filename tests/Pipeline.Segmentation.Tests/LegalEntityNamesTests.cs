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
    [InlineData("NORDVAKT MARITIME AS", "NORDVAKT MARITIME AS")]
    [InlineData("Group Compliance Office, Tessaro Defence S.p.A.", "Tessaro Defence S.p.A.")]
    public void NameWithLegalForm_IsFound_WithoutWhatIntroducesIt(string line, string expected) =>
        Assert.Equal(expected, Assert.Single(LegalEntityNames.In(line)));

    [Theory]
    [InlineData("Business & Human Rights Resource Centre")]
    [InlineData("such as drones and radars")]
    [InlineData("Dear Sir or Madam,")]
    public void LineWithoutLegalForm_NamesNoCompany(string line) =>
        Assert.Empty(LegalEntityNames.In(line));
}
