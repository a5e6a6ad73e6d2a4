using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Ingest.Decoding.Outlets;

/// <summary>
/// Words that make a name an outlet's rather than a person's ("Borderland Ledger", "Kestrel Sound News", "Kookje
/// Shinmun"): used by the byline reader (an outlet credited in a byline is an agency or affiliation) and by the line
/// parser (an affiliation line under a byline). The word for "news", "newspaper", "gazette", "review" or "newsroom" in the
/// languages the survey's outlets write in is part of the list: "Redacção JB" or "Revista Cordillera" is a desk or an outlet.
/// </summary>
public static partial class OutletNameWords
{
    public static bool IsMatch(string name) => Words().IsMatch(name);

    [GeneratedRegex(@"\b(?:Times|Daily|Herald|News|Post|Journal|Ilbo|Shimbun|Sinmun|Shinmun|Agency|Press|Network|Tribune|Gazette|Review|Magazine|Broadcasting|Radio|TV|Media|Wire|Newspaper|Online|Chronicle|Observer|Courier|Telegraph|Monitor|Weekly|Bulletin|Dispatch|Inquirer|Zeitung|Economist|Ledger|Courant|Record|Standard|Voice|Pulse|Revista|Jornal|Diário|Diario|Gazeta|Gazette|Gazete|Correio|Correo|Folha|Notícias|Noticias|Noticiero|Periódico|Semanario|Semanário|Quotidien|Nachrichten|Tageblatt|Kurier|Nieuws|Dagblad|Avis|Posten|Bladet|Tidning|Tidende|Sanomat|Vestnik|Pravda|Izvestia|Haber|Haberleri|Redacção|Redação|Redacción|Rédaction|Redaktion|Redazione|Redakcja|Redaksi|Newsroom|Desk)\b", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Words();
}
