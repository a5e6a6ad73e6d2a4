using Microsoft.EntityFrameworkCore;
using Platform.Storage.Persistence;

namespace Platform.Storage.Queries;

/// <summary>
/// Full text over headline and body, the same question on both databases: the words are cut into letter-and-digit terms
/// and every term must occur. PostgreSQL matches the generated <c>search_vector</c> (<c>to_tsvector('simple', ...)</c>,
/// GIN index) and ranks with <c>ts_rank</c>; SQLite matches the FTS5 table <c>articles_fts</c> (unicode61 tokenizer) and
/// ranks with <c>bm25</c>. Neither stems nor drops stop words, so both find the same articles; only the scores differ.
/// </summary>
internal static class FullTextSearch
{
    /// <summary>The terms of a search: runs of letters, digits and combining marks, lower-cased, in order, without repeats.</summary>
    public static IReadOnlyList<string> Terms(string? words)
    {
        if (string.IsNullOrWhiteSpace(words)) return [];
        var terms = new List<string>();
        var start = -1;
        for (var i = 0; i <= words.Length; i++)
        {
            var inTerm = i < words.Length && IsTermChar(words[i]);
            if (inTerm && start < 0) start = i;
            if (!inTerm && start >= 0)
            {
                var term = words[start..i].ToLowerInvariant();
                if (!terms.Contains(term)) terms.Add(term);
                start = -1;
            }
        }
        return terms;
    }

    /// <summary>Letters, digits and combining marks (a Devanagari vowel sign belongs to its word).</summary>
    private static bool IsTermChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c)
        is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>The matching article ids with their score (higher is better).</summary>
    public static IQueryable<SearchHit> Match(PlatformDbContext db, IReadOnlyList<string> terms)
    {
        if (db.Database.IsNpgsql())
        {
            var query = string.Join(" & ", terms.Select(t => "'" + t + "'"));
            return db.Database.SqlQuery<SearchHit>($"""
                SELECT id AS "Id", ts_rank(search_vector, to_tsquery('simple', {query}))::double precision AS "Rank"
                FROM articles WHERE search_vector @@ to_tsquery('simple', {query})
                """);
        }
        var match = string.Join(" ", terms.Select(t => "\"" + t + "\""));
        return db.Database.SqlQuery<SearchHit>($"""
            SELECT a.id AS "Id", -bm25(articles_fts) AS "Rank"
            FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH {match}
            """);
    }
}

/// <summary>One full-text match: the article and its score.</summary>
public sealed class SearchHit
{
    public Guid Id { get; set; }
    public double Rank { get; set; }
}
