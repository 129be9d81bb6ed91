using Pipeline.Core.Commitments;

namespace Pipeline.Reporting.Formatting;

/// <summary>How each statement kind is drawn: colour and title, the same in the report, the workbook and the web app.</summary>
public static class KindStyle
{
    public static string Colour(StatementKind kind) => kind switch
    {
        StatementKind.Commitment => "#1c7ed6",
        StatementKind.Claim => "#868e96",
        StatementKind.Refusal => "#e03131",
        _ => "#ced4da",
    };

    public static string Title(StatementKind kind) => kind switch
    {
        StatementKind.Commitment => "Commitment",
        StatementKind.Claim => "Claim",
        StatementKind.Refusal => "Refusal",
        _ => "None",
    };
}
