namespace Platform.Storage.Web;

/// <summary>
/// Who may read (configuration section <c>Read</c>): <c>Read__Open=true</c> lets anyone read; otherwise a request needs
/// <c>Read__ApiKey</c> in the <c>X-Api-Key</c> header, or, for a browser, once as <c>?key=</c> (kept in a cookie after).
/// Neither set: every read is refused, saying which setting to make.
/// </summary>
public sealed class ReadAccessOptions
{
    public const string Section = "Read";

    public bool Open { get; set; }

    public string? ApiKey { get; set; }
}
