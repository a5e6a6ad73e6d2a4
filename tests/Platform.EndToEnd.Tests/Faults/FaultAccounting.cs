using Npgsql;

namespace Platform.EndToEnd.Tests.Faults;

/// <summary>
/// Accounts for what a fault test submitted, from the submission ledger and the stored rows: each file's one outcome, the
/// duplicates (articles with the same body, entity and quote rows twice for one article, files with conflicting outcomes)
/// and what is left in the vhost's queues (management API).
/// </summary>
public sealed class FaultAccounting(DistributedPlatform platform)
{
    public sealed record Counts(int Submitted, int Stored, int Rejected, int Lost, int ConflictingOutcomes, int DuplicateArticles,
        int DuplicateEntityRows, int DuplicateQuoteRows, int ExtraLedgerRows, int Articles, int EntityRows, int QuoteRows, int LeftInQueues)
    {
        public int Duplicates => ConflictingOutcomes + DuplicateArticles + DuplicateEntityRows + DuplicateQuoteRows;

        public override string ToString() =>
            $"submitted {Submitted}, stored {Stored}, rejected {Rejected}, lost {Lost}, conflicting outcomes {ConflictingOutcomes}, " +
            $"duplicate articles {DuplicateArticles}, duplicate entity rows {DuplicateEntityRows}, duplicate quote rows {DuplicateQuoteRows}, " +
            $"extra ledger rows {ExtraLedgerRows}, articles {Articles}, entity rows {EntityRows}, quote rows {QuoteRows}, left in queues {LeftInQueues}";
    }

    /// <summary>Each submitted file's ledger rows that record an outcome (stored, duplicate or rejected).</summary>
    public async Task<IReadOnlyDictionary<string, List<PlatformDatabase.SubmissionRow>>> OutcomesAsync(IReadOnlyCollection<string> files)
    {
        var wanted = files.ToHashSet(StringComparer.Ordinal);
        return (await platform.Database.SubmissionsAsync())
            .Where(r => r.FileName is not null && wanted.Contains(r.FileName))
            .GroupBy(r => r.FileName!)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    /// <summary>Polls (bounded) until at least <paramref name="count"/> of the files have an outcome; returns how many have one.</summary>
    public async Task<int> WaitForOutcomesAsync(IReadOnlyCollection<string> files, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var have = 0;
        while (DateTime.UtcNow < deadline)
        {
            have = (await OutcomesAsync(files)).Count;
            if (have >= count)
            {
                return have;
            }
            await Task.Delay(500);
        }
        return have;
    }

    /// <summary>Polls (bounded) until no queue of the vhost holds a message; returns what is left (0 when drained).</summary>
    public async Task<int> WaitForEmptyQueuesAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var left = 0;
        var emptyReadings = 0;
        while (DateTime.UtcNow < deadline)
        {
            left = (await platform.Management.QueueDepthsAsync(platform.VirtualHost)).Values.Sum();
            // The management API's figures lag by up to 5 s: two empty readings 6 s apart.
            emptyReadings = left == 0 ? emptyReadings + 1 : 0;
            if (emptyReadings == 2)
            {
                return 0;
            }
            await Task.Delay(left == 0 ? 6000 : 1000);
        }
        return left;
    }

    public async Task<Counts> CountAsync(IReadOnlyCollection<string> files)
    {
        var outcomes = await OutcomesAsync(files);
        var stored = outcomes.Count(o => o.Value.Any(r => r.Status is "stored" or "duplicate") && o.Value.All(r => r.Status != "rejected"));
        var rejected = outcomes.Count(o => o.Value.All(r => r.Status == "rejected"));
        var conflicting = outcomes.Count - stored - rejected;
        var extraLedgerRows = outcomes.Sum(o => o.Value.Count - 1);
        var left = await WaitForEmptyQueuesAsync(TimeSpan.FromSeconds(60));

        await using var connection = new NpgsqlConnection(platform.Database.ConnectionString);
        await connection.OpenAsync();
        async Task<int> Scalar(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            return Convert.ToInt32(await command.ExecuteScalarAsync());
        }
        return new Counts(
            Submitted: files.Count,
            Stored: stored,
            Rejected: rejected,
            Lost: files.Count - outcomes.Count,
            ConflictingOutcomes: conflicting,
            DuplicateArticles: await Scalar("select coalesce(sum(c - 1), 0) from (select count(*) c from articles group by md5(body)) d"),
            DuplicateEntityRows: await Scalar(
                "select coalesce(sum(c - 1), 0) from (select count(*) c from article_entities group by article_id, entity_id, type, " +
                "coalesce(role, ''), coalesce(mention_kind, ''), coalesce(start, -1), coalesce(\"end\", -1)) d"),
            DuplicateQuoteRows: await Scalar(
                "select coalesce(sum(c - 1), 0) from (select count(*) c from article_quotes group by article_id, start, \"end\") d"),
            ExtraLedgerRows: extraLedgerRows,
            Articles: await Scalar("select count(*) from articles"),
            EntityRows: await Scalar("select count(*) from article_entities"),
            QuoteRows: await Scalar("select count(*) from article_quotes"),
            LeftInQueues: left);
    }

    /// <summary>The invariants every fault test ends with: submitted = stored + rejected, no duplicates, every queue empty.</summary>
    public static void AssertAccounted(Counts counts, int expectedRejected)
    {
        Assert.Equal(0, counts.Lost);
        Assert.Equal(counts.Submitted, counts.Stored + counts.Rejected);
        Assert.Equal(expectedRejected, counts.Rejected);
        Assert.Equal(0, counts.ConflictingOutcomes);
        Assert.Equal(0, counts.DuplicateArticles);
        Assert.Equal(0, counts.DuplicateEntityRows);
        Assert.Equal(0, counts.DuplicateQuoteRows);
        Assert.Equal(counts.Stored, counts.Articles);
        Assert.Equal(0, counts.LeftInQueues);
    }
}
