using Platform.Cli.Commands;

namespace Platform.Cli.Output;

/// <summary>Prints the results of <c>process</c>.</summary>
public abstract class ResultPrinter
{
    public abstract void Print(FileResult result);
    public virtual void Finish() { }
}
