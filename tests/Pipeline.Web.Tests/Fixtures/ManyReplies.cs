using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Pipeline.Campaigns;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Documents;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Search.Indexing;
using Pipeline.Workflows;

namespace Pipeline.Web.Tests.Fixtures;

/// <summary>
/// An archive of 450 replies to one campaign ("archive", from "Archive Company 001" to "450") and 5 to another ("other"),
/// written with the index writer, served once per test class: more replies than one page of the documents list shows.
/// </summary>
public sealed class ManyReplies : IAsyncLifetime, IDisposable
{
    public const int Archived = 450;
    public const int Others = 5;

    private readonly TempFolder _folder = new("many-replies");
    private RunningServer? _server;

    public RunningServer Server => _server ?? throw new InvalidOperationException("not started");

    public string Index => _folder.Combine("index");

    /// <summary>"Archive Company 001" for 1.</summary>
    public static string Name(int n) => "Archive Company " + n.ToString("000", CultureInfo.InvariantCulture);

    public async Task InitializeAsync()
    {
        using (var writer = SegmentIndexWriter.Open(Index))
        {
            foreach (var (campaign, company) in Enumerable.Range(1, Archived).Select(n => ("archive", Name(n)))
                .Concat(Enumerable.Range(1, Others).Select(n => ("other", "Other Company " + n.ToString(CultureInfo.InvariantCulture)))))
            {
                writer.Index(IndexedReply.From(Reply(campaign, company), _ => AnswerStatus.Answered));
            }

            writer.Commit();
        }

        foreach (var (id, companies) in new[] { ("archive", Enumerable.Range(1, Archived).Select(Name)), ("other", Enumerable.Range(1, Others).Select(n => "Other Company " + n.ToString(CultureInfo.InvariantCulture))) })
        {
            var yaml = new StringBuilder($"id: {id}\ntitle: The {id} campaign\norganisation: Tests\nquestions:\n  - id: 2d\n    parent: \"2\"\n    title: Grievance mechanism\n    topic: grievance_mechanism\n    text: Does your company have a grievance mechanism?\ncompanies:\n");
            foreach (var company in companies)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"  - name: {company}\n    status: responded\n");
            }

            var file = _folder.Combine(id + ".yaml");
            await File.WriteAllTextAsync(file, yaml.ToString());
            CampaignStore.Save(Index, CampaignLoader.Load(file));
        }

        _server = await RunningServer.StartAsync(Index);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    public void Dispose() => _folder.Dispose();

    private SegmentedReply Reply(string campaign, string company)
    {
        var fileName = company + " - reply.txt";
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(campaign + "/" + fileName)));
        var document = new ExtractedDocument(id, _folder.Combine("replies", fileName), SourceFormat.Text, 1, [], []) { Language = "en" };
        var text = "2d Our grievance mechanism is open to anyone.";
        ImmutableArray<Segment> segments =
        [
            new(id, [QuestionId.Parse("2d")], SegmentMethod.Marker, 0.9, [new Passage(text, 0, 0) { Topic = Topic.GrievanceMechanism, TopicScore = 0.9 }])
            {
                Topic = Topic.GrievanceMechanism,
                TopicScore = 0.9,
                Topics = [Topic.GrievanceMechanism],
            },
        ];
        return new SegmentedReply(document, campaign, new CompanyAttribution(company, AttributionSource.FileName, true), segments);
    }
}
