using System.Reflection;

namespace ReportGen.Pipeline;

/// <summary>The version of ReportGen that builds, as the manifest and the packs record it.</summary>
public static class ToolVersion
{
    /// <summary>The assembly's informational version: <c>0.1.0</c>, with <c>+commit</c> when built from a Git checkout.</summary>
    public static string Current { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ToolVersion).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>The version for people to read: a commit after <c>+</c> cut to its first 7 characters (<c>0.1.0+86fc199</c>).</summary>
    public static string Short { get; } = Current.IndexOf('+', StringComparison.Ordinal) is var plus and >= 0 && Current.Length - plus - 1 > 7
        ? Current[..(plus + 8)]
        : Current;
}
