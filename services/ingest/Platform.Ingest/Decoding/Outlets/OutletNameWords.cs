using System.Text.RegularExpressions;

namespace Platform.Ingest.Decoding.Outlets;

/// <summary>
/// Words that make a name an outlet's rather than a person's ("Borderland Ledger", "Kestrel Sound News", "Kookje
/// Shinmun"): used by the byline reader (an outlet credited in a byline is an agency or affiliation) and by the line
/// parser (an affiliation line under a byline).
/// </summary>
public static partial class OutletNameWords
{
    public static bool IsMatch(string name) => Words().IsMatch(name);

    [GeneratedRegex(@"\b(?:Times|Daily|Herald|News|Post|Journal|Ilbo|Shimbun|Sinmun|Shinmun|Agency|Press|Network|Tribune|Gazette|Review|Magazine|Broadcasting|Radio|TV|Media|Wire|Newspaper|Online|Chronicle|Observer|Courier|Telegraph|Monitor|Weekly|Bulletin|Dispatch|Inquirer|Zeitung|Economist|Ledger|Courant|Record|Standard|Voice|Pulse)\b")]
    private static partial Regex Words();
}
