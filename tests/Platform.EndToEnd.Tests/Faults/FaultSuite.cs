namespace Platform.EndToEnd.Tests.Faults;

/// <summary>
/// The fault suite (worker crashes, a broker restart, a database stop, duplicate deliveries, hostile files) runs on its own:
/// it stops shared infrastructure and takes minutes, so it is opt-in (<c>PLATFORM_FAULT_SUITE=1</c>, test category
/// <see cref="Category"/>); <c>deploy/test.sh</c> runs it as its own step.
/// </summary>
public static class FaultSuite
{
    public const string Category = "Faults";
    public const string EnabledVariable = "PLATFORM_FAULT_SUITE";
    public const string ReportVariable = "PLATFORM_FAULT_REPORT";

    public static bool Enabled => Environment.GetEnvironmentVariable(EnabledVariable) == "1";

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
