using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Platform.Architecture.Tests;

/// <summary>
/// Finds, in a compiled assembly's IL, every regular expression that could run on untrusted text without a match timeout:
/// a <c>Regex</c> constructor or static <c>Regex</c> matching method called through an overload without a
/// <see cref="TimeSpan"/>, and a <c>[GeneratedRegex]</c> without a positive <c>matchTimeoutMilliseconds</c>.
/// </summary>
public static class RegexTimeoutScanner
{
    private const string RegexType = "System.Text.RegularExpressions.Regex";
    private const string GeneratedRegexAttribute = "System.Text.RegularExpressions.GeneratedRegexAttribute";
    private static readonly HashSet<string> MatchingMethods = ["IsMatch", "Match", "Matches", "Replace", "Split", "Count", "EnumerateMatches", "EnumerateSplits"];

    /// <summary>One finding per offending use: "Type::Method uses Regex::Match(String,String)".</summary>
    public static IReadOnlyList<string> UsesWithoutTimeout(string assemblyPath)
    {
        using var assembly = AssemblyDefinition.ReadAssembly(assemblyPath);
        var findings = new List<string>();
        foreach (var type in assembly.MainModule.GetTypes())
        {
            // The source generator's own Regex subclasses are checked through the attribute that asked for them.
            if (IsGeneratedRegexImplementation(type))
            {
                continue;
            }
            foreach (var method in type.Methods)
            {
                findings.AddRange(AttributeFindings(type, method, method.CustomAttributes));
                if (!method.HasBody)
                {
                    continue;
                }
                foreach (var instruction in method.Body.Instructions)
                {
                    if (instruction.OpCode.Code is Code.Call or Code.Newobj or Code.Callvirt or Code.Ldftn
                        && instruction.Operand is MethodReference called
                        && IsUnboundedRegexCall(called))
                    {
                        findings.Add($"{type.FullName}::{method.Name} uses {called.DeclaringType.Name}::{called.Name}({string.Join(",", called.Parameters.Select(p => p.ParameterType.Name))})");
                    }
                }
            }
            foreach (var property in type.Properties)
            {
                findings.AddRange(AttributeFindings(type, property, property.CustomAttributes));
            }
        }
        return findings;
    }

    private static bool IsUnboundedRegexCall(MethodReference called)
    {
        if (called.DeclaringType.FullName != RegexType)
        {
            return false;
        }
        var takesTimeout = called.Parameters.Any(p => p.ParameterType.FullName == "System.TimeSpan");
        if (called.Name == ".ctor")
        {
            // Regex() and Regex(SerializationInfo, ...) are the protected constructors generated subclasses chain to.
            return called.Parameters.Count > 0 && called.Parameters[0].ParameterType.FullName == "System.String" && !takesTimeout;
        }
        return !called.HasThis && MatchingMethods.Contains(called.Name) && !takesTimeout;
    }

    private static IEnumerable<string> AttributeFindings(TypeDefinition type, IMemberDefinition member, IEnumerable<CustomAttribute> attributes)
    {
        foreach (var attribute in attributes.Where(a => a.AttributeType.FullName == GeneratedRegexAttribute))
        {
            var timeout = attribute.Constructor.Parameters
                .Select((parameter, index) => (parameter, index))
                // A member reference carries no parameter names: the one Int32 parameter is matchTimeoutMilliseconds.
                .Where(p => p.parameter.ParameterType.FullName == "System.Int32")
                .Select(p => (int)attribute.ConstructorArguments[p.index].Value)
                .Cast<int?>()
                .FirstOrDefault();
            if (timeout is not > 0)
            {
                yield return $"{type.FullName}::{member.Name} is a [GeneratedRegex] without a match timeout";
            }
        }
    }

    private static bool IsGeneratedRegexImplementation(TypeDefinition type) =>
        type.Namespace.StartsWith("System.Text.RegularExpressions.Generated", StringComparison.Ordinal)
        || (type.DeclaringType is { } outer && IsGeneratedRegexImplementation(outer));
}
