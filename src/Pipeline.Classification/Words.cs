namespace Pipeline.Classification;

/// <summary>Word counting shared by routing and the answer-status rules: whitespace-separated tokens.</summary>
internal static class Words
{
    public static int Count(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>
    /// Whether the text reads as prose: it has at least three words in lower case ("we", "und", "les"), or letters of a
    /// script without case (Arabic). A line of capitalised words and numbers — an address, a name, a job title, a
    /// company's name — says nothing about a question, whatever topic its digits and names suggest to the classifier.
    /// </summary>
    public static bool ReadsAsProse(string text)
    {
        var lowerCaseWords = 0;
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = token.Trim('(', ')', '"', '\'', ',', ';', ':', '.', '«', '»', '“', '”', '‘', '’');
            if (word.Any(c => char.IsLetter(c) && !char.IsUpper(c) && !char.IsLower(c)))
            {
                return true;
            }

            if (word.Length > 0 && word.All(char.IsLetter) && char.IsLower(word[0]) && ++lowerCaseWords >= 3)
            {
                return true;
            }
        }

        return false;
    }
}
