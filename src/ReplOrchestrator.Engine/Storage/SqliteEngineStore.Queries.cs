using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Protobuf;

namespace ReplOrchestrator.Engine.Storage;

/// <summary>What clients read and purge.</summary>
internal sealed partial class SqliteEngineStore
{
    private const string RecordColumns = "InstanceId, Name, Status, CreatedAt, UpdatedAt, Input, Output, CustomStatus, FailureDetails";

    public Task<InstanceRecord?> GetInstanceAsync(string instanceId, bool withPayloads) =>
        Queue.RunAsync(session =>
        {
            using var reader = session.Query($"SELECT {RecordColumns} FROM Instances WHERE InstanceId = $1", instanceId);
            return reader.Read() ? ReadRecord(reader, withPayloads) : null;
        });

    public Task<(IReadOnlyList<InstanceRecord> Page, string? LastInstanceId)> QueryAsync(OrchestrationQuery query, string? afterInstanceId) =>
        Queue.RunAsync(session =>
        {
            var (sql, args) = BuildQuery(query, afterInstanceId);
            var page = new List<InstanceRecord>(query.PageSize);
            using (var reader = session.Query(sql, args))
            {
                while (reader.Read())
                {
                    page.Add(ReadRecord(reader, query.FetchInputsAndOutputs));
                }
            }

            var more = page.Count == query.PageSize + 1;
            if (more)
            {
                page.RemoveAt(page.Count - 1);
            }

            return ((IReadOnlyList<InstanceRecord>)page, more ? page[^1].InstanceId : null);
        });

    public Task<int> PurgeAsync(string? instanceId, PurgeInstancesFilter? filter) =>
        Queue.RunAsync(session =>
        {
            if (instanceId is not null)
            {
                var finished = session.Scalar($"SELECT 1 FROM Instances WHERE InstanceId = $1 AND Status IN {Finished}", instanceId);
                return finished is null ? 0 : DeleteInstance(session, instanceId);
            }

            var statuses = filter!.Statuses?.ToHashSet() ?? [];
            var ids = new List<string>();
            using (var reader = session.Query(
                $"SELECT InstanceId, Status FROM Instances WHERE Status IN {Finished} AND CreatedAt >= $1 AND CreatedAt < $2",
                filter.CreatedFrom is { } from ? Ticks(from) : long.MinValue,
                filter.CreatedTo is { } to ? Ticks(to) : long.MaxValue))
            {
                while (reader.Read())
                {
                    var status = (OrchestrationRuntimeStatus)reader.GetInt64(1);
                    if (statuses.Count == 0 || statuses.Contains(status))
                    {
                        ids.Add(reader.GetString(0));
                    }
                }
            }

            return ids.Sum(id => DeleteInstance(session, id));
        });

    public async Task<IReadOnlyList<HistoryEvent>> GetHistoryAsync(string instanceId)
    {
        var raw = await Queue.RunAsync(session => ReadHistory(session, instanceId)).ConfigureAwait(false);
        return raw.ConvertAll(ParseEvent);
    }

    private static List<byte[]> ReadHistory(SqliteSession session, string instanceId)
    {
        var events = new List<byte[]>();
        using var reader = session.Query("SELECT Event FROM History WHERE InstanceId = $1 ORDER BY Sequence", instanceId);
        while (reader.Read())
        {
            events.Add((byte[])reader[0]);
        }

        return events;
    }

    // Statuses are filtered in SQL; the id prefix becomes a range on the primary key so a page reads
    // only the rows it returns.
    private static (string Sql, object?[] Args) BuildQuery(OrchestrationQuery query, string? afterInstanceId)
    {
        var prefix = query.InstanceIdPrefix ?? string.Empty;
        var after = afterInstanceId is not null && string.CompareOrdinal(afterInstanceId, prefix) >= 0 ? afterInstanceId : null;
        var lower = after is null ? ">=" : ">";
        var sql = new StringBuilder($"SELECT {RecordColumns} FROM Instances WHERE InstanceId {lower} $1 AND InstanceId < $2 AND CreatedAt >= $3 AND CreatedAt < $4");
        var args = new List<object?>
        {
            after ?? prefix,
            prefix + char.ConvertFromUtf32(0x10FFFF),
            query.CreatedFrom is { } from ? Ticks(from) : long.MinValue,
            query.CreatedTo is { } to ? Ticks(to) : long.MaxValue,
        };
        if (prefix.Length > 0)
        {
            args.Add(prefix);
            sql.Append($" AND substr(InstanceId, 1, length($5)) = $5");
        }

        if (query.Statuses?.Any() == true)
        {
            sql.Append($" AND Status IN ({string.Join(", ", query.Statuses.Select(s => (int)s).Distinct().Order())})");
        }

        args.Add(query.PageSize + 1);
        sql.Append($" ORDER BY InstanceId LIMIT ${args.Count}");
        return (sql.ToString(), args.ToArray());
    }

    private static InstanceRecord ReadRecord(SqliteDataReader reader, bool withPayloads) => new(
        reader.GetString(0),
        reader.GetString(1),
        (OrchestrationStatus)reader.GetInt64(2),
        Time(reader.GetInt64(3)),
        Time(reader.GetInt64(4)),
        withPayloads ? NullableString(reader, 5) : null,
        withPayloads ? NullableString(reader, 6) : null,
        withPayloads ? NullableString(reader, 7) : null,
        reader.IsDBNull(8) ? null : TaskFailureDetails.Parser.ParseFrom((byte[])reader[8]));

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
