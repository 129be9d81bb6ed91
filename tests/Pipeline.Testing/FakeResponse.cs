using System.Text.Json.Nodes;

namespace Pipeline.Testing;

/// <summary>An answer <see cref="FakeOpenSearch"/> gives, in the shapes OpenSearch answers with.</summary>
public sealed record FakeResponse(int Status, string Body, int? RetryAfterSeconds = null)
{
    public static FakeResponse Json(int status, string body) => new(status, body);

    /// <summary>A busy server's answer (429 or 503), as OpenSearch words it.</summary>
    public static FakeResponse Busy(int status) =>
        new(status, $$"""{"error":{"type":"es_rejected_execution_exception","reason":"rejected execution of coordinating operation"},"status":{{status}}}""");

    /// <summary>
    /// The bulk API's answer to <paramref name="ndjson"/>: one item per action in order, 201 unless <paramref name="refuse"/>
    /// gives the document's status and error type for its id.
    /// </summary>
    public static FakeResponse Bulk(string ndjson, Func<string, (int Status, string Type)?>? refuse = null)
    {
        var items = new JsonArray();
        var lines = ndjson.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < lines.Length; i += 2)
        {
            var action = JsonNode.Parse(lines[i])!["index"]!;
            var id = action["_id"]!.GetValue<string>();
            var item = new JsonObject { ["_index"] = action["_index"]!.GetValue<string>(), ["_id"] = id };
            if (refuse?.Invoke(id) is { } refused)
            {
                item["status"] = refused.Status;
                item["error"] = new JsonObject { ["type"] = refused.Type, ["reason"] = $"refused {id} for the test" };
            }
            else
            {
                item["status"] = 201;
                item["result"] = "created";
            }

            items.Add(new JsonObject { ["index"] = item });
        }

        var errors = items.Any(i => i!["index"]!["error"] is not null);
        return new FakeResponse(200, new JsonObject { ["took"] = 3, ["errors"] = errors, ["items"] = items }.ToJsonString());
    }
}
