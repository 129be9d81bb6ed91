using System.Text.Json;
using Pipeline.Core.Json;
using Pipeline.Reporting.Selection;

namespace Pipeline.Reporting.Json;

/// <summary>
/// The comparison as one JSON document (<see cref="PipelineJson.Indented"/>: camelCase, enums in snake case),
/// cells row by row (company, then question or topic). Shape documented in the project's README.
/// </summary>
/// <remarks>
/// Written as it is read, company by company (<see cref="ComparisonView.Rows"/>), so that memory does not grow with the
/// number of replies; the bytes are those <see cref="QuestionMatrixDocument"/> or <see cref="TopicMatrixDocument"/>
/// serialised whole would give.
/// </remarks>
public sealed class JsonComparisonRenderer : IComparisonRenderer
{
    public void Render(ComparisonView view, Stream output)
    {
        var options = PipelineJson.Indented;
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions
        {
            Indented = options.WriteIndented,
            Encoder = options.Encoder,
            IndentCharacter = options.IndentCharacter,
            IndentSize = options.IndentSize,
            NewLine = options.NewLine,
            MaxDepth = options.MaxDepth,
        });
        var byQuestion = view.By == CompareBy.Question;
        writer.WriteStartObject();
        Property(writer, nameof(QuestionMatrixDocument.Campaign), JsonCampaign.From(view.Campaign), options);
        Property(writer, nameof(QuestionMatrixDocument.By), byQuestion ? "question" : "topic", options);
        Property(writer, nameof(QuestionMatrixDocument.GeneratedAt), view.Source.GeneratedAt, options);
        Property(writer, nameof(QuestionMatrixDocument.Companies), view.Companies.Select(JsonCompany.From).ToList(), options);
        if (byQuestion)
        {
            Property(writer, nameof(QuestionMatrixDocument.Questions), view.Questions.Select(JsonQuestion.From).ToList(), options);
        }
        else
        {
            Property(writer, nameof(TopicMatrixDocument.Topics), view.Topics.Select(JsonTopic.From).ToList(), options);
        }

        writer.WritePropertyName(options.PropertyNamingPolicy!.ConvertName(nameof(QuestionMatrixDocument.Cells)));
        writer.WriteStartArray();
        foreach (var company in view.Companies)
        {
            var rows = view.Rows(company);
            IEnumerable<object> cells = byQuestion
                ? view.Questions.Select(q => JsonQuestionCell.From(rows.Cell(q)))
                : view.Topics.Select(t => JsonTopicCell.From(rows.Cell(t)));
            foreach (var cell in cells)
            {
                JsonSerializer.Serialize(writer, cell, cell.GetType(), options);
            }

            writer.Flush();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Property<T>(Utf8JsonWriter writer, string name, T value, JsonSerializerOptions options)
    {
        writer.WritePropertyName(options.PropertyNamingPolicy!.ConvertName(name));
        JsonSerializer.Serialize(writer, value, options);
    }
}
