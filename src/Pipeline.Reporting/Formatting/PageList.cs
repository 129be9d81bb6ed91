using Pipeline.Core.Reports;

namespace Pipeline.Reporting.Formatting;

/// <summary>Pages and files of several excerpts as one cell value.</summary>
internal static class PageList
{
    /// <summary>Distinct pages ascending, ";"-separated ("2;3"); empty when unknown.</summary>
    public static string Pages(IEnumerable<AnswerExcerpt> answers) =>
        string.Join(";", answers.SelectMany(a => a.Pages.OrEmpty()).Distinct().Order());

    /// <summary>Distinct file names in order of appearance, ";"-separated.</summary>
    public static string Files(IEnumerable<AnswerExcerpt> answers) => string.Join(";", answers.Select(a => a.File).Distinct());
}
