using System.Collections.Immutable;
using System.Text.Json;
using Pipeline.Core.Json;
using Pipeline.Reporting.Selection;

namespace Pipeline.Reporting.Json;

/// <summary>
/// The comparison as one JSON document (<see cref="PipelineJson.Indented"/>: camelCase, enums in snake case),
/// cells row by row (company, then question or topic). Shape documented in the project's README.
/// </summary>
public sealed class JsonComparisonRenderer : IComparisonRenderer
{
    public void Render(ComparisonView view, Stream output)
    {
        var campaign = JsonCampaign.From(view.Campaign);
        var companies = view.Companies.Select(JsonCompany.From).ToImmutableArray();
        object document = view.By == CompareBy.Question
            ? new QuestionMatrixDocument(
                campaign, "question", view.Source.GeneratedAt, companies, [.. view.Questions.Select(JsonQuestion.From)],
                [.. view.Companies.SelectMany(c => view.Questions.Select(q => JsonQuestionCell.From(view.Cell(c, q))))])
            : new TopicMatrixDocument(
                campaign, "topic", view.Source.GeneratedAt, companies, [.. view.Topics.Select(JsonTopic.From)],
                [.. view.Companies.SelectMany(c => view.Topics.Select(t => JsonTopicCell.From(view.Cell(c, t))))]);
        JsonSerializer.Serialize(output, document, document.GetType(), PipelineJson.Indented);
    }
}
