using Microsoft.Data.Sqlite;

namespace Pipeline.SearchBenchmarks;

/// <summary>
/// The same segments in SQLite FTS5 (porter stemming), through Debian's libsqlite3. A search does what
/// <c>pipeline search</c> does: top 10 by bm25 with a snippet, the total, and counts per company, question, topic, status and campaign.
/// </summary>
internal sealed class Fts5Engine : IEngine
{
    private readonly SqliteConnection _connection;
    private IReadOnlyList<SeedSegment> _segments = [];

    public Fts5Engine(string databasePath)
    {
        SQLitePCL.Batteries_V2.Init();
        _connection = new SqliteConnection($"Data Source={databasePath}");
        _connection.Open();
        Execute("""
            PRAGMA journal_mode = WAL;
            CREATE TABLE meta(id INTEGER PRIMARY KEY, campaign TEXT, company TEXT, file TEXT, topic TEXT, status TEXT, page INTEGER);
            CREATE TABLE question(id INTEGER, question TEXT);
            CREATE INDEX question_id ON question(id);
            CREATE INDEX meta_company ON meta(company);
            CREATE VIRTUAL TABLE seg USING fts5(text, tokenize = 'porter unicode61');
            CREATE TEMP TABLE hits(id INTEGER PRIMARY KEY);
            """);
    }

    public string Name => "SQLite FTS5 " + Scalar("SELECT sqlite_version()");

    public void Prepare(IReadOnlyList<SeedSegment> segments) => _segments = segments;

    public int Load()
    {
        using var transaction = _connection.BeginTransaction();
        using var meta = Command("INSERT INTO meta VALUES ($id, $campaign, $company, $file, $topic, $status, $page)");
        using var text = Command("INSERT INTO seg(rowid, text) VALUES ($id, $text)");
        using var question = Command("INSERT INTO question VALUES ($id, $question)");
        for (var id = 1; id <= _segments.Count; id++)
        {
            var s = _segments[id - 1];
            Run(meta, ("$id", id), ("$campaign", s.Campaign), ("$company", s.Company), ("$file", s.File), ("$topic", s.Topic), ("$status", s.Status), ("$page", s.Page));
            Run(text, ("$id", id), ("$text", s.Text));
            foreach (var q in s.Questions)
            {
                Run(question, ("$id", id), ("$question", q));
            }
        }

        transaction.Commit();
        return int.Parse(Scalar("SELECT count(*) FROM seg"));
    }

    public bool Supports(BenchQuery query) => query.Fts5 is not null;

    public int Search(BenchQuery query)
    {
        var filter = query.Company is null ? string.Empty : " AND m.company = $company";
        (string, object?)[] parameters = [("$q", query.Fts5), ("$company", query.Company)];
        Execute("DELETE FROM hits");
        Execute($"INSERT INTO hits SELECT seg.rowid FROM seg JOIN meta m ON m.id = seg.rowid WHERE seg MATCH $q{filter}", parameters);
        Drain($"""
            SELECT m.company, m.file, m.topic, bm25(seg) AS score, snippet(seg, 0, '[', ']', '…', 24)
            FROM seg JOIN meta m ON m.id = seg.rowid WHERE seg MATCH $q{filter} ORDER BY score LIMIT 10
            """, parameters);
        Drain("SELECT m.company, count(*) FROM hits h JOIN meta m ON m.id = h.id GROUP BY m.company");
        Drain("SELECT m.topic, count(*) FROM hits h JOIN meta m ON m.id = h.id GROUP BY m.topic");
        Drain("SELECT m.status, count(*) FROM hits h JOIN meta m ON m.id = h.id WHERE m.status IS NOT NULL GROUP BY m.status");
        Drain("SELECT q.question, count(*) FROM hits h JOIN question q ON q.id = h.id GROUP BY q.question");
        Drain("SELECT m.campaign, count(*) FROM hits h JOIN meta m ON m.id = h.id GROUP BY m.campaign");
        return int.Parse(Scalar("SELECT count(*) FROM hits"));
    }

    public void Dispose() => _connection.Dispose();

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static void Run(SqliteCommand command, params (string Name, object? Value)[] parameters)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }

    private void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql);
        Run(command, parameters);
    }

    private void Drain(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                _ = reader.GetValue(i);
            }
        }
    }

    private string Scalar(string sql)
    {
        using var command = Command(sql);
        return Convert.ToString(command.ExecuteScalar()) ?? string.Empty;
    }
}
