namespace Platform.EndToEnd.Tests.Faults;

/// <summary>
/// The fault suite (worker crashes, a broker restart, database stops, duplicate deliveries, hostile files, an in-process
/// memory loop over hostile files) runs on its own:
/// it stops shared infrastructure and takes minutes, so it is opt-in (<c>PLATFORM_FAULT_SUITE=1</c>, test category
/// <see cref="Category"/>); <c>deploy/test.sh</c> runs it as its own step.
/// </summary>
public static class FaultSuite
{
    public const string Category = "Faults";
    public const string EnabledVariable = "PLATFORM_FAULT_SUITE";
    public const string ReportVariable = "PLATFORM_FAULT_REPORT";
    public const string KillFilesVariable = "PLATFORM_FAULT_KILL_FILES";
    public const int DefaultKillFiles = 2000;

    public static bool Enabled => Environment.GetEnvironmentVariable(EnabledVariable) == "1";

    /// <summary>How many files flow while the worker kinds are killed (<c>PLATFORM_FAULT_KILL_FILES</c>, 2,000 unless set).</summary>
    public static int KillFiles => Environment.GetEnvironmentVariable(KillFilesVariable) is { Length: > 0 } value
        ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)
        : DefaultKillFiles;

    public static string? Missing() => !Enabled
        ? $"the fault suite runs on its own: {EnabledVariable}=1 dotnet test tests/Platform.EndToEnd.Tests --filter Category={Category} " +
          "(deploy/test.sh runs it as a step of its own)"
        : TestNeeds.MissingInfrastructure();
}

/// <summary>A fact of the fault suite (skipped unless <see cref="FaultSuite.Enabled"/>).</summary>
public sealed class FaultFactAttribute : FactAttribute
{
    public FaultFactAttribute() => Skip = FaultSuite.Missing();
}

/// <summary>A theory of the fault suite (skipped unless <see cref="FaultSuite.Enabled"/>).</summary>
public sealed class FaultTheoryAttribute : TheoryAttribute
{
    public FaultTheoryAttribute() => Skip = FaultSuite.Missing();
}
