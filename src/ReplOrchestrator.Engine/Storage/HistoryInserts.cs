using System.Text;

namespace ReplOrchestrator.Engine.Storage;

/// <summary>Multi-row INSERTs into History: an episode's events go in one statement (one prepared statement per row count).</summary>
internal static class HistoryInserts
{
    /// <summary>The most rows one statement inserts (three parameters each, well under SQLite's parameter limit).</summary>
    public const int MaxRows = 32;

    private static readonly string[] s_sql = [.. Enumerable.Range(0, MaxRows + 1).Select(Build)];

    public static string Sql(int rows) => s_sql[rows];

    private static string Build(int rows)
    {
        var sql = new StringBuilder("INSERT INTO History (InstanceId, Sequence, Event) VALUES ");
        for (var i = 0; i < rows; i++)
        {
            sql.Append(i == 0 ? string.Empty : ", ").Append($"(${(i * 3) + 1}, ${(i * 3) + 2}, ${(i * 3) + 3})");
        }

        return sql.ToString();
    }
}
