namespace Platform.Cli.Commands;

/// <summary>A one-line progress bar on stderr (redrawn in place when stderr is a terminal, every 5% otherwise).</summary>
public sealed class ProgressBar(int total, bool quiet)
{
    private const int Width = 30;
    private int _lastPercent = -1;

    public void Show(int done, int failed)
    {
        if (quiet || total == 0)
        {
            return;
        }
        var percent = done * 100 / total;
        var interactive = !Console.IsErrorRedirected;
        if (!interactive && percent / 5 == _lastPercent / 5 && done != total)
        {
            return;
        }
        _lastPercent = percent;
        var filled = done * Width / total;
        var bar = new string('#', filled) + new string('.', Width - filled);
        var line = $"[{bar}] {done}/{total} ({percent}%){(failed > 0 ? $", {failed} failed" : "")}";
        if (interactive)
        {
            Console.Error.Write($"\r{line}");
            if (done == total)
            {
                Console.Error.WriteLine();
            }
        }
        else
        {
            Console.Error.WriteLine(line);
        }
    }
}
